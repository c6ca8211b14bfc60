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

class SleepAwaiter {
public:
    explicit SleepAwaiter(double delay) : delay_(delay) {}
    SleepAwaiter(SleepAwaiter&&) = default;
    ~SleepAwaiter() { timer_.cancel(); }

    bool await_ready() const noexcept { return false; }
    void await_suspend(co::coroutine_handle<>) {
        CoroDriver& d = require_driver();
        if (delay_ <= 0) {
            d.action = CoroDriver::Action::yielded;
            return;
        }
        EventLoop& loop = get_running_loop();
        auto* state = new FutureState<void>(loop);
        future_ = Ref<FutureBase>(state);
        state->set_label("sleep");
        timer_ = loop.call_later(delay_, [f = future_] {
            if (!f->done()) static_cast<FutureState<void>*>(f.get())->set_result();
        });
        d.awaited = state;
        d.action = CoroDriver::Action::awaiting;
    }
    void await_resume() {
        timer_.cancel();  // the `finally: h.cancel()` of CPython's sleep
        if (auto* d = tls_driver) d->rethrow_pending();
        if (future_) future_->check_result();
    }

private:
    double delay_;
    Ref<FutureBase> future_;
    TimerHandle timer_;
};

template <class T>
class SleepValueAwaiter : public SleepAwaiter {
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
template <class T>
detail::SleepValueAwaiter<T> sleep(double delay, T value) {
    return detail::SleepValueAwaiter<T>(delay, std::move(value));
}

}  // namespace aio
