// Synchronization primitives for tasks (CPython 3.11 Lib/asyncio/locks.py): Lock, Event,
// Condition, Semaphore, BoundedSemaphore, Barrier.
//
// These are not thread-safe: they coordinate tasks of one event loop. None of them is bound to a
// loop when constructed: like CPython 3.10+, a primitive binds to the running loop the first time a
// task has to block on it, and raises RuntimeError("... is bound to a different event loop") if
// later used from another loop. They can be declared anywhere (globals, members, locals of main).
//
// Every blocking operation is a Python-style wait on a fresh future, with the same bookkeeping as
// CPython: the waiting task stays in the waiter list until it runs again, waking order is FIFO,
// a waiter is woken by the future's done callback (so it resumes one loop iteration later), and
// cancellation never loses a wake-up: a cancelled waiter that had already been chosen passes the
// wake-up on to the next one.
//
// The waiter futures carry labels ("Lock.acquire", "Event.wait", "Condition.wait",
// "Semaphore.acquire", "Barrier.wait") that the trace and the inspector show for blocked tasks.
//
// `async with lock:` becomes
//
//     auto guard = co_await lock.scoped();     // acquire(); guard.release() or its destructor releases
//
// and the explicit form `co_await lock.acquire(); ... lock.release();` works as in Python.
//
// Code that is not a C++ coroutine (the Python binding: a Python task waits on runtime futures) uses
// the future-based entry points, which the C++ awaiters are built on, so there is one
// implementation. A one-step operation is a pair:
//
//     Ref<FutureBase> w = lock.acquire_waiter();   // null: acquired at once, nothing to wait for
//     ... wait until *w is done, or until an exception e is thrown into the waiting code ...
//     lock.finish_acquire(*w, e);                  // takes the lock, or cleans up and throws
//
// (e is what interrupted the wait, e.g. the task's CancelledError; null if *w simply completed.)
// Operations that may wait several times (Condition::wait, Barrier::wait/reset/abort) are state
// machines with the same two calls:
//
//     Condition::Waiting op(cond);
//     for (Ref<FutureBase> f = op.start(); f; ) f = op.resume(/* what interrupted the wait */ e);
//
// start() and resume() give the next future to wait on, or null once the operation is over; they
// throw what the operation throws.
//
// Primitives are neither copyable nor movable (waiting tasks refer to them). Destroying one while
// tasks wait on it is undefined, except that closing a loop (which destroys its pending tasks'
// coroutines) may happen before or after the primitives those tasks waited on are destroyed; such
// a primitive keeps its stale waiters (futures of the closed loop) and must not be used again
// except to be destroyed. Closing a loop does not unwind: a guard in a destroyed coroutine frame
// releases its primitive, but a plain acquire() without release stays acquired.
//
// Index of this file (sections marked "// ---- <name> ----"):
//   Shared machinery: waiter lists, loop binding, waiter futures
//   Lock
//   Event
//   Condition
//   Semaphore, BoundedSemaphore
//   Barrier
#pragma once
#include <cstddef>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include "coro.hpp"
#include "errors.hpp"
#include "event_loop.hpp"
#include "future.hpp"

namespace aio {

// ---- Shared machinery: waiter lists, loop binding, waiter futures -------------------------------

namespace detail {

// An ordered list of waiter futures (CPython's `_waiters` deque), holding a reference to each.
// A ring buffer: push_back/pop_front never allocate once it has grown to its working size.
class WaiterList {
public:
    WaiterList() = default;
    WaiterList(const WaiterList&) = delete;
    WaiterList& operator=(const WaiterList&) = delete;
    ~WaiterList() { clear(); }

    bool empty() const noexcept { return size_ == 0; }
    std::size_t size() const noexcept { return size_; }
    FutureBase* operator[](std::size_t i) const noexcept { return buf_[(head_ + i) & (cap_ - 1)]; }
    FutureBase* front() const noexcept { return buf_[head_]; }

    void push_back(FutureBase* f) {
        if (size_ == cap_) grow();
        f->add_ref();
        buf_[(head_ + size_) & (cap_ - 1)] = f;
        ++size_;
    }
    // Takes the first waiter out; the caller receives the list's reference.
    Ref<FutureBase> pop_front() noexcept {
        FutureBase* f = buf_[head_];
        head_ = (head_ + 1) & (cap_ - 1);
        --size_;
        return Ref<FutureBase>::adopt(f);
    }
    // Removes `f` if present (CPython's deque.remove, keeping the order); false if it was not.
    bool remove(FutureBase* f) noexcept;
    void clear() noexcept {
        while (size_) pop_front();
    }

private:
    void grow();

    std::unique_ptr<FutureBase*[]> buf_;
    std::size_t cap_ = 0;
    std::size_t head_ = 0;
    std::size_t size_ = 0;
};

// CPython's mixins._LoopBoundMixin: binds to the running loop on first use.
class LoopBound {
public:
    // What the trace calls this object ("Lock", "Queue"...; a Barrier names its Condition).
    void set_trace_kind(const char* kind) noexcept { trace_kind_ = kind; }

protected:
    LoopBound() = default;
    explicit LoopBound(const char* trace_kind) noexcept : trace_kind_(trace_kind) {}
    // Records `op` in the running loop's trace (TraceKind::resource: the playground's Resources
    // view). Without a trace sink: one thread-local read and one branch.
    void trace_op(ResourceOp op, std::uint64_t other = 0, double value = 0.0, const char* text = nullptr) {
        EventLoop* loop = running_loop();
        if (loop && loop->trace_sink()) [[unlikely]]
            trace_op_slow(*loop, op, other, value, text);
    }
    // The running task's id (0: none), for trace_op.
    static std::uint64_t running_task_id() noexcept;
    // The running loop, after checking (and on first use recording) that it is this object's loop.
    EventLoop& bind_loop(const char* kind) {
        EventLoop* running = running_loop();
        if (running && running == loop_) [[likely]]
            return *running;
        return bind_loop_slow(kind);
    }

private:
    EventLoop& bind_loop_slow(const char* kind);
    void trace_op_slow(EventLoop& loop, ResourceOp op, std::uint64_t other, double value, const char* text);

    EventLoop* loop_ = nullptr;
    const char* trace_kind_ = "Lock";
    EventLoop* trace_loop_ = nullptr;  // the loop whose ids numbered it (ids restart with each loop)
    std::uint64_t trace_id_ = 0;
};

// The future a blocked waiter waits on: a plain void future (allocated like every FutureBase).
class WaiterFuture final : public FutureBase {
public:
    WaiterFuture(EventLoop& loop, const char* label) noexcept : FutureBase(loop) { set_label(label); }
    void* value_slot() noexcept override { return &slot_; }
    void set_result() {
        if (done()) [[unlikely]]
            throw_invalid_state("set_result");
        finish_with_result();
    }
    // set_result() for a waiter known to be pending.
    void resolve_pending() noexcept { finish_with_result(); }

private:
    Slot<void> slot_;
};

// A new pending waiter future labelled `label` (throws if the loop is closed).
inline FutureBase* new_waiter(EventLoop& loop, const char* label) {
    loop.check_closed();
    return new WaiterFuture(loop, label);
}
// waiter.set_result() for a future made by new_waiter.
inline void resolve_waiter(FutureBase* waiter) { static_cast<WaiterFuture*>(waiter)->set_result(); }

// Throws what ended a wait on `waiter`: `error` (what was thrown into the waiting code) if set,
// else the waiter's own failure (CancelledError if it was cancelled). Returns if it completed.
inline void rethrow_wait_error(FutureBase& waiter, const std::exception_ptr& error) {
    if (error) [[unlikely]]
        std::rethrow_exception(error);
    waiter.check_result();
}

// Takes what the running task threw into its coroutine (CancelledError...), null if nothing.
inline std::exception_ptr take_pending() noexcept {
    if (CoroDriver* d = tls_driver) return std::exchange(d->pending, nullptr);
    return nullptr;
}

// co_await WaitOn{f}: suspends the task until f is done and gives what the task threw into the
// coroutine meanwhile (null if nothing) instead of throwing it; how the coroutine forms of the
// state machines feed their resume().
struct WaitOn {
    FutureBase* future;
    bool await_ready() const noexcept { return future->done(); }
    void await_suspend(co::coroutine_handle<>) const {
        CoroDriver& d = require_driver();
        d.awaited = future;
        d.action = CoroDriver::Action::awaiting;
    }
    std::exception_ptr await_resume() const noexcept { return take_pending(); }
};

// Runs a state machine (start()/resume(), see the top of this file) from a coroutine.
template <class Operation> Coro<> drive(Operation& op) {
    for (Ref<FutureBase> f = op.start(); f;) f = op.resume(co_await WaitOn{f.get()});
}

// Common part of the awaiters that block on one waiter future.
class WaiterAwaiterBase {
protected:
    // Hands `waiter` (already referenced by `waiter_`) to the current task's driver.
    // False (do not suspend) if there is no waiter: the operation completed at once after all.
    bool suspend_on_waiter(CoroDriver& d) noexcept {
        if (!waiter_) return false;
        d.awaited = waiter_.get();
        d.action = CoroDriver::Action::awaiting;
        return true;
    }
    Ref<FutureBase> waiter_;  // null when the operation completed without blocking
};

// Releases a primitive when destroyed (the `async with` analogue); move-only.
template <class M> class [[nodiscard]] ReleaseGuard {
public:
    ReleaseGuard() noexcept = default;
    explicit ReleaseGuard(M& m) noexcept : m_(&m) {}
    ReleaseGuard(ReleaseGuard&& o) noexcept : m_(std::exchange(o.m_, nullptr)) {}
    ReleaseGuard& operator=(ReleaseGuard&& o) noexcept {
        if (this != &o) {
            reset();
            m_ = std::exchange(o.m_, nullptr);
        }
        return *this;
    }
    // Releases now; errors of release() propagate (e.g. RuntimeError for a Lock released already).
    void release() {
        if (m_) std::exchange(m_, nullptr)->release();
    }
    // Gives up responsibility without releasing.
    M* dismiss() noexcept { return std::exchange(m_, nullptr); }
    bool owns() const noexcept { return m_ != nullptr; }
    // A destructor cannot throw: if release() fails here (the primitive was released behind the
    // guard's back) the error is dropped.
    ~ReleaseGuard() { reset(); }

private:
    void reset() noexcept {
        if (!m_) return;
        try {
            std::exchange(m_, nullptr)->release();
        } catch (...) {}
    }
    M* m_ = nullptr;
};

}  // namespace detail

class Lock;
class Semaphore;
using LockGuard = detail::ReleaseGuard<Lock>;
using SemaphoreGuard = detail::ReleaseGuard<Semaphore>;

// ---- Lock ---------------------------------------------------------------------------------------
// Lock: a primitive lock, not owned by a particular task when locked.
//
// acquire() sets it to locked and returns true at once when it is unlocked and no task is waiting
// for it (waiters whose wait was cancelled do not count). Otherwise the task waits at the end of
// the FIFO of waiters. release() unlocks it and wakes the first waiter, which takes the lock when it
// runs. Until then the lock is unlocked (locked() is false), and a task calling acquire() queues
// behind the woken waiter instead of barging in. A waiter cancelled after it was woken passes the
// wake-up to the next waiter; a waiter cancelled while waiting just leaves the queue.
// release() on an unlocked lock throws RuntimeError("Lock is not acquired.").
class Lock : private detail::LoopBound {
public:
    using detail::LoopBound::set_trace_kind;
    class [[nodiscard]] AcquireAwaiter : protected detail::WaiterAwaiterBase {
    public:
        explicit AcquireAwaiter(Lock& lock) noexcept : lock_(&lock) {}
        bool await_ready() noexcept { return lock_->try_acquire_fast(); }
        bool await_suspend(detail::co::coroutine_handle<>) {
            detail::CoroDriver& d = detail::require_driver();
            waiter_ = lock_->acquire_waiter();
            return suspend_on_waiter(d);
        }
        bool await_resume() {
            if (waiter_) lock_->finish_acquire(*waiter_, detail::take_pending());
            return true;
        }

    private:
        friend class Lock;
        Lock* lock_;
    };

    class [[nodiscard]] ScopedAwaiter : public AcquireAwaiter {
    public:
        using AcquireAwaiter::AcquireAwaiter;
        LockGuard await_resume() {
            AcquireAwaiter::await_resume();
            return LockGuard(*lock_);
        }
    };

    Lock() = default;
    Lock(const Lock&) = delete;
    Lock& operator=(const Lock&) = delete;

    // True if the lock is acquired.
    bool locked() const noexcept { return locked_; }
    // co_await lock.acquire(): blocks until the lock is acquired; gives true.
    AcquireAwaiter acquire() noexcept { return AcquireAwaiter(*this); }
    // auto guard = co_await lock.scoped(): acquire(), with a guard that releases it.
    ScopedAwaiter scoped() noexcept { return ScopedAwaiter(*this); }
    // Unlocks and wakes the first waiter. Throws RuntimeError if the lock is not acquired.
    void release();
    // Number of futures in the waiter list (including cancelled ones not yet run); for inspection.
    std::size_t waiter_count() const noexcept { return waiters_.size(); }

    // acquire() without a coroutine: null if the lock was taken at once, else a "Lock.acquire"
    // future queued in the waiter list (binds the lock to the running loop; throws RuntimeError if
    // none runs or it is another loop's lock).
    detail::Ref<FutureBase> acquire_waiter();
    // After `waiter` is done or `error` interrupted the wait: leaves the waiter list, and takes the
    // lock, or throws `error` / the waiter's failure (a cancelled waiter hands a wake-up it got on).
    void finish_acquire(FutureBase& waiter, std::exception_ptr error = nullptr);

private:
    bool try_acquire_fast() noexcept;
    void wake_up_first();

    detail::WaiterList waiters_;
    bool locked_ = false;
    std::uint64_t holder_ = 0;  // the task that acquired it (0: none, or not a task): for deadlock reports
};

// ---- Event --------------------------------------------------------------------------------------
// Event: a flag that tasks can wait for (threading.Event for tasks). Initially false.
//
// set() makes it true and wakes every waiting task (each resumes in a later iteration, in the order
// they started waiting); wait() on a set event returns true at once without suspending. A task
// woken by set() returns true from wait() even if clear() was called before it ran.
class Event : private detail::LoopBound {
public:
    using detail::LoopBound::set_trace_kind;
    class [[nodiscard]] WaitAwaiter : protected detail::WaiterAwaiterBase {
    public:
        explicit WaitAwaiter(Event& ev, const char* label = "Event.wait") noexcept
            : ev_(&ev), label_(label) {}
        bool await_ready() const noexcept { return ev_->value_; }
        bool await_suspend(detail::co::coroutine_handle<>) {
            detail::CoroDriver& d = detail::require_driver();
            waiter_ = ev_->wait_waiter(label_);
            return suspend_on_waiter(d);
        }
        bool await_resume() {
            if (waiter_) ev_->finish_wait(*waiter_, detail::take_pending());
            return true;
        }

    private:
        Event* ev_;
        const char* label_;
    };

    Event() : LoopBound("Event") {}
    Event(const Event&) = delete;
    Event& operator=(const Event&) = delete;

    bool is_set() const noexcept { return value_; }
    // Sets the flag and wakes all waiters (no-op if already set).
    void set();
    // Resets the flag; later wait() calls block until set() again.
    void clear() noexcept {
        if (value_) [[unlikely]]
            trace_op(ResourceOp::cleared, running_task_id());
        value_ = false;
    }
    // co_await ev.wait(): blocks until the flag is true; gives true.
    WaitAwaiter wait() noexcept { return WaitAwaiter(*this); }
    std::size_t waiter_count() const noexcept { return waiters_.size(); }

    // wait() without a coroutine: null if the flag is set, else a future (labelled `label`) queued
    // in the waiter list.
    detail::Ref<FutureBase> wait_waiter(const char* label = "Event.wait");
    // After `waiter` is done or `error` interrupted the wait: leaves the waiter list; throws
    // `error` / the waiter's failure, else wait() is over (true).
    void finish_wait(FutureBase& waiter, std::exception_ptr error = nullptr);

private:
    detail::WaiterList waiters_;
    bool value_ = false;
};

// ---- Condition ----------------------------------------------------------------------------------
// Condition: a condition variable with an underlying Lock (its own, or one passed in and shared).
//
// acquire()/release()/locked()/scoped() are the lock's. wait() requires the lock (else
// RuntimeError("cannot wait on un-acquired lock")), releases it, blocks until notified, then
// reacquires it and gives true. It reacquires the lock even when cancelled: a cancellation while
// waiting is rethrown once the lock is held again; a cancellation while reacquiring is remembered,
// the reacquire is retried, and then a CancelledError (without message) is thrown. So wait() always
// returns or throws with the lock held.
// notify(n) wakes the first n waiters that are not already woken or cancelled; notify_all() all of
// them. Both require the lock (RuntimeError("cannot notify on un-acquired lock")). A notified task
// returns from wait() only once it has reacquired the lock, i.e. after the notifier releases it.
class Condition : private detail::LoopBound {
public:
    using detail::LoopBound::set_trace_kind;
    class Waiting;

    // A condition with its own lock.
    Condition() : LoopBound("Condition"), own_lock_(std::in_place), lock_(&*own_lock_) {
        own_lock_->set_trace_kind("Lock (a Condition's)");
    }
    // A condition using `lock` (which must outlive it).
    explicit Condition(Lock& lock) noexcept : LoopBound("Condition"), lock_(&lock) {}
    Condition(const Condition&) = delete;
    Condition& operator=(const Condition&) = delete;

    bool locked() const noexcept { return lock_->locked(); }
    Lock::AcquireAwaiter acquire() noexcept { return lock_->acquire(); }
    Lock::ScopedAwaiter scoped() noexcept { return lock_->scoped(); }
    void release() { lock_->release(); }
    Lock& lock() const noexcept { return *lock_; }

    // Waits until notified (see above); gives true.
    Coro<bool> wait() { return wait_labeled("Condition.wait"); }

    // Waits until predicate() is true and gives its final value: predicate() is evaluated first,
    // then after each wake-up (with the lock held).
    template <class Predicate>
    Coro<std::decay_t<std::invoke_result_t<Predicate&>>> wait_for(Predicate predicate) {
        auto result = predicate();
        while (!result) {
            co_await wait_labeled("Condition.wait");
            result = predicate();
        }
        co_return result;
    }

    // Wakes up to n waiters (FIFO). Throws RuntimeError if the lock is not held.
    void notify(std::size_t n = 1);
    // Wakes every waiter. Throws RuntimeError if the lock is not held.
    void notify_all() { notify(waiters_.size()); }
    std::size_t waiter_count() const noexcept { return waiters_.size(); }

private:
    friend class Waiting;
    Coro<bool> wait_labeled(const char* label);

    std::optional<Lock> own_lock_;
    Lock* lock_;
    detail::WaiterList waiters_;
};

// One Condition::wait() as a state machine (see the top of this file), for code that is not a
// C++ coroutine. start() releases the lock and gives the future to wait for a notification on;
// resume() then gives the lock's waiters while reacquiring, and null once the lock is held again
// (wait() returned true), or throws what wait() throws. Reusable: start() begins a new wait.
class Condition::Waiting {
public:
    explicit Waiting(Condition& cond, const char* label = "Condition.wait") noexcept
        : cond_(&cond), label_(label) {}
    Waiting(const Waiting&) = delete;
    Waiting& operator=(const Waiting&) = delete;

    // Throws RuntimeError("cannot wait on un-acquired lock") if the lock is not held.
    detail::Ref<FutureBase> start();
    detail::Ref<FutureBase> resume(std::exception_ptr error = nullptr);

private:
    enum class Phase : unsigned char { idle, notified, reacquiring };
    detail::Ref<FutureBase> reacquire();

    Condition* cond_;
    const char* label_;
    Phase phase_ = Phase::idle;
    bool cancelled_ = false;            // a reacquire attempt was cancelled
    detail::Ref<FutureBase> waiter_;    // the notification waiter, then the lock's
    detail::ExceptionSlot wait_error_;  // what ended the notification wait
};

// ---- Semaphore, BoundedSemaphore ----------------------------------------------------------------
// Semaphore: a counter of permits. acquire() takes one, blocking while none can be taken;
// release() gives one back and wakes the first waiter.
//
// locked() is true when acquire() would block: the counter is zero, or some task is still waiting
// (a waiter whose wait was cancelled does not count). So a newcomer never overtakes waiting tasks.
// release() hands the permit to the first waiter immediately (the counter does not go up); if that
// waiter is cancelled before it runs, it gives the permit back and wakes the next one. A waiter
// that runs and finds permits left wakes the next waiter too. A plain Semaphore may be released
// more often than acquired. The initial value must be >= 0, else
// ValueError("Semaphore initial value must be >= 0").
class Semaphore : private detail::LoopBound {
public:
    class [[nodiscard]] AcquireAwaiter : protected detail::WaiterAwaiterBase {
    public:
        explicit AcquireAwaiter(Semaphore& sem) noexcept : sem_(&sem) {}
        bool await_ready() noexcept { return sem_->try_acquire_fast(); }
        bool await_suspend(detail::co::coroutine_handle<>) {
            detail::CoroDriver& d = detail::require_driver();
            waiter_ = sem_->acquire_waiter();
            return suspend_on_waiter(d);
        }
        bool await_resume() {
            if (waiter_) sem_->finish_acquire(*waiter_, detail::take_pending());
            return true;
        }

    private:
        friend class Semaphore;
        Semaphore* sem_;
    };

    class [[nodiscard]] ScopedAwaiter : public AcquireAwaiter {
    public:
        using AcquireAwaiter::AcquireAwaiter;
        SemaphoreGuard await_resume() {
            AcquireAwaiter::await_resume();
            return SemaphoreGuard(*sem_);
        }
    };

    explicit Semaphore(long value = 1) : Semaphore(value, -1) {}
    Semaphore(const Semaphore&) = delete;
    Semaphore& operator=(const Semaphore&) = delete;

    bool locked() const noexcept;
    AcquireAwaiter acquire() noexcept { return AcquireAwaiter(*this); }
    ScopedAwaiter scoped() noexcept { return ScopedAwaiter(*this); }
    // Adds a permit and wakes the first waiter. A BoundedSemaphore throws
    // ValueError("BoundedSemaphore released too many times") instead of going above its bound.
    void release();
    // The counter (CPython's _value): permits available and not yet handed to a waiter.
    long value() const noexcept { return value_; }
    std::size_t waiter_count() const noexcept { return waiters_.size(); }

    // acquire() without a coroutine: null if a permit was taken at once, else a
    // "Semaphore.acquire" future queued in the waiter list.
    detail::Ref<FutureBase> acquire_waiter();
    // After `waiter` is done or `error` interrupted the wait: leaves the waiter list, and keeps
    // the permit it was handed, or throws `error` / the waiter's failure (giving a permit it was
    // handed back to the next waiter).
    void finish_acquire(FutureBase& waiter, std::exception_ptr error = nullptr);

protected:
    Semaphore(long value, long bound);

private:
    bool try_acquire_fast() noexcept;
    void wake_up_next();

    detail::WaiterList waiters_;
    long value_;
    long bound_;  // -1: unbounded
};

// A Semaphore whose release() throws ValueError("BoundedSemaphore released too many times") if
// the counter would go above the initial value.
class BoundedSemaphore : public Semaphore {
public:
    explicit BoundedSemaphore(long value = 1) : Semaphore(value, value) {}
};

// ---- Barrier ------------------------------------------------------------------------------------
// Barrier (3.11): `parties` tasks wait until all have arrived, then all pass.
//
// wait() gives each task of a round its arrival index, 0 .. parties-1. The last arrival passes at
// once (without suspending) and the others resume afterwards in arrival order. The barrier is then
// "draining": tasks arriving for the next round wait until every task of this round has left
// wait(). It is reusable.
// reset() returns it to the empty state: tasks waiting in it get BrokenBarrierError("Abort or
// reset of barrier"). abort() breaks it: current and future wait() calls throw BrokenBarrierError
// ("Barrier aborted" for new ones) until reset(). reset() and abort() are coroutines because they
// take the barrier's internal condition lock. parties must be > 0 (else ValueError).
// Implemented, as in CPython, over a Condition; blocked tasks wait on "Barrier.wait" futures.
// Barrier::Waiting and Barrier::Changing are wait() and reset()/abort() as state machines.
class Barrier {
public:
    class Waiting;
    class Changing;

    explicit Barrier(long parties);
    Barrier(const Barrier&) = delete;
    Barrier& operator=(const Barrier&) = delete;

    Coro<long> wait();
    Coro<> reset();
    Coro<> abort();

    long parties() const noexcept { return parties_; }
    // Tasks waiting in the current round (0 while draining, resetting or broken).
    long n_waiting() const noexcept { return state_ == State::filling ? count_ : 0; }
    bool broken() const noexcept { return state_ == State::broken; }
    // "filling", "draining", "resetting" or "broken", as CPython's repr shows the state.
    const char* state_name() const noexcept {
        static constexpr const char* names[] = {"filling", "draining", "resetting", "broken"};
        return names[static_cast<unsigned>(state_)];
    }

private:
    enum class State : unsigned char { filling, draining, resetting, broken };
    void exit_round();

    Condition cond_;
    long parties_;
    State state_ = State::filling;
    long count_ = 0;
};

// One Barrier::wait() as a state machine (see the top of this file); index() is its result.
class Barrier::Waiting {
public:
    explicit Waiting(Barrier& barrier) noexcept : b_(&barrier), cond_wait_(barrier.cond_, "Barrier.wait") {}
    Waiting(const Waiting&) = delete;
    Waiting& operator=(const Waiting&) = delete;

    detail::Ref<FutureBase> start();
    detail::Ref<FutureBase> resume(std::exception_ptr error = nullptr);
    // The arrival index, once resume() (or start()) returned null.
    long index() const noexcept { return index_; }

private:
    enum class Phase : unsigned char { locking, blocking, waiting, done };
    detail::Ref<FutureBase> block();
    detail::Ref<FutureBase> wait_released();
    detail::Ref<FutureBase> leave(std::exception_ptr error);
    // Ends wait() (`async with` exit): releases the lock, then throws `error` if set.
    void unlock(std::exception_ptr error);

    Barrier* b_;
    Condition::Waiting cond_wait_;
    detail::Ref<FutureBase> lock_waiter_;
    Phase phase_ = Phase::done;
    long index_ = 0;
};

// Barrier::reset() (abort == false) or Barrier::abort() as a state machine: takes the barrier's
// lock (which may mean waiting), changes the state, wakes the waiters, releases the lock.
class Barrier::Changing {
public:
    Changing(Barrier& barrier, bool abort) noexcept : b_(&barrier), abort_(abort) {}
    Changing(const Changing&) = delete;
    Changing& operator=(const Changing&) = delete;

    detail::Ref<FutureBase> start();
    detail::Ref<FutureBase> resume(std::exception_ptr error = nullptr);

private:
    void apply();

    Barrier* b_;
    bool abort_;
    detail::Ref<FutureBase> lock_waiter_;
};

}  // namespace aio
