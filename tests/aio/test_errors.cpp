// errors: CancelledError is not a std::exception (Python's BaseException); the other exceptions
// carry CPython's texts; describe_exception and is_cancelled_error read any exception_ptr.
#include <doctest/doctest.h>

#include "support.hpp"

#include <type_traits>

TEST_CASE("CancelledError escapes catch (std::exception&), as BaseException escapes except Exception") {
    static_assert(!std::is_base_of_v<std::exception, aio::CancelledError>);
    bool caught_as_std = false, caught_by_name = false;
    try {
        try {
            throw aio::CancelledError("stop");
        } catch (const std::exception&) { caught_as_std = true; }
    } catch (const aio::CancelledError& e) {
        caught_by_name = true;
        CHECK(e.message() == std::optional<std::string>("stop"));
        CHECK(std::string(e.what()) == "stop");
    }
    CHECK_FALSE(caught_as_std);
    CHECK(caught_by_name);
    CHECK(std::string(aio::CancelledError().what()).empty());
}

TEST_CASE("describe_exception and is_cancelled_error") {
    auto ptr = [](auto e) { return std::make_exception_ptr(e); };
    CHECK(aio::describe_exception(nullptr).empty());
    CHECK(aio::describe_exception(ptr(aio::CancelledError())) == "CancelledError");
    CHECK(aio::describe_exception(ptr(aio::CancelledError("bye"))) == "CancelledError: bye");
    CHECK(aio::describe_exception(ptr(aio::RuntimeError("boom"))) == "boom");
    CHECK(aio::describe_exception(ptr(42)) == "unknown exception");
    CHECK(aio::is_cancelled_error(ptr(aio::CancelledError())));
    CHECK_FALSE(aio::is_cancelled_error(ptr(aio::TimeoutError())));
    CHECK_FALSE(aio::is_cancelled_error(nullptr));
}

TEST_CASE("the exceptions' texts and relations follow CPython's") {
    CHECK(std::string(aio::BrokenBarrierError().what()) == "Barrier aborted");
    CHECK(std::is_base_of_v<aio::RuntimeError, aio::BrokenBarrierError>);
    aio::IncompleteReadError incomplete("ab", 5);
    CHECK(std::string(incomplete.what()) == "2 bytes read on a total of 5 expected bytes");
    CHECK(incomplete.partial() == "ab");
    CHECK(incomplete.expected() == 5);
    CHECK(aio::LimitOverrunError("Separator is not found", 7).consumed() == 7);
    aio::ExceptionGroup one("unhandled errors in a TaskGroup",
                            {std::make_exception_ptr(aio::ValueError("x"))});
    CHECK(std::string(one.what()) == "unhandled errors in a TaskGroup (1 sub-exception)");
    aio::ExceptionGroup two("eg", {std::make_exception_ptr(1), std::make_exception_ptr(2)});
    CHECK(std::string(two.what()) == "eg (2 sub-exceptions)");
    CHECK(two.message() == "eg");
    CHECK(two.exceptions().size() == 2);
}
