// Pollers: the interface's defaults and the condition variable poller (anywhere). The platform's
// default poller is in platform/: poller_epoll.cpp (Linux) or poller_condvar_default.cpp.
#include "aio/poller.hpp"

#include <chrono>
#include <condition_variable>
#include <mutex>

#include "aio/errors.hpp"
#include "aio/event_loop.hpp"

namespace aio {

void Poller::add_reader(int, detail::Function<void()>) {
    throw RuntimeError("this loop's poller does not watch file descriptors");
}
bool Poller::remove_reader(int) { return false; }
void Poller::add_writer(int, detail::Function<void()>) {
    throw RuntimeError("this loop's poller does not watch file descriptors");
}
bool Poller::remove_writer(int) { return false; }

namespace {

class CondVarPoller final : public Poller {
public:
    void poll(EventLoop&, double timeout) override {
        std::unique_lock lock(mutex_);
        if (!woken_ && timeout != 0.0) {
            if (timeout < 0)
                cv_.wait(lock, [&] { return woken_; });
            else
                cv_.wait_for(lock, std::chrono::duration<double>(timeout), [&] { return woken_; });
        }
        woken_ = false;
    }
    void wake() noexcept override {
        {
            std::lock_guard lock(mutex_);
            woken_ = true;
        }
        cv_.notify_one();
    }

private:
    std::mutex mutex_;
    std::condition_variable cv_;
    bool woken_ = false;
};

}  // namespace

std::unique_ptr<Poller> make_condvar_poller() { return std::make_unique<CondVarPoller>(); }

}  // namespace aio
