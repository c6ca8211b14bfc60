// run / Runner: the top-level entry points (CPython 3.11 runners.py).
//
//   int main() { return aio::run(amain()); }
//
//   aio::Runner runner({.clock = aio::Clock::Kind::virtual_time});
//   runner.run(first());            // several top-level calls share one loop
//   runner.run(second());
//   runner.close();                 // or let the destructor close it
//
// After each run()'s coroutine... nothing else happens; on close() every task still pending is
// cancelled and awaited (their errors go to the exception handler), then the loop is closed.
#pragma once
#include <memory>

#include "gather.hpp"
#include "task.hpp"

namespace aio {

class Runner {
public:
    explicit Runner(EventLoop::Options options = {}) : options_(std::move(options)) {}
    Runner(const Runner&) = delete;
    Runner& operator=(const Runner&) = delete;
    ~Runner() { close(); }

    // Runs `coro` to completion on the runner's loop and returns its result.
    template <class T>
    T run(Coro<T> coro) {
        if (running_loop()) throw RuntimeError("Runner.run() cannot be called from a running event loop");
        EventLoop& l = get_loop();
        return l.run_until_complete(Future<T>(l.create_task(std::move(coro))));
    }

    // The loop (created on first use).
    EventLoop& get_loop();
    // Cancels leftover tasks, waits for them, closes the loop. Safe to call twice.
    void close();

private:
    EventLoop::Options options_;
    std::unique_ptr<EventLoop> loop_;
    bool closed_ = false;
};

// Cancels every pending task of `loop` and runs the loop until they are all done.
void cancel_all_tasks(EventLoop& loop);

// asyncio.run: a new loop, run `coro`, cancel leftovers, close.
template <class T>
T run(Coro<T> coro, EventLoop::Options options = {}) {
    if (running_loop()) throw RuntimeError("asyncio.run() cannot be called from a running event loop");
    Runner runner(std::move(options));
    if constexpr (std::is_void_v<T>) {
        runner.run(std::move(coro));
        runner.close();
    } else {
        T value = runner.run(std::move(coro));
        runner.close();
        return value;
    }
}

}  // namespace aio
