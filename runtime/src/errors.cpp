#include "aio/errors.hpp"

namespace aio {

std::string describe_exception(const std::exception_ptr& e) {
    if (!e) return {};
    try {
        std::rethrow_exception(e);
    } catch (const CancelledError& c) {
        return std::string("CancelledError") + (c.message() ? ": " + *c.message() : std::string());
    } catch (const std::exception& x) { return x.what(); } catch (...) {
        return "unknown exception";
    }
}

bool is_cancelled_error(const std::exception_ptr& e) {
    if (!e) return false;
    try {
        std::rethrow_exception(e);
    } catch (const CancelledError&) { return true; } catch (...) {
        return false;
    }
}

}  // namespace aio
