#include "run_state.hpp"

#include <algorithm>

namespace loopscope::model {

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
        TaskView v;
        v.task = i;
        v.id = t.id;
        v.name = rec.str(t.name);
        v.parent = t.parent;
        v.state = seg->state;
        v.since = seg->begin_time;
        v.future = seg->future;
        v.label = rec.str(seg->label);
        v.file = rec.str(seg->file);
        v.line = seg->line;
        v.steps = seg->steps;
        if (seg->state == TaskState::ready) queued.push_back({seg->ready_order, {ReadyKind::task, i, t.id}});
        s.tasks.push_back(v);
    }

    for (std::uint32_t i = 0; i < ix.timers().size(); ++i) {
        const TimerRecord& tr = ix.timers()[i];
        if (tr.armed_event > last) continue;
        if (tr.end_event == npos || tr.end_event > last) {
            s.timers.push_back({i, tr.id, tr.deadline, tr.armed_by});
        } else if (!tr.cancelled && (tr.run_event == npos || tr.run_event > last)) {
            queued.push_back({tr.ready_order, {ReadyKind::timer, i, tr.id}});
        }
    }
    std::stable_sort(s.timers.begin(), s.timers.end(),
                     [](const TimerView& a, const TimerView& b) { return a.deadline < b.deadline; });
    std::sort(queued.begin(), queued.end(), [](const Queued& a, const Queued& b) { return a.order < b.order; });
    s.ready.reserve(queued.size());
    for (const Queued& q : queued) s.ready.push_back(q.entry);

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
    for (std::uint32_t w = 0; w < ix.workers().size(); ++w) {
        const WorkerLane& lane = ix.workers()[w];
        WorkerView v{w, lane.executor, lane.worker, npos};
        for (std::uint32_t ji : lane.jobs)
            if (job_running(ix.jobs()[ji], last, time)) v.job = ji;
        s.workers.push_back(v);
    }

    const auto& console = ix.console();
    s.console_lines = static_cast<std::size_t>(
        std::partition_point(console.begin(), console.end(), [&](const ConsoleLine& l) { return l.event <= last; }) -
        console.begin());

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
    return s;
}

}  // namespace

RunState state_at(const Recorder& recorder, std::size_t events) {
    events = std::min(events, recorder.size());
    const double time = events == 0 ? (recorder.size() ? recorder.events().front().time : 0.0)
                                    : recorder.events()[events - 1].time;
    return build(recorder, events, time);
}

RunState state_at_time(const Recorder& recorder, double time) {
    const auto& ev = recorder.events();
    const auto n = static_cast<std::size_t>(
        std::partition_point(ev.begin(), ev.end(), [&](const Event& e) { return e.time <= time; }) - ev.begin());
    return build(recorder, n, time);
}

}  // namespace loopscope::model
