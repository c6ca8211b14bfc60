// Future<T>: a result that will be available later (CPython futures.Future).
//
// * Done callbacks are never run inline: when the future completes, each is scheduled on the loop
//   with call_soon, in the order they were added; one added to a done future is scheduled at once.
// * result() of a pending future throws InvalidStateError; of a cancelled one, CancelledError.
// * A future whose exception nobody retrieved reports it to the loop's exception handler when it
//   is destroyed ("Future exception was never retrieved").
// * co_await on a Future suspends the awaiting task until the future is done (no suspension if it
//   already is) and gives its result or throws its exception.
//
// Future<T> is a cheap reference-counted handle; copies refer to the same future. A future belongs
// to one loop and must be used on that loop's thread.
#pragma once
#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include "detail/coro_compat.hpp"
#include "detail/exception_slot.hpp"
#include "detail/function.hpp"
#include "detail/pool.hpp"
#include "detail/ref.hpp"
#include "detail/small_vector.hpp"
#include "errors.hpp"
#include "event_loop.hpp"

namespace aio {

namespace detail {

// Storage for a future's value; void futures store nothing.
template <class T> struct Slot {
    std::optional<T> value;
    template <class U> void set(U&& v) { value.emplace(std::forward<U>(v)); }
    T& get() noexcept { return *value; }
    void reset() noexcept { value.reset(); }
};
template <> struct Slot<void> {
    void get() noexcept {}
    void reset() noexcept {}
};

}  // namespace detail

class FutureBase : public detail::RefCounted {
public:
    enum class State : std::uint8_t { pending, cancelled, finished };
    using CallbackId = std::uint64_t;

    explicit FutureBase(EventLoop& loop) noexcept;
    ~FutureBase() override;
    AIO_POOLED_ALLOCATION

    EventLoop& loop() const noexcept { return *loop_; }
    std::uint64_t id() const noexcept { return id_; }
    State state() const noexcept { return state_; }
    bool done() const noexcept { return state_ != State::pending; }
    bool cancelled() const noexcept { return state_ == State::cancelled; }
    // Finished with an exception (exception() would return it).
    bool has_exception() const noexcept { return state_ == State::finished && bool(exception_); }
    // Finished with an exception that nobody retrieved: its destruction will report it.
    bool exception_unretrieved() const noexcept { return log_traceback_ && has_exception(); }
    // That exception (without retrieving it), null if none.
    std::exception_ptr unretrieved_exception() const noexcept {
        return exception_unretrieved() ? exception_.get() : nullptr;
    }
    // Reports it now, as its destruction would ("Task exception was never retrieved"), with the
    // host's context for the handlers (CPython's __del__ passes the future itself: a host about to
    // drop its last reference shows it). Nothing once the loop is closed.
    void report_unretrieved_now(std::shared_ptr<const void> host_context) noexcept;

    // What this future stands for, shown by the trace and the inspector ("sleep", "Lock.acquire").
    const char* label() const noexcept { return label_; }
    void set_label(const char* label) noexcept { label_ = label; }
    // A primitive's waiter: the id of the task holding the primitive when the wait began (a Lock's
    // holder), 0 if none or unknown. What a deadlock report names (EventLoop::deadlock_message).
    std::uint64_t held_by() const noexcept { return held_by_; }
    void set_held_by(std::uint64_t task_id) noexcept { held_by_ = task_id; }
    virtual bool is_task() const noexcept { return false; }
    // The embedding's own object behind this future (the Python engine's), found without RTTI:
    // a cross-cast costs string compares of type names on every step.
    virtual void* host_object() noexcept { return nullptr; }

    // Cancels a pending future and schedules its callbacks; false if it was already done.
    virtual bool cancel(std::optional<std::string> message = std::nullopt);
    // Completes with an exception; throws InvalidStateError if already done. A CancelledError set
    // this way makes the future fail with it, not cancelled (gather uses that).
    virtual void set_exception(std::exception_ptr exception);
    // The exception, or null if it finished with a result. Throws CancelledError if cancelled,
    // InvalidStateError if pending.
    std::exception_ptr exception();
    // Throws what result() would throw: CancelledError, InvalidStateError or the exception.
    void check_result() {
        if (state_ != State::finished || exception_) [[unlikely]]
            check_result_slow();
    }

    // The exception it finished with, or null, without marking it retrieved (introspection reads
    // it as CPython's reads `task._exception`: Task.get_stack).
    std::exception_ptr peek_exception() const noexcept {
        return state_ == State::finished ? exception_.get() : nullptr;
    }

    // The CancelledError a cancelled future raises (carries the cancel message).
    std::exception_ptr make_cancelled_error();
    // The message given to cancel(msg), or null (Python's None).
    const std::string* cancel_message() const noexcept { return cancel_message_.get(); }

    // `awaiter`: the future or task this callback completes or wakes on the future's behalf (a
    // TaskGroup's parent task), which awaited_by() reports; null for a plain callback.
    CallbackId add_done_callback(detail::Function<void(FutureBase&)> callback, FutureBase* awaiter = nullptr);
    // Removes every callback with this id; returns how many were removed.
    std::size_t remove_done_callback(CallbackId id);

    // Runtime-internal: fn(ctx, future, run) is scheduled when the future is done (ctx is owned by
    // the entry: with run == false it must only be released).
    void add_done_item(void (*fn)(void*, void*, bool), void* ctx, CallbackId id = 0);

    // The pending done callbacks, for reprs (CPython's `cb=[...]`): entry i's function and id.
    std::size_t done_callback_count() const noexcept { return callbacks_.size(); }
    bool done_callback_runs(std::size_t i, void (*fn)(void*, void*, bool)) const noexcept {
        return callbacks_[i].fn == fn;
    }
    CallbackId done_callback_id(std::size_t i) const noexcept { return callbacks_[i].id; }
    // Entry i as add_done_item took it (what awaited_by() reads: whose entry it is).
    struct DoneItem {
        void (*fn)(void*, void*, bool);
        void* ctx;
    };
    DoneItem done_item(std::size_t i) const noexcept { return {callbacks_[i].fn, callbacks_[i].ctx}; }
    // The awaiter an add_done_callback() entry names, or null (awaited_by()).
    static FutureBase* callback_awaiter(DoneItem item) noexcept;

    // Drops the done callbacks without running them (the loop is closing: breaks reference cycles).
    void discard_callbacks() noexcept;

    // Typed access for Future<T>.
    virtual void* value_slot() noexcept = 0;

protected:
    // Marks the future finished (its value is already stored) and schedules callbacks. noexcept:
    // only running out of memory for the ready queue could fail here, and a future half-way
    // through scheduling its callbacks could not be recovered anyway (it also spares the wasm
    // build a JS trampoline around every call).
    void finish_with_result() noexcept;
    void finish_with_exception(std::exception_ptr exception);
    void finish_cancelled(std::optional<std::string> message);
    void throw_invalid_state(const char* operation) const;
    void check_result_slow();
    void schedule_callbacks() noexcept;
    // Reports an exception nobody retrieved to the loop's handler (from a destructor).
    void report_unretrieved(const char* message, const std::string& task_name,
                            std::shared_ptr<const void> host_context = {}) noexcept;

    void set_cancel_message(std::optional<std::string> message);

    // Layout: what every step and wake-up reads comes first, in the object's first cache line
    // (pooled blocks are line-aligned); the one-byte fields fill the reference count's padding.
    State state_ = State::pending;
    bool log_traceback_ = false;  // exception set and not yet retrieved

private:
    struct CallbackEntry {
        void (*fn)(void*, void*, bool);
        void* ctx;
        CallbackId id;
    };

    EventLoop* loop_;
    std::uint64_t id_;
    detail::SmallVector<CallbackEntry, 1> callbacks_;
    const char* label_ = "Future";
    std::uint64_t held_by_ = 0;

protected:
    detail::ExceptionSlot exception_;
    detail::ExceptionSlot cancelled_exc_;          // CancelledError raised inside a task (kept for result())
    std::unique_ptr<std::string> cancel_message_;  // null: no message
};

namespace detail {
template <class T> class FutureState final : public FutureBase {
public:
    using FutureBase::FutureBase;
    void* value_slot() noexcept override { return &value_; }
    template <class... U> void set_result(U&&... v) {
        if (done()) throw_invalid_state("set_result");
        if constexpr (!std::is_void_v<T>) value_.set(std::forward<U>(v)...);
        finish_with_result();
    }

private:
    Slot<T> value_;
};
}  // namespace detail

template <class T = void> class Future {
public:
    using value_type = T;

    Future() = default;
    explicit Future(detail::Ref<FutureBase> state) : s_(std::move(state)) {}

    // A new pending future on `loop`.
    static Future create(EventLoop& loop) {
        return Future(detail::Ref<FutureBase>(new detail::FutureState<T>(loop)));
    }

    bool done() const noexcept { return s_->done(); }
    bool cancelled() const noexcept { return s_->cancelled(); }
    bool cancel(std::optional<std::string> message = std::nullopt) { return s_->cancel(std::move(message)); }
    std::exception_ptr exception() const { return s_->exception(); }
    EventLoop& get_loop() const noexcept { return s_->loop(); }
    std::uint64_t id() const noexcept { return s_->id(); }

    // The value; throws CancelledError, InvalidStateError or the stored exception.
    std::add_lvalue_reference_t<T> result() const {
        s_->check_result();
        return slot().get();
    }

    // Only for plain futures (a Task's result comes from its coroutine).
    template <class... U> void set_result(U&&... value) const {
        static_cast<detail::FutureState<T>*>(s_.get())->set_result(std::forward<U>(value)...);
    }
    void set_exception(std::exception_ptr e) const { s_->set_exception(std::move(e)); }
    template <class E, class = std::enable_if_t<!std::is_same_v<std::decay_t<E>, std::exception_ptr>>>
    void set_exception(E&& e) const {
        s_->set_exception(std::make_exception_ptr(std::forward<E>(e)));
    }

    // `callback(future)` is scheduled when the future is done.
    FutureBase::CallbackId add_done_callback(detail::Function<void(Future)> callback) const {
        return s_->add_done_callback(
            [cb = std::move(callback)](FutureBase& f) mutable { cb(Future(detail::Ref<FutureBase>(&f))); });
    }
    std::size_t remove_done_callback(FutureBase::CallbackId id) const { return s_->remove_done_callback(id); }

    FutureBase* base() const noexcept { return s_.get(); }
    const detail::Ref<FutureBase>& ref() const noexcept { return s_; }
    explicit operator bool() const noexcept { return bool(s_); }
    friend bool operator==(const Future& a, const Future& b) noexcept { return a.s_ == b.s_; }

    auto operator co_await() const noexcept;

protected:
    detail::Slot<T>& slot() const noexcept { return *static_cast<detail::Slot<T>*>(s_->value_slot()); }
    detail::Ref<FutureBase> s_;
};

template <class T> Future<T> EventLoop::create_future() {
    check_closed();
    return Future<T>::create(*this);
}

}  // namespace aio
