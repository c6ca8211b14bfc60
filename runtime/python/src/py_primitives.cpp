// The C++ side shared by asyncio's primitives and queues: ownership, errors, operations.
#include "py_primitives.hpp"

#include <string>

#include "aio/errors.hpp"
#include "py_objects.hpp"
#include "session.hpp"

using namespace loopscope::python;

namespace loopscope::python {

namespace {
std::string message_buffer;  // what lsb_error_t::message points into

lsb_error_t python_object(void* obj) noexcept {
    lsb_error_t e{};
    if (!obj) {
        e.kind = LSB_MEMORY;
        return e;
    }
    e.kind = LSB_PY_OBJECT;
    e.object = obj;
    return e;
}
}  // namespace

lsb_error_t primitive_ok() noexcept { return lsb_error_t{}; }

lsb_error_t primitive_error() noexcept {
    try {
        throw;
    } catch (const aio::QueueEmpty&) {
        return python_object(lsp_primitive_exception(0, nullptr, 0));
    } catch (const aio::QueueFull&) {
        return python_object(lsp_primitive_exception(1, nullptr, 0));
    } catch (const aio::BrokenBarrierError& e) {
        std::string_view what = e.what();
        return python_object(lsp_primitive_exception(2, what.data(), what.size()));
    } catch (...) { return to_error(std::current_exception(), message_buffer); }
}

std::exception_ptr thrown_error(void* thrown) { return thrown ? from_python_exception(thrown) : nullptr; }

}  // namespace loopscope::python

namespace {
PyOperation* operation(void* op) { return static_cast<PyOperation*>(static_cast<PyOwned*>(op)); }
}  // namespace

extern "C" {

void lsb_owned_finalised(void* owned) {
    if (Session* s = Session::active()) {
        s->defer_delete([](void* p) { delete static_cast<PyOwned*>(p); }, owned);
    }
}

lsb_error_t lsb_op_start(void* op, void** next) {
    try {
        *next = hand_over(operation(op)->start());
        return primitive_ok();
    } catch (...) { return primitive_error(); }
}

lsb_error_t lsb_op_resume(void* op, void* thrown, void** next) {
    try {
        *next = hand_over(operation(op)->resume(thrown_error(thrown)));
        return primitive_ok();
    } catch (...) { return primitive_error(); }
}

long lsb_op_result(void* op) { return operation(op)->result(); }

}  // extern "C"
