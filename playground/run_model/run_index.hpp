// RunIndex: the timeline's data, built incrementally as events are recorded — per task the
// intervals it spent created / ready / running / waiting (on what, at which line) / done; the
// loop's own lane (callbacks, task steps, idle waits, blocking calls); timers; executor jobs and
// one lane per executor worker; wake-up arrows from a cause to the step it caused; parent -> child
// links; the ready-queue length over time; console lines. Pure data: the timeline panel draws it,
// RunState (run_state.hpp) answers "what was the state at this moment" from it.
//
// Event indices are positions in the recorder's event list; an interval [begin_event, end_event)
// is open (end_event == npos) while it lasts. Times are the loop's clock (seconds).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "aio/trace.hpp"
#include "id_map.hpp"

namespace loopscope::run_model {

struct Event;
class StringTable;

enum class TaskState : std::uint8_t { created, ready, running, waiting, done, failed, cancelled };
const char* to_string(TaskState state) noexcept;
bool is_final(TaskState state) noexcept;

struct TaskSegment {
    TaskState state = TaskState::created;
    aio::WakeSource wake = aio::WakeSource::start;  // ready: why it was made ready
    std::uint32_t begin_event = 0;
    std::uint32_t end_event = npos;
    double begin_time = 0.0;
    double end_time = 0.0;             // == begin_time while open
    std::uint64_t future = 0;          // waiting: the awaited future's id
    std::uint32_t label = 0;           // waiting: what it awaits ("sleep", "Lock.acquire"; StringTable)
    std::uint32_t file = 0;            // waiting / ready after a yield: where it is suspended (StringTable)
    std::uint32_t line = 0;            //   0: unknown (C++ tasks)
    std::uint32_t ready_order = 0;     // ready: enqueue position (the ready queue is FIFO)
    std::uint32_t steps = 0;           // steps the task had begun by the start of this segment
    std::uint32_t cause_event = npos;  // ready: the event that made it ready
    double cause_time = 0.0;
    std::uint8_t cause_lane_kind = 0;  // ready: LaneKind of what ran at the cause
    std::uint32_t cause_lane = 0;      //   and its index
    bool open() const noexcept { return end_event == npos; }
};

struct TaskRecord {
    std::uint64_t id = 0;
    std::uint32_t name = 0;       // StringTable
    std::uint32_t coroutine = 0;  // StringTable: its coroutine's function name ("" if unknown)
    std::uint32_t error = 0;      // StringTable: the exception it failed with ("ValueError: boom")
    std::uint32_t parent = npos;  // the parent's task index (npos: none, or not recorded)
    std::uint64_t parent_id = 0;
    std::uint32_t created_event = 0;
    double created_time = 0.0;
    std::uint32_t steps = 0;
    std::vector<TaskSegment> segments;  // consecutive, in event order
    // Builder state.
    bool pending_ready = false;  // re-scheduled during its own step (yield, error)
    aio::WakeSource pending_wake = aio::WakeSource::yield;
    std::uint32_t pending_order = 0;
    std::uint32_t pending_cause = npos;
    double pending_cause_time = 0.0;
};

// Where a wake-up came from or a lane of the timeline.
enum class LaneKind : std::uint8_t { loop, task, worker };
struct Lane {
    LaneKind kind = LaneKind::loop;
    std::uint32_t index = 0;  // task index / worker lane index
};

struct WakeArrow {
    std::uint32_t from_event = 0;
    double from_time = 0.0;
    Lane from;  // what was running at the cause: a task's step or the loop
    std::uint32_t to_task = 0;
    std::uint32_t to_event = 0;  // the task_step_begin it caused
    double to_time = 0.0;
    aio::WakeSource source = aio::WakeSource::start;
};

struct SpawnLink {
    std::uint32_t parent = 0;
    std::uint32_t child = 0;
    std::uint32_t event = 0;
    double time = 0.0;
};

enum class LoopActivity : std::uint8_t { callback, step, idle, blocked };
const char* to_string(LoopActivity activity) noexcept;

struct LoopSegment {
    LoopActivity kind = LoopActivity::callback;
    std::uint32_t begin_event = 0;
    std::uint32_t end_event = npos;
    double begin_time = 0.0;
    double end_time = 0.0;
    std::uint64_t subject = 0;  // callback: handle id; step: task id
    std::uint32_t task = npos;  // step: task index
    double seconds = 0.0;       // idle: timeout asked (negative: unbounded); blocked: how long;
                                // slow callback/step: how long it really ran
    bool slow = false;          // ran longer than the loop's slow_callback_duration
};

// A future that completes from another future or a task (aio::TraceKind::future_link).
struct FutureLink {
    std::uint32_t event = 0;  // the future_link event
    std::uint64_t outer = 0;  // the future (gather, TaskGroup, shield, wait_for, wait)
    std::uint64_t inner = 0;  // a future or task it completes from
    std::uint32_t label = 0;  // StringTable: the outer future's kind ("gather", "TaskGroup"...)
};

// A request to cancel a task (aio::TraceKind::task_cancel_requested).
struct CancelRequest {
    std::uint32_t event = 0;
    double time = 0.0;
    std::uint32_t task = npos;  // the task asked to cancel (task index)
    std::uint32_t by = npos;    // the task whose step asked (npos: a callback, a timer, the runner)
    std::uint32_t via = 0;      // StringTable: "TaskGroup", "wait_for", "timeout", "gather", "cancel()"...
};

struct TimerRecord {
    std::uint64_t id = 0;
    double deadline = 0.0;
    std::uint32_t armed_event = 0;
    double armed_time = 0.0;
    std::uint32_t armed_by = npos;   // the task whose step armed it (npos: a callback / outside)
    std::uint32_t end_event = npos;  // fired or cancelled
    std::uint32_t run_event = npos;  // fired: when its callback ran (or was skipped)
    std::uint32_t ready_order = 0;   // fired: enqueue position
    bool cancelled = false;
};

struct JobRecord {
    std::uint64_t id = 0;
    std::uint64_t executor = 0;
    std::uint32_t queued_event = 0;
    double queued_time = 0.0;
    std::uint32_t submitted_by = npos;  // task index
    std::uint32_t done_event = npos;    // when the loop learnt it finished (npos: not yet)
    double done_time = 0.0;
    double start_time = 0.0;      // estimated: max(queued, done - run_seconds)
    double wait_seconds = 0.0;    // real seconds in the executor's queue
    double run_seconds = 0.0;     // real seconds the callable ran
    std::uint32_t worker = npos;  // worker index within its executor (npos: cancelled)
    std::uint32_t lane = npos;    // index into workers()
    std::uint32_t name = 0;       // StringTable: executor_queued's text (a process's name; 0: none)
    bool cancelled = false;
};

struct WorkerLane {
    std::uint64_t executor = 0;
    std::uint32_t worker = 0;
    std::vector<std::uint32_t> jobs;  // job indices, in completion order
    // A process lane (the Python engine traces each multiprocessing process as the one job of a
    // pseudo-executor, worker = its pid, text = its name): the name (StringTable; 0: a worker lane).
    std::uint32_t process_name = 0;
};

struct CounterSample {
    std::uint32_t event = 0;
    double time = 0.0;
    std::uint32_t value = 0;
};

struct ConsoleLine {
    std::uint32_t event = 0;
    double time = 0.0;
    std::uint64_t offset = 0;  // its text: Recorder::console_text(line) (not interned: lines rarely repeat)
    std::uint32_t length = 0;
    bool is_stderr = false;
};

// "Entity `index` changed at event `event`": the change logs below, in event order.
struct Change {
    std::uint32_t event = 0;
    std::uint32_t index = 0;  // task or timer index
};

// The segments of `t` that overlap loop times [t0, t1] (an open segment lasts until `now`), as a
// half-open index range into t.segments: what a timeline draws for its visible window, found by
// binary search (segments are in time order).
struct SegmentRange {
    std::size_t begin = 0, end = 0;
};
SegmentRange segments_in(const TaskRecord& t, double t0, double t1, double now);

class RunIndex {
public:
    // Folds event number `index` in (events arrive in order, once each).
    void apply(std::uint32_t index, const Event& event, StringTable& strings);

    const std::vector<TaskRecord>& tasks() const noexcept { return tasks_; }
    const std::vector<TimerRecord>& timers() const noexcept { return timers_; }
    const std::vector<JobRecord>& jobs() const noexcept { return jobs_; }
    const std::vector<WorkerLane>& workers() const noexcept { return workers_; }
    // The executor of worker lane `lane` numbered from 1 in the order executors first ran a job
    // ("worker 0 (executor 1)": executor ids are opaque handles such as 16777217).
    std::uint32_t executor_number(std::uint32_t lane) const noexcept;
    // What a lane is called: "worker 0 (executor 1)", or "process 1001 (Process-1)" for a process
    // lane (`process_name`: the text of its process_name).
    std::string lane_label(std::uint32_t lane, std::string_view process_name) const;
    // Callbacks, task steps and idle waits: consecutive, never overlapping.
    const std::vector<LoopSegment>& loop_lane() const noexcept { return loop_lane_; }
    // Blocking calls (time.sleep...), inside the step or callback that made them.
    const std::vector<LoopSegment>& blocked() const noexcept { return blocked_; }
    // Callbacks and task steps that ran longer than the loop's slow_callback_duration (computing
    // without awaiting, which blocks the loop as a blocking call does): indexes into loop_lane().
    const std::vector<std::uint32_t>& slow_steps() const noexcept { return slow_steps_; }
    // future_link events in order: a future and what it completes from (gather's children, a
    // TaskGroup's tasks, shield / wait_for / wait): await_tree.hpp follows them.
    const std::vector<FutureLink>& future_links() const noexcept { return future_links_; }
    const std::vector<WakeArrow>& arrows() const noexcept { return arrows_; }
    // Cancellation requests in order (who asked, through what): chains.hpp follows them.
    const std::vector<CancelRequest>& cancel_requests() const noexcept { return cancel_requests_; }
    // The indices of the `resource` events (locks, events, queues...: resources.hpp replays them).
    const std::vector<std::uint32_t>& resource_events() const noexcept { return resource_events_; }
    const std::vector<SpawnLink>& spawns() const noexcept { return spawns_; }
    const std::vector<CounterSample>& ready_length() const noexcept { return ready_length_; }
    const std::vector<ConsoleLine>& console() const noexcept { return console_; }

    // Every event that began a segment of a task (its index), and every event that changed a timer
    // (armed, fired, cancelled, run or skipped), in event order: a state that follows the record
    // (run_state.hpp's StateTracker) revisits only these entities when it moves forward.
    const std::vector<Change>& task_changes() const noexcept { return task_changes_; }
    const std::vector<Change>& timer_changes() const noexcept { return timer_changes_; }

    // The task index for a task id (the latest task with that id: ids restart with each loop).
    std::uint32_t task_index(std::uint64_t id) const noexcept { return task_ids_.find(id); }

private:
    struct WaiterNode {
        std::uint32_t task;
        std::uint32_t next;
    };
    void set_task_state(TaskRecord& t, TaskSegment seg, std::uint32_t index, double time);
    void make_ready(std::uint32_t task, aio::WakeSource wake, std::uint32_t cause, double cause_time,
                    Lane lane, std::uint32_t order, std::uint32_t index, double time);
    void left_ready_queue(std::uint32_t order, std::uint32_t index, double time);
    void sample_ready(std::uint32_t index, double time);
    void end_loop_segment(std::uint32_t index, double time);
    LoopSegment& begin_loop_segment(LoopActivity kind, std::uint32_t index, double time);
    Lane current_lane() const noexcept;

    std::vector<TaskRecord> tasks_;
    std::vector<TimerRecord> timers_;
    std::vector<JobRecord> jobs_;
    std::vector<WorkerLane> workers_;
    std::vector<LoopSegment> loop_lane_;
    std::vector<LoopSegment> blocked_;
    std::vector<std::uint32_t> slow_steps_;
    std::vector<FutureLink> future_links_;
    std::vector<CancelRequest> cancel_requests_;
    std::vector<std::uint32_t> resource_events_;
    std::vector<WakeArrow> arrows_;
    std::vector<SpawnLink> spawns_;
    std::vector<CounterSample> ready_length_;
    std::vector<ConsoleLine> console_;
    std::vector<Change> task_changes_;
    std::vector<Change> timer_changes_;

    IdMap task_ids_, timer_ids_, job_ids_;
    IdMap waiter_head_, waiter_tail_;  // future id -> first / last WaiterNode
    std::vector<WaiterNode> waiter_nodes_;
    std::vector<std::uint32_t> fired_timers_;  // fired, not run yet, in enqueue order
    std::size_t fired_front_ = 0;
    std::uint32_t running_task_ = npos;
    bool loop_segment_open_ = false;
    std::uint32_t next_order_ = 0;
    std::uint32_t ready_count_ = 0;
};

}  // namespace loopscope::run_model
