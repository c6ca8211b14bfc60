// A transcript of printed lines, for suites that compare a run with what CPython 3.11 prints for the
// same program (under the virtual clock), plus the small formatting helpers those ports share.
#pragma once
#include <aio/aio.hpp>
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace aio_test::transcript {

// The lines printed so far by the running test (each suite is its own program).
inline std::vector<std::string> out;

inline void say(std::string line) { out.push_back(std::move(line)); }

inline std::string joined() {
    std::string s;
    for (auto& l : out) s += l + "\n";
    return s;
}

// Python's f"{v:.{prec}f}".
inline std::string fmt(double v, int prec) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", prec, v);
    return buf;
}

// str() of the short numbers the ports print (5 for int 5, 0.1 for 0.1).
inline std::string num(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

inline const char* py(bool b) { return b ? "True" : "False"; }

inline double now() { return aio::get_running_loop().time(); }

// Runs main() on a fresh virtual-time loop with an empty transcript, closes the loop and checks
// that no coroutine frame leaked.
template <class T> void run_virtual(aio::Coro<T> (*main)()) {
    out.clear();
    const long frames_before = aio::detail::live_coroutine_frames();
    {
        aio::EventLoop::Options o;
        o.clock = aio::Clock::Kind::virtual_time;
        aio::EventLoop loop(std::move(o));
        loop.run_until_complete(main());
        loop.close();
    }
    CHECK(aio::detail::live_coroutine_frames() == frames_before);
}

}  // namespace aio_test::transcript
