// TimelineView: time <-> pixel, zoom around the mouse, pan, fit, follow; lane layout with workers;
// culling; hit testing; the cursor's event count — on a hand-made recording.
#include <doctest/doctest.h>

#include <cmath>

#include "timeline_view.hpp"

using namespace loopscope;
using aio::TraceKind;
using timeline::HitKind;
using timeline::LaneType;
using timeline::TimelineView;

namespace {

void ev(run_model::Recorder& r, TraceKind kind, std::uint64_t id, double time, std::uint64_t other = 0,
        std::uint32_t arg = 0, double value = 0, std::string_view text = {}, std::uint32_t line = 0) {
    aio::TraceEvent e{kind};
    e.id = id;
    e.other = other;
    e.arg = arg;
    e.loop_time = time;
    e.value = value;
    e.text = text;
    if (line > 0) {
        e.file = "main.py";
        e.line = line;
    }
    r.record(e);
}

constexpr auto awaiting = static_cast<std::uint32_t>(aio::StepOutcome::awaiting_future);
constexpr auto finished = static_cast<std::uint32_t>(aio::StepOutcome::finished);

// main (task 1) starts child (task 2) and awaits it; child sleeps 1 s, hands a job to worker 0 of
// executor 9 and blocks the loop for 0.3 s (time.sleep), then finishes; so does main.
void record_demo(run_model::Recorder& r) {
    ev(r, TraceKind::task_created, 1, 0.0, 0, 0, 0, "main");
    ev(r, TraceKind::task_scheduled, 1, 0.0);
    ev(r, TraceKind::task_step_begin, 1, 0.0);
    ev(r, TraceKind::task_created, 2, 0.0, 1, 0, 0, "child");
    ev(r, TraceKind::task_scheduled, 2, 0.0);
    ev(r, TraceKind::task_step_end, 1, 0.0, 100, awaiting, 0, "child", 5);
    ev(r, TraceKind::task_step_begin, 2, 0.0);
    ev(r, TraceKind::executor_queued, 7, 0.0, 9);
    ev(r, TraceKind::timer_armed, 50, 0.0, 0, 0, 1.0);
    ev(r, TraceKind::task_step_end, 2, 0.0, 200, awaiting, 0, "sleep", 9);
    ev(r, TraceKind::loop_wait_begin, 0, 0.0, 0, 0, 1.0);
    ev(r, TraceKind::loop_wait_end, 0, 1.0);
    ev(r, TraceKind::executor_started, 7, 1.0, 9, 0, 0.5);
    ev(r, TraceKind::executor_finished, 7, 1.0, 9, 0, 0.5);
    ev(r, TraceKind::timer_fired, 50, 1.0);
    ev(r, TraceKind::callback_begin, 50, 1.0);
    ev(r, TraceKind::future_done, 200, 1.0);
    ev(r, TraceKind::task_scheduled, 2, 1.0, 200, static_cast<std::uint32_t>(aio::WakeSource::future));
    ev(r, TraceKind::callback_end, 50, 1.0);
    ev(r, TraceKind::task_step_begin, 2, 1.0);
    ev(r, TraceKind::loop_blocked, 0, 1.0, 0, 0, 0.3);  // stamped when the call began
    ev(r, TraceKind::task_step_end, 2, 1.3, 0, finished);
    ev(r, TraceKind::task_done, 2, 1.3);
    ev(r, TraceKind::future_done, 100, 1.3);
    ev(r, TraceKind::task_scheduled, 1, 1.3, 100, static_cast<std::uint32_t>(aio::WakeSource::future));
    ev(r, TraceKind::task_step_begin, 1, 1.3);
    ev(r, TraceKind::task_step_end, 1, 1.3, 0, finished);
    ev(r, TraceKind::task_done, 1, 1.3);
}

}  // namespace

TEST_CASE("time <-> pixel round-trips and fit shows the whole span") {
    timeline::TimeAxis axis;
    axis.set_width(800);
    axis.fit(0.0, 2.0);
    CHECK(axis.to_x(0.0) >= 0.0);
    CHECK(axis.to_x(0.0) < 20.0);
    CHECK(axis.to_x(2.0) <= 800.0);
    CHECK(axis.to_x(2.0) > 700.0);
    for (double x : {0.0, 13.5, 400.0, 799.0}) CHECK(axis.to_x(axis.to_time(x)) == doctest::Approx(x));
    CHECK(axis.end() == doctest::Approx(axis.start() + axis.seconds_per_pixel() * 800));
    // An instant still gets a usable scale.
    axis.fit(3.0, 3.0);
    CHECK(axis.seconds_per_pixel() > 0);
    CHECK(axis.to_x(3.0) >= 0.0);
    CHECK(axis.to_x(3.0) <= 800.0);
}

TEST_CASE("zoom keeps the time under the mouse where it is") {
    timeline::TimeAxis axis;
    axis.set_width(1000);
    axis.fit(0.0, 10.0);
    const double before = axis.to_time(250.0);
    const double spp = axis.seconds_per_pixel();
    axis.zoom_at(250.0, 2.0);
    CHECK(axis.seconds_per_pixel() == doctest::Approx(spp / 2));
    CHECK(axis.to_time(250.0) == doctest::Approx(before));
    axis.zoom_at(900.0, 0.25);
    CHECK(axis.seconds_per_pixel() == doctest::Approx(spp * 2));
    // Bad factors change nothing; extreme zoom stops at the limits.
    const double s = axis.seconds_per_pixel();
    axis.zoom_at(10.0, 0.0);
    axis.zoom_at(10.0, -3.0);
    axis.zoom_at(10.0, std::nan(""));
    CHECK(axis.seconds_per_pixel() == s);
    for (int i = 0; i < 200; ++i) axis.zoom_at(10.0, 10.0);
    CHECK(axis.seconds_per_pixel() == timeline::TimeAxis::kMinSecondsPerPixel);
}

TEST_CASE("a resize keeps the visible time range, zoomed in or fitted") {
    timeline::TimeAxis axis;
    axis.set_width(1000);
    axis.fit(0.0, 10.0);
    const double fitted_start = axis.start(), fitted_end = axis.end();
    axis.resize(600);  // a smaller window: the whole run still shows, as a fit would show it
    CHECK(axis.start() == doctest::Approx(fitted_start));
    CHECK(axis.end() == doctest::Approx(fitted_end));
    timeline::TimeAxis refitted;
    refitted.set_width(600);
    refitted.fit(0.0, 10.0);
    CHECK(axis.seconds_per_pixel() == doctest::Approx(refitted.seconds_per_pixel()));
    // Zoomed in on 2-4 s: a wider window shows 2-4 s too, with more pixels per second.
    axis.zoom_at(0.0, 1.0);
    axis.anchor(2.0, 0.0);
    axis.zoom_at(0.0, axis.width() * axis.seconds_per_pixel() / 2.0);
    REQUIRE(axis.end() == doctest::Approx(4.0));
    axis.resize(1500);
    CHECK(axis.start() == doctest::Approx(2.0));
    CHECK(axis.end() == doctest::Approx(4.0));
    CHECK(axis.to_x(3.0) == doctest::Approx(750.0));
    // set_width alone (before any fit) keeps the scale instead.
    axis.set_width(750);
    CHECK(axis.end() == doctest::Approx(3.0));
}

TEST_CASE("pan moves the window by pixels; follow keeps now at the right edge") {
    timeline::TimeAxis axis;
    axis.set_width(500);
    axis.fit(0.0, 5.0);
    const double t = axis.to_time(100.0);
    axis.pan(50.0);
    CHECK(axis.to_time(50.0) == doctest::Approx(t));
    axis.follow(42.0);
    CHECK(axis.to_x(42.0) == doctest::Approx(480.0));
    CHECK(axis.end() > 42.0);
}

TEST_CASE("lanes: the loop on top, then workers, then tasks in creation order; finished ones can collapse") {
    run_model::Recorder r;
    record_demo(r);
    TimelineView view;
    view.axis().set_width(1000);
    view.axis().fit(0.0, 1.3);
    view.layout(r.index(), 1.3);
    REQUIRE(r.index().workers().size() == 1);
    REQUIRE(view.rows().size() == 4);
    CHECK(view.rows()[0].type == LaneType::loop);
    CHECK(view.rows()[1].type == LaneType::worker);
    CHECK(view.rows()[2].type == LaneType::task);
    CHECK(r.str(r.index().tasks()[view.rows()[2].index].name) == "main");
    CHECK(r.str(r.index().tasks()[view.rows()[3].index].name) == "child");
    CHECK(view.row_of_task(1) == 3);
    CHECK(view.row_of_task(99) == run_model::npos);

    // Both tasks finished at 1.3: hidden once the window starts after that, shown while it covers it.
    view.set_collapse_finished(true);
    view.layout(r.index(), 1.3);
    CHECK(view.rows().size() == 4);
    view.axis().anchor(2.0, 0.0);
    view.layout(r.index(), 1.3);
    CHECK(view.rows().size() == 2);
    CHECK(view.row_of_task(0) == run_model::npos);
}

TEST_CASE("visible rows follow the scroll position") {
    run_model::Recorder r;
    record_demo(r);
    TimelineView view;
    view.set_lane_height(20);
    view.layout(r.index(), 1.3);
    CHECK(view.content_height() == 80);
    CHECK(view.visible_rows(0, 30) == std::pair<std::size_t, std::size_t>(0, 2));
    CHECK(view.visible_rows(25, 20) == std::pair<std::size_t, std::size_t>(1, 3));
    CHECK(view.visible_rows(70, 500) == std::pair<std::size_t, std::size_t>(3, 4));
    CHECK(view.visible_rows(500, 100).first == view.visible_rows(500, 100).second);
    CHECK(view.visible_rows(0, 0) == std::pair<std::size_t, std::size_t>(0, 0));
}

TEST_CASE("culling returns exactly the loop segments overlapping the window") {
    run_model::Recorder r;
    // 1000 callbacks of 10 ms each, back to back.
    for (int i = 0; i < 1000; ++i) {
        ev(r, TraceKind::callback_begin, static_cast<std::uint64_t>(i + 1), i * 0.01);
        ev(r, TraceKind::callback_end, static_cast<std::uint64_t>(i + 1), i * 0.01 + 0.01);
    }
    const auto& segs = r.index().loop_lane();
    REQUIRE(segs.size() >= 1000);
    for (auto [t0, t1] :
         {std::pair{2.005, 2.035}, std::pair{-1.0, 0.0}, std::pair{9.995, 50.0}, std::pair{20.0, 30.0}}) {
        const auto [b, e] = TimelineView::loop_segments_in(segs, t0, t1, 10.0);
        std::size_t expected = 0;
        for (std::size_t i = 0; i < segs.size(); ++i) {
            const bool overlaps = segs[i].end_time >= t0 && segs[i].begin_time <= t1;
            expected += overlaps;
            if (overlaps) {
                CHECK(i >= b);
                CHECK(i < e);
            }
        }
        CHECK(e - b == expected);
    }
}

TEST_CASE("hit testing finds the task segment, the loop's activity, the job and the blocking call") {
    run_model::Recorder r;
    record_demo(r);
    TimelineView view;
    view.set_lane_height(20);
    view.axis().set_width(1300);
    view.axis().anchor(0.0, 0.0);
    view.axis().zoom_at(0.0, view.axis().seconds_per_pixel() / 0.001);  // 1 ms per pixel: x = t * 1000
    view.layout(r.index(), 1.3);
    const auto& index = r.index();

    // child (row 3) at 0.5 s: waiting on sleep, line 9.
    timeline::Hit h = view.hit_test(index, 500, 3 * 20 + 5, 1.3);
    REQUIRE(h.kind == HitKind::task_segment);
    CHECK(h.task == 1);
    const auto& seg = index.tasks()[1].segments[h.index];
    CHECK(seg.state == run_model::TaskState::waiting);
    CHECK(r.str(seg.label) == "sleep");
    CHECK(seg.line == 9);

    // main (row 2) at 0.5 s: waiting on its child.
    h = view.hit_test(index, 500, 2 * 20 + 5, 1.3);
    REQUIRE(h.kind == HitKind::task_segment);
    CHECK(h.task == 0);
    CHECK(r.str(index.tasks()[0].segments[h.index].label) == "child");

    // The loop at 0.5 s: idle; at 1.15 s: blocked by the 0.3 s call.
    h = view.hit_test(index, 500, 5, 1.3);
    REQUIRE(h.kind == HitKind::loop_segment);
    CHECK(index.loop_lane()[h.index].kind == run_model::LoopActivity::idle);
    h = view.hit_test(index, 1150, 5, 1.3);
    REQUIRE(h.kind == HitKind::blocked);
    CHECK(index.blocked()[h.index].seconds == doctest::Approx(0.3));

    // The worker lane at 0.7 s: the job (0.5 s of work reported at 1.0 s).
    h = view.hit_test(index, 700, 20 + 5, 1.3);
    REQUIRE(h.kind == HitKind::job);
    CHECK(index.jobs()[h.index].id == 7);
    CHECK(view.hit_test(index, 200, 20 + 5, 1.3).kind == HitKind::none);

    // Below the last lane, above the first: nothing.
    CHECK(view.hit_test(index, 500, 4 * 20 + 5, 1.3).kind == HitKind::none);
    CHECK(view.hit_test(index, 500, -3, 1.3).kind == HitKind::none);
}

TEST_CASE("the cursor at a time counts the events stamped at or before it") {
    run_model::Recorder r;
    record_demo(r);
    const auto& events = r.events();
    std::size_t upto_zero = 0;
    while (upto_zero < events.size() && events[upto_zero].time <= 0.0) ++upto_zero;
    timeline::Cursor c = timeline::cursor_at_time(r, 0.0);
    CHECK(c.active);
    CHECK(c.events == upto_zero);
    CHECK(timeline::cursor_at_time(r, 0.5).events == upto_zero);
    CHECK(timeline::cursor_at_time(r, -1.0).events == 0);
    CHECK(timeline::cursor_at_time(r, 99.0).events == events.size());
    CHECK(timeline::record_end_time(r, 0.0) == doctest::Approx(1.3));
    CHECK(timeline::record_end_time(r, 5.0) == doctest::Approx(5.0));
}

TEST_CASE("the arrow keys' cursor steps event by event, clamped to the record") {
    run_model::Recorder r;
    record_demo(r);
    const auto& events = r.events();
    const auto count = static_cast<std::uint32_t>(events.size());
    // From live (inactive), one step back: the state before the last event, at its time.
    timeline::Cursor c = timeline::cursor_step(r, timeline::Cursor{}, -1);
    CHECK(c.active);
    CHECK(c.events == count - 1);
    CHECK(c.time == doctest::Approx(events[count - 2].time));
    // Events that share a time are still separate steps (the blocked step ends at 1.3 s, then
    // task 2 is done at the same time).
    timeline::Cursor at = timeline::cursor_at_time(r, 1.0);
    const timeline::Cursor next = timeline::cursor_step(r, at, 1);
    CHECK(next.events == at.events + 1);
    CHECK(next.time == doctest::Approx(events[at.events].time));
    CHECK(timeline::cursor_step(r, next, -1).events == at.events);
    // Clamped at both ends.
    CHECK(timeline::cursor_step(r, at, -1000).events == 0);
    CHECK(timeline::cursor_step(r, at, -1000).time == doctest::Approx(events.front().time));
    CHECK(timeline::cursor_step(r, at, 1000).events == count);
    CHECK(timeline::cursor_step(r, at, 1000).time == doctest::Approx(events.back().time));
    run_model::Recorder empty;
    CHECK_FALSE(timeline::cursor_step(empty, at, 1).active);
}

TEST_CASE("a task's bar leads to the line it was suspended at at that moment") {
    run_model::Recorder r;
    record_demo(r);
    const auto& child = r.index().tasks()[1];
    const auto& main_task = r.index().tasks()[0];
    constexpr std::size_t npos = run_model::npos;
    std::size_t waiting = npos, woken = npos;
    for (std::size_t i = 0; i < child.segments.size(); ++i) {
        if (child.segments[i].state == run_model::TaskState::waiting) waiting = i;
        if (child.segments[i].state == run_model::TaskState::ready && waiting != npos && woken == npos)
            woken = i;
    }
    REQUIRE(waiting != npos);
    REQUIRE(woken != npos);
    // Waiting in sleep at line 9; once woken (ready, then running) it resumes from line 9.
    CHECK(child.segments[timeline::suspended_segment(child, waiting)].line == 9);
    CHECK(child.segments[timeline::suspended_segment(child, woken)].line == 9);
    CHECK(child.segments[timeline::suspended_segment(child, child.segments.size() - 1)].line == 9);
    // Before its first step it was suspended nowhere.
    CHECK(child.segments.front().state == run_model::TaskState::created);
    CHECK(timeline::suspended_segment(child, 0) == npos);
    // main waits on its child at line 5; an index past the end means the last segment.
    std::size_t main_wait = 0;
    while (main_task.segments[main_wait].state != run_model::TaskState::waiting) ++main_wait;
    CHECK(main_task.segments[timeline::suspended_segment(main_task, main_wait)].line == 5);
    CHECK(timeline::suspended_segment(main_task, 999) != npos);
    CHECK(timeline::suspended_segment(run_model::TaskRecord{}, 0) == npos);
}

TEST_CASE("a real-time run's timeline starts at the run: its first event, not the clock's zero") {
    run_model::Recorder r;
    CHECK(timeline::run_origin(r) == 0.0);
    // A monotonic clock that started with the page, 19.1 s before the run.
    ev(r, TraceKind::task_created, 1, 19.1, 0, 0, 0, "main");
    ev(r, TraceKind::task_scheduled, 1, 19.1);
    ev(r, TraceKind::task_step_begin, 1, 19.2);
    CHECK(timeline::run_origin(r) == doctest::Approx(19.1));
    // Fit shows [origin, end]: the run fills the width instead of its last sixteenth.
    timeline::TimeAxis axis;
    axis.set_width(1000);
    axis.fit(timeline::run_origin(r), timeline::record_end_time(r, 20.3));
    CHECK(axis.to_x(19.1) >= 0);
    CHECK(axis.to_x(19.1) < 20);  // the fit's small margin
    CHECK(axis.to_x(20.3) > 900);
    CHECK(axis.to_x(20.3) <= 1000);
    // And it is the exported trace's zero too.
    r.clear();
    record_demo(r);
    CHECK(timeline::run_origin(r) == 0.0);
}

TEST_CASE("a timer that ran later than it was due is a late wake-up of the task that armed it") {
    run_model::Recorder r;
    record_demo(r);  // child's timer: due at 1.0, fired at 1.0
    std::vector<timeline::LateWake> late;
    timeline::find_late_wakes(r, 0.005, timeline::kBusyLateSeconds, late);
    CHECK(late.empty());
    // A ticker (task 3) sleeps 0.5 s at 1.3; a blocking call holds the loop until 2.4.
    ev(r, TraceKind::task_created, 3, 1.3, 0, 0, 0, "ticker");
    ev(r, TraceKind::task_scheduled, 3, 1.3);
    ev(r, TraceKind::task_step_begin, 3, 1.3);
    ev(r, TraceKind::timer_armed, 60, 1.3, 0, 0, 1.8);
    ev(r, TraceKind::task_step_end, 3, 1.3, 300, awaiting, 0, "sleep", 4);
    ev(r, TraceKind::callback_begin, 70, 1.3);
    ev(r, TraceKind::loop_blocked, 0, 1.3, 0, 0, 1.1);
    ev(r, TraceKind::callback_end, 70, 2.4);
    ev(r, TraceKind::timer_fired, 60, 2.4);
    ev(r, TraceKind::callback_begin, 60, 2.4);
    ev(r, TraceKind::callback_end, 60, 2.4);
    timeline::find_late_wakes(r, 0.005, timeline::kBusyLateSeconds, late);
    REQUIRE(late.size() == 1);
    CHECK(r.index().tasks()[late[0].task].id == 3);
    CHECK(late[0].due == doctest::Approx(1.8));
    CHECK(late[0].fired == doctest::Approx(2.4));
    CHECK(late[0].cause == timeline::LateCause::blocked);
    // Under the threshold: not late.
    timeline::find_late_wakes(r, 0.7, 0.7, late);
    CHECK(late.empty());
}

TEST_CASE("a real-time timer a little late with nothing blocking is no late wake-up; a long delay is") {
    run_model::Recorder r;
    record_demo(r);  // ends at 1.3
    // A ticker sleeps 0.1 s at 1.3; the page drew frames meanwhile: its timer ran 83.6 ms late, then
    // another one 250 ms late, and no blocking call or computing step held the loop.
    ev(r, TraceKind::task_created, 3, 1.3, 0, 0, 0, "ticker");
    ev(r, TraceKind::task_scheduled, 3, 1.3);
    ev(r, TraceKind::task_step_begin, 3, 1.3);
    ev(r, TraceKind::timer_armed, 60, 1.3, 0, 0, 1.4);
    ev(r, TraceKind::task_step_end, 3, 1.3, 300, awaiting, 0, "sleep", 4);
    ev(r, TraceKind::loop_wait_begin, 0, 1.3, 0, 0, 0.1);
    ev(r, TraceKind::loop_wait_end, 0, 1.4836);
    ev(r, TraceKind::timer_fired, 60, 1.4836);
    ev(r, TraceKind::callback_begin, 60, 1.4836);
    ev(r, TraceKind::future_done, 300, 1.4836);
    ev(r, TraceKind::task_scheduled, 3, 1.4836, 300, static_cast<std::uint32_t>(aio::WakeSource::future));
    ev(r, TraceKind::callback_end, 60, 1.4836);
    ev(r, TraceKind::task_step_begin, 3, 1.4836);
    ev(r, TraceKind::timer_armed, 61, 1.4836, 0, 0, 1.5836);
    ev(r, TraceKind::task_step_end, 3, 1.4836, 301, awaiting, 0, "sleep", 4);
    ev(r, TraceKind::loop_wait_begin, 0, 1.4836, 0, 0, 0.1);
    ev(r, TraceKind::loop_wait_end, 0, 1.8336);
    ev(r, TraceKind::timer_fired, 61, 1.8336);
    ev(r, TraceKind::callback_begin, 61, 1.8336);
    ev(r, TraceKind::callback_end, 61, 1.8336);
    std::vector<timeline::LateWake> late;
    timeline::find_late_wakes(r, 0.005, timeline::kBusyLateSeconds, late);
    REQUIRE(late.size() == 1);  // not the 83.6 ms one
    CHECK(late[0].due == doctest::Approx(1.5836));
    CHECK(late[0].cause == timeline::LateCause::busy);
}

TEST_CASE("ruler steps are 1, 2 or 5 x 10^k, the smallest that keeps ticks far enough apart") {
    CHECK(timeline::ruler_step(0.001, 90) == doctest::Approx(0.1));   // 0.09 s -> 0.1 s
    CHECK(timeline::ruler_step(0.001, 100) == doctest::Approx(0.1));  // exactly 0.1 s
    CHECK(timeline::ruler_step(0.001, 101) == doctest::Approx(0.2));
    CHECK(timeline::ruler_step(0.0001, 300) == doctest::Approx(0.05));  // 0.03 s -> 0.05 s
    CHECK(timeline::ruler_step(1e-9, 65) == doctest::Approx(1e-7));
    CHECK(timeline::ruler_step(2.0, 60) == doctest::Approx(200));
    CHECK(timeline::ruler_step(0, 60) == 1.0);
    char text[48];
    auto label = [&](double t, double step) {
        timeline::format_ruler_label(text, sizeof(text), t, step);
        return std::string(text);
    };
    CHECK(label(0.0, 0.02) == "0 s");
    CHECK(label(0.02, 0.02) == "0.02 s");
    CHECK(label(0.1, 0.02) == "0.1 s");
    CHECK(label(0.1 * 3, 0.1) == "0.3 s");  // 0.30000000000000004
    CHECK(label(-1e-18, 0.5) == "0 s");
    CHECK(label(100.00002, 2e-5) == "100.00002 s");
    CHECK(label(2.0, 0.5) == "2 s");
    CHECK(label(400.0, 200.0) == "400 s");
}

TEST_CASE("asyncio.run's clean-up tasks: the two parentless ones made once main() ended") {
    run_model::Recorder r;
    record_demo(r);  // main (task 0) and its child (task 1), then main ends at 1.3
    std::vector<std::uint32_t> found;
    timeline::find_run_shutdown_tasks(r.index(), found);
    CHECK(found.empty());
    ev(r, TraceKind::task_created, 3, 1.3, 0, 0, 0, "Task-3");  // shutdown_asyncgens
    ev(r, TraceKind::task_created, 4, 1.3, 0, 0, 0, "Task-4");  // shutdown_default_executor
    // A second asyncio.run: its main (Task-5) is the script's; its own clean-up follows it.
    ev(r, TraceKind::task_created, 5, 1.4, 0, 0, 0, "Task-5");
    ev(r, TraceKind::task_scheduled, 5, 1.4);
    ev(r, TraceKind::task_created, 6, 1.4, 0, 0, 0, "Task-6");  // made while Task-5 runs: the script's
    ev(r, TraceKind::task_step_begin, 5, 1.4);
    ev(r, TraceKind::task_step_end, 5, 1.4, 0, finished);
    ev(r, TraceKind::task_done, 5, 1.4);
    ev(r, TraceKind::task_created, 7, 1.4, 0, 0, 0, "Task-7");
    ev(r, TraceKind::task_created, 8, 1.4, 0, 0, 0, "Task-8");
    std::vector<std::uint32_t> mains;
    timeline::find_run_shutdown_tasks(r.index(), found, &mains);
    REQUIRE(found.size() == 4);
    CHECK(found[0] == 2);
    CHECK(found[1] == 3);
    CHECK(found[2] == 6);
    CHECK(found[3] == 7);
    // Each clean-up task's run: main (task 0), then Task-5 (index 4), not the script's Task-6.
    CHECK(mains == std::vector<std::uint32_t>{0, 0, 4, 4});
}
