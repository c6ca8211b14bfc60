// The loop's trace: an append-only record of every scheduling decision, enough for a viewer to
// rebuild the loop's state at any moment (shared/DESIGN.md). A loop with no sink attached pays
// one predictable branch per event.
#pragma once
#include <cstdint>
#include <string_view>

namespace aio {

enum class TraceKind : std::uint8_t {
    task_created,     // id = task, other = parent task (0: none), text = name, file = the
                      // coroutine's function name (TaskBase::coroutine_name(); "" if unknown)
    task_scheduled,   // id = task made ready, other = what woke it (see WakeSource in `arg`)
    task_step_begin,  // id = task
    task_step_end,    // id = task, arg = StepOutcome, other = awaited future id, text = what it awaits,
                      // file/line = where the coroutine is suspended (TaskBase::location(); unset
                      // for kinds of tasks that cannot tell), or, when the step finished the task
                      // with an exception, where it was raised (if the task can tell);
                      // value = the step's work (TaskBase::step_work(), -1: unknown)
    task_done,        // id = task, arg = TaskEnd, other = cancel requests still counted
                      // (cancelling(): > 0 with TaskEnd::result means a swallowed cancellation),
                      // text = the exception ("ValueError: boom") when it ended with one
    future_done,      // id = future, arg = 0 result / 1 exception / 2 cancelled
    timer_armed,      // id = timer handle, value = deadline
    timer_fired,      // id = timer handle
    timer_cancelled,  // id = timer handle
    callback_begin,   // id = handle (a plain callback, not a task step)
    callback_end,     // id = handle
    slow_callback,    // value = seconds the callback just ended ran (over Options::slow_callback_duration);
                      // it follows that callback's own events (callback_end / task_step_end)
    loop_wait_begin,  // value = timeout asked for (negative: unbounded)
    loop_wait_end,
    loop_blocked,       // value = seconds the loop thread was blocked by a blocking call, text = what
                        // (e.g. "time.sleep"), file/line = the call (if known)
    executor_queued,    // id = job, other = executor
    executor_started,   // id = job, arg = worker index
    executor_finished,  // id = job, arg = worker index
    output,             // text = a line a script printed; arg = 1 for stderr
    future_link,        // id = a future, other = a future or task it completes from (gather's
                        // children, shield's inner, wait_for's inner, wait's futures, a
                        // TaskGroup's tasks): what a viewer follows to draw who awaits whom
    // Facts only the engine sees, for the pitfall warnings (playground/run_model/pitfalls.hpp):
    exception_unretrieved,  // id = future/task whose exception nobody retrieved, text = task name
    coroutine_dropped,      // text = the coroutine's name, file/line = where it was created: it was
                            // never awaited (collected before its first step)
    task_lost,              // id = task, text = name: nothing but the loop kept it, and it could
                            // never finish (collected / dropped while pending); arg = when
                            // (LostTaskEnd)
    deadlock,               // text = what each task waits for; the run ends (nothing can wake it)
    long_step,              // the running step or callback has run `value` seconds so far (past
                            // the slow-step limit); file/line = where it runs
    // For the playground's "why" views (issue 18):
    task_cancel_requested,  // id = task asked to cancel (not done yet), other = the task whose step
                            // asked (0: a callback or outside any task), text = through what
                            // (CancelVia: "TaskGroup", "wait_for", "timeout", "gather",
                            // "asyncio.run", or "cancel()": an explicit call)
    resource,               // id = a Lock, Semaphore, Event, Condition, Barrier or Queue (numbered
                            // from the loop's ids when first traced), arg = ResourceOp, other and
                            // value as ResourceOp says, text = the kind on `created`
};

// What a synchronisation primitive or queue did (arg of a `resource` event).
enum class ResourceOp : std::uint8_t {
    created,   // text = kind ("Lock", "Semaphore", "BoundedSemaphore", "Event", "Condition",
               // "Barrier", "Queue", "LifoQueue", "PriorityQueue"), value = permits / maxsize / parties
    acquired,  // other = the task that took it (0: none), value = permits left (Semaphore)
    released,  // other = the task that released it (0: none), value = permits left
    waiting,   // other = the waiter future a task now waits on, text = its label ("Lock.acquire")
    set,       // Event.set(), other = the task
    cleared,   // Event.clear(), other = the task
    put,       // other = the task, value = the queue's size after it
    got,       // other = the task, value = the queue's size after it
    notified,  // Condition.notify(n), value = waiters woken
};

// Why a task was made ready (arg of task_scheduled).
enum class WakeSource : std::uint8_t { start, yield, future, cancel, error };

// How a step ended (arg of task_step_end).
enum class StepOutcome : std::uint8_t { awaiting_future, yielded, finished };

// Where a suspended coroutine stands: the innermost frame of its await chain (TaskBase::location()).
// `file` must stay valid at least until the end of the call it is passed to.
struct SourceLocation {
    std::string_view file;
    std::uint32_t line = 0;  // 0: unknown
};

// How a task ended (arg of task_done).
enum class TaskEnd : std::uint8_t { result, exception, cancelled };

// task_lost's arg: what ended the loop the task was left pending on.
enum class LostTaskEnd : std::uint32_t {
    run_ended = 0,      // asyncio.run's main coroutine returned
    loop_closed = 1,    // loop.close()
    program_ended = 2,  // the program ended with the loop still open (run_until_complete style)
};

struct TraceEvent {
    TraceKind kind;
    std::uint32_t arg = 0;
    std::uint64_t id = 0;
    std::uint64_t other = 0;
    double loop_time = 0.0;  // the loop's clock (virtual or real)
    double value = 0.0;
    std::string_view text;   // valid only during the call
    std::string_view file;   // task_step_end, loop_blocked, coroutine_dropped (valid only during the call)
    std::uint32_t line = 0;  // as file; 0: unknown
};

class TraceSink {
public:
    virtual ~TraceSink() = default;
    virtual void record(const TraceEvent& event) = 0;
};

}  // namespace aio
