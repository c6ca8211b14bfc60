// RunState: the loop's state at one moment of a recorded run — what the inspector shows and what
// scrubbing the timeline shows. Rebuilt on demand from the RunIndex (no replay): each task's state
// is a binary search in its intervals, so a query costs O(tasks · log intervals + timers + jobs),
// whatever the moment.
//
//   RunState s = state_at(recorder, 120);        // after the first 120 events
//   RunState t = state_at_time(recorder, 1.5);   // after every event up to loop time 1.5
//   for (const TaskView& task : s.tasks) ... recorder.str(task.label) ...
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "recorder.hpp"

namespace loopscope::run_model {

struct TaskView {
    std::uint32_t task = 0;  // index into recorder.index().tasks()
    std::uint64_t id = 0;
    std::string_view name;
    std::uint32_t parent = npos;  // task index
    TaskState state = TaskState::created;
    double since = 0.0;        // when it entered this state
    std::uint64_t future = 0;  // waiting: the awaited future's id
    std::string_view label;    // waiting: what it awaits ("sleep", "Lock.acquire")
    std::string_view file;     // where it is suspended (empty: unknown)
    std::uint32_t line = 0;    //   0: unknown
    std::uint32_t steps = 0;   // steps run so far
};

enum class ReadyKind : std::uint8_t { task, timer };
struct ReadyEntry {
    ReadyKind kind = ReadyKind::task;
    std::uint32_t index = 0;  // task index or timer index
    std::uint64_t id = 0;     // task id or timer handle id
};

struct TimerView {
    std::uint32_t timer = 0;  // index into recorder.index().timers()
    std::uint64_t id = 0;
    double deadline = 0.0;
    std::uint32_t armed_by = npos;  // task index
};

enum class JobState : std::uint8_t { pending, running, finished, cancelled };
const char* to_string(JobState state) noexcept;

struct JobView {
    std::uint32_t job = 0;  // index into recorder.index().jobs()
    std::uint64_t id = 0;
    std::uint64_t executor = 0;
    // pending: submitted and not reported back yet (queued or running: the loop learns which only
    // when the job comes back); running / finished / cancelled as known at the end of the record.
    JobState state = JobState::pending;
    std::uint32_t worker = npos;
};

struct WorkerView {
    std::uint32_t lane = 0;  // index into recorder.index().workers()
    std::uint64_t executor = 0;
    std::uint32_t worker = 0;
    std::uint32_t job = npos;  // running job index (npos: idle)
};

struct LoopView {
    // What the loop thread is doing: running a step or a callback, waiting (idle), blocked by a
    // blocking call, or between those (its own bookkeeping: `running` false).
    bool running = false;
    LoopActivity activity = LoopActivity::idle;
    std::uint64_t subject = 0;  // step: task id; callback: handle id
    std::uint32_t task = npos;  // step: task index
    double wait_timeout = 0.0;  // idle: the timeout asked for (negative: unbounded)
    bool blocked = false;       // inside a blocking call (time.sleep...) at this time
};

struct RunState {
    std::uint32_t events = 0;  // events applied (the state is after events [0, events))
    double time = 0.0;
    std::vector<TaskView> tasks;      // every task created so far, in creation order
    std::vector<ReadyEntry> ready;    // the ready queue, front first (tasks and fired timers;
                                      // plain call_soon callbacks are not traced until they run)
    std::vector<TimerView> timers;    // pending timers by deadline (ties: arming order)
    std::vector<JobView> jobs;        // executor jobs submitted so far
    std::vector<WorkerView> workers;  // every worker lane seen in the whole record
    std::size_t console_lines = 0;    // recorder.index().console()[0, console_lines)
    LoopView loop;
    bool truncated = false;  // the record stops before this moment
};

// The state after the first `events` events (clamped to the record).
RunState state_at(const Recorder& recorder, std::size_t events);
// The state after every event stamped at or before loop time `time`.
RunState state_at_time(const Recorder& recorder, double time);

// A RunState that follows a record cheaply: moving forward (the live end growing, the cursor
// dragged right) revisits only the tasks and timers the new events changed (RunIndex's change
// logs), keeping its vectors' memory; moving backwards, another recorder or a cleared one
// (Recorder::generation) rebuilds it. Either way state() equals state_at(recorder, events).
//
//   StateTracker tracker;
//   const RunState& s = tracker.update(recorder, recorder.size());  // every frame: only the news
class StateTracker {
public:
    // The state after the first `events` events (clamped to the record).
    const RunState& update(const Recorder& recorder, std::size_t events);
    const RunState& state() const noexcept { return state_; }
    // How many updates rebuilt everything (the others applied changes only); for tests and figures.
    std::size_t rebuilds() const noexcept { return rebuilds_; }
    // Forgets the state: the next update rebuilds.
    void reset() noexcept { recorder_ = nullptr; }

private:
    void rebuild(const Recorder& recorder, std::size_t events);
    void advance(const Recorder& recorder, std::size_t events);
    void refresh_common(const Recorder& recorder, std::size_t events);

    RunState state_;
    const Recorder* recorder_ = nullptr;
    std::uint64_t generation_ = 0;
    std::size_t task_log_ = 0, timer_log_ = 0;  // change-log entries applied so far
    // Where each task / timer is in state_: its ready-queue order (npos: not queued) and whether a
    // timer is pending.
    std::vector<std::uint32_t> task_queued_, timer_queued_;
    std::vector<std::uint8_t> timer_pending_;
    std::vector<std::uint32_t> touched_tasks_, touched_timers_;  // scratch, reused
    struct Queued {
        std::uint32_t order;
        ReadyEntry entry;
    };
    std::vector<Queued> ready_;            // state_.ready with the orders, sorted by order
    std::vector<Queued> ready_added_;      // scratch
    std::vector<TimerView> timers_added_;  // scratch
    std::size_t rebuilds_ = 0;
};

// The TaskView of task index `task` in `state` (tasks are in creation order: index == position).
inline const TaskView* find_task(const RunState& state, std::uint32_t task) noexcept {
    return task < state.tasks.size() ? &state.tasks[task] : nullptr;
}

}  // namespace loopscope::run_model
