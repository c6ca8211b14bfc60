#include "aio/clock.hpp"

#include <time.h>

#if defined(__EMSCRIPTEN__)
#include <emscripten/emscripten.h>
#endif

namespace aio {

double monotonic_seconds() noexcept {
#if defined(__EMSCRIPTEN__)
    // performance.now() directly: clock_gettime goes through more JavaScript to get there, and a
    // hosted slice reads the clock after every callback.
    return emscripten_get_now() * 1e-3;
#else
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
#endif
}

double Clock::now() const noexcept {
    return kind_ == Kind::virtual_time ? virtual_now_ : monotonic_seconds();
}

}  // namespace aio
