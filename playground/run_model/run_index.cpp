// What each trace event means for the timeline (see README.md for the table).
//
// Index of this file:
//   Names of states
//   Queries
//   Index updates (segments, ready queue, loop lane)
//   Applying one event (a case per TraceKind)
#include "run_index.hpp"

#include <algorithm>

#include "recorder.hpp"

namespace loopscope::run_model {

using aio::TraceKind;
using aio::WakeSource;

// ---- Names of states ----------------------------------------------------------------------------

const char* to_string(TaskState state) noexcept {
    switch (state) {
        case TaskState::created: return "created";
        case TaskState::ready: return "ready";
        case TaskState::running: return "running";
        case TaskState::waiting: return "waiting";
        case TaskState::done: return "done";
        case TaskState::failed: return "failed";
        case TaskState::cancelled: return "cancelled";
    }
    return "?";
}

bool is_final(TaskState state) noexcept {
    return state == TaskState::done || state == TaskState::failed || state == TaskState::cancelled;
}

const char* to_string(LoopActivity activity) noexcept {
    switch (activity) {
        case LoopActivity::callback: return "callback";
        case LoopActivity::step: return "step";
        case LoopActivity::idle: return "idle";
        case LoopActivity::blocked: return "blocked";
    }
    return "?";
}

// ---- Queries ------------------------------------------------------------------------------------

SegmentRange segments_in(const TaskRecord& t, double t0, double t1, double now) {
    const auto& segs = t.segments;
    auto end_of = [now](const TaskSegment& s) { return s.open() ? now : s.end_time; };
    // First segment ending at or after t0 (end times are non-decreasing).
    auto first =
        std::partition_point(segs.begin(), segs.end(), [&](const TaskSegment& s) { return end_of(s) < t0; });
    // First segment beginning after t1.
    auto last =
        std::partition_point(first, segs.end(), [&](const TaskSegment& s) { return s.begin_time <= t1; });
    return {static_cast<std::size_t>(first - segs.begin()), static_cast<std::size_t>(last - segs.begin())};
}

// ---- Index updates (segments, ready queue, loop lane) -------------------------------------------

Lane RunIndex::current_lane() const noexcept {
    if (running_task_ != npos) return {LaneKind::task, running_task_};
    return {LaneKind::loop, 0};
}

void RunIndex::set_task_state(TaskRecord& t, TaskSegment seg, std::uint32_t index, double time) {
    if (!t.segments.empty()) {
        TaskSegment& last = t.segments.back();
        if (last.open()) {
            last.end_event = index;
            last.end_time = time;
        }
    }
    seg.begin_event = index;
    seg.steps = t.steps;
    seg.begin_time = time;
    seg.end_time = time;
    seg.end_event = npos;
    t.segments.push_back(seg);
    task_changes_.push_back({index, static_cast<std::uint32_t>(&t - tasks_.data())});
}

void RunIndex::sample_ready(std::uint32_t index, double time) {
    if (!ready_length_.empty() && ready_length_.back().event == index) {
        ready_length_.back().value = ready_count_;
        return;
    }
    ready_length_.push_back({index, time, ready_count_});
}

void RunIndex::make_ready(std::uint32_t task, WakeSource wake, std::uint32_t cause, double cause_time,
                          Lane lane, std::uint32_t order, std::uint32_t index, double time) {
    TaskRecord& t = tasks_[task];
    TaskSegment seg;
    seg.state = TaskState::ready;
    seg.wake = wake;
    seg.cause_event = cause;
    seg.cause_time = cause_time;
    seg.cause_lane_kind = static_cast<std::uint8_t>(lane.kind);
    seg.cause_lane = lane.index;
    seg.ready_order = order;
    if (!t.segments.empty() && t.segments.back().state == TaskState::running) {
        // Re-scheduled by its own step (yield): it stays where it stopped.
        seg.file = t.segments.back().file;
        seg.line = t.segments.back().line;
    }
    set_task_state(t, seg, index, time);
    ++ready_count_;
    sample_ready(index, time);
}

// The ready queue is FIFO: popping the entry enqueued `order`-th means every fired timer enqueued
// before it has run or was skipped (a timer cancelled after it fired runs nothing and says nothing).
void RunIndex::left_ready_queue(std::uint32_t order, std::uint32_t index, double time) {
    while (fired_front_ < fired_timers_.size()) {
        TimerRecord& tr = timers_[fired_timers_[fired_front_]];
        if (tr.run_event != npos) {
            ++fired_front_;
            continue;
        }
        if (tr.ready_order >= order) break;
        tr.run_event = index;  // skipped
        timer_changes_.push_back({index, fired_timers_[fired_front_]});
        ++fired_front_;
        if (ready_count_ > 0) --ready_count_;
        sample_ready(index, time);
    }
    if (fired_front_ == fired_timers_.size()) {
        fired_timers_.clear();
        fired_front_ = 0;
    }
}

void RunIndex::end_loop_segment(std::uint32_t index, double time) {
    if (!loop_segment_open_) return;
    LoopSegment& s = loop_lane_.back();
    s.end_event = index;
    s.end_time = time;
    loop_segment_open_ = false;
}

// Ends the open segment of the loop's lane and opens one of `kind` from this event.
LoopSegment& RunIndex::begin_loop_segment(LoopActivity kind, std::uint32_t index, double time) {
    end_loop_segment(index, time);
    LoopSegment& s = loop_lane_.emplace_back();
    s.kind = kind;
    s.begin_event = index;
    s.begin_time = time;
    s.end_time = time;
    loop_segment_open_ = true;
    return s;
}

// ---- Applying one event (a case per TraceKind) --------------------------------------------------

void RunIndex::apply(std::uint32_t index, const Event& e, StringTable& strings) {
    (void)strings;
    const double time = e.time;
    switch (e.kind) {
        case TraceKind::task_created: {
            const auto ti = static_cast<std::uint32_t>(tasks_.size());
            TaskRecord t;
            t.id = e.id;
            t.name = e.text;
            t.coroutine = e.file;
            t.parent_id = e.other;
            t.parent = e.other ? task_ids_.find(e.other) : npos;
            t.created_event = index;
            t.created_time = time;
            tasks_.push_back(std::move(t));
            task_ids_.set(e.id, ti);
            set_task_state(tasks_.back(), TaskSegment{}, index, time);
            if (tasks_.back().parent != npos) spawns_.push_back({tasks_.back().parent, ti, index, time});
            break;
        }
        case TraceKind::task_scheduled: {
            const std::uint32_t ti = task_ids_.find(e.id);
            if (ti == npos) break;
            TaskRecord& t = tasks_[ti];
            const auto wake = static_cast<WakeSource>(e.arg);
            const TaskState now = t.segments.empty() ? TaskState::created : t.segments.back().state;
            if (now == TaskState::ready) break;  // already queued (a future's callback is the queue entry)
            if (now == TaskState::running) {
                // Scheduled from its own step: ready once the step ends.
                t.pending_ready = true;
                t.pending_wake = wake;
                t.pending_order = next_order_++;
                t.pending_cause = index;
                t.pending_cause_time = time;
                break;
            }
            make_ready(ti, wake, index, time, current_lane(), next_order_++, index, time);
            break;
        }
        case TraceKind::task_step_begin: {
            const std::uint32_t ti = task_ids_.find(e.id);
            if (ti == npos) break;
            TaskRecord& t = tasks_[ti];
            TaskSegment prev = t.segments.empty() ? TaskSegment{} : t.segments.back();
            if (prev.state == TaskState::ready) {
                if (ready_count_ > 0) --ready_count_;
                left_ready_queue(prev.ready_order, index, time);
                sample_ready(index, time);
                if (prev.cause_event != npos) {
                    WakeArrow a;
                    a.from_event = prev.cause_event;
                    a.from_time = prev.cause_time;
                    a.from = {static_cast<LaneKind>(prev.cause_lane_kind), prev.cause_lane};
                    a.to_task = ti;
                    a.to_event = index;
                    a.to_time = time;
                    a.source = prev.wake;
                    arrows_.push_back(a);
                }
            }
            // Keep where it was suspended while it runs (the line it resumes from).
            TaskSegment seg;
            seg.state = TaskState::running;
            seg.file = prev.file;
            seg.line = prev.line;
            ++t.steps;
            set_task_state(t, seg, index, time);
            running_task_ = ti;
            LoopSegment& ls = begin_loop_segment(LoopActivity::step, index, time);
            ls.subject = e.id;
            ls.task = ti;
            break;
        }
        case TraceKind::task_step_end: {
            const std::uint32_t ti = task_ids_.find(e.id);
            if (ti == npos) break;
            TaskRecord& t = tasks_[ti];
            if (running_task_ == ti) running_task_ = npos;
            end_loop_segment(index, time);
            const auto outcome = static_cast<aio::StepOutcome>(e.arg);
            if (t.pending_ready) {
                t.pending_ready = false;
                TaskSegment& running = t.segments.back();
                running.file = e.file;
                running.line = e.line;
                // Its arrow starts at the scheduling event, inside the step (the task's own lane).
                make_ready(ti, t.pending_wake, t.pending_cause, t.pending_cause_time,
                           Lane{LaneKind::task, ti}, t.pending_order, index, time);
            } else if (outcome == aio::StepOutcome::awaiting_future) {
                TaskSegment seg;
                seg.state = TaskState::waiting;
                seg.future = e.other;
                seg.label = e.text;
                seg.file = e.file;
                seg.line = e.line;
                set_task_state(t, seg, index, time);
                if (e.other != 0) {
                    const auto node = static_cast<std::uint32_t>(waiter_nodes_.size());
                    waiter_nodes_.push_back({ti, npos});
                    const std::uint32_t tail = waiter_tail_.find(e.other);
                    if (tail == npos)
                        waiter_head_.set(e.other, node);
                    else
                        waiter_nodes_[tail].next = node;
                    waiter_tail_.set(e.other, node);
                }
            }
            // finished: stays running until its task_done, which follows at once.
            break;
        }
        case TraceKind::task_done: {
            const std::uint32_t ti = task_ids_.find(e.id);
            if (ti == npos) break;
            TaskSegment seg;
            const auto end = static_cast<aio::TaskEnd>(e.arg);
            seg.state = end == aio::TaskEnd::result      ? TaskState::done
                        : end == aio::TaskEnd::exception ? TaskState::failed
                                                         : TaskState::cancelled;
            if (end == aio::TaskEnd::exception) tasks_[ti].error = e.text;
            set_task_state(tasks_[ti], seg, index, time);
            if (running_task_ == ti) running_task_ = npos;
            break;
        }
        case TraceKind::future_done: {
            std::uint32_t node = waiter_head_.find(e.id);
            if (node == npos) break;
            waiter_head_.erase(e.id);
            waiter_tail_.erase(e.id);
            // Done callbacks are scheduled in the order they were added.
            for (; node != npos; node = waiter_nodes_[node].next) {
                const std::uint32_t ti = waiter_nodes_[node].task;
                const TaskSegment& last = tasks_[ti].segments.back();
                if (last.state != TaskState::waiting || last.future != e.id) continue;  // stale
                make_ready(ti, WakeSource::future, index, time, current_lane(), next_order_++, index, time);
            }
            // Nodes are never reused: reclaim the vector when nobody waits any more.
            if (waiter_head_.size() == 0) waiter_nodes_.clear();
            break;
        }
        case TraceKind::timer_armed: {
            const auto ti = static_cast<std::uint32_t>(timers_.size());
            TimerRecord tr;
            tr.id = e.id;
            tr.deadline = e.value;
            tr.armed_event = index;
            tr.armed_time = time;
            tr.armed_by = running_task_;
            timers_.push_back(tr);
            timer_ids_.set(e.id, ti);
            timer_changes_.push_back({index, ti});
            break;
        }
        case TraceKind::timer_fired: {
            const std::uint32_t ti = timer_ids_.find(e.id);
            if (ti == npos) break;
            TimerRecord& tr = timers_[ti];
            tr.end_event = index;
            tr.ready_order = next_order_++;
            fired_timers_.push_back(ti);
            timer_changes_.push_back({index, ti});
            ++ready_count_;
            sample_ready(index, time);
            break;
        }
        case TraceKind::timer_cancelled: {
            const std::uint32_t ti = timer_ids_.find(e.id);
            if (ti == npos) break;
            TimerRecord& tr = timers_[ti];
            if (tr.end_event == npos) {
                tr.end_event = index;
                tr.cancelled = true;
                timer_changes_.push_back({index, ti});
            }
            timer_ids_.erase(e.id);
            break;
        }
        case TraceKind::callback_begin: {
            begin_loop_segment(LoopActivity::callback, index, time).subject = e.id;
            const std::uint32_t ti = timer_ids_.find(e.id);
            if (ti != npos && timers_[ti].end_event != npos && !timers_[ti].cancelled &&
                timers_[ti].run_event == npos) {
                TimerRecord& tr = timers_[ti];
                left_ready_queue(tr.ready_order, index, time);
                tr.run_event = index;
                timer_changes_.push_back({index, ti});
                if (ready_count_ > 0) --ready_count_;
                sample_ready(index, time);
                timer_ids_.erase(e.id);
            }
            break;
        }
        case TraceKind::callback_end: end_loop_segment(index, time); break;
        case TraceKind::slow_callback:
            if (!loop_lane_.empty()) {
                if (!loop_lane_.back().slow)
                    slow_steps_.push_back(static_cast<std::uint32_t>(loop_lane_.size() - 1));
                loop_lane_.back().slow = true;
                loop_lane_.back().seconds = e.value;
            }
            break;
        case TraceKind::loop_wait_begin: {
            begin_loop_segment(LoopActivity::idle, index, time).seconds = e.value;
            break;
        }
        case TraceKind::loop_wait_end: end_loop_segment(index, time); break;
        case TraceKind::loop_blocked: {
            LoopSegment ls;
            ls.kind = LoopActivity::blocked;
            ls.begin_event = index;
            ls.end_event = index + 1;
            ls.begin_time = time;
            ls.end_time = time + e.value;
            ls.seconds = e.value;
            ls.task = running_task_;
            if (running_task_ != npos) ls.subject = tasks_[running_task_].id;
            blocked_.push_back(ls);
            break;
        }
        case TraceKind::executor_queued: {
            const auto ji = static_cast<std::uint32_t>(jobs_.size());
            JobRecord j;
            j.id = e.id;
            j.executor = e.other;
            j.queued_event = index;
            j.queued_time = time;
            j.submitted_by = running_task_;
            j.name = e.text;
            jobs_.push_back(j);
            job_ids_.set(e.id, ji);
            break;
        }
        case TraceKind::executor_started: {
            const std::uint32_t ji = job_ids_.find(e.id);
            if (ji == npos) break;
            jobs_[ji].wait_seconds = e.value;
            jobs_[ji].worker = e.arg;
            break;
        }
        case TraceKind::executor_finished: {
            const std::uint32_t ji = job_ids_.find(e.id);
            if (ji == npos) break;
            JobRecord& j = jobs_[ji];
            j.done_event = index;
            j.done_time = time;
            job_ids_.erase(e.id);
            if (e.arg == 0xFFFFFFFFu) {
                j.cancelled = true;
                j.worker = npos;
                j.start_time = time;
                break;
            }
            j.worker = e.arg;
            j.run_seconds = e.value;
            j.start_time = std::max(j.queued_time, time - e.value);
            std::uint32_t lane = npos;
            for (std::uint32_t w = 0; w < workers_.size(); ++w)
                if (workers_[w].executor == j.executor && workers_[w].worker == j.worker) lane = w;
            if (lane == npos) {
                lane = static_cast<std::uint32_t>(workers_.size());
                workers_.push_back({j.executor, j.worker, {}, j.name});
            }
            j.lane = lane;
            workers_[lane].jobs.push_back(ji);
            break;
        }
        case TraceKind::future_link: future_links_.push_back({index, e.id, e.other, e.text}); break;
        case TraceKind::output:
            // The recorder keeps output text in its console arena: id = offset, other = length.
            console_.push_back({index, time, e.id, static_cast<std::uint32_t>(e.other), e.arg != 0});
            break;
        case TraceKind::task_cancel_requested: {
            const std::uint32_t by = e.other ? task_ids_.find(e.other) : npos;
            cancel_requests_.push_back({index, time, task_ids_.find(e.id), by, e.text});
            break;
        }
        case TraceKind::resource: resource_events_.push_back(index); break;
        case TraceKind::exception_unretrieved:
        case TraceKind::coroutine_dropped:
        case TraceKind::task_lost:
        case TraceKind::deadlock:
        case TraceKind::long_step: break;  // the pitfalls' facts (pitfalls.hpp), not the timeline's
    }
}

std::string RunIndex::lane_label(std::uint32_t lane, std::string_view process_name) const {
    if (lane >= workers_.size()) return {};
    const WorkerLane& w = workers_[lane];
    if (w.process_name != 0)
        return "process " + std::to_string(w.worker) + " (" + std::string(process_name) + ")";
    return "worker " + std::to_string(w.worker) + " (executor " + std::to_string(executor_number(lane)) + ")";
}

std::uint32_t RunIndex::executor_number(std::uint32_t lane) const noexcept {
    if (lane >= workers_.size() || workers_[lane].process_name != 0) return 0;
    // Executors are few: count the distinct ones up to the first lane of this lane's executor
    // (process lanes are not an executor's).
    std::uint32_t number = 0;
    for (std::uint32_t l = 0; l <= lane; ++l) {
        if (workers_[l].process_name != 0) continue;
        bool first_lane = true;
        for (std::uint32_t k = 0; k < l && first_lane; ++k)
            first_lane = workers_[k].executor != workers_[l].executor;
        if (first_lane) ++number;
        if (workers_[l].executor == workers_[lane].executor) return number;
    }
    return number;
}

}  // namespace loopscope::run_model
