// How a loop waits: for I/O readiness, for a wake-up from another thread, or for a timeout.
// The loop core only knows this interface; hosts choose the implementation (epoll natively,
// a condition variable where there is no epoll, the browser bridge in the page).
#pragma once
#include <memory>

#include "detail/function.hpp"

namespace aio {

class EventLoop;

class Poller {
public:
    virtual ~Poller() = default;

    // Waits up to `timeout` seconds (negative: without limit, 0: just look) for I/O or wake().
    // Ready I/O callbacks are handed to `loop` with EventLoop::add_ready_callback.
    virtual void poll(EventLoop& loop, double timeout) = 0;

    // Thread-safe: makes a current or the next poll() return promptly.
    virtual void wake() noexcept = 0;

    // Level-triggered interest in a file descriptor. Each fd has at most one reader and one writer;
    // registering again replaces the callback. Pollers without file descriptors throw RuntimeError.
    virtual void add_reader(int fd, detail::Function<void()> callback);
    virtual bool remove_reader(int fd);
    virtual void add_writer(int fd, detail::Function<void()> callback);
    virtual bool remove_writer(int fd);
    // Whether any fd is registered: with none, an idle virtual-time loop can never be woken by I/O.
    virtual bool has_fds() const noexcept { return false; }
};

// Waits on a condition variable; no file descriptors. Works wherever threads do (also in wasm).
std::unique_ptr<Poller> make_condvar_poller();

// The platform's default: epoll + eventfd on Linux (src/platform/poller_epoll.cpp), the condition
// variable elsewhere (the build picks the source file).
std::unique_ptr<Poller> make_default_poller();

}  // namespace aio
