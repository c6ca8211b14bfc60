// Outcome<T>: a value or the exception that took its place. gather(return_exceptions, ...) gives
// one per awaitable, as Python's gather(..., return_exceptions=True) puts exceptions in its list.
#pragma once
#include <exception>
#include <type_traits>
#include <utility>
#include <variant>

namespace aio {

// void results are represented by std::monostate where a value is needed (Python's None).
template <class T> using value_or_monostate_t = std::conditional_t<std::is_void_v<T>, std::monostate, T>;

template <class T> class Outcome {
public:
    using value_type = value_or_monostate_t<T>;

    Outcome(value_type v) : v_(std::in_place_index<0>, std::move(v)) {}
    Outcome(std::exception_ptr e) : v_(std::in_place_index<1>, std::move(e)) {}

    bool has_value() const noexcept { return v_.index() == 0; }
    bool has_exception() const noexcept { return v_.index() == 1; }
    // The value; rethrows the exception if there is one.
    value_type& value() {
        if (has_exception()) std::rethrow_exception(std::get<1>(v_));
        return std::get<0>(v_);
    }
    std::exception_ptr exception() const noexcept { return has_exception() ? std::get<1>(v_) : nullptr; }
    // True if the exception is of type E.
    template <class E> bool holds() const {
        if (!has_exception()) return false;
        try {
            std::rethrow_exception(std::get<1>(v_));
        } catch (const E&) { return true; } catch (...) {
        }
        return false;
    }

private:
    std::variant<value_type, std::exception_ptr> v_;
};

}  // namespace aio
