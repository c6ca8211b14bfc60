// Handle and TimerHandle: what call_soon / call_later / call_at return (CPython events.Handle,
// events.TimerHandle). Cancelling a handle stops its callback from running if it has not run yet;
// cancelling one that already ran is harmless and still makes cancelled() true, as in CPython.
#pragma once
#include <cstdint>

#include "detail/function.hpp"
#include "detail/pool.hpp"
#include "detail/ref.hpp"

namespace aio {

class EventLoop;

namespace detail {

struct HandleState final : RefCounted {
    AIO_POOLED_ALLOCATION
    Function<void()> callback;
    EventLoop* loop = nullptr;
    std::uint64_t id = 0;
    double when = 0.0;      // timers: absolute loop time
    std::uint64_t seq = 0;  // timers: scheduling order, breaks ties between equal deadlines
    bool is_timer = false;
    bool cancelled = false;
    bool in_heap = false;  // timers: still in the loop's timer heap (CPython's _scheduled)
};

}  // namespace detail

class Handle {
public:
    Handle() = default;
    explicit Handle(detail::Ref<detail::HandleState> s) : s_(std::move(s)) {}

    // Prevents the callback from running; drops it (and what it captured) at once.
    void cancel() {
        if (s_ && !s_->cancelled) cancel_slow();
    }
    bool cancelled() const noexcept { return s_ && s_->cancelled; }
    explicit operator bool() const noexcept { return bool(s_); }
    std::uint64_t id() const noexcept { return s_ ? s_->id : 0; }
    // Runtime-internal: gives up this handle's reference to its state (the caller owns it).
    detail::HandleState* leak_state() noexcept { return s_.leak(); }

protected:
    void cancel_slow();
    detail::Ref<detail::HandleState> s_;
};

class TimerHandle : public Handle {
public:
    using Handle::Handle;
    // The absolute loop time the callback is scheduled for.
    double when() const noexcept { return s_ ? s_->when : 0.0; }
};

}  // namespace aio
