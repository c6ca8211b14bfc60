// FutureBase: state, completion and done callbacks (CPython futures.Future).
#include "aio/future.hpp"

#include "aio/task.hpp"

namespace aio {

namespace {

// A user's done callback, boxed so that it fits a ready-queue entry. No try block around the
// callback (see EventLoop::CallbackInFlight): if it throws, the loop calls report_failed_callback.
struct UserCallback {
    detail::Function<void(FutureBase&)> fn;
    FutureBase* future = nullptr;   // while it runs (owns a reference)
    FutureBase* awaiter = nullptr;  // the future it completes on behalf of (awaited_by())
};

void report_failed_callback(void* ctx) noexcept {
    auto* cb = static_cast<UserCallback*>(ctx);
    FutureBase* f = cb->future;
    try {
        ExceptionContext c{
            "Exception in callback (future done callback)", std::current_exception(), f->id(), 0, {}};
        f->loop().call_exception_handler(c);
    } catch (...) {}
    delete cb;
    f->release();
}

void run_user_callback(void* ctx, void* future, bool run) {
    auto* cb = static_cast<UserCallback*>(ctx);
    auto* f = static_cast<FutureBase*>(future);
    if (run) {
        EventLoop& loop = f->loop();
        cb->future = f;
        loop.set_callback_in_flight({report_failed_callback, cb});
        const bool outer = loop.enter_foreign_code();
        cb->fn(*f);
        loop.leave_foreign_code(outer);
        loop.clear_callback_in_flight();
    }
    delete cb;
    if (f) f->release();
}

}  // namespace

FutureBase::FutureBase(EventLoop& loop) noexcept : loop_(&loop), id_(loop.next_id()) {}

FutureBase::~FutureBase() {
    if (!callbacks_.empty()) discard_callbacks();  // never scheduled: the future never completed
    if (log_traceback_) report_unretrieved("Future exception was never retrieved", {});
}

void FutureBase::report_unretrieved(const char* message, const std::string& task_name,
                                    std::shared_ptr<const void> host_context) noexcept {
    if (!log_traceback_ || !exception_) return;
    log_traceback_ = false;
    // Traced also once the loop is closed (asyncio.run closed it before the task was let go).
    loop_->trace({TraceKind::exception_unretrieved, 0, id_, 0, 0.0, 0.0, task_name});
    if (loop_->is_closed()) return;
    try {
        loop_->call_exception_handler(
            ExceptionContext{message, exception_, id_, 0, task_name, std::move(host_context)});
    } catch (...) {}
}

void FutureBase::report_unretrieved_now(std::shared_ptr<const void> host_context) noexcept {
    if (is_task()) {
        report_unretrieved("Task exception was never retrieved", static_cast<TaskBase*>(this)->name(),
                           std::move(host_context));
    } else {
        report_unretrieved("Future exception was never retrieved", {}, std::move(host_context));
    }
}

void FutureBase::throw_invalid_state(const char*) const {
    throw InvalidStateError("invalid state");  // CPython's C Future says exactly this
}

bool FutureBase::cancel(std::optional<std::string> message) {
    log_traceback_ = false;
    if (state_ != State::pending) return false;
    finish_cancelled(std::move(message));
    return true;
}

void FutureBase::set_exception(std::exception_ptr exception) {
    if (state_ != State::pending) throw_invalid_state("set_exception");
    if (!exception) throw std::invalid_argument("set_exception() needs an exception");
    finish_with_exception(std::move(exception));
}

void FutureBase::finish_with_result() noexcept {
    state_ = State::finished;
    if (loop_->trace_sink()) [[unlikely]]
        loop_->trace({TraceKind::future_done, 0, id_});
    schedule_callbacks();
}

void FutureBase::finish_with_exception(std::exception_ptr exception) {
    exception_ = std::move(exception);
    state_ = State::finished;
    log_traceback_ = true;
    if (loop_->trace_sink()) [[unlikely]]
        loop_->trace({TraceKind::future_done, 1, id_});
    schedule_callbacks();
}

void FutureBase::finish_cancelled(std::optional<std::string> message) {
    state_ = State::cancelled;
    set_cancel_message(std::move(message));
    if (loop_->trace_sink()) [[unlikely]]
        loop_->trace({TraceKind::future_done, 2, id_});
    schedule_callbacks();
}

void FutureBase::set_cancel_message(std::optional<std::string> message) {
    if (message)
        cancel_message_ = std::make_unique<std::string>(std::move(*message));
    else
        cancel_message_.reset();
}

std::exception_ptr FutureBase::make_cancelled_error() {
    if (cancelled_exc_) return std::exchange(cancelled_exc_, nullptr);
    if (cancel_message_) return std::make_exception_ptr(CancelledError(*cancel_message_));
    return std::make_exception_ptr(CancelledError());
}

std::exception_ptr FutureBase::exception() {
    if (state_ == State::cancelled) std::rethrow_exception(make_cancelled_error());
    if (state_ != State::finished) throw InvalidStateError("Exception is not set.");
    log_traceback_ = false;
    return exception_;
}

void FutureBase::check_result_slow() {
    if (state_ == State::finished) [[likely]] {
        if (exception_) [[unlikely]] {
            log_traceback_ = false;
            std::rethrow_exception(exception_);
        }
        return;
    }
    if (state_ == State::cancelled) std::rethrow_exception(make_cancelled_error());
    throw InvalidStateError("Result is not set.");
}

void FutureBase::schedule_callbacks() noexcept {
    if (callbacks_.empty()) return;
    // Entries are handed to the ready queue in order; each takes a reference to this future.
    for (std::size_t i = 0; i < callbacks_.size(); ++i) {
        add_ref();
        loop_->add_ready({callbacks_[i].fn, callbacks_[i].ctx, this});
    }
    callbacks_.clear();
}

void FutureBase::add_done_item(void (*fn)(void*, void*, bool), void* ctx, CallbackId id) {
    if (state_ != State::pending) {
        add_ref();
        loop_->add_ready({fn, ctx, this});
        return;
    }
    callbacks_.push_back({fn, ctx, id});
}

FutureBase::CallbackId FutureBase::add_done_callback(detail::Function<void(FutureBase&)> callback,
                                                     FutureBase* awaiter) {
    CallbackId id = loop_->next_id();
    add_done_item(run_user_callback, new UserCallback{std::move(callback), nullptr, awaiter}, id);
    return id;
}

FutureBase* FutureBase::callback_awaiter(DoneItem item) noexcept {
    return item.fn == run_user_callback ? static_cast<UserCallback*>(item.ctx)->awaiter : nullptr;
}

void FutureBase::discard_callbacks() noexcept {
    for (std::size_t i = 0; i < callbacks_.size(); ++i) callbacks_[i].fn(callbacks_[i].ctx, nullptr, false);
    callbacks_.clear();
}

std::size_t FutureBase::remove_done_callback(CallbackId id) {
    if (id == 0) return 0;
    return callbacks_.erase_if([id](const CallbackEntry& e) {
        if (e.id != id) return false;
        e.fn(e.ctx, nullptr, false);
        return true;
    });
}

}  // namespace aio
