// Time per task: one pass over each task's segments up to the moment (see task_times.hpp).
#include "task_times.hpp"

#include <algorithm>
#include <cstdio>

namespace loopscope::run_model {

const char* to_string(WaitReason reason) noexcept {
    switch (reason) {
        case WaitReason::timer: return "timer";
        case WaitReason::lock: return "lock";
        case WaitReason::queue: return "queue";
        case WaitReason::event: return "event";
        case WaitReason::io: return "I/O";
        case WaitReason::task: return "task";
        case WaitReason::executor: return "executor";
        case WaitReason::other: break;
    }
    return "other";
}

namespace {

bool starts_with(std::string_view s, std::string_view prefix) noexcept {
    return s.substr(0, prefix.size()) == prefix;
}

}  // namespace

WaitReason wait_reason(std::string_view label) noexcept {
    if (label == "sleep") return WaitReason::timer;
    if (starts_with(label, "Lock.") || starts_with(label, "Semaphore.") ||
        starts_with(label, "BoundedSemaphore."))
        return WaitReason::lock;
    if (starts_with(label, "Queue.")) return WaitReason::queue;
    if (label == "Event.wait" || label == "Condition.wait" || label == "Barrier.wait")
        return WaitReason::event;
    if (starts_with(label, "Stream") || starts_with(label, "sock_") || starts_with(label, "Server.") ||
        starts_with(label, "open_connection") || starts_with(label, "fetch") || starts_with(label, "read") ||
        starts_with(label, "getaddrinfo"))
        return WaitReason::io;
    if (label == "Task" || label == "gather" || label == "TaskGroup" || label == "wait_for" ||
        label == "wait" || label == "shield" || label == "as_completed" || label == "timeout")
        return WaitReason::task;
    if (label == "run_in_executor" || label == "to_thread") return WaitReason::executor;
    return WaitReason::other;
}

double TaskTimes::total_waiting() const noexcept {
    double sum = 0.0;
    for (double w : waiting) sum += w;
    return sum;
}

void time_per_task(const Recorder& recorder, std::size_t events, TimeReport& out, double at) {
    const auto& all = recorder.events();
    const auto n = static_cast<std::uint32_t>(std::min(events, all.size()));
    const double now = std::max(at, n ? all[n - 1].time : 0.0);
    const double start = all.empty() ? 0.0 : all.front().time;
    const RunIndex& index = recorder.index();
    out.events = n;
    out.time = now;
    out.tasks.clear();
    // A segment's part before the moment.
    auto length = [&](std::uint32_t end_event, double begin_time, double end_time) {
        const double end = (end_event != npos && end_event < n) ? end_time : now;
        return std::max(0.0, end - begin_time);
    };
    const auto& tasks = index.tasks();
    for (std::uint32_t ti = 0; ti < tasks.size(); ++ti) {
        const TaskRecord& t = tasks[ti];
        if (t.created_event >= n) break;  // tasks are in creation order
        TaskTimes tt;
        tt.task = ti;
        double finished_at = now;
        for (const TaskSegment& s : t.segments) {
            if (s.begin_event >= n) break;
            const double d = length(s.end_event, s.begin_time, s.end_time);
            switch (s.state) {
                case TaskState::running:
                    tt.running += d;
                    ++tt.steps;
                    if (d > tt.longest_step || tt.longest_step_event == npos) {
                        tt.longest_step = d;
                        tt.longest_step_event = s.begin_event;
                    }
                    break;
                case TaskState::created:
                case TaskState::ready: tt.ready += d; break;
                case TaskState::waiting:
                    tt.waiting[static_cast<std::size_t>(wait_reason(recorder.str(s.label)))] += d;
                    break;
                case TaskState::done:
                case TaskState::failed:
                case TaskState::cancelled:
                    tt.finished = true;
                    finished_at = s.begin_time;
                    break;
            }
        }
        tt.lifetime = std::max(0.0, finished_at - t.created_time);
        out.tasks.push_back(tt);
    }

    LoopTimes& loop = out.loop;
    loop = LoopTimes{};
    loop.span = std::max(0.0, now - start);
    for (const LoopSegment& s : index.loop_lane()) {
        if (s.begin_event >= n) break;
        const double d = length(s.end_event, s.begin_time, s.end_time);
        if (s.kind != LoopActivity::idle) loop.busy += d;
    }
    // Idle: not running anything (waiting in the poller, or a virtual clock jumping ahead).
    loop.idle = std::max(0.0, loop.span - loop.busy);
    for (const LoopSegment& s : index.blocked()) {
        if (s.begin_event >= n) break;
        loop.blocked += std::min(s.seconds, std::max(0.0, now - s.begin_time));
    }
    loop.utilisation = loop.span > 0.0 ? std::min(1.0, loop.busy / loop.span) : 0.0;
    double lag_sum = 0.0;
    const auto& timers = index.timers();
    for (std::uint32_t i = 0; i < timers.size(); ++i) {
        const TimerRecord& tr = timers[i];
        if (tr.cancelled || tr.run_event == npos || tr.run_event >= n) continue;
        const double lag = std::max(0.0, all[tr.run_event].time - tr.deadline);
        ++loop.timers_run;
        lag_sum += lag;
        if (lag > loop.lag_max || loop.lag_max_timer == npos) {
            loop.lag_max = lag;
            loop.lag_max_timer = i;
        }
    }
    loop.lag_mean = loop.timers_run ? lag_sum / loop.timers_run : 0.0;
}

void sort_tasks(TimeReport& report, TimeColumn column, bool descending) {
    auto key = [column](const TaskTimes& t) -> double {
        switch (column) {
            case TimeColumn::task: return t.task;
            case TimeColumn::running: return t.running;
            case TimeColumn::ready: return t.ready;
            case TimeColumn::waiting: return t.total_waiting();
            case TimeColumn::steps: return t.steps;
            case TimeColumn::longest_step: return t.longest_step;
            case TimeColumn::lifetime: return t.lifetime;
        }
        return 0.0;
    };
    std::stable_sort(report.tasks.begin(), report.tasks.end(), [&](const TaskTimes& a, const TaskTimes& b) {
        const double ka = key(a), kb = key(b);
        if (ka != kb) return descending ? ka > kb : ka < kb;
        return a.task < b.task;
    });
}

std::string format_time_report(const Recorder& recorder, const TimeReport& report) {
    std::string s;
    char buf[256];
    std::snprintf(buf, sizeof buf, "%-12s %8s %8s %8s  %-34s %5s %8s\n", "task", "running", "ready",
                  "waiting", "by reason", "steps", "longest");
    s += buf;
    for (const TaskTimes& t : report.tasks) {
        std::string reasons;
        for (std::size_t r = 0; r < kWaitReasons; ++r) {
            if (t.waiting[r] <= 0.0) continue;
            std::snprintf(buf, sizeof buf, "%s%s %.3g", reasons.empty() ? "" : ", ",
                          to_string(static_cast<WaitReason>(r)), t.waiting[r]);
            reasons += buf;
        }
        const std::string_view name = recorder.str(recorder.index().tasks()[t.task].name);
        std::snprintf(buf, sizeof buf, "%-12.*s %8.3f %8.3f %8.3f  %-34s %5u %8.3f\n", int(name.size()),
                      name.data(), t.running, t.ready, t.total_waiting(), reasons.c_str(), t.steps,
                      t.longest_step);
        s += buf;
    }
    const LoopTimes& l = report.loop;
    std::snprintf(
        buf, sizeof buf,
        "loop: %.3f s, busy %.3f (blocked %.3f), idle %.3f, utilisation %.0f%%; %u timers, lag mean "
        "%.3f max %.3f\n",
        l.span, l.busy, l.blocked, l.idle, l.utilisation * 100.0, l.timers_run, l.lag_mean, l.lag_max);
    s += buf;
    return s;
}

}  // namespace loopscope::run_model
