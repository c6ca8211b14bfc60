// TaskBase: CPython 3.11's Task.__step / __wakeup / cancel, shared by C++ and Python tasks.
#include "aio/task.hpp"

#include <algorithm>

namespace aio {

namespace {
std::uint64_t task_name_counter = 0;
}

void detail::throw_awaited_coroutine() {
    throw RuntimeError("create_task() needs a coroutine that was not awaited yet");
}

std::uint64_t TaskBase::next_default_name_number() noexcept { return ++task_name_counter; }

void TaskBase::reset_default_name_counter() noexcept { task_name_counter = 0; }

TaskBase::TaskBase(EventLoop& loop) noexcept : FutureBase(loop), name_number_(next_default_name_number()) {
    if (TaskBase* parent = loop.current_task()) parent_id_ = parent->id();
}

TaskBase::TaskBase(EventLoop& loop, std::string&& name) noexcept : FutureBase(loop), name_(std::move(name)) {
    if (name_.empty()) name_number_ = next_default_name_number();
    if (TaskBase* parent = loop.current_task()) parent_id_ = parent->id();
}

void TaskBase::format_default_name() const {
    name_ = "Task-" + std::to_string(name_number_);
    name_number_ = 0;
}

TaskBase::~TaskBase() {
    if (log_traceback_) report_unretrieved("Task exception was never retrieved", name());
    if (registered) loop().unregister_task(this);
}

void TaskBase::drop_for_close() noexcept {
    abandon();
    fut_waiter_.reset();
    discard_callbacks();
}

[[gnu::always_inline]] inline void TaskBase::schedule_step(WakeSource source) {
    add_ref();
    EventLoop& lp = loop();
    if (lp.trace_sink()) [[unlikely]]
        lp.trace({TraceKind::task_scheduled, static_cast<std::uint32_t>(source), id()});
    lp.add_ready({step_item, this, nullptr});
}

void TaskBase::start() noexcept {
    EventLoop& lp = loop();
    lp.register_task(this);
    if (TraceSink* sink = lp.trace_sink()) [[unlikely]] {
        // Both events share one clock reading: create_task is mostly called from a step, where
        // the loop keeps none (EventLoop::trace_time), and nothing else runs in between.
        const double now = lp.trace_time();
        const std::string coro = coroutine_name();
        sink->record({TraceKind::task_created, 0, id(), parent_id_, now, 0.0, name(), coro});
        add_ref();
        sink->record(
            {TraceKind::task_scheduled, static_cast<std::uint32_t>(WakeSource::start), id(), 0, now});
        lp.add_ready({step_item, this, nullptr});
        return;
    }
    schedule_step(WakeSource::start);
}

void TaskBase::set_exception(std::exception_ptr) {
    throw RuntimeError("Task does not support set_exception operation");
}

thread_local const char* CancelVia::current_ = nullptr;
thread_local int CancelDepth::depth_ = 0;

CancelDepth::CancelDepth() {
    if (depth_ >= kLimit) throw RuntimeError("maximum recursion depth exceeded while cancelling a task");
    ++depth_;
}

bool TaskBase::cancel(std::optional<std::string> message) {
    if (done()) {
        FutureBase::cancel(std::nullopt);  // only clears the "never retrieved" report
        return false;
    }
    CancelDepth depth;
    ++num_cancels_requested_;
    if (loop().trace_sink()) [[unlikely]] {
        const TaskBase* by = loop().current_task();
        loop().trace(
            {TraceKind::task_cancel_requested, 0, id(), by ? by->id() : 0, 0.0, 0.0, CancelVia::current()});
    }
    if (fut_waiter_ && fut_waiter_->cancel(message)) {
        // The awaited future wakes us with CancelledError. Keep fut_waiter_: if it is a task that
        // swallows the cancellation we may have to cancel it again.
        return true;
    }
    // The next step is already scheduled; it will throw CancelledError into the coroutine.
    must_cancel_ = true;
    set_cancel_message(std::move(message));
    return true;
}

// The hot paths below (a step, a wake-up, rescheduling) keep every trace event behind one test of
// the sink, and hold no object with a destructor around the calls they make: in the wasm build
// (JavaScript-based exceptions) such a call would go through an `invoke_*` trampoline in JS.

void TaskBase::schedule_step_throwing(std::exception_ptr exception, WakeSource source) {
    add_ref();
    loop().trace({TraceKind::task_scheduled, static_cast<std::uint32_t>(source), id()});
    loop().add_ready({step_item, this, new std::exception_ptr(std::move(exception))});
}

void TaskBase::step_item(void* task, void* exception, bool run) {
    auto* t = static_cast<TaskBase*>(task);
    auto* exc = static_cast<std::exception_ptr*>(exception);
    if (run) t->step(exc);
    if (exc) [[unlikely]]
        delete exc;
    t->release();
}

void TaskBase::wakeup_item(void* task, void* future, bool run) {
    auto* t = static_cast<TaskBase*>(task);
    auto* f = static_cast<FutureBase*>(future);
    if (run && f) t->wakeup(*f);
    if (f) f->release();
    t->release();
}

FutureBase* TaskBase::awaiter_of(FutureBase::DoneItem item) noexcept {
    return item.fn == &TaskBase::wakeup_item ? static_cast<TaskBase*>(item.ctx) : nullptr;
}

void TaskBase::wakeup(FutureBase& future) {
    if (future.state() != State::finished || future.has_exception()) [[unlikely]] {
        wakeup_failed(future);
        return;
    }
    EventLoop& lp = loop();
    if (lp.trace_sink()) [[unlikely]]
        lp.trace(
            {TraceKind::task_scheduled, static_cast<std::uint32_t>(WakeSource::future), id(), future.id()});
    step(nullptr);
}

// The awaited future was cancelled or failed: its exception is thrown into the coroutine.
void TaskBase::wakeup_failed(FutureBase& future) {
    std::exception_ptr exc;
    if (future.cancelled()) {
        exc = future.make_cancelled_error();
    } else {
        try {
            future.check_result();
        } catch (...) { exc = std::current_exception(); }
    }
    loop().trace(
        {TraceKind::task_scheduled, static_cast<std::uint32_t>(WakeSource::future), id(), future.id()});
    step(exc ? &exc : nullptr);
}

// A cancellation was requested while no future could take it: the step throws CancelledError.
void TaskBase::step_cancelling(std::exception_ptr* exception) {
    std::exception_ptr cancel_exc;
    if (!exception || !is_cancelled_error(*exception)) {
        cancel_exc = make_cancelled_error();
        exception = &cancel_exc;
    }
    must_cancel_ = false;
    run_step(exception);
}

void TaskBase::step(std::exception_ptr* exception) {
    if (done()) return;  // a stale wake-up (CPython raises InvalidStateError into the loop's handler)
    if (must_cancel_) [[unlikely]] {
        step_cancelling(exception);
        return;
    }
    run_step(exception);
}

void TaskBase::run_step(std::exception_ptr* exception) {
    if (fut_waiter_) fut_waiter_.reset();

    EventLoop& lp = loop();
    TaskBase* previous = lp.current_task();
    lp.set_current_task(this);
    if (lp.trace_sink()) [[unlikely]]
        lp.trace({TraceKind::task_step_begin, 0, id()});

    // (The ready-queue entry that called us holds a reference: no need for one here.)
    const bool outer = lp.enter_foreign_code();
    Resumed r = resume(exception);
    lp.leave_foreign_code(outer);
    if (r.kind == Resumed::Kind::preempted) [[unlikely]] {
        add_ref();  // the continuation's
        lp.preempt({preempted_step_item, this, previous});
        return;
    }
    end_step(r, previous);
}

// The rest of a step the loop preempted (EventLoop::preempt): still one step for the trace.
void TaskBase::preempted_step_item(void* task, void* previous, bool run) {
    auto* t = static_cast<TaskBase*>(task);
    if (run) {
        const bool outer = t->loop().enter_foreign_code();
        Resumed r = t->resume_preempted();
        t->loop().leave_foreign_code(outer);
        if (r.kind == Resumed::Kind::preempted) {
            t->loop().preempt({preempted_step_item, t, previous});  // keeps the reference
            return;
        }
        t->end_step(r, static_cast<TaskBase*>(previous));
    } else {
        t->loop().set_current_task(static_cast<TaskBase*>(previous));  // the loop closes mid-step
    }
    t->release();
}

void TaskBase::end_step(Resumed r, TaskBase* previous) {
    EventLoop& lp = loop();
    StepOutcome outcome = StepOutcome::awaiting_future;
    switch (r.kind) {
        case Resumed::Kind::returned:
            outcome = StepOutcome::finished;
            if (must_cancel_) {
                // Cancelled right before the coroutine returned.
                must_cancel_ = false;
                FutureBase::cancel(saved_cancel_message());
            } else {
                finish_with_result();
            }
            break;
        case Resumed::Kind::raised_cancelled:
            outcome = StepOutcome::finished;
            cancelled_exc_ = std::move(raised_);
            FutureBase::cancel(std::nullopt);
            break;
        case Resumed::Kind::raised:
            outcome = StepOutcome::finished;
            finish_with_exception(std::move(raised_));
            break;
        case Resumed::Kind::awaiting: {
            FutureBase* f = r.future;
            if (&f->loop() != &lp) {
                schedule_step_throwing(std::make_exception_ptr(RuntimeError(
                                           "Task " + name() + " got Future attached to a different loop")),
                                       WakeSource::error);
            } else if (f == this) {
                schedule_step_throwing(
                    std::make_exception_ptr(RuntimeError("Task cannot await on itself: " + name())),
                    WakeSource::error);
            } else {
                add_ref();
                f->add_done_item(wakeup_item, this);
                fut_waiter_ = detail::Ref<FutureBase>(f);
                if (must_cancel_ && f->cancel(saved_cancel_message())) must_cancel_ = false;
            }
            break;
        }
        case Resumed::Kind::yielded:
            outcome = StepOutcome::yielded;
            schedule_step(WakeSource::yield);
            if (lp.clock().is_virtual()) [[unlikely]]
                lp.note_yield(step_work());
            break;
        case Resumed::Kind::preempted:  // (handled by the callers)
        case Resumed::Kind::bad_yield:
            schedule_step_throwing(
                std::make_exception_ptr(RuntimeError(
                    "Task got bad yield: the coroutine suspended on an awaitable that is not "
                    "part of aio (only aio futures, tasks, coroutines and sleeps can be awaited)")),
                WakeSource::error);
            break;
    }
    lp.set_current_task(previous);
    if (outcome != StepOutcome::yielded) lp.note_progress();
    if (lp.trace_sink()) [[unlikely]] {
        TraceEvent ev{TraceKind::task_step_end, static_cast<std::uint32_t>(outcome), id()};
        ev.value = step_work();
        if (fut_waiter_) {
            ev.other = fut_waiter_->id();
            ev.text = fut_waiter_->label();
        }
        if (outcome != StepOutcome::finished || (exception_ && !cancelled())) {
            const SourceLocation where = location();
            ev.file = where.file;
            ev.line = where.line;
        }
        lp.trace(ev);
    }
    if (done()) finished();
}

std::optional<std::string> TaskBase::saved_cancel_message() const {
    if (cancel_message_) return *cancel_message_;
    return std::nullopt;
}

void TaskBase::finished() {
    if (loop().trace_sink()) [[unlikely]] {
        TaskEnd end = cancelled() ? TaskEnd::cancelled : (exception_ ? TaskEnd::exception : TaskEnd::result);
        const std::string what =
            end == TaskEnd::exception ? describe_exception(exception_.get()) : std::string();
        loop().trace({TraceKind::task_done, static_cast<std::uint32_t>(end), id(),
                      static_cast<std::uint64_t>(std::max(0, num_cancels_requested_ - absorbed_cancels_)),
                      0.0, 0.0, what});
    }
    loop().unregister_task(this);
    on_done();
}

std::string TaskBase::describe_exception(const std::exception_ptr& e) const {
    if (!e) return {};
    try {
        std::rethrow_exception(e);
    } catch (const std::exception& x) { return x.what(); } catch (...) {
        return "an exception";
    }
}

TaskBase* current_task() {
    EventLoop* l = running_loop();
    return l ? l->current_task() : nullptr;
}

std::vector<detail::Ref<TaskBase>> all_tasks() {
    std::vector<detail::Ref<TaskBase>> out;
    for (TaskBase* t : get_running_loop().pending_tasks()) out.emplace_back(t);
    return out;
}

}  // namespace aio
