// outcome: a value or the exception in its place, as gather(return_exceptions=True) lists them.
#include <doctest/doctest.h>

#include "support.hpp"

TEST_CASE("an Outcome holds a value or an exception, and value() rethrows the exception") {
    aio::Outcome<int> value(7);
    CHECK(value.has_value());
    CHECK_FALSE(value.has_exception());
    CHECK(value.value() == 7);
    CHECK(value.exception() == nullptr);
    CHECK_FALSE(value.holds<aio::TimeoutError>());

    aio::Outcome<int> failed(std::make_exception_ptr(aio::TimeoutError("late")));
    CHECK(failed.has_exception());
    CHECK(failed.holds<aio::TimeoutError>());
    CHECK(failed.holds<std::runtime_error>());  // a base class matches, as `except` does
    CHECK_FALSE(failed.holds<aio::CancelledError>());
    CHECK_THROWS_WITH_AS(failed.value(), "late", aio::TimeoutError);

    aio::Outcome<void> none(std::monostate{});
    CHECK(none.has_value());
}

TEST_CASE("gather with return_exceptions gives one Outcome per awaitable, in argument order") {
    aio_test::run_vt([]() -> aio::Coro<void> {
        auto ok = []() -> aio::Coro<int> {
            co_await aio::sleep(0.2);
            co_return 1;
        };
        auto bad = []() -> aio::Coro<int> {
            co_await aio::sleep(0.1);
            throw aio::ValueError("bad");
        };
        auto [a, b] = co_await aio::gather(aio::return_exceptions, ok(), bad());
        CHECK(a.value() == 1);
        CHECK(b.holds<aio::ValueError>());
        CHECK(aio::describe_exception(b.exception()) == "bad");
    });
}
