// RunIndex: the timeline's lanes and intervals from real runs of the aio loop.
#include "run_index.hpp"

#include <chrono>

#ifdef LOOPSCOPE_RUN_MODEL_TEST_PYTHON
#include "loopscope/python_engine.hpp"
#endif

#include "support.hpp"

using namespace run_model_test;

namespace {

aio::Coro<> nap(double d) { co_await aio::sleep(d); }

// Segments are consecutive: each begins where the previous one ended.
void check_consecutive(const TaskRecord& t) {
    for (std::size_t i = 1; i < t.segments.size(); ++i) {
        CHECK(t.segments[i - 1].end_event == t.segments[i].begin_event);
        CHECK(t.segments[i - 1].end_time <= t.segments[i].begin_time);
    }
}

}  // namespace

TEST_CASE("a task's lane: ready, running, waiting on sleep, ready, running, done") {
    Recorder rec;
    run_traced(rec, []() -> aio::Coro<> {
        auto t = aio::create_task(nap(0.5), "napper");
        co_await t;
    });
    const TaskRecord& t = rec.index().tasks()[task_named(rec, "napper")];
    std::vector<TaskState> states;
    for (const TaskSegment& s : t.segments) states.push_back(s.state);
    CHECK(states == std::vector<TaskState>{TaskState::created, TaskState::ready, TaskState::running,
                                           TaskState::waiting, TaskState::ready, TaskState::running,
                                           TaskState::done});
    check_consecutive(t);
    const TaskSegment& wait = t.segments[3];
    CHECK(rec.str(wait.label) == "sleep");
    CHECK(wait.begin_time == 0.0);
    CHECK(wait.end_time == doctest::Approx(0.5));
    CHECK(t.segments[4].wake == aio::WakeSource::future);
    CHECK(t.segments.back().open());
    CHECK(t.steps == 2);
    CHECK(t.parent == task_named(rec, "Task-1"));
}

TEST_CASE("the loop's lane: steps and callbacks one after another; arrows to every step") {
    Recorder rec;
    run_traced(rec, []() -> aio::Coro<> {
        auto a = aio::create_task(nap(0.2), "a");
        auto b = aio::create_task(nap(0.1), "b");
        co_await a;
        co_await b;
    });
    const auto& lane = rec.index().loop_lane();
    REQUIRE_FALSE(lane.empty());
    int steps = 0, callbacks = 0;
    for (std::size_t i = 0; i < lane.size(); ++i) {
        CHECK(lane[i].end_event != npos);
        if (i > 0) CHECK(lane[i - 1].end_event <= lane[i].begin_event);
        if (lane[i].kind == LoopActivity::step) ++steps;
        if (lane[i].kind == LoopActivity::callback) ++callbacks;
    }
    std::uint32_t total_steps = 0;
    for (const TaskRecord& t : rec.index().tasks()) total_steps += t.steps;
    CHECK(steps == static_cast<int>(total_steps));
    CHECK(callbacks == 2);  // the two sleep timers
    // One arrow per step: from the cause to the task_step_begin.
    CHECK(rec.index().arrows().size() == total_steps);
    for (const WakeArrow& a : rec.index().arrows()) {
        CHECK(rec.events()[a.to_event].kind == aio::TraceKind::task_step_begin);
        CHECK(a.from_event < a.to_event);
        CHECK(a.from_time <= a.to_time);
    }
    // b's sleep ended in the timer callback, on the loop's lane.
    const std::uint32_t bi = task_named(rec, "b");
    bool from_loop = false;
    for (const WakeArrow& a : rec.index().arrows())
        if (a.to_task == bi && a.source == aio::WakeSource::future) from_loop = a.from.kind == LaneKind::loop;
    CHECK(from_loop);
}

TEST_CASE("a real-time loop waiting for a timer shows an idle interval") {
    Recorder rec;
    aio::EventLoop loop;
    loop.set_trace_sink(&rec);
    loop.run_until_complete(nap(0.02));
    loop.close();
    bool idle = false;
    for (const LoopSegment& s : rec.index().loop_lane()) {
        if (s.kind != LoopActivity::idle) continue;
        idle = true;
        CHECK(s.seconds > 0.0);
        CHECK(s.end_time >= s.begin_time);
    }
    CHECK(idle);
}

TEST_CASE("ids restart with each loop: a new task with a known id is a new task") {
    Recorder rec;
    run_traced(rec, [] { return nap(0.1); });
    run_traced(rec, [] { return nap(0.1); });
    const auto& tasks = rec.index().tasks();
    REQUIRE(tasks.size() == 2);
    CHECK(tasks[0].id == tasks[1].id);
    CHECK(tasks[0].segments.back().state == TaskState::done);
    CHECK(tasks[1].segments.back().state == TaskState::done);
    CHECK(rec.index().task_index(tasks[1].id) == 1);
}

TEST_CASE("segments_in: the segments a visible window needs, by binary search") {
    Recorder rec;
    run_traced(rec, []() -> aio::Coro<> {
        auto t = aio::create_task(
            []() -> aio::Coro<> {
                for (int i = 0; i < 5; ++i) co_await aio::sleep(1.0);
            }(),
            "ticker");
        co_await t;
    });
    const TaskRecord& t = rec.index().tasks()[task_named(rec, "ticker")];
    const double now = rec.events().back().time;
    // Waiting segments span [0,1), [1,2), ... : a window inside the third wait sees only it (and
    // the zero-length ready/running segments at its edges are outside).
    SegmentRange r = segments_in(t, 2.25, 2.75, now);
    REQUIRE(r.end - r.begin == 1);
    CHECK(t.segments[r.begin].state == TaskState::waiting);
    CHECK(t.segments[r.begin].begin_time == doctest::Approx(2.0));
    // The whole run: every segment.
    r = segments_in(t, -1.0, 100.0, now);
    CHECK(r.begin == 0);
    CHECK(r.end == t.segments.size());
    // After the end: only the open final segment.
    r = segments_in(t, now + 1, now + 2, now + 3);
    REQUIRE(r.end - r.begin == 1);
    CHECK(t.segments[r.begin].state == TaskState::done);
    // Before the start: nothing.
    r = segments_in(t, -3.0, -2.0, now);
    CHECK(r.begin == r.end);
}

TEST_CASE("a step that computes past slow_callback_duration is listed as a slow step, with its real time") {
    Recorder rec;
    run_traced(rec, []() -> aio::Coro<> {
        co_await aio::sleep(0.5);
        // Busy for 150 ms of wall clock without awaiting (the default threshold is 0.1 s).
        const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(150);
        while (std::chrono::steady_clock::now() < until) {}
        co_await aio::sleep(0.5);
    });
    const auto& slow = rec.index().slow_steps();
    REQUIRE(slow.size() == 1);
    const LoopSegment& s = rec.index().loop_lane()[slow[0]];
    CHECK(s.slow);
    CHECK(s.kind == LoopActivity::step);
    CHECK(s.seconds >= 0.15);
    // Virtual time: the clock did not move while it computed (the real duration is in `seconds`).
    CHECK(s.begin_time == doctest::Approx(0.5));
    CHECK(s.end_time == doctest::Approx(0.5));
    // The other steps of the run were quick.
    std::size_t steps = 0;
    for (const LoopSegment& x : rec.index().loop_lane()) steps += x.kind == LoopActivity::step;
    CHECK(steps >= 3);
}

#ifdef LOOPSCOPE_RUN_MODEL_TEST_PYTHON
TEST_CASE("Python tasks: lanes know their coroutine's name, and a failed task its exception") {
    Recorder rec;
    loopscope::python::EngineOptions o;
    o.virtual_time = true;
    o.trace = &rec;
    o.on_stderr = [](std::string_view) {};
    loopscope::python::Engine engine(std::move(o));
    const auto r = engine.run(R"(import asyncio

async def worker(n):
    await asyncio.sleep(n)
    if n == 2:
        raise ValueError(f"bad n: {n}")

async def main():
    await asyncio.gather(worker(1), worker(2), return_exceptions=True)

asyncio.run(main())
)",
                              "lanes.py");
    REQUIRE(r.exit_code == 0);
    const auto& tasks = rec.index().tasks();
    REQUIRE(tasks.size() >= 3);
    CHECK(rec.str(tasks[0].coroutine) == "main");
    CHECK(rec.str(tasks[1].coroutine) == "worker");
    CHECK(rec.str(tasks[1].error).empty());
    CHECK(rec.str(tasks[2].coroutine) == "worker");
    CHECK(rec.str(tasks[2].error) == "ValueError: bad n: 2");
    CHECK(tasks[2].segments.back().state == TaskState::failed);
}
#endif

TEST_CASE("C++ tasks: no coroutine name; a failure is described by what()") {
    Recorder rec;
    run_traced(rec, []() -> aio::Coro<> {
        auto t = aio::create_task(
            []() -> aio::Coro<> {
                co_await aio::sleep(0.1);
                throw aio::ValueError("out of range");
            }(),
            "thrower");
        co_await settle(std::move(t));
    });
    const TaskRecord& t = rec.index().tasks()[task_named(rec, "thrower")];
    CHECK(rec.str(t.coroutine).empty());
    CHECK(rec.str(t.error) == "out of range");
}
