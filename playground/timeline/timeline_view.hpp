// TimelineView: the timeline panel's logic without ImGui — the time <-> pixel transform (zoom
// around a point, pan, fit, follow live), the lane layout (the loop's lane on top, one lane per
// executor worker, one per task in creation order, finished tasks optionally collapsed away),
// culling to the visible window and hit testing. The panel (timeline_panel.hpp) draws what this
// says; tests drive it directly.
//
//   TimelineView view;
//   view.set_width(800);
//   view.fit(0.0, 2.0);                         // 2 s across 800 px
//   view.axis().resize(600);                    // the same 2 s across 600 px
//   view.zoom_at(400, 2.0);                     // zoom in around x = 400
//   view.layout(recorder.index(), now);         // lanes (reuses its buffers)
//   Hit h = view.hit_test(recorder.index(), x, y, now);
#pragma once
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "recorder.hpp"
#include "run_index.hpp"

namespace loopscope::timeline {

using run_model::npos;

// Time <-> pixel along the visible window: x = (t - start) / seconds_per_pixel.
class TimeAxis {
public:
    double start() const noexcept { return start_; }
    double seconds_per_pixel() const noexcept { return spp_; }
    double width() const noexcept { return width_; }
    double end() const noexcept { return start_ + spp_ * width_; }

    void set_width(double pixels) noexcept { width_ = pixels > 1.0 ? pixels : 1.0; }
    // A new width showing the same times at both edges (the window was resized): the zoom follows
    // the width, and a fitted view stays fitted.
    void resize(double pixels) noexcept;
    double to_x(double time) const noexcept { return (time - start_) / spp_; }
    double to_time(double x) const noexcept { return start_ + x * spp_; }

    // Zooms by `factor` (> 1: in) keeping the time under pixel `x` under it.
    void zoom_at(double x, double factor) noexcept;
    // Moves the window by `pixels` (positive: later times come into view).
    void pan(double pixels) noexcept { start_ += pixels * spp_; }
    // Shows [t0, t1] across the whole width (a small margin on the right).
    void fit(double t0, double t1) noexcept;
    // Keeps `now` at the right edge, the zoom unchanged (follow live).
    void follow(double now) noexcept;
    // Shows `time` at pixel `x`.
    void anchor(double time, double x) noexcept { start_ = time - x * spp_; }

    static constexpr double kMinSecondsPerPixel = 1e-9;
    static constexpr double kMaxSecondsPerPixel = 1e6;

private:
    double start_ = 0.0;
    double spp_ = 1e-3;  // 1 ms per pixel
    double width_ = 800.0;
};

enum class LaneType : std::uint8_t { loop, worker, task };

struct LaneRow {
    LaneType type = LaneType::loop;
    std::uint32_t index = 0;  // worker lane index / task index
};

// What is under a point of the timeline.
enum class HitKind : std::uint8_t { none, loop_segment, blocked, job, task_segment };
struct Hit {
    HitKind kind = HitKind::none;
    std::size_t row = 0;         // lane row
    std::uint32_t index = npos;  // loop_lane() / blocked() / jobs() index, or the segment index in the task
    std::uint32_t task = npos;   // task_segment: task index
};

class TimelineView {
public:
    TimeAxis& axis() noexcept { return axis_; }
    const TimeAxis& axis() const noexcept { return axis_; }

    // Lane geometry: rows of `lane_height` pixels from y = 0 (before scrolling).
    void set_lane_height(float pixels) noexcept { lane_height_ = pixels > 2 ? pixels : 2; }
    float lane_height() const noexcept { return lane_height_; }
    // Hides tasks that were finished before the visible window starts.
    void set_collapse_finished(bool on) noexcept { collapse_finished_ = on; }
    bool collapse_finished() const noexcept { return collapse_finished_; }

    // Rebuilds the rows (loop, workers, tasks in creation order). Reuses its buffer.
    void layout(const run_model::RunIndex& index, double now);
    const std::vector<LaneRow>& rows() const noexcept { return rows_; }
    float content_height() const noexcept { return static_cast<float>(rows_.size()) * lane_height_; }
    // The rows visible in [scroll_y, scroll_y + height): a half-open range of row indices.
    std::pair<std::size_t, std::size_t> visible_rows(float scroll_y, float height) const noexcept;
    // The row of a task (npos when collapsed or unknown).
    std::size_t row_of_task(std::uint32_t task) const noexcept;

    // Loop-lane, blocked and job segments overlapping the visible window [start, end] (index ranges,
    // by binary search: the lists are in time order).
    static std::pair<std::size_t, std::size_t> loop_segments_in(
        const std::vector<run_model::LoopSegment>& segs, double t0, double t1, double now) noexcept;
    // Jobs of a worker lane overlapping [t0, t1] (positions in lane.jobs: completion order).
    static std::pair<std::size_t, std::size_t> jobs_in(const run_model::RunIndex& index,
                                                       const run_model::WorkerLane& lane, double t0,
                                                       double t1) noexcept;

    // What is at content point (x, y) (y includes the scroll). `slop` pixels widen thin segments.
    Hit hit_test(const run_model::RunIndex& index, double x, double y, double now, double slop = 2.0) const;

private:
    TimeAxis axis_;
    float lane_height_ = 18.0f;
    bool collapse_finished_ = false;
    std::vector<LaneRow> rows_;
    std::vector<std::uint32_t> task_rows_;  // task index -> row (npos: collapsed)
};

// Where task `t` was suspended during its segment `segment` (clicking a bar shows that line in the
// editor): the segment's own line when it has one (waiting; ready after a yield; running, which
// resumes from there), else the latest earlier segment's. The index of the segment holding the line,
// or npos when there is none (the task had not run yet, or it is a C++ task without lines).
std::size_t suspended_segment(const run_model::TaskRecord& t, std::size_t segment) noexcept;

// The moment the timeline's cursor points at (scrubbing): app state that the inspector reads.
// Inactive: "now" (the live end of the record).
struct Cursor {
    bool active = false;
    std::uint32_t events = 0;  // the state after the first `events` events
    double time = 0.0;         // loop time
};
// The cursor at loop time `time`: after every event stamped at or before it (binary search).
Cursor cursor_at_time(const run_model::Recorder& recorder, double time) noexcept;
// The cursor `steps` events later (negative: earlier) than `from`, clamped to the record: the state
// after one more (or one fewer) event, at that event's time. From an inactive cursor (live, the end
// of the record) a step back shows the state before the last event. The arrow keys scrub with it.
Cursor cursor_step(const run_model::Recorder& recorder, const Cursor& from, int steps) noexcept;

// The tasks asyncio.run made for its own clean-up (shutdown_asyncgens, shutdown_default_executor),
// in index order: of the parentless tasks, taken in creation order, the first is a run's main task;
// the (at most) two made after it ended are its clean-up; the next parentless one is the next
// asyncio.run's main. `out` is reused.
inline constexpr int kShutdownTasksPerRun = 2;
// `mains`, if given, gets the main task of each one's run (the task running the coroutine asyncio.run
// was given), position by position.
void find_run_shutdown_tasks(const run_model::RunIndex& index, std::vector<std::uint32_t>& out,
                             std::vector<std::uint32_t>* mains = nullptr);

// A timer that fired later than it was due: a task's sleep that lasted longer than asked. The
// timeline draws the lateness on the task's lane.
enum class LateCause : std::uint8_t {
    blocked,  // a blocking call, or a step computing without awaiting, held the loop most of the delay
    busy,     // nothing blocked it: the loop ran other work, or its host did not run it (a page drawing)
};
struct LateWake {
    std::uint32_t timer = 0;  // index into index.timers()
    std::uint32_t task = 0;   // the task whose step armed it
    double due = 0.0;         // its deadline
    double fired = 0.0;       // when its callback ran (or it fired, if that is all the record has)
    LateCause cause = LateCause::blocked;
};
// A real clock's timers are always a little late, and a page's loop runs in slices between frames:
// without a blocked stretch to show for it, a delay is only worth a mark past this.
inline constexpr double kBusyLateSeconds = 0.1;
// The timers armed by a task that ran late, in timer order: more than `min_late` seconds after their
// deadline with the loop blocked (index.blocked(), index.slow_steps()) for at least half of the
// delay, or more than `min_late_busy` seconds whatever the loop did. `out` is reused (no allocation
// once it is large enough).
void find_late_wakes(const run_model::Recorder& recorder, double min_late, double min_late_busy,
                     std::vector<LateWake>& out);

// The ruler's tick step: the smallest 1, 2 or 5 x 10^k seconds that puts ticks at least
// `min_pixels` apart at `seconds_per_pixel`.
double ruler_step(double seconds_per_pixel, double min_pixels) noexcept;
// A ruler label: `seconds` (a multiple of `step`) with as many decimals as the step needs and no
// trailing zeros ("0 s", "0.02 s", "0.1 s", "100.00002 s").
void format_ruler_label(char* out, std::size_t size, double seconds, double step) noexcept;

// Loop time the run started at (its first event's): the timeline shows times from there, as the
// exported trace does (a real-time clock does not start at 0: it counts from the page's or the
// process's start). 0 for an empty record.
double run_origin(const run_model::Recorder& recorder) noexcept;

// Loop time at the end of the record (the latest event's time or `now`, whichever is later).
double record_end_time(const run_model::Recorder& recorder, double now) noexcept;

}  // namespace loopscope::timeline
