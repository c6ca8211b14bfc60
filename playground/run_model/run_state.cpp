// The state at one moment (run_state.hpp): built from the index (state_at), or kept up to date
// by StateTracker from the index's change logs.
//
// Index of this file:
//   Names
//   Building a state (tasks, timers, jobs, workers, console)
//   StateTracker
//   state_at, state_at_time
#include "run_state.hpp"

#include <algorithm>

namespace loopscope::run_model {

// ---- Names --------------------------------------------------------------------------------------

const char* to_string(JobState state) noexcept {
    switch (state) {
        case JobState::pending: return "pending";
        case JobState::running: return "running";
        case JobState::finished: return "finished";
        case JobState::cancelled: return "cancelled";
    }
    return "?";
}

namespace {

// ---- Building a state (tasks, timers, jobs, workers, console) -----------------------------------

// The segment in force after event `last`: the latest one that began at or before it.
const TaskSegment* segment_at(const TaskRecord& t, std::uint32_t last) {
    auto it = std::upper_bound(t.segments.begin(), t.segments.end(), last,
                               [](std::uint32_t e, const TaskSegment& s) { return e < s.begin_event; });
    if (it == t.segments.begin()) return nullptr;
    return &*(it - 1);
}

bool job_running(const JobRecord& j, std::uint32_t last, double time) {
    return j.queued_event <= last && j.done_event != npos && j.done_event > last && !j.cancelled &&
           j.start_time <= time;
}

TaskView task_view(const Recorder& rec, std::uint32_t i, const TaskSegment& seg) {
    const TaskRecord& t = rec.index().tasks()[i];
    TaskView v;
    v.task = i;
    v.id = t.id;
    v.name = rec.str(t.name);
    v.parent = t.parent;
    v.state = seg.state;
    v.since = seg.begin_time;
    v.future = seg.future;
    v.label = rec.str(seg.label);
    v.file = rec.str(seg.file);
    v.line = seg.line;
    v.steps = seg.steps;
    return v;
}

// Timers: armed and not fired nor cancelled: pending; fired and not run yet: in the ready queue.
enum class TimerStatus : std::uint8_t { none, pending, queued };
TimerStatus timer_status(const TimerRecord& tr, std::uint32_t last) {
    if (tr.armed_event > last) return TimerStatus::none;
    if (tr.end_event == npos || tr.end_event > last) return TimerStatus::pending;
    if (!tr.cancelled && (tr.run_event == npos || tr.run_event > last)) return TimerStatus::queued;
    return TimerStatus::none;
}

bool earlier_deadline(const TimerView& a, const TimerView& b) {
    return a.deadline < b.deadline || (a.deadline == b.deadline && a.timer < b.timer);
}

// Jobs, workers, console, the loop: cheap (few jobs; binary searches), recomputed each time.
void fill_rest(const Recorder& rec, RunState& s, std::uint32_t last, double time) {
    const RunIndex& ix = rec.index();
    s.jobs.clear();
    for (std::uint32_t i = 0; i < ix.jobs().size(); ++i) {
        const JobRecord& j = ix.jobs()[i];
        if (j.queued_event > last) continue;
        JobView v{i, j.id, j.executor, JobState::pending, npos};
        if (j.done_event != npos && j.done_event <= last) {
            v.state = j.cancelled ? JobState::cancelled : JobState::finished;
            v.worker = j.worker;
        } else if (job_running(j, last, time)) {
            v.state = JobState::running;
            v.worker = j.worker;
        }
        s.jobs.push_back(v);
    }
    s.workers.clear();
    for (std::uint32_t w = 0; w < ix.workers().size(); ++w) {
        const WorkerLane& lane = ix.workers()[w];
        WorkerView v{w, lane.executor, lane.worker, npos};
        for (std::uint32_t ji : lane.jobs)
            if (job_running(ix.jobs()[ji], last, time)) v.job = ji;
        s.workers.push_back(v);
    }

    const auto& console = ix.console();
    s.console_lines =
        static_cast<std::size_t>(std::partition_point(console.begin(), console.end(),
                                                      [&](const ConsoleLine& l) { return l.event <= last; }) -
                                 console.begin());

    s.loop = LoopView{};
    const auto& lane = ix.loop_lane();
    auto it = std::partition_point(lane.begin(), lane.end(),
                                   [&](const LoopSegment& seg) { return seg.begin_event <= last; });
    if (it != lane.begin()) {
        const LoopSegment& seg = *(it - 1);
        if (seg.end_event == npos || seg.end_event > last) {
            s.loop.running = true;
            s.loop.activity = seg.kind;
            s.loop.subject = seg.subject;
            s.loop.task = seg.task;
            if (seg.kind == LoopActivity::idle) s.loop.wait_timeout = seg.seconds;
        }
    }
    const auto& blocked = ix.blocked();
    auto b = std::partition_point(blocked.begin(), blocked.end(),
                                  [&](const LoopSegment& seg) { return seg.begin_event <= last; });
    if (b != blocked.begin()) {
        const LoopSegment& seg = *(b - 1);
        s.loop.blocked = seg.begin_time <= time && time < seg.end_time;
    }
}

RunState build(const Recorder& rec, std::size_t n, double time) {
    RunState s;
    const RunIndex& ix = rec.index();
    n = std::min(n, rec.size());
    s.events = static_cast<std::uint32_t>(n);
    s.time = time;
    s.truncated = rec.truncated() && n == rec.size();
    if (n == 0) return s;
    const auto last = static_cast<std::uint32_t>(n - 1);

    struct Queued {
        std::uint32_t order;
        ReadyEntry entry;
    };
    std::vector<Queued> queued;

    s.tasks.reserve(ix.tasks().size());
    for (std::uint32_t i = 0; i < ix.tasks().size(); ++i) {
        const TaskRecord& t = ix.tasks()[i];
        if (t.created_event > last) break;  // creation order
        const TaskSegment* seg = segment_at(t, last);
        if (!seg) continue;
        if (seg->state == TaskState::ready) queued.push_back({seg->ready_order, {ReadyKind::task, i, t.id}});
        s.tasks.push_back(task_view(rec, i, *seg));
    }

    for (std::uint32_t i = 0; i < ix.timers().size(); ++i) {
        const TimerRecord& tr = ix.timers()[i];
        const TimerStatus status = timer_status(tr, last);
        if (status == TimerStatus::pending)
            s.timers.push_back({i, tr.id, tr.deadline, tr.armed_by});
        else if (status == TimerStatus::queued)
            queued.push_back({tr.ready_order, {ReadyKind::timer, i, tr.id}});
    }
    std::stable_sort(s.timers.begin(), s.timers.end(),
                     [](const TimerView& a, const TimerView& b) { return a.deadline < b.deadline; });
    std::sort(queued.begin(), queued.end(),
              [](const Queued& a, const Queued& b) { return a.order < b.order; });
    s.ready.reserve(queued.size());
    for (const Queued& q : queued) s.ready.push_back(q.entry);

    fill_rest(rec, s, last, time);
    return s;
}

}  // namespace

// ---- StateTracker -------------------------------------------------------------------------------

// Merges the sorted `added` into the sorted `into` in place, from the back (no temporary buffer:
// std::inplace_merge would allocate one on every update).
template <class T, class Less> void merge_into(std::vector<T>& into, const std::vector<T>& added, Less less) {
    if (added.empty()) return;
    std::size_t i = into.size(), j = added.size();
    into.resize(i + j);
    std::size_t out = into.size();
    while (j > 0) {
        if (i > 0 && less(added[j - 1], into[i - 1]))
            into[--out] = into[--i];
        else
            into[--out] = added[--j];
    }
}

const RunState& StateTracker::update(const Recorder& recorder, std::size_t events) {
    events = std::min(events, recorder.size());
    if (&recorder != recorder_ || recorder.generation() != generation_ || events < state_.events) {
        rebuild(recorder, events);
    } else {
        advance(recorder, events);
    }
    return state_;
}

void StateTracker::rebuild(const Recorder& recorder, std::size_t events) {
    ++rebuilds_;
    recorder_ = &recorder;
    generation_ = recorder.generation();
    state_.tasks.clear();
    state_.timers.clear();
    state_.ready.clear();
    ready_.clear();
    task_queued_.clear();
    timer_queued_.clear();
    timer_pending_.clear();
    task_log_ = timer_log_ = 0;
    state_.events = 0;
    advance(recorder, events);  // every change up to there: the same code as moving forward
}

namespace {

// The indices a change log names at events before `end`, from `cursor` on (which moves past them),
// each once and in order.
template <class Log>
void take_changes(const Log& log, std::size_t& cursor, std::uint32_t end, std::vector<std::uint32_t>& out) {
    out.clear();
    for (; cursor < log.size() && log[cursor].event < end; ++cursor) out.push_back(log[cursor].index);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

}  // namespace

void StateTracker::advance(const Recorder& recorder, std::size_t events) {
    const RunIndex& ix = recorder.index();
    const std::uint32_t end = static_cast<std::uint32_t>(events);  // changes at events [0, end) apply
    task_queued_.resize(ix.tasks().size(), npos);
    timer_queued_.resize(ix.timers().size(), npos);
    timer_pending_.resize(ix.timers().size(), 0);
    ready_added_.clear();
    timers_added_.clear();

    // Tasks whose segment changed: their view again, and their place in the ready queue.
    take_changes(ix.task_changes(), task_log_, end, touched_tasks_);
    bool ready_left = false;
    for (const std::uint32_t i : touched_tasks_) {
        const TaskSegment* seg = segment_at(ix.tasks()[i], end - 1);
        if (seg == nullptr) continue;
        if (i < state_.tasks.size())
            state_.tasks[i] = task_view(recorder, i, *seg);
        else
            state_.tasks.push_back(task_view(recorder, i, *seg));  // new tasks come in creation order
        const std::uint32_t order = seg->state == TaskState::ready ? seg->ready_order : npos;
        if (order == task_queued_[i]) continue;
        ready_left |= task_queued_[i] != npos;
        if (order != npos) ready_added_.push_back({order, {ReadyKind::task, i, ix.tasks()[i].id}});
        task_queued_[i] = order;
    }

    // Timers that changed: pending (by deadline) or fired and queued.
    take_changes(ix.timer_changes(), timer_log_, end, touched_timers_);
    bool timer_left = false;
    for (const std::uint32_t i : touched_timers_) {
        const TimerRecord& tr = ix.timers()[i];
        const TimerStatus status = end == 0 ? TimerStatus::none : timer_status(tr, end - 1);
        const std::uint8_t pending = status == TimerStatus::pending;
        if (pending != timer_pending_[i]) {
            timer_left |= !pending;
            if (pending) timers_added_.push_back({i, tr.id, tr.deadline, tr.armed_by});
            timer_pending_[i] = pending;
        }
        const std::uint32_t order = status == TimerStatus::queued ? tr.ready_order : npos;
        if (order == timer_queued_[i]) continue;
        ready_left |= timer_queued_[i] != npos;
        if (order != npos) ready_added_.push_back({order, {ReadyKind::timer, i, tr.id}});
        timer_queued_[i] = order;
    }

    if (timer_left) {
        std::erase_if(state_.timers, [&](const TimerView& t) { return timer_pending_[t.timer] == 0; });
    }
    std::sort(timers_added_.begin(), timers_added_.end(), earlier_deadline);
    merge_into(state_.timers, timers_added_, earlier_deadline);

    const bool ready_changed = ready_left || !ready_added_.empty();
    if (ready_left) {
        std::erase_if(ready_, [&](const Queued& q) {
            const auto& where = q.entry.kind == ReadyKind::task ? task_queued_ : timer_queued_;
            return where[q.entry.index] != q.order;
        });
    }
    const auto by_order = [](const Queued& a, const Queued& b) { return a.order < b.order; };
    std::sort(ready_added_.begin(), ready_added_.end(), by_order);
    merge_into(ready_, ready_added_, by_order);
    if (ready_changed) {
        state_.ready.resize(ready_.size());
        for (std::size_t k = 0; k < ready_.size(); ++k) state_.ready[k] = ready_[k].entry;
    }

    // The rest is cheap: recomputed.
    state_.events = end;
    state_.time =
        end == 0 ? (recorder.size() ? recorder.events().front().time : 0.0) : recorder.events()[end - 1].time;
    state_.truncated = recorder.truncated() && events == recorder.size();
    if (end == 0) {
        state_.jobs.clear();
        state_.workers.clear();
        state_.console_lines = 0;
        state_.loop = LoopView{};
        return;
    }
    fill_rest(recorder, state_, end - 1, state_.time);
}

// ---- state_at, state_at_time --------------------------------------------------------------------

RunState state_at(const Recorder& recorder, std::size_t events) {
    events = std::min(events, recorder.size());
    const double time = events == 0 ? (recorder.size() ? recorder.events().front().time : 0.0)
                                    : recorder.events()[events - 1].time;
    return build(recorder, events, time);
}

RunState state_at_time(const Recorder& recorder, double time) {
    const auto& ev = recorder.events();
    const auto n = static_cast<std::size_t>(
        std::partition_point(ev.begin(), ev.end(), [&](const Event& e) { return e.time <= time; }) -
        ev.begin());
    return build(recorder, n, time);
}

}  // namespace loopscope::run_model
