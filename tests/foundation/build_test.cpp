// Checks on the build configuration itself: the settings the runtime relies on.
#include <doctest/doctest.h>

#include <atomic>
#include <exception>
#include <stdexcept>
#include <thread>

#if __has_include(<coroutine>)
#include <coroutine>
namespace coro = std;
#else
#include <experimental/coroutine>
namespace coro = std::experimental;
#endif

namespace {
struct Boom : std::runtime_error {
    Boom() : std::runtime_error("boom") {}
};

// Minimal lazily started coroutine that stores an exception, as a runtime Task does.
struct Lazy {
    struct promise_type {
        std::exception_ptr error;
        int value = 0;
        Lazy get_return_object() { return Lazy{coro::coroutine_handle<promise_type>::from_promise(*this)}; }
        coro::suspend_always initial_suspend() noexcept { return {}; }
        coro::suspend_always final_suspend() noexcept { return {}; }
        void return_value(int v) { value = v; }
        void unhandled_exception() { error = std::current_exception(); }
    };
    explicit Lazy(coro::coroutine_handle<promise_type> h) : handle(h) {}
    Lazy(Lazy&& o) noexcept : handle(o.handle) { o.handle = {}; }
    ~Lazy() {
        if (handle) handle.destroy();
    }
    coro::coroutine_handle<promise_type> handle;
};

Lazy failing(bool fail) {
    if (fail) throw Boom();
    co_return 7;
}

Lazy catching() {
    Lazy inner = failing(true);
    inner.handle.resume();
    try {
        std::rethrow_exception(inner.handle.promise().error);
    } catch (const Boom&) { co_return 42; }
    co_return -1;
}
}  // namespace

TEST_CASE("the build is C++20") { CHECK(__cplusplus >= 202002L); }

TEST_CASE("exceptions thrown in a coroutine are caught by the awaiting coroutine") {
    Lazy ok = failing(false);
    ok.handle.resume();
    CHECK(ok.handle.done());
    CHECK(ok.handle.promise().value == 7);

    Lazy c = catching();
    c.handle.resume();
    REQUIRE(c.handle.done());
    CHECK_FALSE(c.handle.promise().error);
    CHECK(c.handle.promise().value == 42);
}

TEST_CASE("threads start and join (pthreads enabled, pool pre-started on the web)") {
    std::atomic<int> sum{0};
    std::thread a([&] { sum += 1; });
    std::thread b([&] { sum += 2; });
    a.join();
    b.join();
    CHECK(sum.load() == 3);
}
