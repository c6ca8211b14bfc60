// EventLoop: the ready queue, the timer heap, the clock and the poller (CPython base_events).
//
// Ordering rules, as in CPython 3.11's BaseEventLoop._run_once:
//  * callbacks run in the order they were scheduled (FIFO ready queue);
//  * one iteration runs exactly the callbacks that were ready when it started; what they schedule
//    runs in the next iteration;
//  * timers fire by deadline, equal deadlines in the order they were armed; a due timer's callback
//    is appended to the ready queue, so it runs in the same iteration after what was already ready,
//    and anything it schedules (a task it wakes) runs one iteration later.
//
// A loop is driven one of three ways: run_until_complete / run_forever (blocks; CLI and tests),
// step() (one callback at a time), or run_for(budget) (hosts that own the main loop: the SDL frame
// loop, the browser), which returns when the loop next needs attention.
//
// Index of this file (sections marked "// ---- <name> ----"):
//   Scheduling callbacks
//   Running
//   Futures and tasks
//   Errors
//   Tracing
//   Introspection (the playground's inspector)
//   For the runtime's own types
//   Inline definitions
#pragma once
#include <atomic>
#include <cstdint>
#include <exception>
#include <cstddef>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "clock.hpp"
#include "detail/function.hpp"
#include "detail/ref.hpp"
#include "detail/ring_queue.hpp"
#include "handle.hpp"
#include "poller.hpp"
#include "trace.hpp"

namespace aio {

class FutureBase;
class TaskBase;
template <class T> class Future;
template <class T> class Task;
template <class T> class Coro;

namespace detail {
// One entry of the ready queue: fn(a, b, run). With run == false the entry is being discarded
// (loop closed) and fn only releases what a and b own.
struct ReadyItem {
    void (*fn)(void* a, void* b, bool run);
    void* a;
    void* b;
};
}  // namespace detail

// What an exception handler is told (CPython's context dict).
struct ExceptionContext {
    std::string message;
    std::exception_ptr exception;  // may be null
    std::uint64_t future_id = 0;   // the future or task involved, if any
    std::uint64_t handle_id = 0;   // the callback handle involved, if any
    std::string task_name;         // when a task is involved
    // What the host attached for its own handlers (the Python binding: the context dict a
    // script's handler receives, with its 'handle' or the script's own keys). May be null.
    std::shared_ptr<const void> host_context;
};

namespace detail {
// An object the loop tells when it closes, linked while it lives (add_close_hook): a gather still
// pending then lets go of its children, the reference cycle between them that nothing else would
// ever break (each child's done callback owns the gather).
class LoopCloseHook {
public:
    virtual void loop_closing() noexcept = 0;
    bool close_hook_linked() const noexcept { return linked_; }

protected:
    ~LoopCloseHook() = default;

private:
    friend class aio::EventLoop;
    LoopCloseHook* prev_ = nullptr;
    LoopCloseHook* next_ = nullptr;
    bool linked_ = false;
};
}  // namespace detail

class EventLoop {
public:
    struct Options {
        Clock::Kind clock = Clock::Kind::real;
        // Use this clock instead of an own one (virtual time shared by successive loops).
        Clock* shared_clock = nullptr;
        // Default: epoll natively, a condition variable elsewhere.
        std::unique_ptr<Poller> poller;
        // Callbacks and task steps running longer than this are reported to the trace (seconds).
        double slow_callback_duration = 0.1;
    };

    EventLoop();
    explicit EventLoop(Options options);
    EventLoop(const EventLoop&) = delete;
    EventLoop& operator=(const EventLoop&) = delete;
    // Closes the loop if needed (see close()).
    ~EventLoop();

    // ---- Scheduling callbacks -------------------------------------------------------------
    // (Defined below, inline: called from coroutine bodies, where in the wasm build an
    // out-of-line call that may throw costs a JavaScript trampoline.)
    [[gnu::always_inline]] Handle call_soon(detail::Function<void()> callback);
    [[gnu::always_inline]] TimerHandle call_later(double delay, detail::Function<void()> callback);
    [[gnu::always_inline]] TimerHandle call_at(double when, detail::Function<void()> callback);
    // The only method that may be called from another thread. The callback runs on the loop's
    // thread in a later iteration. Throws RuntimeError if the loop is closed.
    void call_soon_threadsafe(detail::Function<void()> callback);

    double time() const noexcept { return clock_->now(); }
    Clock& clock() noexcept { return *clock_; }
    Poller& poller() noexcept { return *poller_; }

    // ---- Running ----------------------------------------------------------------------------
    // Runs until `future` is done and returns its result (rethrows its exception).
    template <class T> T run_until_complete(Future<T> future);
    // Wraps `coro` in a task first.
    template <class T> T run_until_complete(Coro<T> coro);
    void run_forever();
    // Makes run_forever return after the current iteration (or the host's run_for report it).
    void stop() noexcept { stopping_ = true; }
    // Drops scheduled callbacks and timers, destroys the coroutine frames of tasks still pending
    // (so nothing leaks) and refuses further scheduling. Throws if the loop is running.
    void close();
    bool is_running() const noexcept { return running_; }
    bool is_closed() const noexcept { return closed_; }
    // `callback` runs once when the loop closes (close() or the destructor), before pending work is
    // dropped; services attached to the loop (executors) release what they keep for it there.
    void add_close_callback(detail::Function<void()> callback) {
        close_callbacks_.push_back(std::move(callback));
    }
    // `hook` is told when the loop closes, after pending tasks are dropped, unless it was removed
    // first; a closing loop unlinks each hook before telling it.
    void add_close_hook(detail::LoopCloseHook* hook) noexcept;
    void remove_close_hook(detail::LoopCloseHook* hook) noexcept;

    // Host-driven running. Both mark the loop as running on this thread for their duration.
    // step(): runs exactly one callback (starting a new iteration when the current one is used up;
    // a virtual clock may jump). Returns false if nothing was ready.
    bool step();
    struct RunReport {
        double next_wakeup;  // loop time of the next timer, now() if work is ready, +inf if idle
        bool stopped;        // stop() was called
        // Virtual clock only: idle with no finite timer, no outstanding external work and no I/O,
        // so nothing but the host itself can ever wake the loop (where run_forever raises the
        // deadlock error, deadlock_message()). The host decides: raise, or wait for its own input.
        bool stuck = false;
    };
    // Runs callbacks for at most `budget` seconds of real time (and at most `max_callbacks` of
    // them), never waiting for timers or I/O. `stopped` is reported once the iteration in which
    // stop() was called has ended, as run_forever would return.
    RunReport run_for(double budget, std::size_t max_callbacks = std::numeric_limits<std::size_t>::max());
    // Preemption (hosted runs): the callback running now gives the thread back before it is done
    // (a Python step that computed past its host's slice). The loop runs no other callback:
    // run_for returns at once (next_wakeup: now), and `continuation` runs first the next time the
    // loop runs callbacks (run_for, step), in the same iteration, before anything else; the clock
    // does not move in between. Closing the loop discards it (fn(a, b, false)).
    void preempt(detail::ReadyItem continuation) noexcept { preempted_ = continuation; }
    bool preempted() const noexcept { return preempted_.fn != nullptr; }
    // The text of the RuntimeError an idle virtual-time loop raises when nothing can wake it: what
    // each pending task waits for (and who holds it). Also traced as a `deadlock` event.
    std::string deadlock_message();
    // A real-time loop whose host knows every source of wake-ups (the Python engine: its threads
    // show through the poller's has_fds()) ends a deadlock as a virtual-time loop does, instead of
    // waiting forever. Off by default: C++ code may call call_soon_threadsafe from any thread.
    void set_real_time_deadlock_error(bool on) noexcept { real_time_deadlock_error_ = on; }

    // ---- Futures and tasks --------------------------------------------------------------------
    template <class T = void> Future<T> create_future();
    template <class T> [[gnu::always_inline]] Task<T> create_task(Coro<T> coro);
    template <class T> Task<T> create_task(Coro<T> coro, std::string name);

    // ---- Errors ----------------------------------------------------------------------------
    using ExceptionHandler = detail::Function<void(EventLoop&, const ExceptionContext&)>;
    void set_exception_handler(ExceptionHandler handler) { exception_handler_ = std::move(handler); }
    bool has_exception_handler() const noexcept { return bool(exception_handler_); }
    void call_exception_handler(const ExceptionContext& context);
    // Writes the message and the exception to stderr (CPython logs it at ERROR level).
    static void default_exception_handler(const ExceptionContext& context);

    // ---- Tracing ---------------------------------------------------------------------------
    void set_trace_sink(TraceSink* sink) noexcept { trace_ = sink; }
    TraceSink* trace_sink() const noexcept { return trace_; }
    void trace(TraceEvent event) {
        if (trace_) [[unlikely]] {
            event.loop_time = trace_time();
            trace_->record(event);
        }
    }
    // The loop time of a trace event. A real clock is read once for a run of events that only the
    // loop's own code separates (a task switch records three or four, plus the callback's start
    // and end): in a browser a read is performance.now(), about 0.3 µs, and rounded to 5 µs
    // anyway. The reading is dropped whenever foreign code runs (enter_foreign_code), the loop
    // waits, or run_for / run_forever / step return, so an event is never older than the loop's
    // own bookkeeping since the last reading. Virtual clocks are read every time (they are cheap).
    double trace_time() noexcept {
        if (trace_time_valid_) return trace_time_;
        const double now = time();
        if (running_ && !in_foreign_code_ && !clock_->is_virtual()) {
            trace_time_ = now;
            trace_time_valid_ = true;
        }
        return now;
    }
    // Around code that is not the loop's (a coroutine step, a callback, a done callback): the
    // time may move on in there, so the last reading is dropped, and none is kept until the code
    // returns. Returns what leave_foreign_code needs (foreign code may run a nested loop).
    bool enter_foreign_code() noexcept {
        trace_time_valid_ = false;
        return std::exchange(in_foreign_code_, true);
    }
    void leave_foreign_code(bool outer) noexcept {
        in_foreign_code_ = outer;
        trace_time_valid_ = false;
    }

    // ---- Introspection (the playground's inspector) ---------------------------------------
    std::size_t ready_count() const noexcept { return ready_.size(); }
    std::size_t timer_count() const noexcept { return timers_.size() - timer_cancelled_count_; }
    // Tasks created on this loop that are not done, in creation order.
    std::vector<TaskBase*> pending_tasks() const;
    // Loop time of the earliest live timer, or +inf.
    double next_timer_when();

    // ---- For the runtime's own types -----------------------------------------------------
    void add_ready(detail::ReadyItem item) {
        if (closed_) [[unlikely]] {
            item.fn(item.a, item.b, false);
            return;
        }
        ready_.push_back(item);
    }
    // Queues a plain callback (I/O readiness); used by pollers.
    void add_ready_callback(detail::Function<void()> callback);
    std::uint64_t next_id() noexcept { return ++last_id_; }
    // The done callback by which the current run_until_complete (or a host's wait standing for
    // it) stops the loop, 0 if none: CPython's _run_until_complete_cb, which a future's repr names.
    std::uint64_t until_complete_callback() const noexcept { return until_complete_callback_; }
    void set_until_complete_callback(std::uint64_t id) noexcept { until_complete_callback_ = id; }
    // Work handed to another thread that will come back through call_soon_threadsafe: while some
    // is outstanding an idle virtual-time loop waits for it instead of reporting a deadlock.
    void external_work_started() noexcept { external_work_.fetch_add(1, std::memory_order_relaxed); }
    void external_work_finished() noexcept { external_work_.fetch_sub(1, std::memory_order_relaxed); }
    TaskBase* current_task() const noexcept { return current_task_; }
    // A task step yielded (sleep(0)) after `work` (TaskBase::step_work(); -1: unknown) / a step did
    // something else. Under virtual time a long run of steps that yield doing next to nothing (a
    // poll: `while not done: await sleep(0)`) would keep the clock still forever; the loop then
    // lets it reach the next timer, as real time would (begin_iteration).
    void note_yield(double work) noexcept {
        if (work >= 0 && work <= idle_poll_work)
            ++idle_polls_;
        else
            idle_polls_ = 0;
    }
    void note_progress() noexcept { idle_polls_ = 0; }
    static constexpr double idle_poll_work = 16;  // VM branches
    static constexpr std::uint32_t idle_polls_to_advance = 10000;
    void set_current_task(TaskBase* task) noexcept { current_task_ = task; }
    void register_task(TaskBase* task) noexcept;
    void unregister_task(TaskBase* task) noexcept;
    void check_closed() const {
        if (closed_) [[unlikely]]
            throw_closed();
    }
    // A ready-queue entry that runs user code declares it first: if that code throws, the
    // exception unwinds to the loop's driver (run_forever, run_for, step), which calls
    // `report(context)` (a catch block is active: std::current_exception() is the error) and then
    // goes on with the next callback. The entry clears it when the user code returns.
    // Why not a try block in each entry: in the wasm build (JavaScript-based exceptions) every call
    // made inside one goes through a JavaScript trampoline, which would cost every callback.
    struct CallbackInFlight {
        void (*report)(void* context) noexcept = nullptr;
        void* context = nullptr;
    };
    void set_callback_in_flight(CallbackInFlight c) noexcept { in_flight_ = c; }
    void clear_callback_in_flight() noexcept { in_flight_.report = nullptr; }

private:
    friend class TimerHandle;
    friend class Handle;
    struct RunningScope;

    // A new handle with one reference, owned by the caller.
    [[gnu::always_inline]] detail::HandleState* new_handle(detail::Function<void()>&& callback);
    static void run_handle_item(void* handle, void*, bool run);
    static void report_failed_handle(void* handle) noexcept;
    // In a catch block: reports the callback in flight and returns true, or returns false when
    // the exception did not come from a callback (it then propagates to the caller).
    bool recover_from_callback_failure() noexcept;
    void push_timer(detail::HandleState* timer) noexcept;
    detail::HandleState* pop_timer();
    void purge_cancelled_timers();
    void timer_cancelled(detail::HandleState* timer) noexcept;
    // CPython's _run_once, split: collect what is ready (waiting up to `max_wait`), then callbacks.
    void begin_iteration(bool may_wait);
    bool begin_busy_iteration() noexcept;
    void run_one_ready();
    double run_one_ready_timed();
    void run_iterations();
    void run_slice(double deadline);
    [[noreturn]] static void throw_closed();
    [[noreturn]] static void throw_nan_deadline();
    bool drain_inbox();

    std::unique_ptr<Clock> own_clock_;
    Clock* clock_;
    std::unique_ptr<Poller> poller_;
    detail::RingQueue<detail::ReadyItem> ready_;
    std::vector<detail::HandleState*> timers_;  // binary min-heap by (when, seq), owns a ref each
    std::size_t timer_cancelled_count_ = 0;
    std::uint64_t timer_seq_ = 0;
    std::size_t iteration_left_ = 0;  // callbacks left in the current iteration
    std::size_t slice_left_ = 0;      // run_for: callbacks it may still run
    CallbackInFlight in_flight_;
    detail::ReadyItem preempted_{};  // preempt(): runs first (fn null: none)
    double preempted_start_ = 0.0;   // traced: when the preempted callback started
    void run_preempted();
    bool stopping_ = false;
    bool running_ = false;
    bool closed_ = false;
    std::uint64_t last_id_ = 0;
    std::uint64_t until_complete_runs_ = 0;  // run_until_complete's runs (see task.hpp)
    std::uint64_t until_complete_callback_ = 0;
    double slow_callback_duration_;
    bool real_time_deadlock_error_ = false;
    std::uint32_t idle_polls_ = 0;
    TaskBase* current_task_ = nullptr;
    TaskBase* tasks_head_ = nullptr;  // intrusive list of pending tasks
    TaskBase* tasks_tail_ = nullptr;
    ExceptionHandler exception_handler_;
    std::vector<detail::Function<void()>> close_callbacks_;
    detail::LoopCloseHook* close_hooks_ = nullptr;
    TraceSink* trace_ = nullptr;
    double trace_time_ = 0.0;        // trace_time(): the last reading of a real clock...
    bool trace_time_valid_ = false;  // ...while only the loop's own code has run since
    bool in_foreign_code_ = false;   // a step or callback runs (enter_foreign_code)

    std::mutex inbox_mutex_;
    std::vector<detail::Function<void()>> inbox_;
    std::atomic<bool> inbox_nonempty_{false};
    std::atomic<int> external_work_{0};
};

namespace detail {
inline constinit thread_local EventLoop* tls_running_loop = nullptr;
[[noreturn]] void throw_no_running_loop();
}  // namespace detail

// The loop running on this thread, or null.
inline EventLoop* running_loop() noexcept { return detail::tls_running_loop; }
// The loop running on this thread; throws RuntimeError("no running event loop") if none.
inline EventLoop& get_running_loop() {
    if (EventLoop* loop = detail::tls_running_loop) [[likely]]
        return *loop;
    detail::throw_no_running_loop();
}

// ---- Inline definitions ----------------------------------------------------------------------

inline detail::HandleState* EventLoop::new_handle(detail::Function<void()>&& callback) {
    auto* h = new detail::HandleState;
    h->callback = std::move(callback);
    h->loop = this;
    h->id = next_id();
    h->add_ref();
    return h;
}

inline Handle EventLoop::call_soon(detail::Function<void()> callback) {
    check_closed();
    detail::HandleState* h = new_handle(std::move(callback));
    h->add_ref();  // the ready queue's reference
    ready_.push_back({run_handle_item, h, nullptr});
    return Handle(detail::Ref<detail::HandleState>::adopt(h));
}

inline TimerHandle EventLoop::call_at(double when, detail::Function<void()> callback) {
    check_closed();
    if (when != when) [[unlikely]]
        throw_nan_deadline();
    detail::HandleState* h = new_handle(std::move(callback));
    h->is_timer = true;
    h->when = when;
    h->seq = ++timer_seq_;
    push_timer(h);
    if (trace_) [[unlikely]]
        trace({TraceKind::timer_armed, 0, h->id, 0, 0.0, when});
    return TimerHandle(detail::Ref<detail::HandleState>::adopt(h));
}

inline TimerHandle EventLoop::call_later(double delay, detail::Function<void()> callback) {
    return call_at(time() + delay, std::move(callback));
}

}  // namespace aio
