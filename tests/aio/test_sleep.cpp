// sleep: sleep(0) yields one turn; a timer-woken task resumes one iteration after the timer fires.
#include <doctest/doctest.h>

#include "support.hpp"

using aio_test::virtual_time;
using Lines = std::vector<std::string>;

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
