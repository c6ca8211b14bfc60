// What every C++ unit of the asyncio binding needs (binding.cpp): the one way to turn the C++
// exception in flight into the lsb_error_t a boundary function returns, and runtime futures handed
// to the C side.
#pragma once
#include <exception>

#include "aio/future.hpp"
#include "bridge.h"

namespace loopscope::python {

inline lsb_error_t ok() noexcept { return lsb_error_t{}; }
// An error of `kind` with `message` (kept until the next boundary call).
lsb_error_t error(lsb_error_kind_t kind, const char* message) noexcept;
// The error for the exception in flight (to_error, py_objects.hpp: Python exceptions as
// themselves, aio's as asyncio's, and each unit's own through its error translator).
lsb_error_t current_error() noexcept;
// Runs fn(); ok() or the error of what it threw.
template <class F> lsb_error_t guarded(F&& fn) noexcept {
    try {
        fn();
        return ok();
    } catch (...) { return current_error(); }
}

inline aio::FutureBase* fut(void* f) noexcept { return static_cast<aio::FutureBase*>(f); }
// A runtime future for the C side: a +1 reference it adopts (null stays null).
inline void* hand_over(aio::FutureBase* f) noexcept {
    if (f) f->add_ref();
    return f;
}
inline void* hand_over(aio::Ref<aio::FutureBase> f) noexcept { return f.leak(); }

}  // namespace loopscope::python
