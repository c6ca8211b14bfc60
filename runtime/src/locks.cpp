// Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier (CPython 3.11 asyncio.locks).
//
// Index of this file (sections marked "// ---- <name> ----"):
//   Shared machinery
//   Lock
//   Event
//   Condition
//   Semaphore
//   Barrier
#include "aio/locks.hpp"

#include "aio/task.hpp"

namespace aio {

// ---- Shared machinery ---------------------------------------------------------------------------

namespace detail {

void WaiterList::grow() {
    std::size_t new_cap = cap_ ? cap_ * 2 : 4;
    auto nb = std::make_unique<FutureBase*[]>(new_cap);
    for (std::size_t i = 0; i < size_; ++i) nb[i] = buf_[(head_ + i) & (cap_ - 1)];
    buf_ = std::move(nb);
    cap_ = new_cap;
    head_ = 0;
}

bool WaiterList::remove(FutureBase* f) noexcept {
    if (size_ == 0) return false;
    if (buf_[head_] == f) {
        pop_front();
        return true;
    }
    std::size_t mask = cap_ - 1;
    for (std::size_t i = 1; i < size_; ++i) {
        if (buf_[(head_ + i) & mask] != f) continue;
        for (std::size_t j = i; j + 1 < size_; ++j) buf_[(head_ + j) & mask] = buf_[(head_ + j + 1) & mask];
        --size_;
        f->release();
        return true;
    }
    return false;
}

std::uint64_t LoopBound::running_task_id() noexcept {
    const TaskBase* task = current_task();
    return task ? task->id() : 0;
}

void LoopBound::trace_op_slow(EventLoop& loop, ResourceOp op, std::uint64_t other, double value,
                              const char* text) {
    if (trace_loop_ != &loop || trace_id_ == 0) {
        trace_loop_ = &loop;
        trace_id_ = loop.next_id();
        loop.trace({TraceKind::resource, static_cast<std::uint32_t>(ResourceOp::created), trace_id_, 0, 0.0,
                    0.0, trace_kind_});
    }
    loop.trace({TraceKind::resource, static_cast<std::uint32_t>(op), trace_id_, other, 0.0, value,
                text ? std::string_view(text) : std::string_view()});
}

EventLoop& LoopBound::bind_loop_slow(const char* kind) {
    EventLoop& loop = get_running_loop();
    if (!loop_)
        loop_ = &loop;
    else if (loop_ != &loop)
        throw RuntimeError(std::string(kind) + " is bound to a different event loop");
    return loop;
}

}  // namespace detail

// ---- Lock ----------------------------------------------------------------------------------

bool Lock::try_acquire_fast() noexcept {
    if (locked_) return false;
    for (std::size_t i = 0; i < waiters_.size(); ++i)
        if (!waiters_[i]->cancelled()) return false;
    locked_ = true;
    const TaskBase* task = current_task();
    holder_ = task ? task->id() : 0;
    trace_op(ResourceOp::acquired, holder_);
    return true;
}

detail::Ref<FutureBase> Lock::acquire_waiter() {
    if (try_acquire_fast()) return {};
    EventLoop& loop = bind_loop("Lock");
    detail::Ref<FutureBase> waiter(detail::new_waiter(loop, "Lock.acquire"));
    waiter->set_held_by(holder_);
    waiters_.push_back(waiter.get());
    trace_op(ResourceOp::waiting, waiter->id(), 0.0, "Lock.acquire");
    return waiter;
}

void Lock::finish_acquire(FutureBase& waiter, std::exception_ptr error) {
    // CPython removes the waiter first, so that _wake_up_first() below cannot pick it again.
    waiters_.remove(&waiter);
    try {
        detail::rethrow_wait_error(waiter, error);
    } catch (const CancelledError&) {
        // Woken (or not) and cancelled: if the lock is free, the wake-up must not be lost.
        if (!locked_) wake_up_first();
        throw;
    }
    locked_ = true;
    const TaskBase* task = current_task();
    holder_ = task ? task->id() : 0;
    trace_op(ResourceOp::acquired, holder_);
}

void Lock::release() {
    if (!locked_) throw RuntimeError("Lock is not acquired.");
    locked_ = false;
    holder_ = 0;
    trace_op(ResourceOp::released, running_task_id());
    wake_up_first();
}

void Lock::wake_up_first() {
    if (waiters_.empty()) return;
    // A done first waiter will run later and either take the lock or, cancelled, pass it on.
    FutureBase* f = waiters_.front();
    if (!f->done()) detail::resolve_waiter(f);
}

// ---- Event ---------------------------------------------------------------------------------

void Event::set() {
    if (value_) return;
    value_ = true;
    trace_op(ResourceOp::set, running_task_id());
    for (std::size_t i = 0; i < waiters_.size(); ++i) {
        FutureBase* f = waiters_[i];
        if (!f->done()) detail::resolve_waiter(f);
    }
}

detail::Ref<FutureBase> Event::wait_waiter(const char* label) {
    if (value_) return {};
    EventLoop& loop = bind_loop("Event");
    detail::Ref<FutureBase> waiter(detail::new_waiter(loop, label));
    waiters_.push_back(waiter.get());
    trace_op(ResourceOp::waiting, waiter->id(), 0.0, label);
    return waiter;
}

void Event::finish_wait(FutureBase& waiter, std::exception_ptr error) {
    waiters_.remove(&waiter);  // CPython: finally: self._waiters.remove(fut)
    detail::rethrow_wait_error(waiter, error);
}

// ---- Condition -----------------------------------------------------------------------------

Coro<bool> Condition::wait_labeled(const char* label) {
    Waiting op(*this, label);
    co_await detail::drive(op);
    co_return true;
}

detail::Ref<FutureBase> Condition::Waiting::start() {
    Condition& c = *cond_;
    if (!c.locked()) throw RuntimeError("cannot wait on un-acquired lock");
    c.release();
    cancelled_ = false;
    wait_error_ = nullptr;
    waiter_.reset();
    try {
        EventLoop& loop = c.bind_loop("Condition");
        waiter_ = detail::Ref<FutureBase>(detail::new_waiter(loop, label_));
        c.waiters_.push_back(waiter_.get());
        c.trace_op(ResourceOp::waiting, waiter_->id(), 0.0, label_);
    } catch (...) {
        // CPython's `finally`: the lock is reacquired even when the wait could not begin.
        waiter_.reset();
        wait_error_ = std::current_exception();
        return reacquire();
    }
    phase_ = Phase::notified;
    return waiter_;
}

detail::Ref<FutureBase> Condition::Waiting::resume(std::exception_ptr error) {
    Condition& c = *cond_;
    if (phase_ == Phase::notified) {
        detail::Ref<FutureBase> w = std::move(waiter_);
        c.waiters_.remove(w.get());
        try {
            detail::rethrow_wait_error(*w, error);
        } catch (...) { wait_error_ = std::current_exception(); }
        return reacquire();
    }
    if (phase_ != Phase::reacquiring) throw RuntimeError("Condition.wait() resumed while not waiting");
    detail::Ref<FutureBase> w = std::move(waiter_);
    try {
        c.lock_->finish_acquire(*w, std::move(error));
    } catch (const CancelledError&) {
        // The lock must be held when wait() ends: remember the cancellation and try again.
        cancelled_ = true;
        return reacquire();
    } catch (...) {
        phase_ = Phase::idle;
        throw;
    }
    phase_ = Phase::idle;
    if (cancelled_) throw CancelledError();
    if (wait_error_) std::rethrow_exception(std::exchange(wait_error_, nullptr));
    return {};
}

detail::Ref<FutureBase> Condition::Waiting::reacquire() {
    phase_ = Phase::reacquiring;
    try {
        waiter_ = cond_->lock_->acquire_waiter();
    } catch (...) {
        phase_ = Phase::idle;
        throw;
    }
    if (waiter_) return waiter_;
    phase_ = Phase::idle;
    if (cancelled_) throw CancelledError();
    if (wait_error_) std::rethrow_exception(std::exchange(wait_error_, nullptr));
    return {};
}

void Condition::notify(std::size_t n) {
    if (!locked()) throw RuntimeError("cannot notify on un-acquired lock");
    std::size_t woken = 0;
    for (std::size_t i = 0; i < waiters_.size() && woken < n; ++i) {
        FutureBase* f = waiters_[i];
        if (!f->done()) {
            ++woken;
            detail::resolve_waiter(f);
        }
    }
    trace_op(ResourceOp::notified, running_task_id(), static_cast<double>(woken));
}

// ---- Semaphore -----------------------------------------------------------------------------

Semaphore::Semaphore(long value, long bound) : value_(value), bound_(bound) {
    if (value < 0) throw ValueError("Semaphore initial value must be >= 0");
    set_trace_kind(bound >= 0 ? "BoundedSemaphore" : "Semaphore");
}

bool Semaphore::locked() const noexcept {
    if (value_ == 0) return true;
    for (std::size_t i = 0; i < waiters_.size(); ++i)
        if (!waiters_[i]->cancelled()) return true;
    return false;
}

bool Semaphore::try_acquire_fast() noexcept {
    if (locked()) return false;
    --value_;
    trace_op(ResourceOp::acquired, running_task_id(), static_cast<double>(value_));
    return true;
}

detail::Ref<FutureBase> Semaphore::acquire_waiter() {
    if (try_acquire_fast()) return {};
    EventLoop& loop = bind_loop("Semaphore");
    detail::Ref<FutureBase> waiter(detail::new_waiter(loop, "Semaphore.acquire"));
    waiters_.push_back(waiter.get());
    trace_op(ResourceOp::waiting, waiter->id(), 0.0, "Semaphore.acquire");
    return waiter;
}

void Semaphore::finish_acquire(FutureBase& waiter, std::exception_ptr error) {
    waiters_.remove(&waiter);
    try {
        detail::rethrow_wait_error(waiter, error);
    } catch (const CancelledError&) {
        // Woken (the permit was handed to us) and then cancelled: give it back.
        if (!waiter.cancelled()) {
            ++value_;
            wake_up_next();
        }
        throw;
    }
    trace_op(ResourceOp::acquired, running_task_id(), static_cast<double>(value_));
    if (value_ > 0) wake_up_next();
}

void Semaphore::release() {
    if (bound_ >= 0 && value_ >= bound_) throw ValueError("BoundedSemaphore released too many times");
    ++value_;
    trace_op(ResourceOp::released, running_task_id(), static_cast<double>(value_));
    wake_up_next();
}

void Semaphore::wake_up_next() {
    for (std::size_t i = 0; i < waiters_.size(); ++i) {
        FutureBase* f = waiters_[i];
        if (!f->done()) {
            --value_;
            detail::resolve_waiter(f);
            return;
        }
    }
}

// ---- Barrier -------------------------------------------------------------------------------

Barrier::Barrier(long parties) : parties_(parties) {
    if (parties < 1) throw ValueError("parties must be > 0");
    cond_.set_trace_kind("Barrier");
    cond_.lock().set_trace_kind("Lock (a Barrier's)");
}

Coro<long> Barrier::wait() {
    Waiting op(*this);
    co_await detail::drive(op);
    co_return op.index();
}

Coro<> Barrier::reset() {
    Changing op(*this, false);
    co_await detail::drive(op);
}

Coro<> Barrier::abort() {
    Changing op(*this, true);
    co_await detail::drive(op);
}

void Barrier::exit_round() {
    if (count_ == 0) {
        if (state_ == State::resetting || state_ == State::draining) state_ = State::filling;
        cond_.notify_all();
    }
}

// CPython:
//     async with self._cond:
//         await self._block()          # wait_for(not draining/resetting); broken -> error
//         try:
//             index = self._count; self._count += 1
//             if index + 1 == self._parties: await self._release()
//             else: await self._wait()  # wait_for(not filling); broken/resetting -> error
//             return index
//         finally:
//             self._count -= 1; self._exit()
detail::Ref<FutureBase> Barrier::Waiting::start() {
    phase_ = Phase::locking;
    lock_waiter_ = b_->cond_.lock().acquire_waiter();
    if (lock_waiter_) return lock_waiter_;
    return block();
}

detail::Ref<FutureBase> Barrier::Waiting::resume(std::exception_ptr error) {
    switch (phase_) {
        case Phase::locking: {
            detail::Ref<FutureBase> w = std::move(lock_waiter_);
            phase_ = Phase::done;  // if taking the lock fails, wait() ends without it
            b_->cond_.lock().finish_acquire(*w, std::move(error));
            return block();
        }
        case Phase::blocking: {
            detail::Ref<FutureBase> next;
            try {
                next = cond_wait_.resume(std::move(error));
            } catch (...) { unlock(std::current_exception()); }
            return next ? next : block();
        }
        case Phase::waiting: {
            detail::Ref<FutureBase> next;
            try {
                next = cond_wait_.resume(std::move(error));
            } catch (...) { return leave(std::current_exception()); }
            return next ? next : wait_released();
        }
        case Phase::done: break;
    }
    throw RuntimeError("Barrier.wait() resumed while not waiting");
}

// The lock is held: wait while the previous round drains or a reset completes, then arrive.
detail::Ref<FutureBase> Barrier::Waiting::block() {
    Barrier& b = *b_;
    if (b.state_ == State::draining || b.state_ == State::resetting) {
        phase_ = Phase::blocking;
        try {
            return cond_wait_.start();  // never null: it waits for a notification
        } catch (...) { unlock(std::current_exception()); }
    }
    if (b.state_ == State::broken) unlock(std::make_exception_ptr(BrokenBarrierError("Barrier aborted")));
    index_ = b.count_++;
    if (index_ + 1 == b.parties_) {
        // The last arrival releases the round.
        b.state_ = State::draining;
        b.cond_.notify_all();
        return leave(nullptr);
    }
    phase_ = Phase::waiting;
    return wait_released();
}

detail::Ref<FutureBase> Barrier::Waiting::wait_released() {
    Barrier& b = *b_;
    if (b.state_ == State::filling) {
        try {
            return cond_wait_.start();
        } catch (...) { return leave(std::current_exception()); }
    }
    if (b.state_ == State::broken || b.state_ == State::resetting)
        return leave(std::make_exception_ptr(BrokenBarrierError("Abort or reset of barrier")));
    return leave(nullptr);
}

// The `finally` of the round, then the end of `async with self._cond`.
detail::Ref<FutureBase> Barrier::Waiting::leave(std::exception_ptr error) {
    --b_->count_;
    b_->exit_round();
    unlock(std::move(error));
    return {};
}

void Barrier::Waiting::unlock(std::exception_ptr error) {
    phase_ = Phase::done;
    b_->cond_.release();
    if (error) std::rethrow_exception(std::move(error));
}

detail::Ref<FutureBase> Barrier::Changing::start() {
    lock_waiter_ = b_->cond_.lock().acquire_waiter();
    if (lock_waiter_) return lock_waiter_;
    apply();
    return {};
}

detail::Ref<FutureBase> Barrier::Changing::resume(std::exception_ptr error) {
    if (!lock_waiter_) throw RuntimeError("Barrier.reset()/abort() resumed while not waiting");
    detail::Ref<FutureBase> w = std::move(lock_waiter_);
    b_->cond_.lock().finish_acquire(*w, std::move(error));
    apply();
    return {};
}

// The body of `async with self._cond:` in reset() / abort().
void Barrier::Changing::apply() {
    Barrier& b = *b_;
    if (abort_) {
        b.state_ = State::broken;
    } else if (b.count_ > 0) {
        b.state_ = State::resetting;
    } else {
        b.state_ = State::filling;
    }
    b.cond_.notify_all();
    b.cond_.release();
}

}  // namespace aio
