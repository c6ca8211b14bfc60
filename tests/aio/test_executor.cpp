// Tests for aio/executor.hpp: thread pools, run_in_executor, to_thread.
#include <doctest/doctest.h>

#include <aio/aio.hpp>
#include <aio/executor.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

// A one-shot gate a worker can wait on (no timing involved).
class Gate {
public:
    void open() {
        {
            std::lock_guard lock(m_);
            open_ = true;
        }
        cv_.notify_all();
    }
    void wait() {
        std::unique_lock lock(m_);
        cv_.wait(lock, [&] { return open_; });
    }

private:
    std::mutex m_;
    std::condition_variable cv_;
    bool open_ = false;
};

// Counts arrivals; wait_for(n) blocks until n threads arrived.
class Counter {
public:
    void arrive() {
        {
            std::lock_guard lock(m_);
            ++n_;
        }
        cv_.notify_all();
    }
    void wait_for(int n) {
        std::unique_lock lock(m_);
        cv_.wait(lock, [&] { return n_ >= n; });
    }
    int count() {
        std::lock_guard lock(m_);
        return n_;
    }

private:
    std::mutex m_;
    std::condition_variable cv_;
    int n_ = 0;
};

struct RecordingSink final : aio::TraceSink {
    struct Ev {
        aio::TraceKind kind;
        std::uint32_t arg;
        std::uint64_t id, other;
    };
    std::vector<Ev> events;
    void record(const aio::TraceEvent& e) override { events.push_back({e.kind, e.arg, e.id, e.other}); }
    int count(aio::TraceKind k) const {
        int n = 0;
        for (auto& e : events) n += e.kind == k;
        return n;
    }
};

}  // namespace

#if AIO_EXECUTOR_THREADS  // the build without threads has its own cases at the end of the file

TEST_CASE("run_in_executor: results and exceptions come back from the worker") {
    aio::ThreadPoolExecutor pool(2, "calc");
    aio::EventLoop loop;
    aio::LoopExecutorGuard guard(loop);

    auto main_thread = std::this_thread::get_id();
    int v = loop.run_until_complete([&]() -> aio::Coro<int> {
        int a = co_await aio::run_in_executor(&pool, [&] {
            CHECK(std::this_thread::get_id() != main_thread);
            CHECK(aio::ThreadPoolExecutor::current_worker_index() >= 0);
            CHECK(aio::ThreadPoolExecutor::current_worker_name().rfind("calc_", 0) == 0);
            return 20;
        });
        int b = co_await pool.submit([] { return 22; });
        co_return a + b;
    }());
    CHECK(v == 42);

    // Exceptions propagate to the awaiter.
    std::string what = loop.run_until_complete([&]() -> aio::Coro<std::string> {
        try {
            co_await aio::run_in_executor(&pool, []() -> int { throw std::domain_error("bad input"); });
        } catch (const std::domain_error& e) { co_return e.what(); }
        co_return "no exception";
    }());
    CHECK(what == "bad input");

    // void and move-only results.
    bool ran = false;
    auto p = loop.run_until_complete([&]() -> aio::Coro<std::unique_ptr<int>> {
        co_await aio::run_in_executor(&pool, [&] { ran = true; });
        co_return co_await aio::run_in_executor(&pool, [] { return std::make_unique<int>(7); });
    }());
    CHECK(ran);
    REQUIRE(p);
    CHECK(*p == 7);

    // A CancelledError thrown by the callable cancels the future.
    auto fut = aio::run_in_executor(loop, &pool, []() -> int { throw aio::CancelledError("from worker"); });
    CHECK_THROWS_AS(loop.run_until_complete(fut), aio::CancelledError);
    CHECK(fut.cancelled());
    CHECK(aio::pending_executor_jobs(loop) == 0);
}

TEST_CASE("jobs run in parallel on distinct worker threads") {
    constexpr int n = 3;
    aio::ThreadPoolExecutor pool(n, "par");
    aio::EventLoop loop;
    aio::LoopExecutorGuard guard(loop);
    Counter arrived;

    auto ids = loop.run_until_complete([&]() -> aio::Coro<std::vector<int>> {
        std::vector<aio::Future<int>> futures;
        for (int i = 0; i < n; ++i) {
            futures.push_back(aio::run_in_executor(&pool, [&] {
                arrived.arrive();
                arrived.wait_for(n);  // only returns if all n jobs are running at the same time
                return aio::ThreadPoolExecutor::current_worker_index();
            }));
        }
        std::vector<int> out;
        for (auto& f : futures) out.push_back(co_await f);
        co_return out;
    }());
    CHECK(std::set<int>(ids.begin(), ids.end()).size() == n);
    CHECK(pool.worker_count() == n);
}

TEST_CASE("threads are started on demand and reused") {
    aio::ThreadPoolExecutor pool(8);
    CHECK(pool.max_workers() == 8);
    CHECK(pool.thread_name_prefix().rfind("ThreadPoolExecutor-", 0) == 0);
    aio::EventLoop loop;
    aio::LoopExecutorGuard guard(loop);
    loop.run_until_complete([&]() -> aio::Coro<void> {
        for (int i = 0; i < 5; ++i) co_await aio::run_in_executor(&pool, [] { return 1; });
    }());
    CHECK(pool.worker_count() == 1);  // each job found the previous worker idle
    CHECK(aio::ThreadPoolExecutor::default_max_workers() >= 1);
    CHECK(aio::ThreadPoolExecutor::default_max_workers() <= 32);
}

TEST_CASE("to_thread uses the loop's default executor and is lazy") {
    aio::EventLoop loop;
    aio::LoopExecutorGuard guard(loop);
    std::atomic<int> calls{0};
    auto r = loop.run_until_complete([&]() -> aio::Coro<std::string> {
        auto coro = aio::to_thread([&] {
            ++calls;
            return aio::ThreadPoolExecutor::current_worker_name();
        });
        CHECK(aio::pending_executor_jobs(aio::get_running_loop()) == 0);  // nothing submitted yet
        std::string name = co_await std::move(coro);
        co_return name;
    }());
    CHECK(calls == 1);
    CHECK(r.rfind("ThreadPoolExecutor-", 0) == 0);
    aio::Executor& d1 = aio::default_executor(loop);
    aio::Executor& d2 = aio::default_executor(loop);
    CHECK(&d1 == &d2);

    // run_in_executor(nullptr, ...) is the same default executor.
    int v = loop.run_until_complete(
        [&]() -> aio::Coro<int> { co_return co_await aio::run_in_executor(nullptr, [] { return 5; }); }());
    CHECK(v == 5);

    aio::shutdown_default_executor(loop);
    CHECK_THROWS_AS(aio::default_executor(loop), aio::RuntimeError);
}

TEST_CASE("set_default_executor replaces the default executor") {
    aio::EventLoop loop;
    aio::LoopExecutorGuard guard(loop);
    aio::set_default_executor(loop, std::make_unique<aio::ThreadPoolExecutor>(1, "mine"));
    auto name = loop.run_until_complete(
        aio::to_thread([] { return aio::ThreadPoolExecutor::current_worker_name(); }));
    CHECK(name == "mine_0");
}

TEST_CASE("cancelling the awaiting task: a running job's result is ignored") {
    aio::ThreadPoolExecutor pool(1);
    aio::EventLoop loop;
    aio::LoopExecutorGuard guard(loop);
    Gate release;
    Counter started;
    std::atomic<bool> finished{false};

    loop.run_until_complete([&]() -> aio::Coro<void> {
        // A coroutine lambda must outlive its coroutine (the captures live in the closure).
        auto body = [&]() -> aio::Coro<int> {
            co_return co_await aio::run_in_executor(&pool, [&] {
                started.arrive();
                release.wait();
                finished = true;
                return 1;
            });
        };
        auto inner = aio::create_task(body());
        // Let the task submit its job and the worker pick it up.
        while (aio::pending_executor_jobs(aio::get_running_loop()) == 0) co_await aio::sleep(0);
        started.wait_for(1);  // running now: cancelling can no longer stop it
        inner.cancel();
        bool cancelled = false;
        try {
            co_await inner;
        } catch (const aio::CancelledError&) { cancelled = true; }
        CHECK(cancelled);
        CHECK(inner.cancelled());
        // The job is still out there; let it finish and come back (its result is dropped).
        CHECK(aio::pending_executor_jobs(aio::get_running_loop()) == 1);
        release.open();
        while (aio::pending_executor_jobs(aio::get_running_loop()) != 0) co_await aio::sleep(0.001);
    }());
    CHECK(finished);
}

TEST_CASE("cancelling a queued job's future stops it from running") {
    aio::ThreadPoolExecutor pool(1);
    aio::EventLoop loop;
    aio::LoopExecutorGuard guard(loop);
    Gate release;
    Counter started;
    std::atomic<bool> second_ran{false};

    loop.run_until_complete([&]() -> aio::Coro<void> {
        auto first = aio::run_in_executor(&pool, [&] {
            started.arrive();
            release.wait();
            return 1;
        });
        auto second = aio::run_in_executor(&pool, [&] { second_ran = true; });
        started.wait_for(1);  // the only worker is busy: `second` is queued
        CHECK(second.cancel());
        co_await aio::sleep(0);  // the done callback marks the job cancelled
        release.open();
        CHECK(co_await first == 1);
        while (aio::pending_executor_jobs(aio::get_running_loop()) != 0) co_await aio::sleep(0.001);
    }());
    CHECK_FALSE(second_ran);
}

TEST_CASE("shutdown: pending jobs, cancel_futures, and no new jobs") {
    aio::EventLoop loop;
    aio::LoopExecutorGuard guard(loop);

    SUBCASE("shutdown(wait=false, cancel_futures=true) cancels queued jobs, the running one finishes") {
        aio::ThreadPoolExecutor pool(1);
        Gate release;
        Counter started;
        std::atomic<int> ran{0};
        auto running = aio::run_in_executor(loop, &pool, [&] {
            started.arrive();
            release.wait();
            ++ran;
            return 10;
        });
        std::vector<aio::Future<int>> queued;
        for (int i = 0; i < 3; ++i)
            queued.push_back(aio::run_in_executor(loop, &pool, [&] {
                ++ran;
                return 0;
            }));
        started.wait_for(1);
        pool.shutdown(false, true);
        CHECK(pool.is_shutdown());
        CHECK_THROWS_AS(aio::run_in_executor(loop, &pool, [] { return 1; }), aio::RuntimeError);
        release.open();
        CHECK(loop.run_until_complete(running) == 10);
        for (auto& f : queued) {
            CHECK_THROWS_AS(loop.run_until_complete(f), aio::CancelledError);
            CHECK(f.cancelled());
        }
        pool.shutdown(true);
        CHECK(ran == 1);
        CHECK(aio::pending_executor_jobs(loop) == 0);
    }

    SUBCASE("shutdown(wait=true) runs every queued job first") {
        aio::ThreadPoolExecutor pool(1);
        std::atomic<int> ran{0};
        std::vector<aio::Future<int>> futures;
        for (int i = 0; i < 4; ++i)
            futures.push_back(aio::run_in_executor(loop, &pool, [&, i] {
                ++ran;
                return i;
            }));
        pool.shutdown(true, false);
        CHECK(ran == 4);
        for (int i = 0; i < 4; ++i) CHECK(loop.run_until_complete(futures[i]) == i);
    }
}

TEST_CASE("the loop is closed before a job finishes") {
    aio::ThreadPoolExecutor pool(1);
    Gate release;
    Counter started;
    Counter done;

    SUBCASE("closed, then the job ends, then the loop state is released") {
        aio::EventLoop loop;
        aio::LoopExecutorGuard guard(loop);
        auto f = aio::run_in_executor(loop, &pool, [&] {
            started.arrive();
            release.wait();
            done.arrive();
            return std::make_unique<std::string>("lost result");  // must not leak
        });
        started.wait_for(1);
        loop.close();  // releases the loop's executor state: the waiting future is cancelled
        CHECK(f.cancelled());
        CHECK(aio::pending_executor_jobs(loop) == 0);
        release.open();
        pool.shutdown(true);  // the worker can no longer reach the loop: the result is dropped there
        CHECK(done.count() == 1);
    }

    SUBCASE("the loop is destroyed while the job still runs, without a guard") {
        {
            aio::EventLoop loop;
            auto body = [&]() -> aio::Coro<int> {
                co_return co_await aio::run_in_executor(&pool, [&] {
                    started.arrive();
                    release.wait();
                    done.arrive();
                    return 3;
                });
            };
            auto task = loop.create_task(body());
            while (aio::pending_executor_jobs(loop) == 0) loop.step();
            started.wait_for(1);
        }  // the loop's destructor closes it, which cuts the worker off
        release.open();
        done.wait_for(1);
        pool.shutdown(true);
        CHECK(done.count() == 1);
    }

    SUBCASE("the loop is destroyed while the job still runs") {
        {
            aio::EventLoop loop;
            aio::LoopExecutorGuard guard(loop);
            auto body = [&]() -> aio::Coro<int> {
                co_return co_await aio::run_in_executor(&pool, [&] {
                    started.arrive();
                    release.wait();
                    done.arrive();
                    return 3;
                });
            };
            auto task = loop.create_task(body());
            while (aio::pending_executor_jobs(loop) == 0) loop.step();
            started.wait_for(1);
            loop.close();  // abandons the task
        }                  // guard, then loop destroyed; the job is still blocked
        release.open();
        done.wait_for(1);
        pool.shutdown(true);
        CHECK(done.count() == 1);
    }

    SUBCASE("results already posted when the loop closes are dropped with the inbox") {
        aio::EventLoop loop;
        aio::LoopExecutorGuard guard(loop);
        auto f = aio::run_in_executor(loop, &pool, [] { return std::make_unique<int>(1); });
        pool.shutdown(true);  // the completion now sits in the loop's inbox
        loop.close();         // dropped with the inbox; the future is cancelled
        CHECK(f.cancelled());
    }
}

TEST_CASE("a virtual-time loop waits for executor results instead of reporting a deadlock") {
    aio::EventLoop::Options opts;
    opts.clock = aio::Clock::Kind::virtual_time;
    aio::EventLoop loop(std::move(opts));
    aio::LoopExecutorGuard guard(loop);
    aio::ThreadPoolExecutor pool(1);
    Gate release;

    std::thread opener;
    int v = loop.run_until_complete([&]() -> aio::Coro<int> {
        auto f = aio::run_in_executor(&pool, [&] {
            release.wait();
            return 99;
        });
        // Nothing else can run: only the job can wake the loop. Open the gate from another thread.
        opener = std::thread([&] { release.open(); });
        co_return co_await f;
    }());
    opener.join();
    CHECK(v == 99);
    CHECK(loop.time() == 0.0);  // no timer: virtual time did not move

    // Without executor work the same situation is a deadlock.
    CHECK_THROWS_AS(loop.run_until_complete(loop.create_future<int>()), aio::RuntimeError);
}

TEST_CASE("trace: queued, started and finished events for each job") {
    aio::ThreadPoolExecutor pool(1, "tr");
    aio::EventLoop loop;
    aio::LoopExecutorGuard guard(loop);
    RecordingSink sink;
    loop.set_trace_sink(&sink);
    loop.run_until_complete([&]() -> aio::Coro<void> {
        co_await aio::run_in_executor(&pool, [] { return 1; });
        co_await aio::run_in_executor(&pool, [] { return 2; });
    }());
    loop.set_trace_sink(nullptr);
    CHECK(sink.count(aio::TraceKind::executor_queued) == 2);
    CHECK(sink.count(aio::TraceKind::executor_started) == 2);
    CHECK(sink.count(aio::TraceKind::executor_finished) == 2);
    for (auto& e : sink.events) {
        if (e.kind == aio::TraceKind::executor_queued || e.kind == aio::TraceKind::executor_started ||
            e.kind == aio::TraceKind::executor_finished) {
            CHECK(e.other == pool.id());
        }
        if (e.kind == aio::TraceKind::executor_started) CHECK(e.arg == 0);
    }
    // Per job: queued before started before finished.
    std::uint64_t first_job = 0;
    std::vector<aio::TraceKind> order;
    for (auto& e : sink.events) {
        if (e.kind != aio::TraceKind::executor_queued && e.kind != aio::TraceKind::executor_started &&
            e.kind != aio::TraceKind::executor_finished)
            continue;
        if (!first_job) first_job = e.id;
        if (e.id == first_job) order.push_back(e.kind);
    }
    CHECK(order == std::vector<aio::TraceKind>{aio::TraceKind::executor_queued,
                                               aio::TraceKind::executor_started,
                                               aio::TraceKind::executor_finished});
}

#else  // !AIO_EXECUTOR_THREADS: jobs run on the loop thread (the page's no-threads build)

namespace {

bool is_executor_event(aio::TraceKind k) {
    return k == aio::TraceKind::executor_queued || k == aio::TraceKind::executor_started ||
           k == aio::TraceKind::executor_finished;
}

}  // namespace

TEST_CASE("no threads: jobs run on the loop thread as worker 0 and their results come back") {
    CHECK_FALSE(aio::executor_threads_available);
    aio::ThreadPoolExecutor pool(4, "calc");
    aio::EventLoop loop;
    aio::LoopExecutorGuard guard(loop);

    const auto loop_thread = std::this_thread::get_id();
    int v = loop.run_until_complete([&]() -> aio::Coro<int> {
        int a = co_await aio::run_in_executor(&pool, [&] {
            CHECK(std::this_thread::get_id() == loop_thread);
            CHECK(aio::ThreadPoolExecutor::current_worker_index() == 0);
            CHECK(aio::ThreadPoolExecutor::current_worker_name() == "calc_0");
            return 20;
        });
        CHECK(aio::ThreadPoolExecutor::current_worker_index() == -1);  // only while a job runs
        CHECK(aio::ThreadPoolExecutor::current_worker_name().empty());
        int b = co_await pool.submit([] { return 22; });
        co_return a + b;
    }());
    CHECK(v == 42);
    CHECK(pool.worker_count() == 0);  // nothing was started
    CHECK(aio::ThreadPoolExecutor::default_max_workers() == 1);

    std::string what = loop.run_until_complete([&]() -> aio::Coro<std::string> {
        try {
            co_await aio::run_in_executor(&pool, []() -> int { throw std::domain_error("bad input"); });
        } catch (const std::domain_error& e) { co_return e.what(); }
        co_return "no exception";
    }());
    CHECK(what == "bad input");

    bool ran = false;
    auto p = loop.run_until_complete([&]() -> aio::Coro<std::unique_ptr<int>> {
        co_await aio::run_in_executor(&pool, [&] { ran = true; });
        co_return co_await aio::run_in_executor(&pool, [] { return std::make_unique<int>(7); });
    }());
    CHECK(ran);
    REQUIRE(p);
    CHECK(*p == 7);

    auto fut = aio::run_in_executor(loop, &pool, []() -> int { throw aio::CancelledError("from job"); });
    CHECK_THROWS_AS(loop.run_until_complete(fut), aio::CancelledError);
    CHECK(fut.cancelled());
    CHECK(aio::pending_executor_jobs(loop) == 0);
}

TEST_CASE("no threads: a job is a loop callback and its result a later one") {
    aio::ThreadPoolExecutor pool(2, "cb");
    aio::EventLoop loop;
    aio::LoopExecutorGuard guard(loop);
    std::vector<std::string> order;

    loop.call_soon([&] { order.push_back("A"); });
    auto f = aio::run_in_executor(loop, &pool, [&] {
        order.push_back("job1");
        return 1;
    });
    auto g = aio::run_in_executor(loop, &pool, [&] {
        order.push_back("job2");
        return 2;
    });
    CHECK(order.empty());  // submitting runs nothing
    loop.call_soon([&] { order.push_back("B"); });
    f.add_done_callback([&](aio::Future<int>) { order.push_back("f done"); });
    g.add_done_callback([&](aio::Future<int>) { order.push_back("g done"); });
    CHECK(loop.run_until_complete(g) == 2);
    CHECK(f.result() == 1);
    // Each job ran in its submission turn; each result reached its future through the loop after
    // what was already queued then, and the future's callbacks one turn later still.
    std::string all;
    for (auto& o : order) all += o + ",";
    INFO(all);
    CHECK(order == std::vector<std::string>{"A", "job1", "job2", "B", "f done", "g done"});
}

TEST_CASE("no threads: to_thread, the default executor and call_soon_threadsafe") {
    aio::EventLoop loop;
    aio::LoopExecutorGuard guard(loop);
    std::string name = loop.run_until_complete([&]() -> aio::Coro<std::string> {
        auto coro = aio::to_thread([] { return aio::ThreadPoolExecutor::current_worker_name(); });
        CHECK(aio::pending_executor_jobs(aio::get_running_loop()) == 0);  // lazy, as CPython's
        co_return co_await std::move(coro);
    }());
    CHECK(name.rfind("ThreadPoolExecutor-", 0) == 0);
    CHECK(name.size() > 2);
    CHECK(name.substr(name.size() - 2) == "_0");

    // A job may post to its loop with call_soon_threadsafe (it runs on the loop thread here).
    int posted = 0;
    int v = loop.run_until_complete([&]() -> aio::Coro<int> {
        aio::EventLoop& l = aio::get_running_loop();
        int r = co_await aio::to_thread([&] {
            l.call_soon_threadsafe([&] { posted = 5; });
            return 3;
        });
        co_await aio::sleep(0);
        co_return r + posted;
    }());
    CHECK(v == 8);

    aio::shutdown_default_executor(loop);
    CHECK_THROWS_AS(aio::default_executor(loop), aio::RuntimeError);
}

TEST_CASE("no threads: cancelling a queued job's future stops it from running") {
    aio::ThreadPoolExecutor pool(1);
    aio::EventLoop loop;
    aio::LoopExecutorGuard guard(loop);
    RecordingSink sink;
    loop.set_trace_sink(&sink);
    bool second_ran = false;
    auto first = aio::run_in_executor(loop, &pool, [] { return 1; });
    auto second = aio::run_in_executor(loop, &pool, [&] { second_ran = true; });
    CHECK(second.cancel());
    CHECK(loop.run_until_complete(first) == 1);
    loop.run_until_complete([&]() -> aio::Coro<void> {
        while (aio::pending_executor_jobs(aio::get_running_loop()) != 0) co_await aio::sleep(0);
    }());
    loop.set_trace_sink(nullptr);
    CHECK_FALSE(second_ran);
    CHECK(sink.count(aio::TraceKind::executor_started) == 1);
    CHECK(sink.count(aio::TraceKind::executor_finished) == 2);
    for (auto& e : sink.events) {
        if (e.kind == aio::TraceKind::executor_finished && e.id != sink.events.front().id) {
            CHECK(e.arg == 0xFFFFFFFFu);  // the cancelled one never started
        }
    }
}

TEST_CASE("no threads: shutdown runs or cancels the queued jobs") {
    aio::EventLoop loop;
    aio::LoopExecutorGuard guard(loop);

    SUBCASE("shutdown(wait=true) runs every queued job at once") {
        aio::ThreadPoolExecutor pool(1);
        int ran = 0;
        std::vector<aio::Future<int>> futures;
        for (int i = 0; i < 4; ++i)
            futures.push_back(aio::run_in_executor(loop, &pool, [&, i] {
                ++ran;
                return i;
            }));
        CHECK(ran == 0);
        pool.shutdown(true, false);
        CHECK(ran == 4);
        CHECK_THROWS_AS(aio::run_in_executor(loop, &pool, [] { return 1; }), aio::RuntimeError);
        for (int i = 0; i < 4; ++i) CHECK(loop.run_until_complete(futures[i]) == i);
        CHECK(aio::pending_executor_jobs(loop) == 0);
    }

    SUBCASE("shutdown(wait=false, cancel_futures=true) cancels them") {
        aio::ThreadPoolExecutor pool(1);
        int ran = 0;
        std::vector<aio::Future<int>> futures;
        for (int i = 0; i < 3; ++i)
            futures.push_back(aio::run_in_executor(loop, &pool, [&] {
                ++ran;
                return 0;
            }));
        pool.shutdown(false, true);
        for (auto& f : futures) {
            CHECK_THROWS_AS(loop.run_until_complete(f), aio::CancelledError);
            CHECK(f.cancelled());
        }
        CHECK(ran == 0);
        CHECK(aio::pending_executor_jobs(loop) == 0);
    }

    SUBCASE("shutdown(wait=false) leaves them to their loop callbacks") {
        aio::ThreadPoolExecutor pool(1);
        auto f = aio::run_in_executor(loop, &pool, [] { return 6; });
        pool.shutdown(false, false);
        CHECK(loop.run_until_complete(f) == 6);
    }
}

TEST_CASE(
    "no threads: releasing the loop with queued jobs cancels them; an executor outliving its callbacks") {
    int ran = 0;
    std::vector<aio::Future<int>> futures;
    {
        aio::EventLoop loop;
        auto pool = std::make_unique<aio::ThreadPoolExecutor>(1);
        futures.push_back(aio::run_in_executor(loop, pool.get(), [&] { return ++ran; }));
        aio::release_loop_executors(loop);
        CHECK(futures[0].cancelled());
        pool.reset();  // its queued job was cancelled: nothing runs now
        CHECK(ran == 0);
        loop.run_until_complete(
            []() -> aio::Coro<void> { co_await aio::sleep(0); }());  // stale callback: harmless
        CHECK(ran == 0);
        futures.clear();
    }
    {
        aio::EventLoop loop;
        aio::LoopExecutorGuard guard(loop);
        auto pool = std::make_unique<aio::ThreadPoolExecutor>(1);
        auto f = aio::run_in_executor(loop, pool.get(), [&] { return ++ran; });
        pool.reset();  // the destructor's shutdown(wait=true) runs it
        CHECK(ran == 1);
        CHECK(loop.run_until_complete(f) == 1);
    }
}

TEST_CASE("no threads: a virtual-time loop completes executor jobs without real waiting") {
    aio::EventLoop::Options opts;
    opts.clock = aio::Clock::Kind::virtual_time;
    aio::EventLoop loop(std::move(opts));
    aio::LoopExecutorGuard guard(loop);
    aio::ThreadPoolExecutor pool(1);
    int v = loop.run_until_complete([&]() -> aio::Coro<int> {
        co_await aio::sleep(5);
        co_return co_await aio::run_in_executor(&pool, [] { return 99; });
    }());
    CHECK(v == 99);
    CHECK(loop.time() == doctest::Approx(5.0));
    CHECK_THROWS_AS(loop.run_until_complete(loop.create_future<int>()),
                    aio::RuntimeError);  // still a deadlock
}

TEST_CASE("no threads: trace shows queued, started on worker 0 and finished per job") {
    aio::ThreadPoolExecutor pool(3, "tr");
    aio::EventLoop loop;
    aio::LoopExecutorGuard guard(loop);
    RecordingSink sink;
    loop.set_trace_sink(&sink);
    loop.run_until_complete([&]() -> aio::Coro<void> {
        auto a = aio::run_in_executor(&pool, [] { return 1; });
        auto b = aio::run_in_executor(&pool, [] { return 2; });
        co_await a;
        co_await b;
    }());
    loop.set_trace_sink(nullptr);
    std::vector<std::pair<aio::TraceKind, std::uint32_t>> seen;
    std::set<std::uint64_t> jobs;
    for (auto& e : sink.events) {
        if (!is_executor_event(e.kind)) continue;
        CHECK(e.other == pool.id());
        jobs.insert(e.id);
        seen.emplace_back(e.kind, e.kind == aio::TraceKind::executor_queued ? 0u : e.arg);
    }
    CHECK(jobs.size() == 2);
    using K = aio::TraceKind;
    CHECK(seen == std::vector<std::pair<K, std::uint32_t>>{{K::executor_queued, 0},
                                                           {K::executor_queued, 0},
                                                           {K::executor_started, 0},
                                                           {K::executor_finished, 0},
                                                           {K::executor_started, 0},
                                                           {K::executor_finished, 0}});
}

#endif  // AIO_EXECUTOR_THREADS
