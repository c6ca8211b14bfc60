// ExceptionSlot: a std::exception_ptr member that costs nothing while it is empty.
//
// Why: in the wasm build (Emscripten's JavaScript-based exceptions) libc++'s exception_ptr calls
// into JavaScript to adjust the exception's reference count on every destruction and copy, even
// for a null pointer. Every future, task, coroutine frame and blocking awaiter holds one and is
// created and destroyed per operation, so those calls were a fifth of a Queue ping-pong in the
// browser. This slot only constructs (and so only destroys) the exception_ptr while it holds an
// exception. Natively it is a plain exception_ptr with the same interface.
#pragma once
#include <cstddef>
#include <exception>
#include <new>
#include <utility>

namespace aio::detail {

inline const std::exception_ptr null_exception_ptr{};

#if defined(__EMSCRIPTEN__)
class ExceptionSlot {
public:
    ExceptionSlot() noexcept {}
    ExceptionSlot(std::nullptr_t) noexcept {}
    ExceptionSlot(std::exception_ptr e) noexcept { adopt(e); }
    ExceptionSlot(ExceptionSlot&& o) noexcept { steal(o); }
    ExceptionSlot(const ExceptionSlot& o) noexcept {
        if (o.has_) {
            ::new (static_cast<void*>(&e_)) std::exception_ptr(o.e_);
            has_ = true;
        }
    }
    ExceptionSlot& operator=(ExceptionSlot&& o) noexcept {
        if (this != &o) {
            reset();
            steal(o);
        }
        return *this;
    }
    ExceptionSlot& operator=(const ExceptionSlot& o) noexcept {
        if (this != &o) *this = ExceptionSlot(o);
        return *this;
    }
    ExceptionSlot& operator=(std::exception_ptr e) noexcept {
        reset();
        adopt(e);
        return *this;
    }
    ExceptionSlot& operator=(std::nullptr_t) noexcept {
        reset();
        return *this;
    }
    ~ExceptionSlot() { reset(); }

    explicit operator bool() const noexcept { return has_; }
    const std::exception_ptr& get() const noexcept { return has_ ? e_ : null_exception_ptr; }
    operator const std::exception_ptr&() const noexcept { return get(); }
    // Moves the exception out and leaves the slot empty.
    std::exception_ptr take() noexcept {
        if (!has_) return nullptr;
        std::exception_ptr out(std::move(e_));
        forget();
        return out;
    }
    void reset() noexcept {
        if (has_) {
            e_.~exception_ptr();
            has_ = false;
        }
    }

private:
    // Takes the exception out of `e` (left null, as a moved-from exception_ptr is).
    void adopt(std::exception_ptr& e) noexcept {
        if (e) {
            ::new (static_cast<void*>(&e_)) std::exception_ptr(std::move(e));
            has_ = true;
        }
    }
    void steal(ExceptionSlot& o) noexcept {
        if (o.has_) {
            ::new (static_cast<void*>(&e_)) std::exception_ptr(std::move(o.e_));
            has_ = true;
            o.forget();
        }
    }
    // Ends the life of a moved-from (null) e_ without calling its destructor, which would do
    // nothing but call into JavaScript in the wasm build.
    void forget() noexcept { has_ = false; }

    union {
        std::exception_ptr e_;
    };
    bool has_ = false;
};
#else
// Natively (libstdc++) an empty exception_ptr costs one inline test: a plain wrapper, one pointer
// in size, with the same interface.
class ExceptionSlot {
public:
    ExceptionSlot() noexcept = default;
    ExceptionSlot(std::nullptr_t) noexcept {}
    ExceptionSlot(std::exception_ptr e) noexcept : e_(std::move(e)) {}
    ExceptionSlot& operator=(std::exception_ptr e) noexcept {
        e_ = std::move(e);
        return *this;
    }
    ExceptionSlot& operator=(std::nullptr_t) noexcept {
        e_ = nullptr;
        return *this;
    }
    explicit operator bool() const noexcept { return bool(e_); }
    const std::exception_ptr& get() const noexcept { return e_; }
    operator const std::exception_ptr&() const noexcept { return e_; }
    std::exception_ptr take() noexcept { return std::exchange(e_, nullptr); }
    void reset() noexcept { e_ = nullptr; }

private:
    std::exception_ptr e_;
};
#endif

}  // namespace aio::detail
