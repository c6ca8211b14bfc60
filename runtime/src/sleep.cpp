// sleep() with a positive delay: a timer completes a "sleep" future (CPython tasks.sleep).
#include "aio/sleep.hpp"

namespace aio::detail {

void SleepAwaiter::arm(CoroDriver& d) {
    EventLoop& loop = get_running_loop();
    auto* state = new FutureState<void>(loop);
    Ref<FutureBase> future(state);
    state->set_label("sleep");
    TimerHandle timer = loop.call_later(delay_, [f = future] {
        if (!f->done()) static_cast<FutureState<void>*>(f.get())->set_result();
    });
    timer_ = timer.leak_state();
    future_ = future.leak();
    d.awaited = state;
    d.action = CoroDriver::Action::awaiting;
}

void SleepAwaiter::finish_timed() {
    // Cancel the timer first (a cancelled task's sleep must not leave it armed), whatever happens next.
    Handle(Ref<HandleState>::adopt(std::exchange(timer_, nullptr))).cancel();
    Ref<FutureBase> future = Ref<FutureBase>::adopt(std::exchange(future_, nullptr));
    if (auto* d = tls_driver) d->rethrow_pending();
    future->check_result();
}

void SleepAwaiter::release_timer() noexcept {
    if (timer_) {
        Handle h(Ref<HandleState>::adopt(std::exchange(timer_, nullptr)));
        try {
            h.cancel();
        } catch (...) {}
    }
    if (future_) std::exchange(future_, nullptr)->release();
}

}  // namespace aio::detail
