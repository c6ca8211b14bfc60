// Real time on POSIX systems: CLOCK_MONOTONIC.
#include <time.h>

#include "aio/clock.hpp"

namespace aio {

double monotonic_seconds() noexcept {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

// Here rather than in a shared file: one call from now() to the clock, as before the split.
double Clock::now() const noexcept {
    return kind_ == Kind::virtual_time ? virtual_now_ : monotonic_seconds();
}

}  // namespace aio
