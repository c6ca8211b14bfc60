// Coro<T>: the return type of an asynchronous function, like a Python coroutine object.
//
//   aio::Coro<int> compute() { co_await aio::sleep(1); co_return 42; }
//
// Calling compute() runs nothing yet (lazy). `co_await compute()` runs it inline inside the current
// task, as `await compute()` does in Python; `aio::create_task(compute())` schedules it as its own
// Task. A Coro can be awaited once. Exceptions propagate to the awaiter.
#pragma once
#include <type_traits>
#include <utility>

#include "detail/coro_compat.hpp"
#include "detail/driver.hpp"
#include "errors.hpp"
#include "future.hpp"

namespace aio {

template <class T> class Task;
template <class T> class CoroTask;

namespace detail {

template <class T> struct CoroPromiseValue : PromiseBase {
    Slot<T> value;
    template <class U = T> void return_value(U&& v) { value.set(std::forward<U>(v)); }
};
template <> struct CoroPromiseValue<void> : PromiseBase {
    Slot<void> value;
    void return_void() noexcept {}
};

// The first resumption of a task's root coroutine may have to throw (cancelled before it ran).
struct InitialAwaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(co::coroutine_handle<>) const noexcept {}
    void await_resume() const {
        if (auto* d = tls_driver) d->rethrow_pending();
    }
};

struct FinalAwaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(co::coroutine_handle<>) const noexcept {
        if (auto* d = tls_driver) d->action = CoroDriver::Action::finished;
    }
    void await_resume() const noexcept {}
};

}  // namespace detail

template <class T = void> class [[nodiscard]] Coro {
public:
    using value_type = T;

    struct promise_type : detail::CoroPromiseValue<T> {
        Coro get_return_object() noexcept {
            return Coro(detail::co::coroutine_handle<promise_type>::from_promise(*this));
        }
        detail::InitialAwaiter initial_suspend() const noexcept { return {}; }
        detail::FinalAwaiter final_suspend() const noexcept { return {}; }
        void unhandled_exception() noexcept { this->exception = std::current_exception(); }

        static void* operator new(std::size_t size) { return detail::allocate_frame(size); }
        static void operator delete(void* p, std::size_t size) noexcept { detail::free_frame(p, size); }
    };
    using handle_type = detail::co::coroutine_handle<promise_type>;

    Coro(Coro&& o) noexcept : h_(std::exchange(o.h_, {})) {}
    Coro& operator=(Coro&& o) noexcept {
        if (this != &o) {
            destroy();
            h_ = std::exchange(o.h_, {});
        }
        return *this;
    }
    ~Coro() { destroy(); }

    explicit operator bool() const noexcept { return bool(h_); }

    struct Awaiter {
        handle_type child;
        bool await_ready() const noexcept { return false; }
        void await_suspend(detail::co::coroutine_handle<> parent) const {
            if (!child) throw RuntimeError("cannot reuse already awaited coroutine");
            if (child.done() || child.promise().parent)
                throw RuntimeError("cannot reuse already awaited coroutine");
            detail::CoroDriver& d = detail::require_driver();
            child.promise().parent = parent;
            child.promise().parent_promise = d.leaf_promise;
            d.leaf = child;
            d.leaf_promise = &child.promise();
            d.action = detail::CoroDriver::Action::pushed;
        }
        T await_resume() const {
            auto& p = child.promise();
            if (p.exception) std::rethrow_exception(p.exception);
            if constexpr (!std::is_void_v<T>) return std::move(p.value.get());
        }
    };
    Awaiter operator co_await() && noexcept { return Awaiter{h_}; }
    Awaiter operator co_await() & noexcept { return Awaiter{h_}; }

    // Runtime-internal: the frame handle (a task takes it over).
    handle_type release() noexcept { return std::exchange(h_, {}); }
    handle_type handle() const noexcept { return h_; }

private:
    explicit Coro(handle_type h) noexcept : h_(h) {}
    void destroy() noexcept {
        if (h_) std::exchange(h_, {}).destroy();
    }
    handle_type h_;
};

// Awaiting a future (or a task) from a coroutine: suspends the task until it is done.
// (The await_* functions are forced inline: a call left in a coroutine body costs a JS trampoline
// in the wasm build, the body being one big try block.)
template <class T> struct FutureAwaiter {
    FutureBase* future;
    bool await_ready() const noexcept { return future->done(); }
    [[gnu::always_inline]] void await_suspend(detail::co::coroutine_handle<>) const {
        detail::CoroDriver& d = detail::require_driver();
        d.awaited = future;
        d.action = detail::CoroDriver::Action::awaiting;
    }
    [[gnu::always_inline]] T await_resume() const {
        if (auto* d = detail::tls_driver) d->rethrow_pending();
        future->check_result();
        if constexpr (!std::is_void_v<T>) {
            auto& v = static_cast<detail::Slot<T>*>(future->value_slot())->get();
            if constexpr (std::is_copy_constructible_v<T>)
                return v;
            else
                return std::move(v);
        }
    }
};

template <class T> auto Future<T>::operator co_await() const noexcept { return FutureAwaiter<T>{s_.get()}; }

// Gives the loop one turn: the task is rescheduled behind everything already ready (Python's bare
// `yield`, what `await asyncio.sleep(0)` does).
struct YieldAwaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(detail::co::coroutine_handle<>) const {
        detail::require_driver().action = detail::CoroDriver::Action::yielded;
    }
    void await_resume() const {
        if (auto* d = detail::tls_driver) d->rethrow_pending();
    }
};

}  // namespace aio
