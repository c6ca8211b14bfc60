// async_timed: a timing wrapper around coroutines, the "@async_timed" decorator idea (seed
// corpus 013).
//
// Teaches: a coroutine can await another one and measure how long it took on the loop's clock,
// printing a line on the way in and on the way out, also when the wrapped coroutine fails. It
// also shows that two tasks created together overlap: delay(2) and delay(3) take 3 s, not 5.
//
// Python version (the expected output is CPython's for this script):
//     def async_timed(func):
//         @functools.wraps(func)
//         async def wrapped(*args):
//             print(f"starting {func.__name__} with args {args}")
//             start = time.perf_counter()
//             try:
//                 return await func(*args)
//             finally:
//                 print(f"finished {func.__name__} in {time.perf_counter() - start:.4f} second(s)")
//         return wrapped
//
//     @async_timed
//     async def delay(seconds): ...
//
// C++ differences: there is no decorator syntax; async_timed("delay", delay_impl) returns a
// callable that takes the same arguments and returns the wrapping coroutine (the callable itself
// is an ordinary lambda: only timed_call(), a free function, is a coroutine). There is no
// `finally` either: timed_call() prints in a catch (...) that rethrows, and after a normal return.
// Python prints the arguments as a tuple, "(2,)"; py_args() does the same, with "%g" for numbers.
#include <aio/aio.hpp>

#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>

std::string py_repr(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", v);
    return text;
}

// Python's repr of an argument tuple: (), (2,), (1, 2).
template <class... A> std::string py_args(const A&... args) {
    std::string out;
    ((out += (out.empty() ? "" : ", ") + py_repr(args)), ...);
    return "(" + out + (sizeof...(A) == 1 ? ",)" : ")");
}

template <class T, class... P>
aio::Coro<T> timed_call(const char* name, aio::Coro<T> (*func)(P...), P... args) {
    std::printf("starting %s with args %s\n", name, py_args(args...).c_str());
    aio::EventLoop& loop = aio::get_running_loop();
    const double start = loop.time();
    try {
        if constexpr (std::is_void_v<T>) {
            co_await func(args...);
            std::printf("finished %s in %.4f second(s)\n", name, loop.time() - start);
        } else {
            T result = co_await func(args...);
            std::printf("finished %s in %.4f second(s)\n", name, loop.time() - start);
            co_return result;
        }
    } catch (...) {
        std::printf("finished %s in %.4f second(s)\n", name, loop.time() - start);
        throw;
    }
}

// The "decorator": wraps `func` so that every call is timed.
template <class T, class... P> auto async_timed(const char* name, aio::Coro<T> (*func)(P...)) {
    return [name, func](P... args) { return timed_call<T, P...>(name, func, args...); };
}

aio::Coro<double> delay_impl(double seconds) {
    std::printf("sleeping for %g second(s)\n", seconds);
    co_await aio::sleep(seconds);
    std::printf("finished sleeping for %g second(s)\n", seconds);
    co_return seconds;
}
const auto delay = async_timed("delay", delay_impl);

aio::Coro<void> fail_after_impl(double seconds) {
    co_await aio::sleep(seconds);
    throw aio::ValueError("gave up after " + py_repr(seconds) + "s");
}
const auto fail_after = async_timed("fail_after", fail_after_impl);

aio::Coro<void> main_impl() {
    aio::Task<double> task_one = aio::create_task(delay(2));
    aio::Task<double> task_two = aio::create_task(delay(3));
    double one = co_await task_one;
    double two = co_await task_two;
    std::printf("results: %g %g\n", one, two);
    try {
        co_await fail_after(0.5);
    } catch (const aio::ValueError& e) { std::printf("caught: %s\n", e.what()); }
    auto [a, b] = co_await aio::gather(delay(1), delay(1.5));
    std::printf("gathered: [%g, %g]\n", a, b);
}
const auto timed_main = async_timed("main", main_impl);

int main(int argc, char** argv) {
    aio::EventLoop::Options options;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--virtual-time") options.clock = aio::Clock::Kind::virtual_time;
    aio::run(timed_main(), std::move(options));
    return 0;
}
