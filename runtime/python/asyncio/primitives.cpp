// The C++ side shared by asyncio's primitives and queues: multi-step operations.
#include "asyncio/primitives.hpp"

#include "asyncio/primitives.h"

#include <string>

#include "aio/errors.hpp"
#include "py_objects.hpp"
#include "session.hpp"

using namespace loopscope::python;

namespace loopscope::python {

std::exception_ptr thrown_error(void* thrown) { return thrown ? from_python_exception(thrown) : nullptr; }

}  // namespace loopscope::python

namespace {
PyOperation* operation(void* op) { return static_cast<PyOperation*>(static_cast<PyOwned*>(op)); }
}  // namespace

extern "C" {

lsb_error_t lsb_op_start(void* op, void** next) {
    try {
        *next = hand_over(operation(op)->start());
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_op_resume(void* op, void* thrown, void** next) {
    try {
        *next = hand_over(operation(op)->resume(thrown_error(thrown)));
        return ok();
    } catch (...) { return current_error(); }
}

long lsb_op_result(void* op) { return operation(op)->result(); }

}  // extern "C"
