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

std::vector<Task<void>> cancel_pending_tasks(EventLoop& loop) {
    std::vector<Task<void>> to_cancel;
    for (TaskBase* t : loop.pending_tasks()) to_cancel.emplace_back(Ref<FutureBase>(t));
    CancelVia via("asyncio.run");
    for (auto& t : to_cancel) t.cancel();
    return to_cancel;
}

void report_cancel_errors(EventLoop& loop, const std::vector<Task<void>>& cancelled) {
    for (auto& t : cancelled) {
        if (t.cancelled()) continue;
        if (std::exception_ptr e = t.exception()) {
            ExceptionContext ctx{"unhandled exception during asyncio.run() shutdown", e, t.id(), 0,
                                 t.get_name()};
            loop.call_exception_handler(ctx);
        }
    }
}

void cancel_all_tasks(EventLoop& loop) {
    std::vector<Task<void>> to_cancel = cancel_pending_tasks(loop);
    if (to_cancel.empty()) return;
    // run_until_complete(gather(*to_cancel, return_exceptions=True)): a plain future, no extra task
    // (a task would also use up a "Task-N" name that CPython does not).
    loop.run_until_complete(gather(return_exceptions, to_cancel));
    report_cancel_errors(loop, to_cancel);
}

Ref<FutureBase> Runner::next_close_wait() {
    // CPython: close() of a runner that never made its loop does nothing (it can still run()).
    if (closed_ || !loop_) return {};
    switch (close_phase_++) {
        case 0:
            cancelled_ = cancel_pending_tasks(*loop_);
            if (!cancelled_.empty()) {
                auto all = gather(return_exceptions, cancelled_);
                return Ref<FutureBase>(all.base());
            }
            [[fallthrough]];
        case 1:
            close_phase_ = 2;
            report_cancel_errors(*loop_, cancelled_);
            cancelled_.clear();
            // run_until_complete(loop.shutdown_asyncgens())
            if (asyncgen_shutdown_) {
                if (Ref<FutureBase> f = asyncgen_shutdown_(*loop_)) return f;
            }
            return Ref<FutureBase>(loop_->create_task(nothing_to_shut_down()).base());
        case 2:
            // run_until_complete(loop.shutdown_default_executor())
            return Ref<FutureBase>(loop_->create_task(nothing_to_shut_down()).base());
        default:
            shutdown_default_executor(*loop_);  // joins its threads (blocking)
            closed_ = true;
            loop_->close();
            return {};
    }
}

void Runner::abort_close() {
    if (closed_ || !loop_) return;
    closed_ = true;
    cancelled_.clear();
    loop_->close();
}

void Runner::close() {
    try {
        while (Ref<FutureBase> f = next_close_wait()) loop_->run_until_complete(Future<void>(std::move(f)));
    } catch (...) {
        abort_close();
        throw;
    }
}

}  // namespace aio
