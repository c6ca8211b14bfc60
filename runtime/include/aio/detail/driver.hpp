// How a task drives a stack of C++ coroutines without symmetric transfer.
//
// A task's step resumes its innermost ("leaf") coroutine. Every awaiter in this library tells the
// driver, from await_suspend, why the leaf stopped: it started a child coroutine (pushed), it
// finished (finished), it waits for a future (awaiting), or it gives the loop one turn (yielded).
// The driver loop then resumes the child, resumes the parent, or ends the step. The C++ stack never
// grows with the await depth, and no await_suspend returns a coroutine_handle (which Debian's emcc
// could only compile with wasm tail calls).
//
// An exception the task must throw into its coroutine (cancellation, a failed future) is parked in
// `pending` and thrown by the leaf's await_resume, which is how Python's coro.throw() maps to C++.
#pragma once
#include <exception>
#include <utility>

#include "coro_compat.hpp"
#include "exception_slot.hpp"
#include "pool.hpp"

namespace aio {
class FutureBase;
namespace detail {

struct PromiseBase {
    co::coroutine_handle<> parent;  // the coroutine awaiting this one (none for a task's root)
    PromiseBase* parent_promise = nullptr;
    ExceptionSlot exception;  // escaped the coroutine body
};

// An awaiter whose wait is a loop (CPython's `while queue.empty(): await getter`), set as the
// driver's `rewait` by its await_suspend. When the task wakes normally from the awaited future, the
// driver asks it before resuming the coroutine: a non-null future means "wait again on this one",
// and the step ends awaiting it, exactly as the Python loop would, but without the coroutine frame
// such a loop would need in C++. Null: resume the coroutine (its await_resume finishes the wait).
struct Rewait {
    FutureBase* (*next)(Rewait* self) noexcept;
};

struct CoroDriver {
    enum class Action : unsigned char { none, pushed, finished, awaiting, yielded };

    co::coroutine_handle<> leaf;
    PromiseBase* leaf_promise = nullptr;
    Action action = Action::none;
    FutureBase* awaited = nullptr;  // with Action::awaiting (kept alive by the awaiter)
    ExceptionSlot pending;          // to throw into the leaf when it resumes
    Rewait* rewait = nullptr;       // the leaf's looping awaiter, while it waits (see Rewait)

    void rethrow_pending() {
        if (pending) [[unlikely]]
            std::rethrow_exception(pending.take());
    }
};

inline thread_local CoroDriver* tls_driver = nullptr;

[[noreturn]] void throw_outside_task();

// The driver of the task running on this thread; throws RuntimeError outside a task.
inline CoroDriver& require_driver() {
    if (!tls_driver) [[unlikely]]
        throw_outside_task();
    return *tls_driver;
}

// Counts coroutine frames allocated by this library on this thread (leak checks in tests).
inline long live_coroutine_frames() noexcept { return tls_pool.live_frames; }
inline void* allocate_frame(std::size_t size) {
    void* p = pool_allocate(size);
    ++tls_pool.live_frames;
    return p;
}
inline void free_frame(void* p, std::size_t size) noexcept {
    --tls_pool.live_frames;
    pool_free(p, size);
}

}  // namespace detail
}  // namespace aio
