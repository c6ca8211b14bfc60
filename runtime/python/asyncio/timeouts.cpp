// The C++ half of asyncio.timeout / timeout_at / Timeout (timeouts.c): aio::Timeout, owned by the
// Python object.
#include "asyncio/timeouts.h"

#include <optional>

#include "aio/timeouts.hpp"
#include <string>

#include "asyncio/binding.hpp"
#include "py_objects.hpp"

using namespace loopscope::python;

namespace {

struct PyTimeout final : PyOwned {
    explicit PyTimeout(std::optional<double> when) : timeout(when) {}
    aio::Timeout timeout;
};

std::string repr_buffer;  // what *_repr returns points into

aio::Timeout& timeout(void* t) { return static_cast<PyTimeout*>(t)->timeout; }

}  // namespace

extern "C" {

const char* lsb_timeout_repr(void* t, size_t* len) {
    try {
        repr_buffer = timeout(t).repr();
    } catch (...) { repr_buffer.clear(); }
    *len = repr_buffer.size();
    return repr_buffer.c_str();
}

void* lsb_timeout_new(bool has_when, double when) {
    try {
        std::optional<double> w;
        if (has_when) w = when;
        return new PyTimeout(w);
    } catch (...) { return nullptr; }
}

lsb_error_t lsb_timeout_relative(double delay, double* when) {
    return guarded([&] { *when = aio::get_running_loop().time() + delay; });
}

bool lsb_timeout_when(void* t, double* when) {
    std::optional<double> w = timeout(t).when();
    if (w) *when = *w;
    return w.has_value();
}

lsb_error_t lsb_timeout_reschedule(void* t, bool has_when, double when) {
    return guarded([&] {
        std::optional<double> w;
        if (has_when) w = when;
        timeout(t).reschedule(w);
    });
}

bool lsb_timeout_expired(void* t) { return timeout(t).expired(); }

lsb_error_t lsb_timeout_enter(void* t) {
    return guarded([&] { timeout(t).enter(); });
}

lsb_error_t lsb_timeout_exit(void* t, void* exception) {
    return guarded([&] { timeout(t).exit(exception ? from_python_exception(exception) : nullptr); });
}

}  // extern "C"
