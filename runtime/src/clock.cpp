#include "aio/clock.hpp"

#include <time.h>

namespace aio {

double monotonic_seconds() noexcept {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

double Clock::now() const noexcept { return kind_ == Kind::virtual_time ? virtual_now_ : monotonic_seconds(); }

}  // namespace aio
