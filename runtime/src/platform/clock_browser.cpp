// Real time in the browser (Emscripten): performance.now() directly. clock_gettime goes through
// more JavaScript to get there, and a hosted slice reads the clock after every callback.
#include <emscripten/emscripten.h>

#include "aio/clock.hpp"

namespace aio {

double monotonic_seconds() noexcept { return emscripten_get_now() * 1e-3; }

// Here rather than in a shared file: one call from now() to the clock, as before the split.
double Clock::now() const noexcept {
    return kind_ == Kind::virtual_time ? virtual_now_ : monotonic_seconds();
}

}  // namespace aio
