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

template <class A> struct WaitResult {
    std::vector<A> done;
    std::vector<A> pending;
};

namespace detail {

// wait()'s waiter: done (with no value) when the return_when condition holds or the timeout
// passes. Its done callbacks on the futures and its timer go away as soon as it is done (the
// `finally:` of CPython's _wait), also when it is cancelled.
class WaitFuture : public FutureBase {
public:
    WaitFuture(EventLoop& loop, std::vector<Ref<FutureBase>> fs, std::optional<double> timeout,
               ReturnWhen rw);
    ~WaitFuture() override { cleanup(); }  // (the entries own references: none is left then)
    void* value_slot() noexcept override { return &slot_; }  // no value: Future<void>
    bool cancel(std::optional<std::string> message = std::nullopt) override;
    const std::vector<Ref<FutureBase>>& futures() const noexcept { return fs_; }

private:
    static void completion_item(void* self, void* future, bool run);
    void on_completion(FutureBase& f);
    void wake();
    void cleanup() noexcept;
    std::vector<Ref<FutureBase>> fs_;
    std::vector<FutureBase::CallbackId> ids_;
    std::size_t counter_;
    ReturnWhen return_when_;
    TimerHandle timer_;
    Slot<void> slot_;
};

// wait_for(inner, timeout) for timeout != None: done with inner's outcome, TimeoutError (nested:
// the CancelledError) after cancelling inner on timeout, or cancelled once inner has finished
// after a cancel(). value_slot() is inner's, so Future<T>(this).result() is inner's value.
class WaitForFuture : public FutureBase {
public:
    WaitForFuture(EventLoop& loop, Ref<FutureBase> inner);
    ~WaitForFuture() override;
    // Starts waiting (call once, right after construction): timeout <= 0 cancels inner at once.
    void start(double timeout);
    void* value_slot() noexcept override { return inner_->value_slot(); }
    bool cancel(std::optional<std::string> message = std::nullopt) override;
    FutureBase& inner() const noexcept { return *inner_; }
    // The wait_for watching its inner future through this done item (awaited_by()), or null.
    static FutureBase* awaiter_of(FutureBase::DoneItem item) noexcept;

protected:
    // Called just before this future completes with inner's result (a binding copies the value).
    virtual void take_result(FutureBase&) {}

private:
    enum class Phase : std::uint8_t {
        waiting,
        timeout_pending,
        cancel_pending,
        cancelling_on_timeout,
        cancelling_on_cancel,
        done
    };
    static void inner_done(void* self, void* future, bool run);
    void on_inner_done();
    void on_step();
    void schedule_step();
    void watch_inner();
    void unwatch_inner();
    void finish_like_inner();
    Ref<FutureBase> inner_;
    Phase phase_ = Phase::waiting;
    bool watching_ = false;
    FutureBase::CallbackId inner_cb_ = 0;
    TimerHandle timer_;
    Handle step_;
    std::optional<std::string> cancel_msg_;
};

}  // namespace detail

template <class A> Coro<WaitResult<A>> wait(std::vector<A> fs, std::optional<double> timeout = std::nullopt,
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
    std::vector<Ref<FutureBase>> refs;
    for (auto& f : unique) refs.push_back(f.ref());
    Future<void> waiter(
        Ref<FutureBase>(new detail::WaitFuture(get_running_loop(), std::move(refs), timeout, return_when)));
    co_await waiter;
    WaitResult<A> result;
    for (auto& f : unique) (f.done() ? result.done : result.pending).push_back(f);
    co_return result;
}

template <class A> Coro<await_result_t<A>> wait_for(A awaitable, std::optional<double> timeout) {
    using T = await_result_t<A>;
    if (!timeout) {
        if constexpr (std::is_void_v<T>)
            co_return co_await std::move(awaitable);
        else
            co_return co_await std::move(awaitable);
    }
    EventLoop& loop = get_running_loop();
    Future<T> fut = ensure_future(std::move(awaitable));
    // timeout <= 0 on a done future returns at once; otherwise even a done future goes through
    // the waiter, as in CPython (its done callback releases it one iteration later).
    if (*timeout <= 0 && fut.done()) co_return fut.result();
    Ref<detail::WaitForFuture> w(new detail::WaitForFuture(loop, fut.ref()));
    w->start(*timeout);
    co_return co_await Future<T>(Ref<FutureBase>(w.get()));
}

namespace detail {

// Shared by an AsCompleted and the done callbacks of its futures.
struct AsCompletedState final : RefCounted {
    std::vector<std::pair<Ref<FutureBase>, FutureBase::CallbackId>> todo;
    std::deque<Ref<FutureBase>> done;  // null: the timeout's placeholder
    std::deque<Future<void>> getters;
    TimerHandle timer;  // its callback points here without owning a reference
    ~AsCompletedState() { timer.cancel(); }
    void put(Ref<FutureBase> f);
    void on_timeout();
    void on_completion(FutureBase& f);
    // Queue.get() without a task: a new getter future to wait on, or null if a result is ready.
    Ref<FutureBase> getter(EventLoop& loop);
    // The waiting was interrupted (getter cancelled or an exception thrown): forget the getter and
    // pass a wake-up it got on to the next getter.
    void abandon_getter(const Ref<FutureBase>& getter);
    // The next finished future (only when getter() gave null); TimeoutError after the timeout.
    Ref<FutureBase> take();
};

Coro<Ref<FutureBase>> as_completed_next(Ref<AsCompletedState> state);

}  // namespace detail

template <class T> class AsCompleted {
public:
    AsCompleted(Ref<detail::AsCompletedState> state, std::size_t count)
        : state_(std::move(state)), count_(count) {}
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
