// The loop's clock, in seconds as a double (like loop.time() in Python).
//
// Real: the platform's monotonic clock (src/platform/clock_posix.cpp: CLOCK_MONOTONIC;
// clock_browser.cpp: performance.now()). Virtual: starts at 0.0 and only moves when the loop has nothing ready,
// jumping straight to the next timer's deadline (no real waiting), so runs are reproducible and
// as fast as the CPU allows. Blocking calls made on the loop thread (time.sleep in a script) can
// advance the virtual clock with advance().
#pragma once
#include <limits>

namespace aio {

class Clock {
public:
    enum class Kind { real, virtual_time };

    explicit Clock(Kind kind = Kind::real) noexcept : kind_(kind) {}

    Kind kind() const noexcept { return kind_; }
    bool is_virtual() const noexcept { return kind_ == Kind::virtual_time; }

    // Seconds: monotonic time for a real clock, virtual seconds since 0.0 otherwise.
    double now() const noexcept;

    // Virtual clock only: move to `t` if it is later than now (never backwards).
    void jump_to(double t) noexcept {
        if (t > virtual_now_) virtual_now_ = t;
    }
    // Virtual clock only: add `seconds` (a blocking call that took that long).
    void advance(double seconds) noexcept { virtual_now_ += seconds; }

    // Virtual clock only: how far an idle loop may jump (+inf: no limit). A host that paces a
    // virtual-time run (slow motion in the playground) moves the horizon forward with real time;
    // a timer beyond it waits until the horizon reaches it. The output is the same as unpaced.
    // Only for loops driven with run_for() / step() (run_forever would spin at the horizon).
    void set_horizon(double t) noexcept { horizon_ = t; }
    double horizon() const noexcept { return horizon_; }

    // Smallest difference the clock can tell apart; timers due within it fire together (CPython's
    // clock_resolution: time.get_clock_info('monotonic').resolution, 1e-09 on Linux).
    static constexpr double resolution = 1e-09;

private:
    Kind kind_;
    double virtual_now_ = 0.0;
    double horizon_ = std::numeric_limits<double>::infinity();
};

// Real monotonic seconds, for hosts and benchmarks.
double monotonic_seconds() noexcept;

}  // namespace aio
