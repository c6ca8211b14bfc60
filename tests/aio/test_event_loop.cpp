// EventLoop: ordering of callbacks and timers, running modes, thread-safe calls, errors.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <thread>

#include "support.hpp"

using aio_test::fixed;
using aio_test::Log;
using aio_test::virtual_time;
using Lines = std::vector<std::string>;

TEST_CASE("call_soon runs callbacks FIFO; what they schedule runs in the next iteration") {
    // conformance 015_call_soon_fifo
    aio::EventLoop loop(virtual_time());
    Log log;
    std::function<void(std::string, int)> cb = [&](std::string name, int depth) {
        log("cb " + name);
        if (depth < 2) loop.call_soon([&cb, name, depth] { cb(name + "'", depth + 1); });
    };
    auto main_coro = [&]() -> aio::Coro<void> {
        for (const char* n : {"A", "B", "C"}) loop.call_soon([&cb, n] { cb(n, 0); });
        aio::Handle h = loop.call_soon([&cb] { cb("X", 0); });
        h.cancel();
        log(std::string("scheduled; handle cancelled: ") + (h.cancelled() ? "True" : "False"));
        co_await aio::sleep(0);
        log("main after sleep(0)");
        co_await aio::sleep(0);
        log("main after 2nd sleep(0)");
        co_await aio::sleep(0.01);
        loop.call_soon([&] { log("print via call_soon 1 2"); });
        log("main end");
    };
    loop.run_until_complete(main_coro());
    CHECK(log.lines == Lines{"scheduled; handle cancelled: True", "cb A", "cb B", "cb C",
                             "main after sleep(0)", "cb A'", "cb B'", "cb C'", "main after 2nd sleep(0)",
                             "cb A''", "cb B''", "cb C''", "main end", "print via call_soon 1 2"});
    // (The callback main scheduled last runs before run_until_complete returns: the task's
    // completion stops the loop through a done callback, which is queued behind it.)
}

TEST_CASE("timers fire by deadline; equal deadlines in scheduling order; cancelled ones never") {
    // conformance 016_call_later_call_at_order
    aio::EventLoop loop(virtual_time());
    Log log;
    auto main_coro = [&]() -> aio::Coro<void> {
        double t0 = loop.time();
        auto cb = [&, t0](std::string tag) {
            return [&, t0, tag] { log(fixed(loop.time() - t0) + " " + tag); };
        };
        loop.call_later(0.3, cb("later 0.3"));
        loop.call_at(t0 + 0.1, cb("at 0.1"));
        loop.call_later(0.2, cb("later 0.2 #1"));
        loop.call_at(t0 + 0.2, cb("at 0.2 #2"));
        loop.call_later(0.2, cb("later 0.2 #3"));
        loop.call_later(0, cb("later 0"));
        loop.call_soon(cb("soon"));
        aio::TimerHandle h = loop.call_later(0.15, cb("cancelled timer"));
        h.cancel();
        loop.call_later(-1, cb("later -1"));
        for (int i = 0; i < 8; ++i) loop.call_later(0.4, cb("tie " + std::to_string(i)));
        co_await aio::sleep(0.5);
        log("done");
    };
    loop.run_until_complete(main_coro());
    CHECK(log.lines == Lines{"0.00 soon", "0.00 later -1", "0.00 later 0", "0.10 at 0.1", "0.20 later 0.2 #1",
                             "0.20 at 0.2 #2", "0.20 later 0.2 #3", "0.30 later 0.3", "0.40 tie 0",
                             "0.40 tie 1", "0.40 tie 2", "0.40 tie 3", "0.40 tie 4", "0.40 tie 5",
                             "0.40 tie 6", "0.40 tie 7", "done"});
}

TEST_CASE("timer handles: cancel before, during and after firing; many cancelled timers") {
    // conformance 021_timer_handle_cancel
    aio::EventLoop loop(virtual_time());
    Log log;
    std::vector<std::string> fired;
    auto main_coro = [&]() -> aio::Coro<void> {
        auto h1 = loop.call_later(1, [&] { fired.push_back("h1"); });
        auto h2 = loop.call_later(2, [&] { fired.push_back("h2"); });
        auto h3 = loop.call_later(3, [&] { fired.push_back("h3"); });
        log("when: " + fixed(h1.when(), 1) + " " + fixed(h2.when(), 1) + " " + fixed(h3.when(), 1));
        loop.call_later(1.5, [h3]() mutable { h3.cancel(); });
        loop.call_later(
            1.5, [&, h3] { log(std::string("h3 cancelled? ") + (h3.cancelled() ? "True" : "False")); });
        h2.cancel();
        h2.cancel();
        log(std::string("h2 cancelled: ") + (h2.cancelled() ? "True" : "False") +
            " h1 cancelled: " + (h1.cancelled() ? "True" : "False"));
        co_await aio::sleep(4);
        log("fired: " + std::to_string(fired.size()) + " " + fired.at(0));
        log(std::string("h3 cancelled at end: ") + (h3.cancelled() ? "True" : "False"));
        h1.cancel();
        log(std::string("cancelling an already fired handle: ") + (h1.cancelled() ? "True" : "False"));
        std::vector<aio::TimerHandle> many;
        std::vector<int> ints;
        for (int i = 0; i < 200; ++i) many.push_back(loop.call_later(0.5, [&ints, i] { ints.push_back(i); }));
        for (std::size_t i = 0; i < many.size(); i += 2) many[i].cancel();
        CHECK(loop.timer_count() == 100);
        co_await aio::sleep(1);
        log("fired odd count: " + std::to_string(ints.size()) + " " + std::to_string(ints[0]) + " " +
            std::to_string(ints[1]) + " " + std::to_string(ints.back()));
    };
    loop.run_until_complete(main_coro());
    CHECK(log.lines == Lines{"when: 1.0 2.0 3.0", "h2 cancelled: True h1 cancelled: False",
                             "h3 cancelled? True", "fired: 1 h1", "h3 cancelled at end: True",
                             "cancelling an already fired handle: True", "fired odd count: 100 1 3 199"});
    CHECK(loop.timer_count() == 0);
}

TEST_CASE("a due timer's callback runs after what was already ready, in the same iteration") {
    aio::EventLoop loop(virtual_time());
    Log log;
    loop.call_later(0, [&] { log("timer"); });
    loop.call_soon([&] {
        log("soon 1");
        loop.call_soon([&] { log("soon from soon 1"); });
    });
    loop.call_soon([&] { log("soon 2"); });
    // Three steps of one iteration, then the next iteration.
    CHECK(loop.step());
    CHECK(loop.step());
    CHECK(loop.step());
    CHECK(log.lines == Lines{"soon 1", "soon 2", "timer"});
    CHECK(loop.step());
    CHECK(log.lines.back() == "soon from soon 1");
    CHECK_FALSE(loop.step());
}

TEST_CASE("virtual clock: time jumps to the next deadline and never waits") {
    aio::EventLoop loop(virtual_time());
    CHECK(loop.time() == 0.0);
    Log log;
    auto main_coro = [&]() -> aio::Coro<void> {
        co_await aio::sleep(0.25);
        log(fixed(loop.time(), 3));
        co_await aio::sleep(1);
        log(fixed(loop.time(), 3));
        auto fut = loop.create_future<std::string>();
        loop.call_at(5.0, [fut] { fut.set_result("at 5.0"); });
        log(co_await fut + " " + fixed(loop.time(), 3));
        for (int i = 0; i < 10; ++i) co_await aio::sleep(0.1);
        log(fixed(loop.time(), 3));
    };
    double real_start = aio::monotonic_seconds();
    loop.run_until_complete(main_coro());
    CHECK(aio::monotonic_seconds() - real_start < 1.0);
    CHECK(log.lines == Lines{"0.250", "1.250", "at 5.0 5.000", "6.000"});
}

TEST_CASE("a shared virtual clock carries over from one loop to the next") {
    aio::Clock clock(aio::Clock::Kind::virtual_time);
    for (int round = 1; round <= 2; ++round) {
        aio::EventLoop::Options o;
        o.shared_clock = &clock;
        aio::EventLoop loop(std::move(o));
        loop.run_until_complete([]() -> aio::Coro<void> { co_await aio::sleep(1.5); }());
        CHECK(loop.time() == doctest::Approx(1.5 * round));
    }
}

TEST_CASE("real clock: sleep waits for real and the loop reports the time") {
    aio::EventLoop loop;
    double start = loop.time();
    loop.run_until_complete([]() -> aio::Coro<void> { co_await aio::sleep(0.02); }());
    CHECK(loop.time() - start >= 0.02);
}

TEST_CASE("run_until_complete returns the value and rethrows the exception") {
    aio::EventLoop loop(virtual_time());
    CHECK(loop.run_until_complete([]() -> aio::Coro<int> { co_return 7; }()) == 7);
    CHECK_THROWS_WITH_AS(loop.run_until_complete([]() -> aio::Coro<int> {
        co_await aio::sleep(1);
        throw std::runtime_error("boom");
    }()),
                         "boom", std::runtime_error);
    auto fut = loop.create_future<int>();
    loop.call_soon([fut] { fut.set_result(3); });
    CHECK(loop.run_until_complete(fut) == 3);
}

TEST_CASE("stop() ends run_forever after the current iteration") {
    aio::EventLoop loop(virtual_time());
    Log log;
    loop.call_soon([&] {
        log("first");
        loop.stop();
        loop.call_soon([&] { log("next iteration"); });
    });
    loop.call_soon([&] { log("same iteration"); });
    loop.run_forever();
    CHECK(log.lines == Lines{"first", "same iteration"});
    CHECK(!loop.is_running());
}

TEST_CASE("misuse gets clear errors") {
    aio::EventLoop loop(virtual_time());
    SUBCASE("running a loop inside itself") {
        loop.call_soon([&] {
            CHECK_THROWS_WITH_AS(loop.run_forever(), "This event loop is already running", aio::RuntimeError);
        });
        loop.call_soon([&] { loop.stop(); });
        loop.run_forever();
    }
    SUBCASE("running another loop while one runs") {
        aio::EventLoop other(virtual_time());
        loop.call_soon([&] {
            CHECK_THROWS_WITH_AS(other.run_forever(),
                                 "Cannot run the event loop while another loop is running",
                                 aio::RuntimeError);
            loop.stop();
        });
        loop.run_forever();
    }
    SUBCASE("using a closed loop") {
        auto fut = loop.create_future<int>();
        loop.close();
        CHECK(loop.is_closed());
        CHECK_THROWS_WITH_AS(loop.call_soon([] {}), "Event loop is closed", aio::RuntimeError);
        CHECK_THROWS_WITH_AS(loop.run_until_complete(fut), "Event loop is closed", aio::RuntimeError);
        CHECK_THROWS_AS(loop.call_soon_threadsafe([] {}), aio::RuntimeError);
        loop.close();  // twice is fine
    }
    SUBCASE("closing a running loop") {
        loop.call_soon([&] {
            CHECK_THROWS_WITH_AS(loop.close(), "Cannot close a running event loop", aio::RuntimeError);
            loop.stop();
        });
        loop.run_forever();
    }
    SUBCASE("no running loop") {
        CHECK(aio::running_loop() == nullptr);
        CHECK_THROWS_WITH_AS(aio::get_running_loop(), "no running event loop", aio::RuntimeError);
    }
    SUBCASE("a future that can never complete is a deadlock under virtual time") {
        auto fut = loop.create_future<int>();
        CHECK_THROWS_AS(loop.run_until_complete(fut), aio::RuntimeError);
    }
    SUBCASE("stop before the future completes") {
        auto fut = loop.create_future<int>();
        loop.call_soon([&] { loop.stop(); });
        CHECK_THROWS_WITH_AS(loop.run_until_complete(fut), "Event loop stopped before Future completed.",
                             aio::RuntimeError);
    }
}

TEST_CASE("call_soon_threadsafe wakes a loop blocked in its poller") {
    aio::EventLoop loop;  // real clock: the loop really blocks
    auto fut = loop.create_future<int>();
    // Futures are loop-thread objects (their counts are not atomic): the thread gets its own copy,
    // made here, and moves it on; it never copies one itself.
    auto remote = fut;
    std::thread t([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        loop.call_soon_threadsafe([f = std::move(remote)] { f.set_result(42); });
    });
    loop.external_work_started();
    int v = loop.run_until_complete(fut);
    loop.external_work_finished();
    t.join();
    CHECK(v == 42);
}

TEST_CASE("an idle virtual-time loop waits for outstanding thread work instead of a deadlock") {
    aio::EventLoop loop(virtual_time());
    auto fut = loop.create_future<int>();
    loop.external_work_started();
    auto remote = fut;  // as above: no copy of a future on the other thread
    std::thread t([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        loop.call_soon_threadsafe([&loop, f = std::move(remote)] {
            loop.external_work_finished();
            f.set_result(5);
        });
    });
    CHECK(loop.run_until_complete(fut) == 5);
    t.join();
    CHECK(loop.time() == 0.0);  // no timers: the virtual clock did not move
}

TEST_CASE("exceptions from callbacks go to the exception handler and the loop goes on") {
    aio::EventLoop loop(virtual_time());
    std::vector<std::string> seen;
    loop.set_exception_handler([&](aio::EventLoop&, const aio::ExceptionContext& ctx) {
        seen.push_back(ctx.message + ": " + aio::describe_exception(ctx.exception));
    });
    loop.call_soon([] { throw std::runtime_error("callback broke"); });
    bool after = false;
    loop.call_soon([&] { after = true; });
    loop.run_until_complete([]() -> aio::Coro<void> { co_await aio::sleep(0); }());
    CHECK(after);
    REQUIRE(seen.size() == 1);
    CHECK(seen[0] == "Exception in callback: callback broke");
}

TEST_CASE("a task's exception nobody retrieved is reported when the task is dropped") {
    aio::EventLoop loop(virtual_time());
    std::vector<std::string> seen;
    loop.set_exception_handler([&](aio::EventLoop&, const aio::ExceptionContext& ctx) {
        seen.push_back(ctx.message + " (" + ctx.task_name + "): " + aio::describe_exception(ctx.exception));
    });
    loop.run_until_complete([]() -> aio::Coro<void> {
        aio::create_task(
            []() -> aio::Coro<void> {
                co_await aio::sleep(0);
                throw std::logic_error("lost");
            }(),
            "orphan");
        co_await aio::sleep(0.1);
    }());
    REQUIRE(seen.size() == 1);
    CHECK(seen[0] == "Task exception was never retrieved (orphan): lost");
}

TEST_CASE("step() runs one callback at a time; run_for() reports the next wake-up") {
    aio::EventLoop loop(aio::EventLoop::Options{});  // real clock, host-driven
    Log log;
    auto task = loop.create_task([](Log& log) -> aio::Coro<int> {
        log("start");
        co_await aio::sleep(0);
        log("after yield");
        co_await aio::sleep(0.05);
        log("after sleep");
        co_return 1;
    }(log));
    CHECK(loop.step());
    CHECK(log.lines == Lines{"start"});
    auto report = loop.run_for(0.01);
    CHECK(log.lines == Lines{"start", "after yield"});
    CHECK_FALSE(report.stopped);
    CHECK(report.next_wakeup > loop.time());
    CHECK(report.next_wakeup <= loop.time() + 0.05);
    while (!task.done()) {
        auto r = loop.run_for(0.01);
        double wait = r.next_wakeup - loop.time();
        if (wait > 0 && wait < 1.0) std::this_thread::sleep_for(std::chrono::duration<double>(wait));
    }
    CHECK(task.result() == 1);
    CHECK(loop.run_for(0.01).next_wakeup == std::numeric_limits<double>::infinity());
}

TEST_CASE("a virtual-time loop driven by run_for jumps the clock instead of waiting") {
    aio::EventLoop loop(virtual_time());
    auto task = loop.create_task([]() -> aio::Coro<void> { co_await aio::sleep(100); }());
    for (int i = 0; i < 10 && !task.done(); ++i) loop.run_for(0.01);
    CHECK(task.done());
    CHECK(loop.time() == 100.0);
}

TEST_CASE("closing a loop with pending tasks frees their coroutine frames") {
    long frames_before = aio::detail::live_coroutine_frames();
    {
        aio::EventLoop loop(virtual_time());
        auto blocked = loop.create_future<int>();
        loop.run_until_complete([](aio::Future<int> blocked) -> aio::Coro<void> {
            for (int i = 0; i < 5; ++i) {
                aio::create_task([](aio::Future<int> f) -> aio::Coro<void> {
                    auto inner = [](aio::Future<int> f) -> aio::Coro<int> { co_return co_await f; };
                    co_await inner(f);
                }(blocked));
            }
            aio::create_task([]() -> aio::Coro<void> { co_await aio::sleep(1000); }());
            co_await aio::sleep(0.5);
        }(blocked));
        CHECK(loop.pending_tasks().size() == 6);
        // 6 task frames, plus the 5 inner ones unless the compiler placed those inside their
        // parents' frames (clang's coroutine allocation elision does).
        CHECK(aio::detail::live_coroutine_frames() - frames_before >= 6);
        loop.close();
        CHECK(aio::detail::live_coroutine_frames() == frames_before);
    }
    CHECK(aio::detail::live_coroutine_frames() == frames_before);
}

namespace {
struct RecordingSink final : aio::TraceSink {
    std::vector<aio::TraceKind> kinds;
    std::vector<std::string> names;
    void record(const aio::TraceEvent& e) override {
        kinds.push_back(e.kind);
        if (e.kind == aio::TraceKind::task_created) names.emplace_back(e.text);
    }
    std::size_t count(aio::TraceKind k) const { return std::count(kinds.begin(), kinds.end(), k); }
};
}  // namespace

TEST_CASE("the trace records task lifecycles, steps and timers") {
    aio::EventLoop loop(virtual_time());
    RecordingSink sink;
    loop.set_trace_sink(&sink);
    loop.run_until_complete(loop.create_task(
        []() -> aio::Coro<void> {
            auto t = aio::create_task([]() -> aio::Coro<void> { co_await aio::sleep(1); }(), "sleeper");
            co_await t;
        }(),
        "main"));
    CHECK(sink.names == std::vector<std::string>{"main", "sleeper"});
    CHECK(sink.count(aio::TraceKind::task_created) == 2);
    CHECK(sink.count(aio::TraceKind::task_done) == 2);
    CHECK(sink.count(aio::TraceKind::timer_armed) == 1);
    CHECK(sink.count(aio::TraceKind::timer_fired) == 1);
    CHECK(sink.count(aio::TraceKind::task_step_begin) == sink.count(aio::TraceKind::task_step_end));
    CHECK(sink.count(aio::TraceKind::task_step_begin) == 4);  // main: 2 steps, sleeper: 2 steps
}

TEST_CASE("the trace flags callbacks that run longer than the slow-callback threshold") {
    aio::EventLoop::Options o;
    o.slow_callback_duration = 0.01;
    aio::EventLoop loop(std::move(o));
    RecordingSink sink;
    loop.set_trace_sink(&sink);
    loop.call_soon([] {});
    loop.call_soon([] { std::this_thread::sleep_for(std::chrono::milliseconds(30)); });
    loop.call_soon([&loop] { loop.stop(); });
    loop.run_forever();
    CHECK(sink.count(aio::TraceKind::slow_callback) == 1);
    CHECK(sink.count(aio::TraceKind::callback_begin) == 3);
}

TEST_CASE("run_for: a host's slice runs ready work, reports the next wake-up and never waits") {
    aio::EventLoop loop(virtual_time());
    Log log;
    loop.call_soon([&] { log("a"); });
    loop.call_soon([&] { log("b"); });
    // One callback at a time.
    auto r = loop.run_for(1.0, 1);
    CHECK(log.lines == Lines{"a"});
    CHECK(r.next_wakeup == loop.time());  // work is ready
    CHECK_FALSE(r.stopped);
    r = loop.run_for(1.0);
    CHECK(log.lines == Lines{"a", "b"});
    CHECK(std::isinf(r.next_wakeup));  // idle: only another thread could bring work
    CHECK_FALSE(loop.is_running());
    loop.close();
}

TEST_CASE("run_for: stop() is reported once the iteration it was called in has ended") {
    aio::EventLoop loop(virtual_time());
    Log log;
    loop.call_soon([&] {
        log("first, stops");
        loop.stop();
    });
    loop.call_soon([&] { log("same iteration"); });
    auto r = loop.run_for(1.0, 1);
    CHECK_FALSE(r.stopped);  // CPython's run_forever would still run the rest of the iteration
    r = loop.run_for(1.0, 1);
    CHECK(r.stopped);
    CHECK(log.lines == Lines{"first, stops", "same iteration"});
    loop.close();
}

TEST_CASE("a virtual clock's horizon holds an idle loop back (a host pacing a run)") {
    aio::EventLoop loop(virtual_time());
    Log log;
    loop.call_later(5.0, [&] { log("at " + fixed(loop.time(), 1)); });
    loop.clock().set_horizon(2.0);
    auto r = loop.run_for(1.0);
    CHECK(log.lines.empty());
    CHECK(loop.time() == 0.0);  // no jump past the horizon
    CHECK(r.next_wakeup == 5.0);
    loop.clock().set_horizon(5.0);
    loop.run_for(1.0);
    CHECK(log.lines == Lines{"at 5.0"});
    loop.close();
}
