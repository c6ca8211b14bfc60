// clock: the virtual clock only moves forward (jump_to) or by what a blocking call took
// (advance), and stops at a paced run's horizon; the real clock is monotonic.
#include <doctest/doctest.h>

#include "support.hpp"

#include <cmath>
#include <limits>

using aio_test::virtual_time;

TEST_CASE("the virtual clock starts at 0, never jumps backwards, and advances by blocking time") {
    aio::Clock clock(aio::Clock::Kind::virtual_time);
    CHECK(clock.is_virtual());
    CHECK(clock.now() == 0.0);
    clock.jump_to(2.5);
    CHECK(clock.now() == 2.5);
    clock.jump_to(1.0);  // earlier: ignored
    CHECK(clock.now() == 2.5);
    clock.advance(0.25);
    CHECK(clock.now() == 2.75);
    CHECK(std::isinf(clock.horizon()));
}

TEST_CASE("the real clock is monotonic seconds and ignores virtual moves") {
    aio::Clock clock;
    CHECK_FALSE(clock.is_virtual());
    const double a = clock.now();
    clock.jump_to(a + 1000.0);
    const double b = clock.now();
    CHECK(b >= a);
    CHECK(b < a + 1000.0);
    CHECK(aio::monotonic_seconds() >= b);
}

TEST_CASE("an idle virtual-time loop jumps to the next deadline, but not past a paced horizon") {
    aio::EventLoop loop(virtual_time());
    std::vector<double> fired;
    loop.call_later(5.0, [&] { fired.push_back(loop.time()); });
    loop.clock().set_horizon(2.0);
    auto report = loop.run_for(0.05);  // nothing ready, the timer lies beyond the horizon
    CHECK(fired.empty());
    CHECK(loop.time() == 0.0);
    CHECK(report.next_wakeup == 5.0);
    loop.clock().set_horizon(std::numeric_limits<double>::infinity());
    loop.run_for(0.05);
    CHECK(fired == std::vector<double>{5.0});
}

TEST_CASE("timers within the clock's resolution of each other fire in the same iteration") {
    aio::EventLoop loop(virtual_time());
    std::vector<std::string> log;
    loop.call_later(1.0, [&] { log.push_back("a"); });
    loop.call_later(1.0 + aio::Clock::resolution / 2, [&] { log.push_back("b"); });
    loop.call_later(1.0 + 1e-6, [&] { log.push_back("c"); });
    CHECK(loop.step());  // the first due timer's iteration holds a and b, not c
    CHECK(log == std::vector<std::string>{"a"});
    CHECK(loop.step());
    CHECK(log == std::vector<std::string>{"a", "b"});
    CHECK(loop.time() == 1.0);
    CHECK(loop.step());
    CHECK(log == std::vector<std::string>{"a", "b", "c"});
    CHECK(loop.time() == 1.0 + 1e-6);
}
