// What the rest of the engine needs from the streams binding (src/py_streams.cpp).
#pragma once
#include <exception>

namespace loopscope::python {

// The Python exception for a stream error (ConnectionError family, OSError, IncompleteReadError,
// LimitOverrunError), or null if `e` is none of those (or out of memory).
void* stream_exception_object(const std::exception& e) noexcept;

}  // namespace loopscope::python
