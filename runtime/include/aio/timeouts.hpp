// timeout / timeout_at: a deadline for a block of code (CPython 3.11 timeouts.py).
//
//   int v = co_await aio::timeout(1.0).run(fetch());            // TimeoutError after 1 s
//   co_await aio::timeout_at(loop.time() + 5).run(work());
//
//   aio::Timeout cm = aio::timeout(2.0);                         // the `async with ... as cm` form
//   co_await cm.run([&]() -> aio::Coro<void> { ...; cm.reschedule(loop.time() + 3); ... }());
//
// When the deadline passes, the task running the block is cancelled; the CancelledError that comes
// out of the block is turned into TimeoutError (with the CancelledError nested, Python's __cause__).
// A cancellation from anyone else still propagates as CancelledError (cancelling() tells them apart:
// as in CPython 3.11.7, only requests made after entering the block count).
// A deadline in the past fires at the block's first suspension. nullopt means no deadline.
#pragma once
#include <optional>
#include <string>

#include "task.hpp"

namespace aio {

class Timeout {
public:
    enum class State { created, entered, expiring, expired, exited };

    explicit Timeout(std::optional<double> when) : when_(when) {}
    Timeout(const Timeout&) = delete;
    Timeout& operator=(const Timeout&) = delete;
    ~Timeout() { handle_.cancel(); }

    // The deadline (loop time), or nullopt.
    std::optional<double> when() const noexcept { return when_; }
    // Moves the deadline (only inside the block).
    void reschedule(std::optional<double> when);
    // True once the deadline has passed and cancelled the block.
    bool expired() const noexcept { return state_ == State::expiring || state_ == State::expired; }
    State state() const noexcept { return state_; }
    // CPython's repr: "<Timeout [active] when=12.5>".
    std::string repr() const;

    // __aenter__: binds to the current task and arms the deadline.
    void enter();
    // __aexit__: `error` is what escaped the block (null if none). Throws TimeoutError if the
    // deadline cancelled the block; otherwise returns and the caller rethrows `error` itself.
    void exit(std::exception_ptr error);

    // Runs `body` inside this timeout.
    template <class T> Coro<T> run(Coro<T> body) {
        enter();
        std::exception_ptr error;
        if constexpr (std::is_void_v<T>) {
            try {
                co_await std::move(body);
            } catch (...) { error = std::current_exception(); }
            exit(error);
            if (error) std::rethrow_exception(error);
        } else {
            std::optional<T> value;
            try {
                value.emplace(co_await std::move(body));
            } catch (...) { error = std::current_exception(); }
            exit(error);
            if (error) std::rethrow_exception(error);
            co_return std::move(*value);
        }
    }

private:
    void on_timeout();

    std::optional<double> when_;
    State state_ = State::created;
    TaskBase* task_ = nullptr;
    int cancelling_ = 0;  // the task's cancelling() when the block was entered
    Handle handle_;
};

// A Timeout `delay` seconds from now (nullopt: none).
Timeout timeout(std::optional<double> delay);
// A Timeout at the absolute loop time `when` (nullopt: none).
inline Timeout timeout_at(std::optional<double> when) { return Timeout(when); }

}  // namespace aio
