// sleep(delay[, result]): suspend the current task (CPython tasks.sleep).
//
// sleep(0) (or a negative delay) gives the loop exactly one turn: the task goes to the back of the
// ready queue. A positive delay arms a timer that completes a future; the task resumes in the
// iteration after the timer fires. Cancelling the sleeping task cancels the timer too.
#pragma once
#include <utility>

#include "coro.hpp"
#include "future.hpp"

namespace aio {

namespace detail {

// sleep(0) is the loop's task switch, so its path is all inline and touches no future or timer;
// a positive delay takes the out-of-line path (src/sleep.cpp). Raw pointers rather than Ref and
// TimerHandle members: the awaiter's destructor is then one test when nothing was armed.
class SleepAwaiter {
public:
    explicit SleepAwaiter(double delay) noexcept : delay_(delay) {}
    SleepAwaiter(SleepAwaiter&& o) noexcept
        : delay_(o.delay_),
          future_(std::exchange(o.future_, nullptr)),
          timer_(std::exchange(o.timer_, nullptr)) {}
    SleepAwaiter& operator=(SleepAwaiter&&) = delete;
    ~SleepAwaiter() {
        if (future_) [[unlikely]]
            release_timer();
    }

    bool await_ready() const noexcept { return false; }
    [[gnu::always_inline]] void await_suspend(co::coroutine_handle<>) {
        CoroDriver& d = require_driver();
        if (delay_ <= 0) [[likely]] {
            d.action = CoroDriver::Action::yielded;
            return;
        }
        arm(d);
    }
    [[gnu::always_inline]] void await_resume() {
        if (future_) [[unlikely]] {
            finish_timed();  // the `finally: h.cancel()` of CPython's sleep, then the future's outcome
            return;
        }
        if (auto* d = tls_driver) d->rethrow_pending();
    }

private:
    // A positive delay: a "sleep" future completed by a timer; the task awaits the future.
    void arm(CoroDriver& d);
    void finish_timed();
    void release_timer() noexcept;

    double delay_;
    FutureBase* future_ = nullptr;  // owns a reference (positive delay only)
    HandleState* timer_ = nullptr;  // owns a reference (positive delay only)
};

template <class T> class SleepValueAwaiter : public SleepAwaiter {
public:
    SleepValueAwaiter(double delay, T value) : SleepAwaiter(delay), value_(std::move(value)) {}
    T await_resume() {
        SleepAwaiter::await_resume();
        return std::move(value_);
    }

private:
    T value_;
};

}  // namespace detail

// co_await aio::sleep(0.5);
inline detail::SleepAwaiter sleep(double delay) { return detail::SleepAwaiter(delay); }

// auto v = co_await aio::sleep(0.5, value);   // gives `value` back after the delay
template <class T> detail::SleepValueAwaiter<T> sleep(double delay, T value) {
    return detail::SleepValueAwaiter<T>(delay, std::move(value));
}

}  // namespace aio
