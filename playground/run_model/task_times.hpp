// Time per task (issue 18), as Go's execution tracer splits a goroutine's time: for each task, up to
// a moment of the run, how long it ran, how long it was ready (waiting for the loop to run it), how
// long it waited and on what (a timer, a lock, a queue, an event, I/O, another task, an executor
// job), how many steps it ran and its longest step; for the loop, how busy it was (utilisation) and
// how late its timers ran (lag). All from the recording's segments (run_index.hpp), so it follows
// the timeline's cursor and works on exported traces.
//
//   TimeReport report;
//   time_per_task(recorder, recorder.size(), report);
//   std::puts(format_time_report(recorder, report).c_str());
//
// Times are the loop's clock: under virtual time a step takes no time (only blocking calls, such as
// time.sleep, move the clock inside a step), so "running" is 0 there and "ready" counts only the
// blocked time of the steps ahead of it.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "recorder.hpp"

namespace loopscope::run_model {

// Why a task waits, from the label of what it awaits.
enum class WaitReason : std::uint8_t { timer, lock, queue, event, io, task, executor, other };
inline constexpr std::size_t kWaitReasons = 8;
// "timer", "lock", "queue", "event", "I/O", "task", "executor", "other".
const char* to_string(WaitReason reason) noexcept;
// "sleep" -> timer; "Lock.acquire", "Semaphore.acquire" -> lock; "Queue.get" -> queue;
// "Event.wait", "Condition.wait", "Barrier.wait" -> event; streams, sockets, fetch -> I/O;
// a Task, gather, TaskGroup, wait_for, wait, shield -> task; "run_in_executor" -> executor.
WaitReason wait_reason(std::string_view label) noexcept;

struct TaskTimes {
    std::uint32_t task = 0;  // index into recorder.index().tasks()
    double running = 0.0;
    double ready = 0.0;
    std::array<double, kWaitReasons> waiting{};  // by WaitReason
    double total_waiting() const noexcept;
    std::uint32_t steps = 0;
    double longest_step = 0.0;
    std::uint32_t longest_step_event = npos;  // the task_step_begin of its longest step
    double lifetime = 0.0;                    // created .. finished (or the moment)
    bool finished = false;
};

struct LoopTimes {
    double span = 0.0;         // the run's first event .. the moment
    double busy = 0.0;         // running steps and callbacks (blocking calls included)
    double idle = 0.0;         // span - busy: waiting in the poller (or a virtual clock jumping)
    double blocked = 0.0;      // of `busy`: inside blocking calls
    double utilisation = 0.0;  // busy / span (0 when span is 0)
    std::uint32_t timers_run = 0;
    double lag_mean = 0.0;  // how late timers ran: callback start - deadline
    double lag_max = 0.0;
    std::uint32_t lag_max_timer = npos;  // index into recorder.index().timers()
};

struct TimeReport {
    std::uint32_t events = 0;  // the moment: after this many events
    double time = 0.0;
    std::vector<TaskTimes> tasks;  // every task created by then, in creation order
    LoopTimes loop;
};

// The report after the first `events` events (clamped), at loop time `now` (a timeline cursor between
// two events; ignored when earlier than the last of those events, e.g. the default). `out` is reused
// (no allocation once grown).
void time_per_task(const Recorder& recorder, std::size_t events, TimeReport& out, double now = -1.0);

// Columns of the table view, for sorting.
enum class TimeColumn : std::uint8_t { task, running, ready, waiting, steps, longest_step, lifetime };
// Sorts `report.tasks` by `column` (descending for times and counts, by creation for `task`),
// ties in creation order.
void sort_tasks(TimeReport& report, TimeColumn column, bool descending = true);

// The report as a text table (tests, the CLI):
//   task      running   ready  waiting (timer lock queue event I/O task executor other)  steps  longest
std::string format_time_report(const Recorder& recorder, const TimeReport& report);

}  // namespace loopscope::run_model
