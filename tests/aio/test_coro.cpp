// Coro<T>: lazy coroutines awaited inline, exceptions through nested awaits, deep nesting.
#include <doctest/doctest.h>

#include "support.hpp"

using aio_test::virtual_time;
using Lines = std::vector<std::string>;

namespace {

aio::Coro<int> add_later(int a, int b) {
    co_await aio::sleep(0.1);
    co_return a + b;
}

aio::Coro<int> chain(int depth) {
    if (depth == 0) co_return 0;
    int below = co_await chain(depth - 1);
    co_return below + 1;
}

aio::Coro<void> thrower(int depth) {
    if (depth == 0) {
        co_await aio::sleep(0);
        throw std::out_of_range("deep");
    }
    co_await thrower(depth - 1);
}

}  // namespace

TEST_CASE("a coroutine runs nothing until awaited, then runs inline in the awaiting task") {
    // conformance 018: an inline coroutine runs immediately when awaited
    aio::EventLoop loop(virtual_time());
    std::vector<std::string> log;
    loop.run_until_complete([](std::vector<std::string>& log) -> aio::Coro<void> {
        auto inline_coro = [](std::vector<std::string>& log) -> aio::Coro<std::string> {
            log.push_back("inline runs");
            co_return "inline";
        };
        aio::Coro<std::string> c = inline_coro(log);
        log.push_back("created");
        aio::TaskBase* me = aio::current_task();
        std::string v = co_await std::move(c);
        log.push_back("got " + v);
        CHECK(aio::current_task() == me);
    }(log));
    CHECK(log == Lines{"created", "inline runs", "got inline"});
}

TEST_CASE("coroutine chaining returns values through every level") {
    // conformance 002_coroutine_chaining, in spirit
    aio::EventLoop loop(virtual_time());
    CHECK(loop.run_until_complete(add_later(2, 3)) == 5);
    CHECK(loop.time() == doctest::Approx(0.1));
}

TEST_CASE("deep await chains do not grow the C++ stack") {
    aio::EventLoop loop(virtual_time());
    CHECK(loop.run_until_complete(chain(100000)) == 100000);
}

TEST_CASE("an exception travels up through every awaiting coroutine") {
    aio::EventLoop loop(virtual_time());
    CHECK_THROWS_WITH_AS(loop.run_until_complete(thrower(1000)), "deep", std::out_of_range);
}

TEST_CASE("a coroutine can be awaited only once") {
    aio::EventLoop loop(virtual_time());
    loop.run_until_complete([]() -> aio::Coro<void> {
        auto c = add_later(1, 1);
        CHECK(co_await c == 2);
        CHECK_THROWS_WITH_AS(co_await c, "cannot reuse already awaited coroutine", aio::RuntimeError);
    }());
}

TEST_CASE("awaiting an aio awaitable outside a task is a clear error") {
    aio::EventLoop loop(virtual_time());
    // A coroutine resumed by hand (not by a task) that awaits a sleep.
    struct Plain {
        struct promise_type {
            std::exception_ptr error;
            Plain get_return_object() {
                return {aio::detail::co::coroutine_handle<promise_type>::from_promise(*this)};
            }
            aio::detail::co::suspend_always initial_suspend() noexcept { return {}; }
            aio::detail::co::suspend_always final_suspend() noexcept { return {}; }
            void return_void() {}
            void unhandled_exception() { error = std::current_exception(); }
        };
        aio::detail::co::coroutine_handle<promise_type> h;
    };
    auto p = []() -> Plain { co_await aio::sleep(1); }();
    p.h.resume();
    REQUIRE(p.h.done());
    CHECK_THROWS_WITH_AS(std::rethrow_exception(p.h.promise().error),
                         "co_await on an aio awaitable outside of an aio task", aio::RuntimeError);
    p.h.destroy();
}

TEST_CASE("awaiting a foreign awaitable fails the step with a clear error instead of hanging") {
    aio::EventLoop loop(virtual_time());
    CHECK_THROWS_AS(
        loop.run_until_complete([]() -> aio::Coro<void> { co_await aio::detail::co::suspend_always{}; }()),
        aio::RuntimeError);
}

TEST_CASE("destroying an unawaited coroutine frees its frame") {
    long before = aio::detail::live_coroutine_frames();
    {
        // Kept in a vector so the compiler cannot elide the frame's allocation.
        std::vector<aio::Coro<int>> coros;
        coros.push_back(add_later(1, 2));
        CHECK(aio::detail::live_coroutine_frames() == before + 1);
    }
    CHECK(aio::detail::live_coroutine_frames() == before);
}
