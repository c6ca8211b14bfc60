// RunState: the state at any moment, rebuilt from real runs of the aio loop (C++ tasks) and of
// Python scripts through the engine.
#include "run_state.hpp"

#include <string>
#include <vector>

#include "support.hpp"

#ifdef LOOPSCOPE_RUN_MODEL_TEST_PYTHON
#include "loopscope/python_engine.hpp"
#endif

using namespace run_model_test;

namespace {

aio::Coro<> holder(aio::Lock& lock) {
    co_await lock.acquire();
    co_await aio::sleep(1.0);
    lock.release();
}

aio::Coro<> contender(aio::Lock& lock) {
    co_await aio::sleep(0.1);
    co_await lock.acquire();
    lock.release();
}

aio::Coro<> lock_main() {
    aio::Lock lock;
    auto a = aio::create_task(holder(lock), "holder");
    auto b = aio::create_task(contender(lock), "contender");
    co_await a;
    co_await b;
}

aio::Coro<> spin(int n) {
    for (int i = 0; i < n; ++i) co_await aio::sleep(0);
}

aio::Coro<> nap(double d) { co_await aio::sleep(d); }

std::vector<std::string> ready_names(const RunState& s, const Recorder& r) {
    std::vector<std::string> out;
    for (const ReadyEntry& e : s.ready) {
        if (e.kind == ReadyKind::task)
            out.emplace_back(r.str(r.index().tasks()[e.index].name));
        else
            out.push_back("timer");
    }
    return out;
}

}  // namespace

TEST_CASE("a task blocked on a lock waits on Lock.acquire, the holder on sleep") {
    Recorder rec;
    run_traced(rec, lock_main);

    RunState s = state_at_time(rec, 0.5);
    CHECK(s.time == 0.5);
    const TaskView& h = view(s, rec, "holder");
    const TaskView& c = view(s, rec, "contender");
    CHECK(h.state == TaskState::waiting);
    CHECK(h.label == "sleep");
    CHECK(c.state == TaskState::waiting);
    CHECK(c.label == "Lock.acquire");
    CHECK(c.future != 0);
    CHECK(c.line == 0);  // C++ tasks do not know their line
    CHECK(c.since == doctest::Approx(0.1));
    CHECK(h.parent == view(s, rec, "Task-1").task);
    // The holder's sleep timer is the only pending one.
    REQUIRE(s.timers.size() == 1);
    CHECK(s.timers[0].deadline == doctest::Approx(1.0));
    CHECK(s.timers[0].armed_by == h.task);
    CHECK(s.ready.empty());

    // At the end everything is done, and the contender took the lock after the holder let go.
    RunState end = state_at(rec, rec.size());
    for (const TaskView& t : end.tasks) CHECK(t.state == TaskState::done);
    CHECK(view(end, rec, "contender").steps == 3);

    // The contender's wake-up came from the holder's step (release() inside it).
    const std::uint32_t hi = task_named(rec, "holder"), ci = task_named(rec, "contender");
    bool found = false;
    for (const WakeArrow& a : rec.index().arrows()) {
        if (a.to_task == ci && a.source == aio::WakeSource::future && a.from.kind == LaneKind::task &&
            a.from.index == hi) {
            found = true;
            CHECK(a.from_time == doctest::Approx(1.0));
            CHECK(rec.events()[a.to_event].kind == aio::TraceKind::task_step_begin);
        }
    }
    CHECK(found);
}

TEST_CASE("ready queue order after gather, and state at event indices") {
    Recorder rec;
    run_traced(rec, []() -> aio::Coro<> {
        auto a = aio::create_task(spin(2), "a");
        auto b = aio::create_task(spin(2), "b");
        auto c = aio::create_task(spin(2), "c");
        co_await aio::gather(std::move(a), std::move(b), std::move(c));
    });
    const std::uint64_t main_id = rec.index().tasks()[task_named(rec, "Task-1")].id;
    // Right after main's first step: a, b, c queued in creation order; main waits on the gather.
    const std::uint32_t end1 = find_event(rec, aio::TraceKind::task_step_end, main_id);
    RunState s = state_at(rec, end1 + 1);
    CHECK(ready_names(s, rec) == std::vector<std::string>{"a", "b", "c"});
    CHECK(view(s, rec, "Task-1").state == TaskState::waiting);
    CHECK(view(s, rec, "Task-1").label == "gather");

    // After a's first step (sleep(0) yields): b, c, a.
    const std::uint64_t a_id = rec.index().tasks()[task_named(rec, "a")].id;
    const std::uint32_t a1 = find_event(rec, aio::TraceKind::task_step_end, a_id);
    s = state_at(rec, a1 + 1);
    CHECK(ready_names(s, rec) == std::vector<std::string>{"b", "c", "a"});
    CHECK(view(s, rec, "a").state == TaskState::ready);
    CHECK(view(s, rec, "a").steps == 1);

    // While a runs its first step it is the loop's current step.
    const std::uint32_t a_begin = find_event(rec, aio::TraceKind::task_step_begin, a_id);
    s = state_at(rec, a_begin + 1);
    CHECK(s.loop.running);
    CHECK(s.loop.activity == LoopActivity::step);
    CHECK(s.loop.subject == a_id);
    CHECK(view(s, rec, "a").state == TaskState::running);

    // The ready-queue counter reached 3 and ends at 0.
    unsigned peak = 0;
    for (const CounterSample& c : rec.index().ready_length()) peak = std::max(peak, c.value);
    CHECK(peak == 3);
    CHECK(rec.index().ready_length().back().value == 0);
    // Parent -> child links for the three children.
    CHECK(rec.index().spawns().size() == 3);
}

TEST_CASE("pending timers by deadline, and fired timers in the ready queue") {
    Recorder rec;
    run_traced(rec, []() -> aio::Coro<> {
        auto x = aio::create_task(nap(3.0), "x");
        auto y = aio::create_task(nap(1.0), "y");
        auto z = aio::create_task(nap(2.0), "z");
        co_await x;
        co_await y;
        co_await z;
    });
    RunState s = state_at_time(rec, 0.5);
    REQUIRE(s.timers.size() == 3);
    CHECK(s.timers[0].deadline == doctest::Approx(1.0));
    CHECK(s.timers[1].deadline == doctest::Approx(2.0));
    CHECK(s.timers[2].deadline == doctest::Approx(3.0));
    CHECK(s.timers[0].armed_by == task_named(rec, "y"));

    // Right after y's timer fired, it is in the ready queue, and no longer pending.
    const std::uint32_t fired = find_event(rec, aio::TraceKind::timer_fired);
    s = state_at(rec, fired + 1);
    REQUIRE(s.ready.size() == 1);
    CHECK(s.ready[0].kind == ReadyKind::timer);
    CHECK(s.timers.size() == 2);
    CHECK(s.time == doctest::Approx(1.0));

    s = state_at_time(rec, 2.5);
    CHECK(s.timers.size() == 1);
    CHECK(view(s, rec, "y").state == TaskState::done);
    CHECK(view(s, rec, "z").state == TaskState::done);
    CHECK(view(s, rec, "x").state == TaskState::waiting);
}

TEST_CASE("failed and cancelled tasks") {
    Recorder rec;
    run_traced(rec, []() -> aio::Coro<> {
        auto bad = aio::create_task(
            []() -> aio::Coro<> {
                co_await aio::sleep(0.1);
                throw aio::ValueError("boom");
            }(),
            "bad");
        auto slow = aio::create_task(nap(10.0), "slow");
        co_await aio::sleep(0.5);
        slow.cancel();
        co_await settle(std::move(bad));
        co_await settle(std::move(slow));
    });
    RunState s = state_at(rec, rec.size());
    CHECK(view(s, rec, "bad").state == TaskState::failed);
    CHECK(view(s, rec, "slow").state == TaskState::cancelled);
    CHECK(view(s, rec, "slow").since == doctest::Approx(0.5));
    // The cancelled sleep's timer left the pending timers when it was cancelled.
    CHECK(state_at_time(rec, 0.4).timers.size() == 2);
    CHECK(state_at_time(rec, 0.6).timers.empty());
}

TEST_CASE("executor jobs: pending while out, then finished on a worker lane") {
    Recorder rec;
    aio::ThreadPoolExecutor pool(2, "w");
    JobState while_out = JobState::finished;
    run_traced(rec, [&]() -> aio::Coro<> {
        auto f = aio::run_in_executor(&pool, [] { return 42; });
        // Live: the recorder does not know yet when the job runs.
        RunState live = state_at(rec, rec.size());
        REQUIRE(live.jobs.size() == 1);
        while_out = live.jobs[0].state;
        int v = co_await f;
        CHECK(v == 42);
    });
    CHECK(while_out == JobState::pending);
    const auto& jobs = rec.index().jobs();
    REQUIRE(jobs.size() == 1);
    CHECK(jobs[0].done_event != npos);
    CHECK_FALSE(jobs[0].cancelled);
    REQUIRE(rec.index().workers().size() == 1);
    CHECK(rec.index().workers()[0].jobs == std::vector<std::uint32_t>{0});
    CHECK(jobs[0].submitted_by == task_named(rec, "Task-1"));

    // Afterwards: under virtual time the job ran in no loop time, from the moment it was queued.
    RunState s = state_at(rec, jobs[0].queued_event + 1);
    REQUIRE(s.jobs.size() == 1);
    CHECK(s.jobs[0].state == JobState::running);
    CHECK(s.workers.at(0).job == 0);
    s = state_at(rec, rec.size());
    CHECK(s.workers.at(0).job == npos);
    CHECK(s.jobs[0].state == JobState::finished);
    CHECK(s.jobs[0].worker == jobs[0].worker);
    CHECK(view(s, rec, "Task-1").state == TaskState::done);
    // While the job was out, the task waited on run_in_executor.
    s = state_at(rec, jobs[0].queued_event + 2);
    CHECK(view(s, rec, "Task-1").label == "run_in_executor");
}

TEST_CASE("state at event 0 and past the end") {
    Recorder rec;
    RunState empty = state_at(rec, 5);
    CHECK(empty.events == 0);
    CHECK(empty.tasks.empty());
    run_traced(rec, [] { return nap(0.1); });
    RunState s0 = state_at(rec, 0);
    CHECK(s0.tasks.empty());
    RunState all = state_at(rec, rec.size() + 100);
    CHECK(all.events == rec.size());
    CHECK(state_at_time(rec, 1e9).events == rec.size());
    CHECK(state_at_time(rec, -1.0).events == 0);
}

#ifdef LOOPSCOPE_RUN_MODEL_TEST_PYTHON

namespace {

// Line numbers matter: the test checks them.
const char* python_script = R"(import asyncio

async def inner():
    await asyncio.sleep(0.5)

async def middle():
    await inner()

async def waiter(fut):
    print("waiting")
    v = await fut
    print("woken", v)

async def main():
    fut = asyncio.get_running_loop().create_future()
    t1 = asyncio.create_task(middle(), name="chain")
    t2 = asyncio.create_task(waiter(fut), name="waiter")
    await asyncio.sleep(1)
    fut.set_result(7)
    await asyncio.gather(t1, t2)
    print("end", end="")

asyncio.run(main())
)";

Recorder& python_run() {
    static Recorder rec;
    static bool done = false;
    if (!done) {
        loopscope::python::EngineOptions o;
        o.virtual_time = true;
        o.trace = &rec;
        std::string out;
        o.on_stdout = [&out](std::string_view s) { out += s; };
        loopscope::python::Engine engine(std::move(o));
        auto r = engine.run(python_script, "demo.py");
        REQUIRE(r.exit_code == 0);
        CHECK(out == "waiting\nwoken 7\nend");
        done = true;
    }
    return rec;
}

}  // namespace

TEST_CASE("Python tasks: suspended lines through await chains") {
    Recorder& rec = python_run();
    RunState s = state_at_time(rec, 0.25);
    const TaskView& chain = view(s, rec, "chain");
    CHECK(chain.state == TaskState::waiting);
    CHECK(chain.label == "sleep");
    CHECK(chain.file == "demo.py");
    CHECK(chain.line == 4);  // inside inner(), awaited through middle()
    const TaskView& w = view(s, rec, "waiter");
    CHECK(w.state == TaskState::waiting);
    CHECK(w.label == "Future");
    CHECK(w.line == 11);
    const TaskView& m = view(s, rec, "Task-1");
    CHECK(m.label == "sleep");
    CHECK(m.line == 18);
    CHECK(chain.parent == m.task);

    // At 1.0 main set the future and waits on the gather at line 20, the waiter being ready.
    const std::uint64_t main_id = rec.index().tasks()[m.task].id;
    const std::uint32_t second_end = find_event(rec, aio::TraceKind::task_step_end, main_id, 1);
    REQUIRE(second_end != npos);
    s = state_at(rec, second_end + 1);
    CHECK(s.time == doctest::Approx(1.0));
    CHECK(view(s, rec, "Task-1").label == "gather");
    CHECK(view(s, rec, "Task-1").line == 20);
    CHECK(view(s, rec, "waiter").state == TaskState::ready);
    CHECK(view(s, rec, "chain").state == TaskState::done);
    // By the end of time 1.0 everything is done.
    s = state_at_time(rec, 1.0);
    for (const TaskView& t : s.tasks) CHECK(is_final(t.state));
}

TEST_CASE("Python output lines become console lines at the loop time they were printed") {
    Recorder& rec = python_run();
    const auto& console = rec.index().console();
    REQUIRE(console.size() == 3);
    CHECK(rec.console_text(console[0]) == "waiting");
    CHECK(console[0].time == doctest::Approx(0.0));
    CHECK(rec.console_text(console[1]) == "woken 7");
    CHECK(console[1].time == doctest::Approx(1.0));
    CHECK(rec.console_text(console[2]) == "end");  // no newline: flushed at the end of the run
    CHECK_FALSE(console[2].is_stderr);
    CHECK(state_at_time(rec, 0.5).console_lines == 1);
    CHECK(state_at_time(rec, 1.0).console_lines == 3);
}

TEST_CASE("Python: a task that yields (sleep(0)) is ready at the line it yielded from") {
    Recorder rec;
    loopscope::python::EngineOptions o;
    o.virtual_time = true;
    o.trace = &rec;
    loopscope::python::Engine engine(std::move(o));
    auto r = engine.run(
        "import asyncio\nasync def spin():\n    for i in range(2):\n        await asyncio.sleep(0)\n"
        "asyncio.run(spin())\n",
        "y.py");
    REQUIRE(r.exit_code == 0);
    const std::uint32_t t = task_named(rec, "Task-1");
    REQUIRE(t != npos);
    const std::uint32_t end = find_event(rec, aio::TraceKind::task_step_end, rec.index().tasks()[t].id);
    REQUIRE(end != npos);
    CHECK(rec.str(rec.events()[end].file) == "y.py");
    CHECK(rec.events()[end].line == 4);
    RunState s = state_at(rec, end + 1);
    const TaskView& v = view(s, rec, "Task-1");
    CHECK(v.state == TaskState::ready);
    CHECK(v.line == 4);
    CHECK(s.ready.size() == 1);
}

TEST_CASE("Python: an uncaught exception's traceback ends the console as stderr lines") {
    Recorder rec;
    loopscope::python::EngineOptions o;
    o.virtual_time = true;
    o.trace = &rec;
    o.on_stdout = [](std::string_view) {};
    loopscope::python::Engine engine(std::move(o));
    auto r = engine.run(
        "import asyncio\nasync def main():\n    print('partial', end='')\n    raise ValueError('bad')\n"
        "asyncio.run(main())\n",
        "t.py");
    REQUIRE(r.exit_code == 1);
    const auto& console = rec.index().console();
    REQUIRE(console.size() >= 3);
    CHECK(rec.console_text(console[0]) == "partial");
    CHECK_FALSE(console[0].is_stderr);
    CHECK(rec.console_text(console[1]) == "Traceback (most recent call last):");
    CHECK(console[1].is_stderr);
    CHECK(rec.console_text(console.back()) == "ValueError: bad");
    CHECK(console.back().is_stderr);
}

TEST_CASE("Python: a blocking call shows as a blocked loop") {
    Recorder rec;
    loopscope::python::EngineOptions o;
    o.virtual_time = true;
    o.trace = &rec;
    o.on_stdout = [](std::string_view) {};
    loopscope::python::Engine engine(std::move(o));
    auto r = engine.run("import asyncio, time\nasync def main():\n    time.sleep(2)\nasyncio.run(main())\n",
                        "b.py");
    REQUIRE(r.exit_code == 0);
    REQUIRE(rec.index().blocked().size() == 1);
    CHECK(rec.index().blocked()[0].seconds == doctest::Approx(2.0));
    CHECK(state_at_time(rec, 1.0).loop.blocked);
    CHECK_FALSE(state_at_time(rec, 2.5).loop.blocked);
}

#endif

// ---- StateTracker: following the record incrementally gives the full rebuild's state -------------

namespace {

void check_same(const RunState& got, const RunState& want, const char* where, std::size_t at) {
    INFO(where << " at event " << at);
    REQUIRE(got.events == want.events);
    CHECK(got.time == want.time);
    CHECK(got.truncated == want.truncated);
    CHECK(got.console_lines == want.console_lines);
    CHECK(got.loop.running == want.loop.running);
    CHECK(got.loop.activity == want.loop.activity);
    CHECK(got.loop.subject == want.loop.subject);
    CHECK(got.loop.task == want.loop.task);
    CHECK(got.loop.wait_timeout == want.loop.wait_timeout);
    CHECK(got.loop.blocked == want.loop.blocked);
    REQUIRE(got.tasks.size() == want.tasks.size());
    for (std::size_t i = 0; i < got.tasks.size(); ++i) {
        const TaskView &a = got.tasks[i], &b = want.tasks[i];
        INFO("task " << i);
        CHECK(a.task == b.task);
        CHECK(a.id == b.id);
        CHECK(a.name == b.name);
        CHECK(a.parent == b.parent);
        CHECK(a.state == b.state);
        CHECK(a.since == b.since);
        CHECK(a.future == b.future);
        CHECK(a.label == b.label);
        CHECK(a.file == b.file);
        CHECK(a.line == b.line);
        CHECK(a.steps == b.steps);
    }
    REQUIRE(got.ready.size() == want.ready.size());
    for (std::size_t i = 0; i < got.ready.size(); ++i) {
        CHECK(got.ready[i].kind == want.ready[i].kind);
        CHECK(got.ready[i].index == want.ready[i].index);
        CHECK(got.ready[i].id == want.ready[i].id);
    }
    REQUIRE(got.timers.size() == want.timers.size());
    for (std::size_t i = 0; i < got.timers.size(); ++i) {
        CHECK(got.timers[i].timer == want.timers[i].timer);
        CHECK(got.timers[i].deadline == want.timers[i].deadline);
        CHECK(got.timers[i].armed_by == want.timers[i].armed_by);
    }
    REQUIRE(got.jobs.size() == want.jobs.size());
    for (std::size_t i = 0; i < got.jobs.size(); ++i) {
        CHECK(got.jobs[i].job == want.jobs[i].job);
        CHECK(got.jobs[i].state == want.jobs[i].state);
        CHECK(got.jobs[i].worker == want.jobs[i].worker);
    }
    REQUIRE(got.workers.size() == want.workers.size());
    for (std::size_t i = 0; i < got.workers.size(); ++i) CHECK(got.workers[i].job == want.workers[i].job);
}

// Walks `rec` forward with `stride`-sized moves, then jumps around, checking every state against
// state_at. Returns the number of positions checked.
std::size_t walk(const Recorder& rec, std::size_t stride) {
    StateTracker tracker;
    std::size_t checked = 0;
    for (std::size_t n = 0; n <= rec.size() + stride; n += stride, ++checked)
        check_same(tracker.update(rec, n), state_at(rec, n), "forward", n);
    CHECK(tracker.rebuilds() == 1);  // the first update only: moving forward never rebuilds
    // Backwards (a rebuild), then forward again from there, and the same position twice.
    const std::size_t n = rec.size();
    for (const std::size_t at : {n / 2, n / 2 + 1, n / 3, n / 3, n - 1, std::size_t(0), n / 5, n})
        check_same(tracker.update(rec, at), state_at(rec, at), "jump", at), ++checked;
    CHECK(tracker.rebuilds() == 4);  // to n/2, n/3 and 0: backwards
    return checked;
}

aio::Coro<> yielder(int n) {
    for (int i = 0; i < n; ++i) co_await aio::sleep(0);
}

// Every kind of change at once: a lock, yields, gather, timers that fire or are cancelled, a
// failing and a cancelled task, nested children, an executor job.
aio::Coro<> busy_main(aio::ThreadPoolExecutor& pool) {
    aio::Lock lock;
    auto a = aio::create_task(holder(lock), "holder");
    auto b = aio::create_task(contender(lock), "contender");
    auto y1 = aio::create_task(yielder(5), "y1");
    auto y2 = aio::create_task(yielder(3), "y2");
    auto slow = aio::create_task(nap(10.0), "slow");
    auto bad = aio::create_task(
        []() -> aio::Coro<> {
            co_await aio::sleep(0.2);
            throw aio::ValueError("boom");
        }(),
        "bad");
    auto parent = aio::create_task(
        []() -> aio::Coro<> {
            auto c1 = aio::create_task(nap(0.3), "child1");
            auto c2 = aio::create_task(nap(0.1), "child2");
            co_await c1;
            co_await c2;
        }(),
        "parent");
    int v = co_await aio::run_in_executor(&pool, [] { return 1; });
    CHECK(v == 1);
    co_await aio::sleep(0.5);
    slow.cancel();
    co_await settle(std::move(slow));
    co_await settle(std::move(bad));
    co_await a;
    co_await b;
    co_await y1;
    co_await y2;
    co_await parent;
}

}  // namespace

TEST_CASE("StateTracker: incremental updates equal the full rebuild at every cursor position") {
    Recorder rec;
    aio::ThreadPoolExecutor pool(2, "w");
    run_traced(rec, [&] { return busy_main(pool); });
    REQUIRE(rec.size() > 100);
    REQUIRE(rec.index().timers().size() > 5);
    std::size_t checked = 0;
    for (const std::size_t stride : {1, 2, 3, 7, 16, 61}) checked += walk(rec, stride);
    CHECK(checked > rec.size());

    // The other recordings of this suite too.
    Recorder locks;
    run_traced(locks, lock_main);
    walk(locks, 1);
    Recorder many;
    run_traced(many, []() -> aio::Coro<> {
        std::vector<aio::Task<void>> tasks;
        for (int i = 0; i < 200; ++i) tasks.push_back(aio::create_task(nap((i % 7) * 0.1)));
        for (auto& t : tasks) co_await t;
    });
    walk(many, 1);
    walk(many, 13);
}

TEST_CASE("StateTracker: live, the record growing under it, and a cleared recorder") {
    Recorder rec;
    StateTracker tracker;
    std::size_t updates = 0;
    run_traced(rec, [&]() -> aio::Coro<> {
        std::vector<aio::Task<void>> tasks;
        for (int i = 0; i < 50; ++i) {
            tasks.push_back(aio::create_task(yielder(i % 4)));
            // What the inspector does while following: the end of the record as it is now.
            check_same(tracker.update(rec, rec.size()), state_at(rec, rec.size()), "live", rec.size());
            ++updates;
            co_await aio::sleep(0.01);
        }
        for (auto& t : tasks) co_await t;
    });
    CHECK(updates == 50);
    CHECK(tracker.rebuilds() == 1);
    check_same(tracker.update(rec, rec.size()), state_at(rec, rec.size()), "after the run", rec.size());

    // A new run in the same recorder (cleared) is noticed even when it is already longer.
    const std::size_t before = rec.size();
    rec.clear();
    run_traced(rec, []() -> aio::Coro<> {
        auto x = aio::create_task(nap(1.0), "x");
        for (int i = 0; i < 1000; ++i) co_await aio::sleep(0);
        co_await x;
    });
    REQUIRE(rec.size() > before);
    check_same(tracker.update(rec, rec.size()), state_at(rec, rec.size()), "new run", rec.size());
    CHECK(tracker.rebuilds() == 2);
    CHECK(find_task(tracker.state(), task_named(rec, "x")) != nullptr);

    // Past the end is clamped; an empty recorder gives the empty state.
    check_same(tracker.update(rec, rec.size() + 10), state_at(rec, rec.size()), "clamped", rec.size());
    Recorder empty;
    CHECK(tracker.update(empty, 5).tasks.empty());
    CHECK(tracker.state().events == 0);
}

#ifdef LOOPSCOPE_RUN_MODEL_TEST_PYTHON
TEST_CASE("StateTracker on a Python run: lines, labels and output follow incrementally") {
    const Recorder& rec = python_run();
    for (const std::size_t stride : {1, 5}) walk(rec, stride);
}
#endif
