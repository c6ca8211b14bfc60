// EventLoop: CPython's BaseEventLoop._run_once, split so that hosts can drive it in slices.
//
// Index of this file (sections marked "// ---- <name> ----"):
//   Timer order, running handles, recovering from failed callbacks
//   Construction and destruction
//   Scheduling
//   Timer heap
//   One iteration
//   Closing
//   Tasks
//   Errors
#include "aio/event_loop.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "aio/errors.hpp"
#include "aio/nested_run.hpp"
#include "aio/task.hpp"

namespace aio {

// ---- Timer order, running handles, recovering from failed callbacks -----------------------------

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr double max_poll_timeout = 24.0 * 3600.0;  // seconds (CPython selector_events)

// CPython drops cancelled timers from the heap in bulk once they are both numerous and the majority.
constexpr std::size_t min_cancelled_timers_to_purge = 100;

bool timer_before(const detail::HandleState* a, const detail::HandleState* b) noexcept {
    return a->when < b->when || (a->when == b->when && a->seq < b->seq);
}
// std::push_heap builds a max-heap for "less": invert for a min-heap.
bool heap_order(const detail::HandleState* a, const detail::HandleState* b) noexcept {
    return timer_before(b, a);
}

}  // namespace

void detail::throw_no_running_loop() { throw RuntimeError("no running event loop"); }

// A handle's callback. No try block here (see CallbackInFlight): if the callback throws, the
// loop's driver calls report_failed_handle.
void EventLoop::run_handle_item(void* a, void*, bool run) {
    auto* h = static_cast<detail::HandleState*>(a);
    if (run && !h->cancelled) {
        EventLoop& loop = *h->loop;
        if (loop.trace_) [[unlikely]]
            loop.trace({TraceKind::callback_begin, 0, h->id});
        loop.in_flight_ = {report_failed_handle, h};
        const bool outer = loop.enter_foreign_code();
        h->callback();
        loop.leave_foreign_code(outer);
        loop.in_flight_.report = nullptr;
        if (loop.trace_) [[unlikely]]
            loop.trace({TraceKind::callback_end, 0, h->id});
    }
    h->release();
}

void EventLoop::report_failed_handle(void* a) noexcept {
    auto* h = static_cast<detail::HandleState*>(a);
    EventLoop& loop = *h->loop;
    // CancelledError included: a callback has nobody to raise it to.
    try {
        ExceptionContext ctx{"Exception in callback", std::current_exception(), 0, h->id, {}};
        loop.call_exception_handler(ctx);
    } catch (...) {}
    if (loop.trace_) loop.trace({TraceKind::callback_end, 0, h->id});
    h->release();
}

bool EventLoop::recover_from_callback_failure() noexcept {
    if (!in_flight_.report) return false;
    CallbackInFlight failed = std::exchange(in_flight_, {});
    failed.report(failed.context);
    return true;
}

namespace {
// The loop run_nested_until (aio/nested_run.hpp) is running again from inside itself, if any.
thread_local EventLoop* tls_reentered_loop = nullptr;
}  // namespace

// Marks the loop as running on this thread for a scope (run_forever, step, run_for). Inside
// run_nested_until the loop is already marked: the scope leaves it so.
struct EventLoop::RunningScope {
    EventLoop& loop;
    EventLoop* previous;
    bool reentered;
    explicit RunningScope(EventLoop& l)
        : loop(l),
          previous(detail::tls_running_loop),
          reentered(l.running_ && tls_reentered_loop == &l && detail::tls_running_loop == &l) {
        if (reentered) return;
        loop.check_closed();
        if (loop.running_) throw RuntimeError("This event loop is already running");
        if (detail::tls_running_loop)
            throw RuntimeError("Cannot run the event loop while another loop is running");
        loop.running_ = true;
        detail::tls_running_loop = &loop;
    }
    ~RunningScope() {
        loop.trace_time_valid_ = false;  // whatever runs next may come much later
        if (reentered) return;
        loop.running_ = false;
        detail::tls_running_loop = previous;
    }
};

// ---- Construction and destruction --------------------------------------------------------------

EventLoop::EventLoop() : EventLoop(Options{}) {}

EventLoop::EventLoop(Options options)
    : own_clock_(options.shared_clock ? nullptr : std::make_unique<Clock>(options.clock)),
      clock_(options.shared_clock ? options.shared_clock : own_clock_.get()),
      poller_(options.poller ? std::move(options.poller) : make_default_poller()),
      slow_callback_duration_(options.slow_callback_duration) {
    timers_.reserve(64);
}

EventLoop::~EventLoop() {
    if (running_) std::fprintf(stderr, "aio: an EventLoop was destroyed while running\n");
    if (!closed_) {
        running_ = false;
        close();
    }
}

void EventLoop::throw_closed() { throw RuntimeError("Event loop is closed"); }

void EventLoop::add_close_hook(detail::LoopCloseHook* hook) noexcept {
    hook->prev_ = nullptr;
    hook->next_ = close_hooks_;
    if (close_hooks_) close_hooks_->prev_ = hook;
    close_hooks_ = hook;
    hook->linked_ = true;
}

void EventLoop::remove_close_hook(detail::LoopCloseHook* hook) noexcept {
    if (!hook->linked_) return;
    if (hook->prev_)
        hook->prev_->next_ = hook->next_;
    else
        close_hooks_ = hook->next_;
    if (hook->next_) hook->next_->prev_ = hook->prev_;
    hook->prev_ = hook->next_ = nullptr;
    hook->linked_ = false;
}

// ---- Scheduling --------------------------------------------------------------------------------

void EventLoop::throw_nan_deadline() { throw ValueError("call_at(): the deadline is NaN"); }

void EventLoop::add_ready_callback(detail::Function<void()> callback) {
    add_ready({run_handle_item, new_handle(std::move(callback)), nullptr});
}

void EventLoop::call_soon_threadsafe(detail::Function<void()> callback) {
    {
        std::lock_guard lock(inbox_mutex_);
        if (closed_) throw RuntimeError("Event loop is closed");
        inbox_.push_back(std::move(callback));
        inbox_nonempty_.store(true, std::memory_order_release);
    }
    poller_->wake();
}

bool EventLoop::drain_inbox() {
    if (!inbox_nonempty_.load(std::memory_order_acquire)) return false;
    std::vector<detail::Function<void()>> items;
    {
        std::lock_guard lock(inbox_mutex_);
        items.swap(inbox_);
        inbox_nonempty_.store(false, std::memory_order_relaxed);
    }
    for (auto& fn : items) add_ready_callback(std::move(fn));
    return !items.empty();
}

void Handle::cancel_slow() {
    if (s_->is_timer && s_->loop) s_->loop->timer_cancelled(s_.get());
    s_->cancelled = true;
    s_->callback.reset();  // what it captured is freed now, as CPython drops _callback and _args
}

void EventLoop::timer_cancelled(detail::HandleState* timer) noexcept {
    if (timer->in_heap) {
        ++timer_cancelled_count_;
        trace({TraceKind::timer_cancelled, 0, timer->id});
    }
}

// ---- Timer heap --------------------------------------------------------------------------------

// noexcept for the reason given at RingQueue::push_back (call_at is inlined into coroutines).
void EventLoop::push_timer(detail::HandleState* timer) noexcept {
    timer->add_ref();
    timer->in_heap = true;
    timers_.push_back(timer);
    std::push_heap(timers_.begin(), timers_.end(), heap_order);
}

detail::HandleState* EventLoop::pop_timer() {
    std::pop_heap(timers_.begin(), timers_.end(), heap_order);
    detail::HandleState* t = timers_.back();
    timers_.pop_back();
    t->in_heap = false;
    return t;  // the caller owns the heap's reference
}

void EventLoop::purge_cancelled_timers() {
    if (timers_.size() > min_cancelled_timers_to_purge && timer_cancelled_count_ * 2 > timers_.size()) {
        std::vector<detail::HandleState*> live;
        live.reserve(timers_.size() - timer_cancelled_count_);
        for (auto* t : timers_) {
            if (t->cancelled) {
                t->in_heap = false;
                t->release();
            } else {
                live.push_back(t);
            }
        }
        timers_.swap(live);
        std::make_heap(timers_.begin(), timers_.end(), heap_order);
        timer_cancelled_count_ = 0;
    } else {
        while (!timers_.empty() && timers_.front()->cancelled) {
            --timer_cancelled_count_;
            pop_timer()->release();
        }
    }
}

double EventLoop::next_timer_when() {
    purge_cancelled_timers();
    return timers_.empty() ? infinity : timers_.front()->when;
}

// ---- One iteration -----------------------------------------------------------------------------

// The busy case (work ready, no timers, nothing from other threads, no I/O to look at) needs none
// of begin_iteration's checks: the iteration is what is ready now.
inline bool EventLoop::begin_busy_iteration() noexcept {
    if (ready_.empty() || !timers_.empty() || inbox_nonempty_.load(std::memory_order_acquire) ||
        poller_->has_fds())
        return false;
    iteration_left_ = ready_.size();
    return true;
}

void EventLoop::begin_iteration(bool may_wait) {
    if (begin_busy_iteration()) return;
    drain_inbox();
    purge_cancelled_timers();

    double timeout;
    if (!ready_.empty() || stopping_)
        timeout = 0.0;
    else if (!timers_.empty())
        timeout = std::max(0.0, timers_.front()->when - time());
    else
        timeout = -1.0;  // no limit

    if (clock_->is_virtual()) {
        if (poller_->has_fds()) {
            poller_->poll(*this, 0.0);
            drain_inbox();
        }
        if (idle_polls_ >= idle_polls_to_advance && !ready_.empty() && !timers_.empty() &&
            timers_.front()->when < infinity && timers_.front()->when <= clock_->horizon()) {
            // Only polling for a long while (note_yield): go on to the next timer.
            if (timers_.front()->when > time()) clock_->jump_to(timers_.front()->when);
            idle_polls_ = 0;
        }
        if (ready_.empty() && timeout != 0.0) {
            // A timer at +inf (sleep(inf)) is no deadline to jump to: the clock would become inf.
            if (!timers_.empty() && timers_.front()->when < infinity) {
                // Exactly the deadline, however far (sleep(1e8) is one jump, no spinning): it is
                // due now. A paced run stops at the host's horizon.
                if (timers_.front()->when <= clock_->horizon()) clock_->jump_to(timers_.front()->when);
            } else if (may_wait) {
                if (external_work_.load(std::memory_order_relaxed) > 0 || poller_->has_fds()) {
                    trace({TraceKind::loop_wait_begin, 0, 0, 0, 0.0, -1.0});
                    poller_->poll(*this, -1.0);  // work on other threads or I/O: wait for it for real
                    trace({TraceKind::loop_wait_end});
                    drain_inbox();
                } else {
                    throw RuntimeError(deadlock_message());
                }
            }
        }
    } else {
        if (!may_wait) timeout = 0.0;
        // CPython's selector waits at most a day at a time (MAXIMUM_SELECT_TIMEOUT); a longer or
        // infinite deadline (sleep(inf)) must not overflow the poller's integer timeout.
        if (timeout > max_poll_timeout) timeout = max_poll_timeout;
        if (timeout < 0 && real_time_deadlock_error_ && external_work_.load(std::memory_order_relaxed) == 0 &&
            !inbox_nonempty_.load(std::memory_order_acquire) && !poller_->has_fds())
            throw RuntimeError(deadlock_message());
        if (timeout != 0.0) {
            trace({TraceKind::loop_wait_begin, 0, 0, 0, 0.0, timeout});
            poller_->poll(*this, timeout);
            trace_time_valid_ = false;  // time passed while it waited
            trace({TraceKind::loop_wait_end});
            drain_inbox();
        } else if (poller_->has_fds()) {
            // Only I/O needs a look; wake-ups from other threads are seen through the inbox flag.
            poller_->poll(*this, 0.0);
        }
    }

    // Timers due now (within the clock's resolution) join the ready queue, earliest first. Far from
    // 0 the resolution is below a double's step (1e8 + 1e-9 == 1e8): a timer at exactly now is due.
    double end_time = 0.0;
    if (!timers_.empty()) {
        const double now = time();
        end_time = std::max(now + Clock::resolution, std::nextafter(now, infinity));
    }
    while (!timers_.empty() && timers_.front()->when < end_time) {
        detail::HandleState* t = pop_timer();
        if (t->cancelled)
            --timer_cancelled_count_;
        else if (trace_) [[unlikely]]
            trace({TraceKind::timer_fired, 0, t->id});
        ready_.push_back({run_handle_item, t, nullptr});  // the heap's reference moves to the queue
    }
    iteration_left_ = ready_.size();
}

void EventLoop::run_one_ready() {
    if (trace_) [[unlikely]] {
        run_one_ready_timed();
        return;
    }
    --iteration_left_;
    detail::ReadyItem item = ready_.pop_front();
    item.fn(item.a, item.b, true);
}

// Traced: also time the callback, to flag the ones that block the loop. Returns the clock
// reading at its end (a hosted slice checks its deadline with it instead of reading it again).
// Both ends share the readings of the trace events (trace_time): the end of one callback is the
// start of the next, and a task step's last event is the callback's end.
double EventLoop::run_one_ready_timed() {
    --iteration_left_;
    detail::ReadyItem item = ready_.pop_front();
    const bool real_time = !clock_->is_virtual();
    const double start = real_time ? trace_time() : monotonic_seconds();
    item.fn(item.a, item.b, true);
    const double end = real_time ? trace_time() : monotonic_seconds();
    if (preempted_.fn) [[unlikely]] {  // timed as one callback once its continuation ends
        preempted_start_ = start;
        return end;
    }
    if (end - start >= slow_callback_duration_) trace({TraceKind::slow_callback, 0, 0, 0, 0.0, end - start});
    return end;
}

// The iterations of run_forever. Nothing here has a destructor or a handler: in the wasm build
// (JavaScript-based exceptions) each call made inside a try block or next to a destructor goes
// through a JS trampoline, which would otherwise cost every callback. A callback that throws
// unwinds out of here; run_forever reports it and calls this again, which finishes the iteration.
[[gnu::noinline]] void EventLoop::run_iterations() {
    for (;;) {
        if (iteration_left_ == 0 && !begin_busy_iteration()) [[unlikely]]
            begin_iteration(true);
        while (iteration_left_ > 0) run_one_ready();
        if (stopping_) return;
    }
}

void EventLoop::run_forever() {
    RunningScope scope(*this);
    const bool outer_foreign = in_foreign_code_;
    for (;;) {
        try {
            run_iterations();
            break;
        } catch (...) {
            leave_foreign_code(outer_foreign);  // the callback that threw did not
            if (!recover_from_callback_failure()) {
                stopping_ = false;
                throw;
            }
            if (stopping_ && iteration_left_ == 0) break;
        }
    }
    stopping_ = false;
}

void run_nested_until(EventLoop& loop, const FutureBase& future, bool may_wait) {
    if (!loop.is_running() || detail::tls_running_loop != &loop)
        throw RuntimeError("run_nested_until: this event loop is not running on this thread");
    struct Reentered {
        EventLoop* previous = std::exchange(tls_reentered_loop, nullptr);
        bool stop_again = false;  // someone else's stop() was reported to us: the outer run's
        EventLoop& loop;
        explicit Reentered(EventLoop& l) : loop(l) { tls_reentered_loop = &l; }
        ~Reentered() {
            tls_reentered_loop = previous;
            if (stop_again) loop.stop();
        }
    } scope(loop);
    while (!future.done()) {
        const EventLoop::RunReport report = loop.run_for(0.0, 1);  // one callback
        if (report.stopped) scope.stop_again = true;
        if (future.done()) break;
        if (report.stuck) throw RuntimeError(loop.deadlock_message());
        const double wait = report.next_wakeup - loop.time();
        if (wait > 0 && (!loop.clock().is_virtual() || std::isinf(wait))) {  // inf: other threads' work
            if (!may_wait)
                throw RuntimeError(
                    "a nested run of the event loop would have to wait for time, I/O or other threads here, "
                    "where its host cannot wait");
            loop.poller().poll(loop, std::isinf(wait) ? -1.0 : std::min(wait, max_poll_timeout));
        }
    }
}

void EventLoop::run_preempted() {
    const detail::ReadyItem item = std::exchange(preempted_, detail::ReadyItem{});
    item.fn(item.a, item.b, true);
    if (trace_ && !preempted_.fn) [[unlikely]] {  // the whole callback, waits for the host included
        const double took = monotonic_seconds() - preempted_start_;
        if (took >= slow_callback_duration_) trace({TraceKind::slow_callback, 0, 0, 0, 0.0, took});
    }
}

bool EventLoop::step() {
    RunningScope scope(*this);
    const bool outer_foreign = in_foreign_code_;
    if (preempted_.fn) [[unlikely]] {
        try {
            run_preempted();
        } catch (...) {
            leave_foreign_code(outer_foreign);
            if (!recover_from_callback_failure()) throw;
        }
        return true;
    }
    if (iteration_left_ == 0) begin_iteration(false);
    if (iteration_left_ == 0) return false;
    try {
        run_one_ready();
    } catch (...) {
        leave_foreign_code(outer_foreign);
        if (!recover_from_callback_failure()) throw;
    }
    return true;
}

// run_for's callbacks (kept apart from its try block for the reason given at run_iterations).
[[gnu::noinline]] void EventLoop::run_slice(double deadline) {
    if (preempted_.fn && slice_left_ > 0) [[unlikely]] {  // a preempted callback goes on first
        --slice_left_;
        run_preempted();
        if (preempted_.fn || monotonic_seconds() >= deadline) return;
    }
    while (slice_left_ > 0) {
        if (iteration_left_ == 0) {
            if (stopping_) break;
            begin_iteration(false);
            if (iteration_left_ == 0) break;
        }
        --slice_left_;
        const double now = trace_ ? run_one_ready_timed() : (run_one_ready(), monotonic_seconds());
        if (now >= deadline || preempted_.fn) break;
    }
}

EventLoop::RunReport EventLoop::run_for(double budget, std::size_t max_callbacks) {
    RunningScope scope(*this);
    const bool outer_foreign = in_foreign_code_;
    const double deadline = monotonic_seconds() + budget;
    slice_left_ = max_callbacks;
    for (;;) {
        try {
            run_slice(deadline);
            break;
        } catch (...) {
            leave_foreign_code(outer_foreign);
            if (!recover_from_callback_failure()) throw;
            if (monotonic_seconds() >= deadline) break;
        }
    }
    // stop() takes effect at the end of the iteration (CPython's _run_once): a slice that ends
    // in the middle of one reports the stop only once the rest of it has run.
    RunReport report{infinity, stopping_ && iteration_left_ == 0 && !preempted_.fn};
    if (report.stopped) stopping_ = false;
    if (!ready_.empty() || iteration_left_ > 0 || preempted_.fn ||
        inbox_nonempty_.load(std::memory_order_acquire))
        report.next_wakeup = time();
    else
        report.next_wakeup = next_timer_when();
    report.stuck = !report.stopped && std::isinf(report.next_wakeup) &&
                   (clock_->is_virtual() || (real_time_deadlock_error_ && timers_.empty())) &&
                   external_work_.load(std::memory_order_relaxed) == 0 && !poller_->has_fds();
    return report;
}

std::string EventLoop::deadlock_message() {
    // Timers left at all are at +inf here (sleep(inf)): CPython would wait forever in real time.
    purge_cancelled_timers();
    if (!timers_.empty())
        return "deadlock: the event loop has nothing to run and nothing can ever wake it (the only timers "
               "left are due at infinity, as sleep(inf): in real time this would wait forever)";
    // What each pending task waits for, and who holds it: "Task-2 waits for Lock.acquire held by
    // Task-3 (line 5)". A long list is cut: the first ones name the cycle as well.
    constexpr int max_listed = 8;
    std::string waits;
    std::uint32_t first_line = 0, held_line = 0;
    int listed = 0, more = 0;
    auto name_of = [this](std::uint64_t id) -> std::string {
        for (TaskBase* t = tasks_head_; t; t = t->next_task)
            if (t->id() == id) return t->name();
        return {};
    };
    for (TaskBase* t = tasks_head_; t; t = t->next_task) {
        const FutureBase* w = t->awaiting();
        if (!w) continue;
        if (listed == max_listed) {
            ++more;
            continue;
        }
        if (!waits.empty()) waits += "; ";
        waits += t->name();
        waits += " waits for ";
        const auto* other = dynamic_cast<const TaskBase*>(w);
        waits += other ? other->name() : std::string(w->label());
        std::string holder = w->held_by() ? name_of(w->held_by()) : std::string();
        if (!holder.empty()) waits += " held by " + holder;
        const SourceLocation where = t->location();
        if (where.line) {
            waits += " (line " + std::to_string(where.line) + ")";
            // The warning's line: the first wait on something held (the cycle), else the first wait.
            if (!holder.empty() && !held_line) held_line = where.line;
            if (!first_line) first_line = where.line;
        }
        ++listed;
    }
    if (more) waits += "; and " + std::to_string(more) + " more";
    std::string text =
        waits.empty() ? std::string("every task waits for something that will never happen") : waits;
    if (trace_) [[unlikely]] {
        TraceEvent e{TraceKind::deadlock};
        e.text = text;
        e.line = held_line ? held_line : first_line;
        trace(e);
    }
    if (waits.empty())
        return "deadlock: the event loop has nothing to run and nothing can wake it (every task waits "
               "for something that will never happen)";
    return "deadlock: the event loop has nothing to run and nothing can wake it: " + text;
}

// ---- Closing -----------------------------------------------------------------------------------

void EventLoop::close() {
    if (running_) throw RuntimeError("Cannot close a running event loop");
    if (closed_) return;
    for (auto callbacks = std::move(close_callbacks_); auto& cb : callbacks) cb();
    // Destroy pending coroutines first: their destructors may still schedule (and must not fail).
    std::vector<detail::Ref<TaskBase>> pending;
    for (TaskBase* t = tasks_head_; t; t = t->next_task) pending.emplace_back(t);
    for (auto& t : pending) t->drop_for_close();
    // A hook may destroy others (which unlink themselves): always take the current head.
    while (detail::LoopCloseHook* hook = close_hooks_) {
        remove_close_hook(hook);
        hook->loop_closing();
    }
    {
        std::lock_guard lock(inbox_mutex_);
        closed_ = true;
        inbox_.clear();
        inbox_nonempty_.store(false);
    }
    iteration_left_ = 0;
    if (const detail::ReadyItem item = std::exchange(preempted_, detail::ReadyItem{}); item.fn)
        item.fn(item.a, item.b, false);
    while (!ready_.empty()) {
        detail::ReadyItem item = ready_.pop_front();
        item.fn(item.a, item.b, false);
    }
    for (auto* t : timers_) {
        t->in_heap = false;
        t->release();
    }
    timers_.clear();
    timer_cancelled_count_ = 0;
    for (TaskBase* t = tasks_head_; t;) {
        TaskBase* next = t->next_task;
        t->registered = false;
        t->next_task = t->prev_task = nullptr;
        t = next;
    }
    tasks_head_ = tasks_tail_ = nullptr;
    pending.clear();
}

// ---- Tasks -------------------------------------------------------------------------------------

void EventLoop::register_task(TaskBase* task) noexcept {
    task->registered = true;
    task->prev_task = tasks_tail_;
    task->next_task = nullptr;
    if (tasks_tail_)
        tasks_tail_->next_task = task;
    else
        tasks_head_ = task;
    tasks_tail_ = task;
}

void EventLoop::unregister_task(TaskBase* task) noexcept {
    if (!task->registered) return;
    task->registered = false;
    if (task->prev_task)
        task->prev_task->next_task = task->next_task;
    else
        tasks_head_ = task->next_task;
    if (task->next_task)
        task->next_task->prev_task = task->prev_task;
    else
        tasks_tail_ = task->prev_task;
    task->next_task = task->prev_task = nullptr;
}

std::vector<TaskBase*> EventLoop::pending_tasks() const {
    std::vector<TaskBase*> out;
    for (TaskBase* t = tasks_head_; t; t = t->next_task) out.push_back(t);
    return out;
}

// ---- Errors ------------------------------------------------------------------------------------

void EventLoop::call_exception_handler(const ExceptionContext& context) {
    if (!exception_handler_) {
        default_exception_handler(context);
        return;
    }
    const bool outer = enter_foreign_code();
    try {
        exception_handler_(*this, context);
        leave_foreign_code(outer);
    } catch (...) {
        leave_foreign_code(outer);
        ExceptionContext inner{"Unhandled error in exception handler", std::current_exception(), 0, 0, {}};
        default_exception_handler(inner);
    }
}

void EventLoop::default_exception_handler(const ExceptionContext& context) {
    std::string what;
    if (context.exception) {
        try {
            std::rethrow_exception(context.exception);
        } catch (const CancelledError& e) {
            what = std::string("CancelledError: ") + e.what();
        } catch (const std::exception& e) { what = e.what(); } catch (...) {
            what = "unknown exception";
        }
    }
    std::string line = context.message;
    if (!context.task_name.empty()) line += " (task " + context.task_name + ")";
    if (!what.empty()) line += ": " + what;
    std::fprintf(stderr, "%s\n", line.c_str());
}

}  // namespace aio
