// sleep: sleep(0) yields one turn; a timer-woken task resumes one iteration after the timer fires;
// huge and infinite sleeps under the virtual clock neither spin nor lose precision.
#include <doctest/doctest.h>

#include "support.hpp"

#include <cmath>
#include <limits>

using aio_test::virtual_time;
using Lines = std::vector<std::string>;

namespace {
// Counts what a run did: real waits, timers fired, callbacks and task steps run.
struct Recorder final : aio::TraceSink {
    int iterations_that_waited = 0;
    int timers_fired = 0;
    int callbacks = 0;
    void record(const aio::TraceEvent& e) override {
        if (e.kind == aio::TraceKind::loop_wait_begin) ++iterations_that_waited;
        if (e.kind == aio::TraceKind::timer_fired) ++timers_fired;
        if (e.kind == aio::TraceKind::callback_begin || e.kind == aio::TraceKind::task_step_begin)
            ++callbacks;
    }
};
}  // namespace

TEST_CASE("sleep(0) round-robins tasks in the order they became ready") {
    // conformance 017_sleep0_interleaving
    aio::EventLoop loop(virtual_time());
    std::vector<std::string> log;
    auto worker = [](std::string name, int steps, std::vector<std::string>& log) -> aio::Coro<std::string> {
        for (int i = 0; i < steps; ++i) {
            log.push_back(name + " step " + std::to_string(i));
            co_await aio::sleep(0);
        }
        log.push_back(name + " done");
        co_return name;
    };
    auto results = loop.run_until_complete(
        [](auto worker, std::vector<std::string>& log) -> aio::Coro<std::vector<std::string>> {
            auto [a, b, c, d] = co_await aio::gather(worker("a", 3, log), worker("b", 1, log),
                                                     worker("c", 4, log), worker("d", 2, log));
            co_return std::vector<std::string>{a, b, c, d};
        }(worker, log));
    CHECK(results == Lines{"a", "b", "c", "d"});
    CHECK(log == Lines{"a step 0", "b step 0", "c step 0", "d step 0", "a step 1", "b done", "c step 1",
                       "d step 1", "a step 2", "c step 2", "d done", "a done", "c step 3", "c done"});
    CHECK(loop.time() == 0.0);
}

TEST_CASE("a task woken by its timer resumes one loop iteration after the timer fired") {
    aio::EventLoop loop(virtual_time());
    std::vector<std::string> log;
    loop.run_until_complete([](std::vector<std::string>& log) -> aio::Coro<void> {
        aio::EventLoop& loop = aio::get_running_loop();
        auto sleeper = aio::create_task([](std::vector<std::string>& log) -> aio::Coro<void> {
            co_await aio::sleep(1);
            log.push_back("sleeper resumed");
        }(log));
        co_await aio::sleep(0);
        // Armed after the sleeper's timer, with the same deadline: fires right after it, in the same
        // iteration; what it schedules joins the next iteration after the sleeper's wake-up.
        loop.call_at(1.0, [&log, &loop] {
            log.push_back("timer at 1.0");
            loop.call_soon([&log] { log.push_back("soon from timer"); });
        });
        co_await sleeper;
    }(log));
    CHECK(log == Lines{"timer at 1.0", "sleeper resumed", "soon from timer"});
}

TEST_CASE("sleep(delay, value) gives the value back") {
    aio::EventLoop loop(virtual_time());
    std::string v = loop.run_until_complete(
        []() -> aio::Coro<std::string> { co_return co_await aio::sleep(2, std::string("direct")); }());
    CHECK(v == "direct");
    CHECK(loop.time() == 2.0);
}

TEST_CASE("cancelling a sleeping task removes its timer") {
    aio::EventLoop loop(virtual_time());
    loop.run_until_complete([]() -> aio::Coro<void> {
        aio::EventLoop& loop = aio::get_running_loop();
        auto t = aio::create_task([]() -> aio::Coro<void> { co_await aio::sleep(100); }());
        co_await aio::sleep(0);
        CHECK(loop.timer_count() == 1);
        t.cancel();
        co_await aio::gather(aio::return_exceptions, t);
        CHECK(loop.timer_count() == 0);
    }());
    CHECK(loop.time() == 0.0);
}

TEST_CASE("negative delays behave like sleep(0)") {
    aio::EventLoop loop(virtual_time());
    std::vector<std::string> log;
    loop.run_until_complete([](std::vector<std::string>& log) -> aio::Coro<void> {
        auto other = aio::create_task([](std::vector<std::string>& log) -> aio::Coro<void> {
            log.push_back("other");
            co_return;
        }(log));
        co_await aio::sleep(-5);
        log.push_back("main");
        co_await other;
    }(log));
    CHECK(log == Lines{"other", "main"});
}

// ---- Huge sleeps under the virtual clock -------------------------------------------------------
// Far from 0 the clock's resolution (1e-9) is below a double's step (1e8 + 1e-9 == 1e8): a timer
// must still fire when the clock has jumped exactly to it, and a timer at +inf is no deadline.

TEST_CASE("a huge virtual sleep jumps straight to its deadline and keeps full precision after it") {
    for (double delay : {1e8, 1e15, 1e300}) {
        CAPTURE(delay);
        aio::EventLoop loop(virtual_time());
        std::vector<double> times;
        Recorder rec;
        loop.set_trace_sink(&rec);
        loop.run_until_complete([](double delay, std::vector<double>& times) -> aio::Coro<void> {
            aio::EventLoop& loop = aio::get_running_loop();
            co_await aio::sleep(delay);
            times.push_back(loop.time());
            co_await aio::sleep(delay / 2);  // a later deadline still becomes the clock's time exactly
            times.push_back(loop.time());
        }(delay, times));
        loop.set_trace_sink(nullptr);
        CHECK(times == std::vector<double>{delay, delay + delay / 2});
        CHECK(rec.iterations_that_waited == 0);  // never waited for real
        CHECK(rec.timers_fired == 2);
        CHECK(rec.callbacks < 20);  // no spinning: a handful of callbacks, not millions
    }
}

TEST_CASE("timers near a huge virtual time keep their order even one double step apart") {
    aio::EventLoop loop(virtual_time());
    std::vector<std::string> log;
    const double base = 1e8;
    const double next = std::nextafter(base, 2e8);
    loop.call_at(next, [&] {
        log.push_back("next");
        loop.stop();
    });
    loop.call_at(base, [&] { log.push_back("base"); });
    loop.run_forever();
    CHECK(log == std::vector<std::string>{"base", "next"});
    CHECK(loop.time() == next);
}

TEST_CASE("sleep(inf) with nothing else to do is a deadlock error, not a spin and not an infinite clock") {
    aio::EventLoop loop(virtual_time());
    const double inf = std::numeric_limits<double>::infinity();
    CHECK_THROWS_WITH_AS(loop.run_until_complete([](double inf) -> aio::Coro<void> {
        co_await aio::sleep(1.5);
        co_await aio::sleep(inf);
    }(inf)),
                         doctest::Contains("nothing can ever wake it"), aio::RuntimeError);
    CHECK(loop.time() == 1.5);  // the clock never became inf
    CHECK(loop.deadlock_message().find("due at infinity") != std::string::npos);
}

TEST_CASE("a deadlock without timers keeps its own message") {
    aio::EventLoop loop(virtual_time());
    CHECK_THROWS_WITH_AS(loop.run_until_complete(loop.create_future<int>()),
                         "deadlock: the event loop has nothing to run and nothing can wake it (every task "
                         "waits for something that will never happen)",
                         aio::RuntimeError);
}

TEST_CASE("a task asleep forever does not stop the others; closing the loop cancels it") {
    aio::EventLoop loop(virtual_time());
    std::vector<std::string> log;
    const double inf = std::numeric_limits<double>::infinity();
    loop.run_until_complete([](double inf, std::vector<std::string>& log) -> aio::Coro<void> {
        aio::create_task([](double inf, std::vector<std::string>& log) -> aio::Coro<void> {
            try {
                co_await aio::sleep(inf);
            } catch (const aio::CancelledError&) {
                log.push_back("sleeper cancelled");
                throw;
            }
        }(inf, log));
        co_await aio::sleep(5);
        log.push_back("main woke at " + std::to_string(int(aio::get_running_loop().time())));
    }(inf, log));
    CHECK(log == std::vector<std::string>{"main woke at 5"});
    aio::cancel_all_tasks(loop);
    CHECK(log == std::vector<std::string>{"main woke at 5", "sleeper cancelled"});
    loop.close();
}

TEST_CASE("a host-driven virtual loop with only sleep(inf) left reports itself stuck") {
    aio::EventLoop loop(virtual_time());
    const double inf = std::numeric_limits<double>::infinity();
    auto task = loop.create_task([](double inf) -> aio::Coro<void> { co_await aio::sleep(inf); }(inf));
    auto r = loop.run_for(0.05);
    CHECK(std::isinf(r.next_wakeup));
    CHECK(r.stuck);
    CHECK(loop.time() == 0.0);
    loop.external_work_started();  // work on another thread could still wake it
    CHECK_FALSE(loop.run_for(0.05).stuck);
    loop.external_work_finished();
    task.cancel();
    loop.run_for(0.05);  // the cancellation runs
    CHECK(task.cancelled());
}

TEST_CASE("a real-time loop with a task asleep forever still waits for (not spins on) other work") {
    aio::EventLoop loop;  // real clock
    Recorder rec;
    loop.set_trace_sink(&rec);
    const double inf = std::numeric_limits<double>::infinity();
    loop.run_until_complete([](double inf) -> aio::Coro<void> {
        aio::create_task([](double inf) -> aio::Coro<void> { co_await aio::sleep(inf); }(inf));
        co_await aio::sleep(0.03);
    }(inf));
    loop.set_trace_sink(nullptr);
    // One real wait for the 30 ms timer (a few if the machine wakes it early), not a busy loop.
    CHECK(rec.iterations_that_waited >= 1);
    CHECK(rec.iterations_that_waited < 20);
    aio::cancel_all_tasks(loop);
    loop.close();
}
