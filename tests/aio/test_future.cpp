// Future<T>: states, results and exceptions, done callbacks (scheduled, never inline).
#include <doctest/doctest.h>

#include "support.hpp"

using aio_test::virtual_time;
using Lines = std::vector<std::string>;

TEST_CASE("result, exception and the errors of a pending or finished future") {
    // conformance 061_invalid_state_error
    aio::EventLoop loop(virtual_time());
    auto fut = loop.create_future<int>();
    CHECK_FALSE(fut.done());
    CHECK_THROWS_WITH_AS(fut.result(), "Result is not set.", aio::InvalidStateError);
    CHECK_THROWS_WITH_AS(fut.exception(), "Exception is not set.", aio::InvalidStateError);
    fut.set_result(1);
    CHECK_THROWS_WITH_AS(fut.set_result(2), "invalid state", aio::InvalidStateError);
    CHECK_THROWS_WITH_AS(fut.set_exception(std::runtime_error("x")), "invalid state", aio::InvalidStateError);
    CHECK(fut.result() == 1);
    CHECK(fut.exception() == nullptr);
    CHECK(fut.done());
    CHECK_FALSE(fut.cancelled());
    CHECK_FALSE(fut.cancel());
}

TEST_CASE("set_exception: await, result() and exception() all give the same exception object") {
    // conformance 060_future_set_exception
    aio::EventLoop loop(virtual_time());
    std::string text;
    const void* first = nullptr;
    loop.run_until_complete(
        [](aio::EventLoop& loop, std::string& text, const void*& first) -> aio::Coro<void> {
            auto fut = loop.create_future<int>();
            loop.call_later(0.5, [fut] { fut.set_exception(std::domain_error("division by zero, later")); });
            try {
                co_await fut;
            } catch (const std::domain_error& e) {
                text = aio_test::fixed(loop.time(), 1) + " " + e.what();
                first = &e;
            }
            std::exception_ptr e = fut.exception();
            try {
                std::rethrow_exception(e);
            } catch (const std::domain_error& again) { CHECK(&again == first); }
            try {
                fut.result();
            } catch (const std::domain_error& again) { CHECK(&again == first); }
        }(loop, text, first));
    CHECK(text == "0.5 division by zero, later");
}

TEST_CASE("cancel: once, with a message, and what result() raises") {
    // conformance 039 (future part) and 034 (future msg)
    aio::EventLoop loop(virtual_time());
    auto f = loop.create_future<void>();
    CHECK(f.cancel("future msg"));
    CHECK_FALSE(f.cancel());
    CHECK(f.cancelled());
    CHECK(f.done());
    try {
        f.result();
        FAIL("result() of a cancelled future must throw");
    } catch (const aio::CancelledError& e) {
        REQUIRE(e.message());
        CHECK(*e.message() == "future msg");
    }
    CHECK_THROWS_AS(f.exception(), aio::CancelledError);
    auto g = loop.create_future<int>();
    g.cancel();
    try {
        g.result();
    } catch (const aio::CancelledError& e) { CHECK_FALSE(e.message().has_value()); }
}

TEST_CASE("done callbacks are scheduled in order, never run inline, also when added late") {
    aio::EventLoop loop(virtual_time());
    std::vector<std::string> log;
    auto fut = loop.create_future<int>();
    fut.add_done_callback([&](aio::Future<int> f) { log.push_back("cb1 " + std::to_string(f.result())); });
    auto id2 = fut.add_done_callback([&](aio::Future<int>) { log.push_back("cb2"); });
    fut.add_done_callback([&](aio::Future<int>) { log.push_back("cb3"); });
    CHECK(fut.remove_done_callback(id2) == 1);
    CHECK(fut.remove_done_callback(id2) == 0);
    fut.set_result(5);
    CHECK(log.empty());  // scheduled, not run
    fut.add_done_callback([&](aio::Future<int>) { log.push_back("late"); });
    CHECK(log.empty());
    loop.run_until_complete([]() -> aio::Coro<void> { co_await aio::sleep(0); }());
    CHECK(log == Lines{"cb1 5", "cb3", "late"});
}

TEST_CASE("a task awaiting a future resumes one iteration after the future completes") {
    aio::EventLoop loop(virtual_time());
    std::vector<std::string> log;
    auto fut = loop.create_future<int>();
    loop.run_until_complete(
        [](aio::EventLoop& loop, aio::Future<int> fut, std::vector<std::string>& log) -> aio::Coro<void> {
            auto waiter =
                aio::create_task([](aio::Future<int> fut, std::vector<std::string>& log) -> aio::Coro<void> {
                    int v = co_await fut;
                    log.push_back("waiter got " + std::to_string(v));
                }(fut, log));
            co_await aio::sleep(0);  // the waiter is now blocked on fut
            loop.call_soon([&log, fut] {
                fut.set_result(7);
                log.push_back("set");
                aio::get_running_loop().call_soon([&log] { log.push_back("scheduled right after set"); });
            });
            co_await waiter;
        }(loop, fut, log));
    // The waiter's wake-up was queued by set_result before the other callback: it runs first, in the
    // next iteration.
    CHECK(log == Lines{"set", "waiter got 7", "scheduled right after set"});
}

TEST_CASE("old-style callback APIs wrapped in futures") {
    // conformance 063_loop_create_future
    aio::EventLoop loop(virtual_time());
    auto modern_api = [](int x) -> aio::Coro<int> {
        aio::EventLoop& loop = aio::get_running_loop();
        auto fut = loop.create_future<int>();
        auto on_done = [fut](int result, std::exception_ptr error) {
            if (fut.cancelled()) return;
            if (error)
                fut.set_exception(error);
            else
                fut.set_result(result);
        };
        if (x < 0)
            loop.call_later(0.2, [on_done, x] {
                on_done(0, std::make_exception_ptr(aio::ValueError("negative: " + std::to_string(x))));
            });
        else
            loop.call_later(x / 10.0, [on_done, x] { on_done(x * 2, nullptr); });
        co_return co_await fut;
    };
    std::vector<std::string> log;
    loop.run_until_complete([](auto modern_api, std::vector<std::string>& log) -> aio::Coro<void> {
        aio::EventLoop& loop = aio::get_running_loop();
        log.push_back(std::to_string(co_await modern_api(5)));
        log.push_back(aio_test::fixed(loop.time(), 1));
        try {
            co_await modern_api(-1);
        } catch (const aio::ValueError& e) { log.push_back(std::string("error: ") + e.what()); }
        auto [a, b, c] = co_await aio::gather(modern_api(3), modern_api(1), modern_api(2));
        log.push_back(std::to_string(a) + " " + std::to_string(b) + " " + std::to_string(c));
        log.push_back(aio_test::fixed(loop.time(), 1));
        CHECK(&loop.create_future<int>().get_loop() == &loop);
    }(modern_api, log));
    CHECK(log == Lines{"10", "0.5", "error: negative: -1", "6 2 4", "1.0"});
}

TEST_CASE("futures of move-only values") {
    aio::EventLoop loop(virtual_time());
    auto fut = loop.create_future<std::unique_ptr<int>>();
    loop.call_soon([fut] { fut.set_result(std::make_unique<int>(9)); });
    auto p =
        loop.run_until_complete([](aio::Future<std::unique_ptr<int>> f) -> aio::Coro<std::unique_ptr<int>> {
            co_return co_await f;
        }(fut));
    REQUIRE(p);
    CHECK(*p == 9);
}

TEST_CASE("a future nobody awaited reports its exception when dropped; a retrieved one does not") {
    aio::EventLoop loop(virtual_time());
    std::vector<std::string> seen;
    loop.set_exception_handler(
        [&](aio::EventLoop&, const aio::ExceptionContext& c) { seen.push_back(c.message); });
    {
        auto f = loop.create_future<int>();
        f.set_exception(std::runtime_error("lost"));
    }
    {
        auto f = loop.create_future<int>();
        f.set_exception(std::runtime_error("seen"));
        CHECK(f.exception() != nullptr);
    }
    CHECK(seen == Lines{"Future exception was never retrieved"});
}
