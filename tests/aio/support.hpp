// Helpers shared by the aio test suites.
#pragma once
#include <aio/aio.hpp>
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

namespace aio_test {

// A loop on the virtual clock: timers fire at once, in deadline order; time() is reproducible.
inline aio::EventLoop::Options virtual_time() {
    aio::EventLoop::Options o;
    o.clock = aio::Clock::Kind::virtual_time;
    return o;
}

// Lines recorded in order, compared with what CPython prints for the same program.
struct Log {
    std::vector<std::string> lines;
    void operator()(std::string line) { lines.push_back(std::move(line)); }
};

inline std::string fixed(double v, int decimals = 2) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

// Runs make_main() on a fresh virtual-time loop, closes it, and checks no coroutine frame leaked.
template <class F> void run_vt(F make_main) {
    long frames_before = aio::detail::live_coroutine_frames();
    {
        aio::EventLoop loop(virtual_time());
        loop.run_until_complete(make_main());
        loop.close();
    }
    CHECK(aio::detail::live_coroutine_frames() == frames_before);
}

// Awaits a task and swallows its exception or cancellation (gather(..., return_exceptions=True)).
template <class T> aio::Coro<> settle(aio::Task<T> t) {
    try {
        co_await t;
    } catch (...) {}
}

}  // namespace aio_test

// Failed comparisons of recorded lines print the lines.
namespace doctest {
template <> struct StringMaker<std::vector<std::string>> {
    static String convert(const std::vector<std::string>& lines) {
        std::string out = "[";
        for (const auto& l : lines) out += "\n  \"" + l + "\"";
        out += "]";
        return String(out.c_str());
    }
};
}  // namespace doctest
