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

#include <functional>
#include <memory>
#include <vector>

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
    template <class T> T run(Coro<T> coro) {
        if (running_loop()) throw RuntimeError("Runner.run() cannot be called from a running event loop");
        EventLoop& l = get_loop();
        return l.run_until_complete(Future<T>(l.create_task(std::move(coro))));
    }

    // The loop (created on first use).
    EventLoop& get_loop();
    // Cancels leftover tasks, waits for them, closes the loop. Safe to call twice.
    void close();

    // close() one loop run at a time, for hosts that cannot block (the browser, the desktop app):
    // each call does the work between two of close()'s loop runs and returns the future the loop
    // must next run until (null: closing is over and the loop is closed). close() is
    //     while (auto f = next_close_wait()) loop.run_until_complete(f);
    // If running the loop fails, the host calls abort_close() (closes the loop) and rethrows.
    Ref<FutureBase> next_close_wait();
    void abort_close();

    // What close() runs as run_until_complete(loop.shutdown_asyncgens()): a host language's async
    // generators still open on the loop (the Python binding's); a null future or none set: a task
    // that finishes in one step.
    using AsyncgenShutdown = std::function<Ref<FutureBase>(EventLoop&)>;
    void set_asyncgen_shutdown(AsyncgenShutdown shutdown) { asyncgen_shutdown_ = std::move(shutdown); }

private:
    AsyncgenShutdown asyncgen_shutdown_;
    EventLoop::Options options_;
    std::unique_ptr<EventLoop> loop_;
    bool closed_ = false;
    int close_phase_ = 0;                // next_close_wait's position in CPython's close sequence
    std::vector<Task<void>> cancelled_;  // the leftover tasks it cancelled
};

// Cancels every pending task of `loop` and runs the loop until they are all done.
void cancel_all_tasks(EventLoop& loop);
// The two halves of cancel_all_tasks around its loop run: cancel_pending_tasks cancels every
// pending task and returns them; report_cancel_errors hands those that failed (not cancelled) to
// the loop's exception handler, as CPython's _cancel_all_tasks does.
std::vector<Task<void>> cancel_pending_tasks(EventLoop& loop);
void report_cancel_errors(EventLoop& loop, const std::vector<Task<void>>& cancelled);

// asyncio.run: a new loop, run `coro`, cancel leftovers, close.
template <class T> T run(Coro<T> coro, EventLoop::Options options = {}) {
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
