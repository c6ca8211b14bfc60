// Runner: CPython 3.11's runners.Runner and _cancel_all_tasks.
#include "aio/runners.hpp"

#include "aio/executor.hpp"

namespace aio {

namespace {
// What run_until_complete(loop.shutdown_asyncgens()) and (shutdown_default_executor()) cost in
// CPython: a task that finishes in its first step, i.e. two more loop iterations each.
Coro<void> nothing_to_shut_down() { co_return; }
}  // namespace

EventLoop& Runner::get_loop() {
    if (closed_) throw RuntimeError("Runner is closed");
    if (!loop_) loop_ = std::make_unique<EventLoop>(std::move(options_));
    return *loop_;
}

void cancel_all_tasks(EventLoop& loop) {
    std::vector<Task<void>> to_cancel;
    for (TaskBase* t : loop.pending_tasks()) to_cancel.emplace_back(Ref<FutureBase>(t));
    if (to_cancel.empty()) return;
    for (auto& t : to_cancel) t.cancel();
    // run_until_complete(gather(*to_cancel, return_exceptions=True)): a plain future, no extra task
    // (a task would also use up a "Task-N" name that CPython does not).
    loop.run_until_complete(gather(return_exceptions, to_cancel));
    for (auto& t : to_cancel) {
        if (t.cancelled()) continue;
        if (std::exception_ptr e = t.exception()) {
            ExceptionContext ctx{"unhandled exception during asyncio.run() shutdown", e, t.id(), 0, t.get_name()};
            loop.call_exception_handler(ctx);
        }
    }
}

void Runner::close() {
    // CPython: close() of a runner that never made its loop does nothing (it can still run()).
    if (closed_ || !loop_) return;
    closed_ = true;
    try {
        cancel_all_tasks(*loop_);
        loop_->run_until_complete(nothing_to_shut_down());  // shutdown_asyncgens()
        loop_->run_until_complete(nothing_to_shut_down());  // shutdown_default_executor():
        shutdown_default_executor(*loop_);                   // joins its threads (blocking)
    } catch (...) {
        loop_->close();
        throw;
    }
    loop_->close();
}

}  // namespace aio
