#include "timeline_view.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace loopscope::timeline {

void TimeAxis::zoom_at(double x, double factor) noexcept {
    if (!(factor > 0.0) || !std::isfinite(factor)) return;
    const double t = to_time(x);
    spp_ = std::clamp(spp_ / factor, kMinSecondsPerPixel, kMaxSecondsPerPixel);
    anchor(t, x);
}

void TimeAxis::resize(double pixels) noexcept {
    const double span = spp_ * width_;
    set_width(pixels);
    spp_ = std::clamp(span / width_, kMinSecondsPerPixel, kMaxSecondsPerPixel);
}

void TimeAxis::fit(double t0, double t1) noexcept {
    if (!(t1 > t0)) t1 = t0 + 1e-3;        // an instant: 1 ms around it
    const double span = (t1 - t0) * 1.04;  // a little room after the last segment
    spp_ = std::clamp(span / width_, kMinSecondsPerPixel, kMaxSecondsPerPixel);
    start_ = t0 - (t1 - t0) * 0.01;
}

void TimeAxis::follow(double now) noexcept { anchor(now, width_ * 0.96); }

void TimelineView::layout(const run_model::RunIndex& index, double now) {
    rows_.clear();
    rows_.push_back({LaneType::loop, 0});
    for (std::uint32_t w = 0; w < index.workers().size(); ++w) rows_.push_back({LaneType::worker, w});
    const auto& tasks = index.tasks();
    task_rows_.assign(tasks.size(), static_cast<std::uint32_t>(npos));
    const double visible_from = axis_.start();
    for (std::uint32_t i = 0; i < tasks.size(); ++i) {
        if (collapse_finished_ && !tasks[i].segments.empty()) {
            const run_model::TaskSegment& last = tasks[i].segments.back();
            if (run_model::is_final(last.state) && last.begin_time < visible_from) continue;
        }
        task_rows_[i] = static_cast<std::uint32_t>(rows_.size());
        rows_.push_back({LaneType::task, i});
    }
    (void)now;
}

std::pair<std::size_t, std::size_t> TimelineView::visible_rows(float scroll_y, float height) const noexcept {
    if (rows_.empty() || height <= 0) return {0, 0};
    const float first = std::max(0.0f, std::floor(scroll_y / lane_height_));
    const float last = std::ceil((scroll_y + height) / lane_height_);
    const std::size_t b = std::min(rows_.size(), static_cast<std::size_t>(first));
    const std::size_t e = std::min(rows_.size(), static_cast<std::size_t>(std::max(0.0f, last)));
    return {b, std::max(b, e)};
}

std::size_t TimelineView::row_of_task(std::uint32_t task) const noexcept {
    if (task >= task_rows_.size() || task_rows_[task] == npos) return npos;
    return task_rows_[task];
}

std::pair<std::size_t, std::size_t> TimelineView::loop_segments_in(
    const std::vector<run_model::LoopSegment>& segs, double t0, double t1, double now) noexcept {
    auto end_of = [now](const run_model::LoopSegment& s) { return s.end_event == npos ? now : s.end_time; };
    auto first = std::partition_point(segs.begin(), segs.end(),
                                      [&](const run_model::LoopSegment& s) { return end_of(s) < t0; });
    auto last = std::partition_point(first, segs.end(),
                                     [&](const run_model::LoopSegment& s) { return s.begin_time <= t1; });
    return {static_cast<std::size_t>(first - segs.begin()), static_cast<std::size_t>(last - segs.begin())};
}

std::pair<std::size_t, std::size_t> TimelineView::jobs_in(const run_model::RunIndex& index,
                                                          const run_model::WorkerLane& lane, double t0,
                                                          double t1) noexcept {
    // Jobs of one worker run one after another, in completion order: done times are sorted.
    const auto& jobs = index.jobs();
    auto first = std::partition_point(lane.jobs.begin(), lane.jobs.end(),
                                      [&](std::uint32_t j) { return jobs[j].done_time < t0; });
    auto last = std::partition_point(first, lane.jobs.end(),
                                     [&](std::uint32_t j) { return jobs[j].start_time <= t1; });
    return {static_cast<std::size_t>(first - lane.jobs.begin()),
            static_cast<std::size_t>(last - lane.jobs.begin())};
}

Hit TimelineView::hit_test(const run_model::RunIndex& index, double x, double y, double now,
                           double slop) const {
    Hit hit;
    if (y < 0 || x < -slop) return hit;
    const auto row = static_cast<std::size_t>(y / lane_height_);
    if (row >= rows_.size()) return hit;
    hit.row = row;
    const double t0 = axis_.to_time(x - slop), t1 = axis_.to_time(x + slop), t = axis_.to_time(x);
    // Among the candidates under [x - slop, x + slop], the one nearest to t (thin segments of a
    // virtual-time run have no width at all).
    auto distance = [t](double b, double e) { return t < b ? b - t : (t > e ? t - e : 0.0); };
    double best = 1e300;
    const LaneRow& lane = rows_[row];
    switch (lane.type) {
        case LaneType::loop: {
            // Blocked calls first: they lie inside a step and matter most.
            auto [bb, be] = loop_segments_in(index.blocked(), t0, t1, now);
            for (std::size_t i = bb; i < be; ++i) {
                const auto& s = index.blocked()[i];
                const double d = distance(s.begin_time, std::max(s.begin_time + s.seconds, s.end_time));
                if (d < best)
                    best = d, hit.kind = HitKind::blocked, hit.index = static_cast<std::uint32_t>(i);
            }
            if (hit.kind == HitKind::blocked) return hit;
            auto [lb, le] = loop_segments_in(index.loop_lane(), t0, t1, now);
            for (std::size_t i = lb; i < le; ++i) {
                const auto& s = index.loop_lane()[i];
                const double d = distance(s.begin_time, s.end_event == npos ? now : s.end_time);
                if (d < best)
                    best = d, hit.kind = HitKind::loop_segment, hit.index = static_cast<std::uint32_t>(i);
            }
            break;
        }
        case LaneType::worker: {
            const auto& w = index.workers()[lane.index];
            auto [jb, je] = jobs_in(index, w, t0, t1);
            for (std::size_t i = jb; i < je; ++i) {
                const auto& j = index.jobs()[w.jobs[i]];
                const double d = distance(j.start_time, j.done_time);
                if (d < best) best = d, hit.kind = HitKind::job, hit.index = w.jobs[i];
            }
            break;
        }
        case LaneType::task: {
            const auto& task = index.tasks()[lane.index];
            const run_model::SegmentRange r = run_model::segments_in(task, t0, t1, now);
            for (std::size_t i = r.begin; i < r.end; ++i) {
                const auto& s = task.segments[i];
                const double d = distance(s.begin_time, s.open() ? now : s.end_time);
                // Ties (zero-length segments at one instant): the later state wins, as drawn on top.
                if (d <= best)
                    best = d, hit.kind = HitKind::task_segment, hit.index = static_cast<std::uint32_t>(i);
            }
            if (hit.kind == HitKind::task_segment) hit.task = lane.index;
            break;
        }
    }
    return hit;
}

Cursor cursor_at_time(const run_model::Recorder& recorder, double time) noexcept {
    const auto& events = recorder.events();
    auto it = std::partition_point(events.begin(), events.end(),
                                   [time](const run_model::Event& e) { return e.time <= time; });
    return {true, static_cast<std::uint32_t>(it - events.begin()), time};
}

Cursor cursor_step(const run_model::Recorder& recorder, const Cursor& from, int steps) noexcept {
    const auto& events = recorder.events();
    if (events.empty()) return {};
    const long long count = static_cast<long long>(events.size());
    const long long at = from.active ? std::min<long long>(from.events, count) : count;
    const long long to = std::clamp<long long>(at + steps, 0, count);
    // The state after `to` events is drawn at the time of the last of them (the first event's time
    // for the state before any).
    const double time = events[static_cast<std::size_t>(to == 0 ? 0 : to - 1)].time;
    return {true, static_cast<std::uint32_t>(to), time};
}

std::size_t suspended_segment(const run_model::TaskRecord& t, std::size_t segment) noexcept {
    if (t.segments.empty()) return npos;
    for (std::size_t i = std::min(segment, t.segments.size() - 1) + 1; i-- > 0;)
        if (t.segments[i].line > 0) return i;
    return npos;
}

double record_end_time(const run_model::Recorder& recorder, double now) noexcept {
    const double last = recorder.events().empty() ? 0.0 : recorder.events().back().time;
    return std::max(last, now);
}

double ruler_step(double seconds_per_pixel, double min_pixels) noexcept {
    const double target = seconds_per_pixel * min_pixels;
    if (!(target > 0) || !std::isfinite(target)) return 1.0;
    double decade = std::pow(10.0, std::floor(std::log10(target)));
    for (;;) {
        // A hair of tolerance: 10^k computed by pow may land just below a target of exactly 10^k.
        for (const double m : {1.0, 2.0, 5.0})
            if (decade * m >= target * (1 - 1e-9)) return decade * m;
        decade *= 10;
    }
}

void format_ruler_label(char* out, std::size_t size, double seconds, double step) noexcept {
    if (size == 0) return;
    if (std::fabs(seconds) < step * 1e-6) seconds = 0.0;  // no "-0" or "1e-17" at the origin
    const int decimals = std::clamp(static_cast<int>(-std::floor(std::log10(step) + 1e-9)), 0, 12);
    char number[48];
    std::snprintf(number, sizeof(number), "%.*f", decimals, seconds);
    // "0.10" -> "0.1", "2.00" -> "2".
    std::size_t n = std::strlen(number);
    if (std::strchr(number, '.') != nullptr) {
        while (n > 0 && number[n - 1] == '0') --n;
        if (n > 0 && number[n - 1] == '.') --n;
    }
    number[n] = '\0';
    std::snprintf(out, size, "%s s", number);
}

double run_origin(const run_model::Recorder& recorder) noexcept {
    const auto& events = recorder.events();
    return events.empty() ? 0.0 : events.front().time;
}

namespace {

// Seconds of [t0, t1] during which the loop was blocked: by a blocking call, or by a step or
// callback that computed without awaiting (both lists are in time order and never overlap).
double blocked_seconds(const run_model::RunIndex& index, double t0, double t1) {
    auto overlap = [&](const run_model::LoopSegment& s) {
        const double end = s.end_event == npos ? t1 : std::max(s.end_time, s.begin_time + s.seconds);
        return std::max(0.0, std::min(end, t1) - std::max(s.begin_time, t0));
    };
    double total = 0;
    const auto& blocked = index.blocked();
    auto it = std::partition_point(blocked.begin(), blocked.end(), [&](const run_model::LoopSegment& s) {
        return s.end_event != npos && std::max(s.end_time, s.begin_time + s.seconds) <= t0;
    });
    for (; it != blocked.end() && it->begin_time < t1; ++it) total += overlap(*it);
    const auto& loop = index.loop_lane();
    const auto& slow = index.slow_steps();
    auto st = std::partition_point(slow.begin(), slow.end(), [&](std::uint32_t k) {
        return loop[k].end_event != npos && loop[k].end_time <= t0;
    });
    for (; st != slow.end() && loop[*st].begin_time < t1; ++st) {
        const run_model::LoopSegment& s = loop[*st];
        const double end = s.end_event == npos ? t1 : s.end_time;
        total += std::max(0.0, std::min(end, t1) - std::max(s.begin_time, t0));
    }
    return total;
}

}  // namespace

void find_late_wakes(const run_model::Recorder& recorder, double min_late, double min_late_busy,
                     std::vector<LateWake>& out) {
    out.clear();
    const auto& events = recorder.events();
    const auto& timers = recorder.index().timers();
    for (std::uint32_t i = 0; i < timers.size(); ++i) {
        const run_model::TimerRecord& t = timers[i];
        if (t.cancelled || t.armed_by == npos || t.end_event == npos) continue;
        const std::uint32_t at = t.run_event != npos ? t.run_event : t.end_event;
        if (at >= events.size()) continue;
        const double fired = events[at].time;
        const double late = fired - t.deadline;
        if (late <= min_late) continue;
        if (blocked_seconds(recorder.index(), t.deadline, fired) >= late * 0.5)
            out.push_back({i, t.armed_by, t.deadline, fired, LateCause::blocked});
        else if (late > min_late_busy)
            out.push_back({i, t.armed_by, t.deadline, fired, LateCause::busy});
    }
}

void find_run_shutdown_tasks(const run_model::RunIndex& index, std::vector<std::uint32_t>& out,
                             std::vector<std::uint32_t>* mains) {
    out.clear();
    if (mains != nullptr) mains->clear();
    const auto& tasks = index.tasks();
    std::uint32_t root = npos;  // the current asyncio.run's main task
    int cleanups = 0;
    for (std::uint32_t i = 0; i < tasks.size(); ++i) {
        if (tasks[i].parent != npos) continue;
        if (root == npos || cleanups == kShutdownTasksPerRun) {
            root = i;
            cleanups = 0;
            continue;
        }
        const auto& segs = tasks[root].segments;
        const bool root_ended = !segs.empty() && run_model::is_final(segs.back().state) &&
                                tasks[i].created_event >= segs.back().begin_event;
        if (!root_ended) continue;  // made by a callback while main() ran: the script's
        out.push_back(i);
        if (mains != nullptr) mains->push_back(root);
        ++cleanups;
    }
}

}  // namespace loopscope::timeline
