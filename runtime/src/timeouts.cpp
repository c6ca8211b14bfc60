// Timeout: CPython 3.11's timeouts.Timeout state machine.
#include "aio/timeouts.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "aio/wait.hpp"

namespace aio {

Timeout timeout(std::optional<double> delay) {
    if (!delay) return Timeout(std::nullopt);
    return Timeout(get_running_loop().time() + *delay);
}

namespace {
const char* state_name(Timeout::State s) {
    const char* names[] = {"created", "active", "expiring", "expired", "finished"};
    return names[static_cast<int>(s)];
}
}  // namespace

std::string Timeout::repr() const {
    std::string info;
    if (state_ == State::entered) {
        if (when_) {
            // round(when, 3) in Python's shortest float form.
            char shortest[64];
            for (int p = 1; p <= 17; ++p) {
                std::snprintf(shortest, sizeof shortest, "%.*g", p, std::round(*when_ * 1000.0) / 1000.0);
                if (std::strtod(shortest, nullptr) == std::round(*when_ * 1000.0) / 1000.0) break;
            }
            info = std::string(" when=") + shortest + (std::strpbrk(shortest, ".e") ? "" : ".0");
        } else {
            info = " when=None";
        }
    }
    return std::string("<Timeout [") + state_name(state_) + "]" + info + ">";
}

void Timeout::reschedule(std::optional<double> when) {
    if (state_ != State::entered) {
        if (state_ == State::created) throw RuntimeError("Timeout has not been entered");
        // CPython: f"Cannot change state of {self._state.value} Timeout"
        throw RuntimeError(std::string("Cannot change state of ") + state_name(state_) + " Timeout");
    }
    when_ = when;
    handle_.cancel();
    handle_ = Handle();
    if (!when) return;
    EventLoop& loop = get_running_loop();
    if (*when <= loop.time())
        handle_ = loop.call_soon([this] { on_timeout(); });
    else
        handle_ = loop.call_at(*when, [this] { on_timeout(); });
}

void Timeout::enter() {
    if (state_ != State::created) throw RuntimeError("Timeout has already been entered");
    TaskBase* task = current_task();
    if (!task) throw RuntimeError("Timeout should be used inside a task");
    state_ = State::entered;
    task_ = task;
    cancelling_ = task->cancelling();  // CPython 3.11.7: requests made before entering are not ours
    reschedule(when_);
}

void Timeout::on_timeout() {
    {
        CancelVia via("timeout");
        task_->cancel();
    }
    state_ = State::expiring;
    handle_ = Handle();
}

void Timeout::exit(std::exception_ptr error) {
    handle_.cancel();
    handle_ = Handle();
    if (state_ == State::expiring) {
        state_ = State::expired;
        if (task_->uncancel() <= cancelling_ && is_cancelled_error(error)) {
            try {
                std::rethrow_exception(error);
            } catch (const CancelledError&) { std::throw_with_nested(TimeoutError()); }
        }
    } else if (state_ == State::entered) {
        state_ = State::exited;
    }
}

}  // namespace aio
