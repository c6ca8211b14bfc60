// TaskGroup: CPython 3.11's taskgroups.TaskGroup.
#include "aio/taskgroups.hpp"

#include "aio/wait.hpp"

namespace aio {

TaskGroup::~TaskGroup() {
    for (auto& [t, id] : tasks_) t->remove_done_callback(id);
}

void TaskGroup::enter() {
    if (entered_) throw RuntimeError("TaskGroup has already been entered");
    loop_ = &get_running_loop();
    parent_ = current_task();
    if (!parent_) throw RuntimeError("TaskGroup cannot determine the parent task");
    entered_ = true;
}

std::string TaskGroup::repr() const {
    std::string info;
    if (!tasks_.empty()) info += " tasks=" + std::to_string(tasks_.size());
    if (!errors_.empty()) info += " errors=" + std::to_string(errors_.size());
    if (aborting_)
        info += " cancelling";
    else if (entered_)
        info += " entered";
    return "<TaskGroup" + info + ">";
}

void TaskGroup::check_can_add() const {
    // CPython's messages, with the group's repr.
    if (!entered_) throw RuntimeError("TaskGroup " + repr() + " has not been entered");
    if (exiting_ && tasks_.empty()) throw RuntimeError("TaskGroup " + repr() + " is finished");
    if (aborting_) throw RuntimeError("TaskGroup " + repr() + " is shutting down");
}

void TaskGroup::track(const Ref<FutureBase>& task) {
    // The parent task awaits each task of its group (awaited_by()).
    auto id = task->add_done_callback([this](FutureBase& t) { on_task_done(t); }, parent_);
    tasks_.emplace_back(task, id);
}

void TaskGroup::abort() {
    aborting_ = true;
    CancelVia via("TaskGroup");
    for (auto& [t, id] : tasks_)
        if (!t->done()) t->cancel();
}

void TaskGroup::on_task_done(FutureBase& task) {
    for (auto it = tasks_.begin(); it != tasks_.end(); ++it) {
        if (it->first.get() == &task) {
            tasks_.erase(it);
            break;
        }
    }
    if (on_completed_ && tasks_.empty() && !on_completed_.done()) on_completed_.set_result();
    if (task.cancelled()) return;
    std::exception_ptr exc = task.exception();
    if (!exc) return;
    errors_.push_back(exc);
    if (parent_->done()) {
        ExceptionContext ctx{"a TaskGroup task has errored out but its parent task is already completed",
                             exc,
                             task.id(),
                             0,
                             {}};
        loop_->call_exception_handler(ctx);
        return;
    }
    if (!aborting_ && !parent_cancel_requested_) {
        // Cancel the block that is running now; exit() takes the cancellation back.
        abort();
        parent_cancel_requested_ = true;
        CancelVia via("TaskGroup");
        parent_->cancel();
    }
}

void TaskGroup::begin_exit(std::exception_ptr error) {
    exiting_ = true;
    exit_error_ = error;
    propagate_cancellation_ = is_cancelled_error(error) ? error : nullptr;
    // As CPython 3.11: whenever we cancelled the parent we must take that back, whatever the block
    // raised (it may have swallowed the CancelledError, or raised something else instead).
    if (parent_cancel_requested_) {
        parent_uncancelled_ = true;
        if (parent_->uncancel() == 0) propagate_cancellation_ = nullptr;
    }
    if (error && !aborting_) abort();
}

Ref<FutureBase> TaskGroup::exit_waiter() {
    on_completed_ = Future<void>();
    if (tasks_.empty()) return {};
    on_completed_ = loop_->create_future<void>();
    on_completed_.base()->set_label("TaskGroup");
    if (loop_->trace_sink()) [[unlikely]]
        for (auto& task : tasks_)
            loop_->trace(
                {TraceKind::future_link, 0, on_completed_.id(), task.first->id(), 0.0, 0.0, "TaskGroup"});
    return on_completed_.ref();
}

void TaskGroup::exit_cancelled(std::exception_ptr cancelled) {
    if (!aborting_) {
        propagate_cancellation_ = std::move(cancelled);
        abort();
    }
}

void TaskGroup::finish_exit() {
    // A child that failed while we waited here cancelled the parent after begin_exit took such
    // requests back: CPython 3.11 leaves it counted (cancelling() stays 1), and so do we; but the
    // trace must not report it as a cancellation the parent's own code swallowed.
    if (parent_cancel_requested_ && !parent_uncancelled_) parent_->absorb_cancel();
    std::exception_ptr error = std::exchange(exit_error_, nullptr);
    std::exception_ptr cancellation = std::exchange(propagate_cancellation_, nullptr);
    if (cancellation && errors_.empty()) std::rethrow_exception(cancellation);
    if (error && !is_cancelled_error(error)) errors_.push_back(error);
    if (!errors_.empty()) {
        auto errors = std::move(errors_);
        errors_.clear();
        throw ExceptionGroup("unhandled errors in a TaskGroup", std::move(errors));
    }
}

Coro<void> TaskGroup::exit(std::exception_ptr error) {
    begin_exit(error);
    while (Ref<FutureBase> w = exit_waiter()) {
        try {
            co_await Future<void>(w);
        } catch (const CancelledError&) { exit_cancelled(std::current_exception()); }
    }
    finish_exit();
}

}  // namespace aio
