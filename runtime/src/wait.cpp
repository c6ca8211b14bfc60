// Helpers of wait / wait_for / as_completed.
#include "aio/wait.hpp"

namespace aio::detail {

void AsCompletedState::put(Ref<FutureBase> f) {
    done.push_back(std::move(f));
    while (!getters.empty()) {
        Future<void> g = std::move(getters.front());
        getters.pop_front();
        if (!g.done()) {
            g.set_result();
            break;
        }
    }
}

void AsCompletedState::on_timeout() {
    Ref<AsCompletedState> keep(this);  // removing the done callbacks may drop the last references
    timer = TimerHandle();
    auto entries = std::move(todo);
    todo.clear();
    for (auto& [f, id] : entries) {
        f->remove_done_callback(id);
        put(nullptr);
    }
}

void AsCompletedState::on_completion(FutureBase& f) {
    if (todo.empty()) return;  // the timeout came first
    for (auto it = todo.begin(); it != todo.end(); ++it) {
        if (it->first.get() == &f) {
            todo.erase(it);
            break;
        }
    }
    put(Ref<FutureBase>(&f));
    if (todo.empty()) timer.cancel();
}

Ref<FutureBase> AsCompletedState::getter(EventLoop& loop) {
    if (!done.empty()) return {};
    Future<void> g = loop.create_future<void>();
    g.base()->set_label("as_completed");
    getters.push_back(g);
    return g.ref();
}

void AsCompletedState::abandon_getter(const Ref<FutureBase>& getter) {
    getter->cancel();
    for (auto it = getters.begin(); it != getters.end(); ++it) {
        if (it->base() == getter.get()) {
            getters.erase(it);
            break;
        }
    }
    // Queue.get(): a getter woken and then cancelled passes the wake-up on.
    if (!done.empty() && !getter->cancelled()) {
        while (!getters.empty()) {
            Future<void> g = std::move(getters.front());
            getters.pop_front();
            if (!g.done()) {
                g.set_result();
                break;
            }
        }
    }
}

Ref<FutureBase> AsCompletedState::take() {
    Ref<FutureBase> f = std::move(done.front());
    done.pop_front();
    if (!f) throw TimeoutError();
    return f;
}

Coro<Ref<FutureBase>> as_completed_next(Ref<AsCompletedState> state) {
    EventLoop& loop = get_running_loop();
    while (Ref<FutureBase> g = state->getter(loop)) {
        try {
            co_await Future<void>(g);
        } catch (...) {
            state->abandon_getter(g);
            throw;
        }
    }
    co_return state->take();
}

// ---- WaitFuture -------------------------------------------------------------------------------

WaitFuture::WaitFuture(EventLoop& loop, std::vector<Ref<FutureBase>> fs, std::optional<double> timeout,
                       ReturnWhen rw)
    : FutureBase(loop), fs_(std::move(fs)), counter_(fs_.size()), return_when_(rw) {
    set_label("wait");
    if (fs_.empty()) throw ValueError("Set of Tasks/Futures is empty.");
    // The callbacks point at this future without owning it: it removes them when it is done or
    // destroyed, so they never see a dead future.
    if (timeout) timer_ = loop.call_later(*timeout, [this] { wake(); });
    ids_.reserve(fs_.size());
    const bool traced = loop.trace_sink() != nullptr;
    for (auto& f : fs_) {
        if (traced) [[unlikely]]
            loop.trace({TraceKind::future_link, 0, id(), f->id(), 0.0, 0.0, label()});
        // Each entry owns a reference: once scheduled it can no longer be removed.
        add_ref();
        ids_.push_back(loop.next_id());
        f->add_done_item(&WaitFuture::completion_item, this, ids_.back());
    }
}

void WaitFuture::completion_item(void* self, void* future, bool run) {
    auto* w = static_cast<WaitFuture*>(self);
    if (run) w->on_completion(*static_cast<FutureBase*>(future));
    w->release();
    if (future) static_cast<FutureBase*>(future)->release();
}

void WaitFuture::on_completion(FutureBase& f) {
    if (done()) return;
    if (counter_ > 0) --counter_;
    if (counter_ == 0 || return_when_ == FIRST_COMPLETED ||
        (return_when_ == FIRST_EXCEPTION && !f.cancelled() && f.exception()))
        wake();
}

void WaitFuture::wake() {
    if (done()) return;
    Ref<FutureBase> keep(this);
    cleanup();
    finish_with_result();
}

void WaitFuture::cleanup() noexcept {
    timer_.cancel();
    timer_ = TimerHandle();
    for (std::size_t i = 0; i < ids_.size(); ++i) fs_[i]->remove_done_callback(ids_[i]);
    ids_.clear();
}

bool WaitFuture::cancel(std::optional<std::string> message) {
    if (done()) return FutureBase::cancel(std::move(message));
    Ref<FutureBase> keep(this);
    cleanup();
    return FutureBase::cancel(std::move(message));
}

// ---- WaitForFuture ----------------------------------------------------------------------------
// CPython 3.11's wait_for, phase by phase:
//   waiting                 `await waiter` (inner's done callback or the timer releases it)
//   timeout_pending         the timer fired; the coroutine resumes in the next iteration
//   cancel_pending          the task was cancelled; the coroutine resumes in the next iteration
//   cancelling_on_timeout   `await _cancel_and_wait(fut)`, then TimeoutError (or inner's outcome)
//   cancelling_on_cancel    `await _cancel_and_wait(fut)`, then re-raise the CancelledError

WaitForFuture::WaitForFuture(EventLoop& loop, Ref<FutureBase> inner)
    : FutureBase(loop), inner_(std::move(inner)) {
    set_label("wait_for");
    if (loop.trace_sink()) [[unlikely]]
        loop.trace({TraceKind::future_link, 0, id(), inner_->id(), 0.0, 0.0, label()});
}

WaitForFuture::~WaitForFuture() {
    timer_.cancel();
    step_.cancel();
    unwatch_inner();
}

void WaitForFuture::start(double timeout) {
    if (timeout <= 0) {
        // `await _cancel_and_wait(fut)` straight away.
        phase_ = Phase::cancelling_on_timeout;
        watch_inner();
        CancelVia via("wait_for");
        inner_->cancel();
        return;
    }
    timer_ = loop().call_later(timeout, [this] {
        timer_ = TimerHandle();
        if (phase_ != Phase::waiting) return;
        phase_ = Phase::timeout_pending;
        schedule_step();
    });
    watch_inner();
}

FutureBase* WaitForFuture::awaiter_of(FutureBase::DoneItem item) noexcept {
    return item.fn == &WaitForFuture::inner_done ? static_cast<WaitForFuture*>(item.ctx) : nullptr;
}

void WaitForFuture::inner_done(void* self, void* future, bool run) {
    auto* w = static_cast<WaitForFuture*>(self);
    if (run) {
        w->watching_ = false;
        w->on_inner_done();
    }
    w->release();
    if (future) static_cast<FutureBase*>(future)->release();
}

void WaitForFuture::watch_inner() {
    add_ref();  // the done item owns a reference to this future
    inner_cb_ = loop().next_id();
    inner_->add_done_item(&WaitForFuture::inner_done, this, inner_cb_);
    watching_ = true;
}

void WaitForFuture::unwatch_inner() {
    if (!watching_) return;
    watching_ = false;
    inner_->remove_done_callback(inner_cb_);
}

void WaitForFuture::schedule_step() {
    add_ref();
    step_ = loop().call_soon([this] {
        step_ = Handle();
        on_step();
        release();
    });
}

void WaitForFuture::finish_like_inner() {
    phase_ = Phase::done;
    timer_.cancel();
    if (done()) return;
    if (inner_->cancelled()) {
        finish_with_exception(inner_->make_cancelled_error());
    } else if (std::exception_ptr e = inner_->exception()) {
        finish_with_exception(e);
    } else {
        take_result(*inner_);
        finish_with_result();
    }
}

void WaitForFuture::on_inner_done() {
    switch (phase_) {
        case Phase::waiting: finish_like_inner(); break;
        case Phase::cancelling_on_timeout:
            phase_ = Phase::done;
            if (done()) break;
            if (inner_->cancelled()) {
                try {
                    try {
                        std::rethrow_exception(inner_->make_cancelled_error());
                    } catch (const CancelledError&) { std::throw_with_nested(TimeoutError()); }
                } catch (...) { finish_with_exception(std::current_exception()); }
            } else {
                finish_like_inner();
            }
            break;
        case Phase::cancelling_on_cancel:
            phase_ = Phase::done;
            if (!done()) FutureBase::cancel(std::move(cancel_msg_));
            break;
        default: break;  // a step is pending: it looks at inner itself
    }
}

void WaitForFuture::on_step() {
    if (done()) return;
    if (inner_->done()) {
        finish_like_inner();
        return;
    }
    unwatch_inner();
    if (phase_ == Phase::timeout_pending) {
        phase_ = Phase::cancelling_on_timeout;
    } else {
        timer_.cancel();
        phase_ = Phase::cancelling_on_cancel;
    }
    watch_inner();
    CancelVia via("wait_for");
    inner_->cancel();
}

bool WaitForFuture::cancel(std::optional<std::string> message) {
    if (done()) return FutureBase::cancel(std::move(message));
    switch (phase_) {
        case Phase::waiting:
            phase_ = Phase::cancel_pending;
            cancel_msg_ = std::move(message);
            schedule_step();
            return true;
        case Phase::timeout_pending:
            phase_ = Phase::cancel_pending;
            cancel_msg_ = std::move(message);
            return true;
        case Phase::cancel_pending: return true;
        default: {
            // Cancelled again while waiting for inner: the CancelledError leaves at once.
            Ref<FutureBase> keep(this);
            phase_ = Phase::done;
            unwatch_inner();
            timer_.cancel();
            return FutureBase::cancel(std::move(message));
        }
    }
}

}  // namespace aio::detail
