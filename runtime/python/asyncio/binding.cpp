// The error helper of the asyncio binding's C++ units (binding.hpp).
#include "asyncio/binding.hpp"

#include <string>

#include "py_objects.hpp"

namespace loopscope::python {

namespace {
std::string message_buffer;  // what lsb_error_t::message points into (GIL held: one caller)
}  // namespace

lsb_error_t error(lsb_error_kind_t kind, const char* message) noexcept {
    try {
        message_buffer = message;
    } catch (...) { message_buffer.clear(); }
    lsb_error_t e{};
    e.kind = kind;
    e.has_message = true;
    e.message = message_buffer.c_str();
    e.message_len = message_buffer.size();
    return e;
}

lsb_error_t current_error() noexcept { return to_error(std::current_exception(), message_buffer); }

}  // namespace loopscope::python
