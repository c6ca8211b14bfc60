// Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier (CPython 3.11 asyncio.locks).
#include "aio/locks.hpp"

#include "aio/task.hpp"

namespace aio {

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

EventLoop& LoopBound::bind_loop(const char* kind) {
    EventLoop& loop = get_running_loop();
    if (!loop_) loop_ = &loop;
    else if (loop_ != &loop) throw RuntimeError(std::string(kind) + " is bound to a different event loop");
    return loop;
}

}  // namespace detail

// ---- Lock ----------------------------------------------------------------------------------

bool Lock::try_acquire_fast() noexcept {
    if (locked_) return false;
    for (std::size_t i = 0; i < waiters_.size(); ++i)
        if (!waiters_[i]->cancelled()) return false;
    locked_ = true;
    return true;
}

void Lock::block(detail::Ref<FutureBase>& out) {
    EventLoop& loop = bind_loop("Lock");
    out = detail::Ref<FutureBase>(detail::new_waiter(loop, "Lock.acquire"));
    waiters_.push_back(out.get());
}

void Lock::after_wait(AcquireAwaiter& a) {
    waiters_.remove(a.waiter_.get());
    try {
        a.rethrow_wait_error();
    } catch (const CancelledError&) {
        // Woken (or not) and cancelled: if the lock is free, the wake-up must not be lost.
        if (!locked_) wake_up_first();
        throw;
    }
    locked_ = true;
}

void Lock::release() {
    if (!locked_) throw RuntimeError("Lock is not acquired.");
    locked_ = false;
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
    for (std::size_t i = 0; i < waiters_.size(); ++i) {
        FutureBase* f = waiters_[i];
        if (!f->done()) detail::resolve_waiter(f);
    }
}

void Event::block(detail::Ref<FutureBase>& out, const char* label) {
    EventLoop& loop = bind_loop("Event");
    out = detail::Ref<FutureBase>(detail::new_waiter(loop, label));
    waiters_.push_back(out.get());
}

// ---- Condition -----------------------------------------------------------------------------

Coro<bool> Condition::wait_labeled(const char* label) {
    if (!locked()) throw RuntimeError("cannot wait on un-acquired lock");
    release();
    std::exception_ptr wait_error;
    try {
        EventLoop& loop = bind_loop("Condition");
        detail::Ref<FutureBase> fut(detail::new_waiter(loop, label));
        waiters_.push_back(fut.get());
        try {
            co_await FutureAwaiter<void>{fut.get()};
        } catch (...) {
            wait_error = std::current_exception();
        }
        waiters_.remove(fut.get());
    } catch (...) {
        if (!wait_error) wait_error = std::current_exception();
    }
    // The lock must be reacquired even if the wait was cancelled.
    bool cancelled = false;
    for (;;) {
        try {
            co_await lock_->acquire();
            break;
        } catch (const CancelledError&) {
            cancelled = true;
        }
    }
    if (cancelled) throw CancelledError();
    if (wait_error) std::rethrow_exception(wait_error);
    co_return true;
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
}

// ---- Semaphore -----------------------------------------------------------------------------

Semaphore::Semaphore(long value, long bound) : value_(value), bound_(bound) {
    if (value < 0) throw ValueError("Semaphore initial value must be >= 0");
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
    return true;
}

void Semaphore::block(detail::Ref<FutureBase>& out) {
    EventLoop& loop = bind_loop("Semaphore");
    out = detail::Ref<FutureBase>(detail::new_waiter(loop, "Semaphore.acquire"));
    waiters_.push_back(out.get());
}

void Semaphore::after_wait(AcquireAwaiter& a) {
    waiters_.remove(a.waiter_.get());
    try {
        a.rethrow_wait_error();
    } catch (const CancelledError&) {
        // Woken (the permit was handed to us) and then cancelled: give it back.
        if (!a.waiter_->cancelled()) {
            ++value_;
            wake_up_next();
        }
        throw;
    }
    if (value_ > 0) wake_up_next();
}

void Semaphore::release() {
    if (bound_ >= 0 && value_ >= bound_) throw ValueError("BoundedSemaphore released too many times");
    ++value_;
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
}

Coro<long> Barrier::wait() {
    co_await cond_.acquire();
    std::exception_ptr error;
    long index = 0;
    try {
        co_await block();
        index = count_++;
        std::exception_ptr inner;
        try {
            if (index + 1 == parties_) {
                // The last arrival releases the round.
                state_ = State::draining;
                cond_.notify_all();
            } else {
                co_await wait_released();
            }
        } catch (...) {
            inner = std::current_exception();
        }
        --count_;
        exit_round();
        if (inner) std::rethrow_exception(inner);
    } catch (...) {
        error = std::current_exception();
    }
    cond_.release();
    if (error) std::rethrow_exception(error);
    co_return index;
}

Coro<> Barrier::block() {
    // Wait while the previous round drains or a reset completes.
    co_await cond_.wait_until([this] { return state_ != State::draining && state_ != State::resetting; },
                              "Barrier.wait");
    if (state_ == State::broken) throw BrokenBarrierError("Barrier aborted");
}

Coro<> Barrier::wait_released() {
    co_await cond_.wait_until([this] { return state_ != State::filling; }, "Barrier.wait");
    if (state_ == State::broken || state_ == State::resetting)
        throw BrokenBarrierError("Abort or reset of barrier");
}

void Barrier::exit_round() {
    if (count_ == 0) {
        if (state_ == State::resetting || state_ == State::draining) state_ = State::filling;
        cond_.notify_all();
    }
}

Coro<> Barrier::reset() {
    auto guard = co_await cond_.scoped();
    if (count_ > 0) {
        if (state_ != State::resetting) state_ = State::resetting;
    } else {
        state_ = State::filling;
    }
    cond_.notify_all();
}

Coro<> Barrier::abort() {
    auto guard = co_await cond_.scoped();
    state_ = State::broken;
    cond_.notify_all();
}

}  // namespace aio
