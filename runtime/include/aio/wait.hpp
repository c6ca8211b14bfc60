// wait, wait_for and as_completed (CPython tasks.wait / wait_for / as_completed, 3.11 semantics).
//
//   auto [done, pending] = co_await aio::wait(tasks, 1.5, aio::FIRST_COMPLETED);
//   int v = co_await aio::wait_for(fetch(), 2.0);          // TimeoutError after 2 s, task cancelled
//   auto ac = aio::as_completed(tasks);
//   for (std::size_t i = 0; i < ac.size(); ++i) int v = co_await ac.next();   // in finishing order
//
// * wait() never cancels anything and never raises TimeoutError: on timeout it just returns what is
//   done and what is pending. It takes futures or tasks (not bare coroutines, as in Python 3.11).
// * wait_for() cancels the awaitable on timeout and waits until it has really finished (its cleanup
//   has run) before raising TimeoutError, whose nested exception is the CancelledError.
//   A timeout of nullopt waits without limit; timeout <= 0 checks once.
// * as_completed(): next() gives results in the order the awaitables finish; after a timeout
//   each remaining next() raises TimeoutError.
#pragma once
#include <deque>
#include <optional>
#include <vector>

#include "task.hpp"

namespace aio {

enum class ReturnWhen { first_completed, first_exception, all_completed };
inline constexpr ReturnWhen FIRST_COMPLETED = ReturnWhen::first_completed;
inline constexpr ReturnWhen FIRST_EXCEPTION = ReturnWhen::first_exception;
inline constexpr ReturnWhen ALL_COMPLETED = ReturnWhen::all_completed;

template <class A>
struct WaitResult {
    std::vector<A> done;
    std::vector<A> pending;
};

namespace detail {

inline void release_waiter(const Future<void>& waiter) {
    if (!waiter.done()) waiter.set_result();
}

// Removes done callbacks when the waiting coroutine leaves (the `finally:` of CPython's _wait),
// also when its frame is destroyed while suspended.
struct CallbackRemover {
    std::vector<std::pair<Ref<FutureBase>, FutureBase::CallbackId>> entries;
    TimerHandle timer;
    ~CallbackRemover() {
        timer.cancel();
        for (auto& [f, id] : entries) f->remove_done_callback(id);
    }
};

// Waits until fut is done after cancelling it (CPython's _cancel_and_wait): the caller itself
// stays cancellable while it waits.
Coro<void> cancel_and_wait(Ref<FutureBase> fut);

// What wait()'s done callbacks share (CPython's closure over counter / waiter / timeout_handle).
struct WaitState final : RefCounted {
    WaitState(Future<void> w, std::size_t n, TimerHandle t, ReturnWhen rw)
        : waiter(std::move(w)), counter(n), timer(std::move(t)), return_when(rw) {}
    Future<void> waiter;
    std::size_t counter;
    TimerHandle timer;
    ReturnWhen return_when;
    void on_completion(FutureBase& f) {
        if (counter > 0) --counter;
        if (counter == 0 || return_when == FIRST_COMPLETED ||
            (return_when == FIRST_EXCEPTION && !f.cancelled() && f.exception())) {
            timer.cancel();
            release_waiter(waiter);
        }
    }
};

}  // namespace detail

template <class A>
Coro<WaitResult<A>> wait(std::vector<A> fs, std::optional<double> timeout = std::nullopt,
                         ReturnWhen return_when = ALL_COMPLETED) {
    static_assert(!std::is_same_v<A, Coro<await_result_t<A>>>,
                  "wait() takes futures or tasks; wrap coroutines with create_task() first");
    if (fs.empty()) throw ValueError("Set of Tasks/Futures is empty.");
    // Python passes a set: the same future twice counts once.
    std::vector<A> unique;
    for (auto& f : fs) {
        bool seen = false;
        for (auto& u : unique) seen = seen || u.base() == f.base();
        if (!seen) unique.push_back(f);
    }
    EventLoop& loop = get_running_loop();
    // The done callbacks share the counter with this frame through a counted state: a callback
    // that was already scheduled when the frame goes away (the waiting task was cancelled in the
    // same iteration) must not touch the frame.
    Ref<detail::WaitState> state(new detail::WaitState{loop.create_future<void>(), unique.size(), {}, return_when});
    Future<void> waiter = state->waiter;
    waiter.base()->set_label("wait");
    detail::CallbackRemover cleanup;
    if (timeout) {
        state->timer = loop.call_later(*timeout, [waiter] { detail::release_waiter(waiter); });
        cleanup.timer = state->timer;
    }
    for (auto& f : unique) {
        auto id = f.base()->add_done_callback([state](FutureBase& done) { state->on_completion(done); });
        cleanup.entries.emplace_back(f.ref(), id);
    }
    co_await waiter;
    WaitResult<A> result;
    for (auto& f : unique) (f.done() ? result.done : result.pending).push_back(f);
    co_return result;
}

template <class A>
Coro<await_result_t<A>> wait_for(A awaitable, std::optional<double> timeout) {
    using T = await_result_t<A>;
    EventLoop& loop = get_running_loop();
    if (!timeout) {
        if constexpr (std::is_void_v<T>) co_return co_await std::move(awaitable);
        else co_return co_await std::move(awaitable);
    }
    if (*timeout <= 0) {
        Future<T> fut = ensure_future(std::move(awaitable));
        if (!fut.done()) {
            co_await detail::cancel_and_wait(fut.ref());
            try {
                fut.base()->check_result();
            } catch (const CancelledError&) {
                std::throw_with_nested(TimeoutError());
            }
        }
        co_return fut.result();
    }
    Future<void> waiter = loop.create_future<void>();
    waiter.base()->set_label("wait_for");
    detail::CallbackRemover cleanup;
    cleanup.timer = loop.call_later(*timeout, [waiter] { detail::release_waiter(waiter); });
    Future<T> fut = ensure_future(std::move(awaitable));
    auto id = fut.base()->add_done_callback([waiter](FutureBase&) { detail::release_waiter(waiter); });
    cleanup.entries.emplace_back(fut.ref(), id);

    std::exception_ptr cancelled;
    try {
        co_await waiter;
    } catch (const CancelledError&) {
        cancelled = std::current_exception();
    }
    if (cancelled) {
        if (fut.done()) co_return fut.result();
        fut.remove_done_callback(id);
        cleanup.entries.clear();
        co_await detail::cancel_and_wait(fut.ref());
        std::rethrow_exception(cancelled);
    }
    if (fut.done()) co_return fut.result();
    fut.remove_done_callback(id);
    cleanup.entries.clear();
    co_await detail::cancel_and_wait(fut.ref());
    // If the awaitable ended with something other than cancellation (it may have raised
    // TimeoutError itself, or returned), that is the result.
    try {
        fut.base()->check_result();
    } catch (const CancelledError&) {
        std::throw_with_nested(TimeoutError());
    }
    co_return fut.result();
}

namespace detail {

// Shared by an AsCompleted and the done callbacks of its futures.
struct AsCompletedState final : RefCounted {
    std::vector<std::pair<Ref<FutureBase>, FutureBase::CallbackId>> todo;
    std::deque<Ref<FutureBase>> done;     // null: the timeout's placeholder
    std::deque<Future<void>> getters;
    TimerHandle timer;                    // its callback points here without owning a reference
    ~AsCompletedState() { timer.cancel(); }
    void put(Ref<FutureBase> f);
    void on_timeout();
    void on_completion(FutureBase& f);
};

Coro<Ref<FutureBase>> as_completed_next(Ref<AsCompletedState> state);

}  // namespace detail

template <class T>
class AsCompleted {
public:
    AsCompleted(Ref<detail::AsCompletedState> state, std::size_t count) : state_(std::move(state)), count_(count) {}
    // How many results next() will give.
    std::size_t size() const noexcept { return count_; }
    // The next result to become available (its exception, or TimeoutError after the timeout).
    Coro<T> next() {
        Ref<detail::AsCompletedState> state = state_;
        Ref<FutureBase> f = co_await detail::as_completed_next(state);
        f->check_result();
        if constexpr (!std::is_void_v<T>) co_return static_cast<detail::Slot<T>*>(f->value_slot())->get();
    }

private:
    Ref<detail::AsCompletedState> state_;
    std::size_t count_;
};

template <class A>
AsCompleted<await_result_t<A>> as_completed(std::vector<A> fs, std::optional<double> timeout = std::nullopt) {
    EventLoop& loop = get_running_loop();
    Ref<detail::AsCompletedState> state(new detail::AsCompletedState);
    for (auto& a : fs) {
        auto f = ensure_future(std::move(a));
        bool seen = false;
        for (auto& [g, id] : state->todo) seen = seen || g.get() == f.base();
        if (seen) continue;
        state->todo.emplace_back(f.ref(), 0);
    }
    for (auto& entry : state->todo) {
        entry.second = entry.first->add_done_callback([state](FutureBase& f) { state->on_completion(f); });
    }
    if (!state->todo.empty() && timeout)
        state->timer = loop.call_later(*timeout, [s = state.get()] { s->on_timeout(); });
    std::size_t n = state->todo.size();
    return AsCompleted<await_result_t<A>>(std::move(state), n);
}

}  // namespace aio
