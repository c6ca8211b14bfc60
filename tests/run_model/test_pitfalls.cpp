// pitfalls.hpp: each detector over recorded traces, from real aio runs where C++ code can make the
// pitfall happen, else from the events the Python engine records (tests/pitfalls/ runs the same
// kinds end to end through the CLI).
#include "pitfalls.hpp"

#include "support.hpp"

using namespace run_model_test;
using aio::TraceKind;

namespace {

std::vector<PitfallKind> kinds(const std::vector<Pitfall>& found) {
    std::vector<PitfallKind> out;
    for (const Pitfall& p : found) out.push_back(p.kind);
    return out;
}

aio::TraceEvent ev(TraceKind kind, std::uint64_t id = 0, std::uint32_t arg = 0, double time = 0.0,
                   double value = 0.0, std::string_view text = {}, std::uint32_t line = 0,
                   std::uint64_t other = 0) {
    aio::TraceEvent e{kind, arg, id, other, time, value, text};
    e.line = line;
    return e;
}

// One task's step from `begin` to `end` (loop time) ending with `outcome`, suspended at `line`.
void step(Recorder& r, std::uint64_t task, double begin, double end, aio::StepOutcome outcome,
          std::uint32_t line, double work = -1.0) {
    r.record(ev(TraceKind::task_step_begin, task, 0, begin));
    aio::TraceEvent e = ev(TraceKind::task_step_end, task, static_cast<std::uint32_t>(outcome), end, work);
    e.line = line;
    r.record(e);
}

}  // namespace

TEST_CASE("names and the warning line") {
    CHECK(to_string(PitfallKind::blocking_call) == "blocking-call");
    CHECK(to_string(PitfallKind::unretrieved_exception) == "unretrieved-exception");
    CHECK(to_string(PitfallKind::lost_task) == "lost-task");
    Pitfall p;
    p.kind = PitfallKind::busy_loop;
    p.message = "Task-2 polls";
    p.line = 12;
    CHECK(format_warning(p) == "loopscope: warning: busy-loop: Task-2 polls (line 12)");
    p.line = 0;
    CHECK(format_warning(p) == "loopscope: warning: busy-loop: Task-2 polls");
}

TEST_CASE("a clean aio run has no pitfall") {
    Recorder r;
    run_traced(r, []() -> aio::Coro<void> {
        aio::Lock lock;
        auto worker = [](aio::Lock& l) -> aio::Coro<void> {
            auto guard = co_await l.scoped();
            co_await aio::sleep(0.01);
        };
        auto a = aio::create_task(worker(lock));
        auto b = aio::create_task(worker(lock));
        co_await a;
        co_await b;
        for (int i = 0; i < 200; ++i) co_await aio::sleep(0);  // yields of a C++ task: work unknown
    });
    CHECK(find_pitfalls(r).empty());
}

TEST_CASE("blocking-call: a blocking call inside a step; over 100 ms it is a slow step too") {
    auto run = [](double seconds) {
        Recorder r;
        run_traced(r, [seconds] {
            return [](double seconds) -> aio::Coro<void> {
                aio::EventLoop& loop = aio::get_running_loop();
                loop.trace(ev(TraceKind::loop_blocked, 0, 0, 0.0, seconds, "time.sleep", 7));
                loop.clock().advance(seconds);  // what time.sleep does under virtual time
                co_await aio::sleep(0.01);
            }(seconds);
        });
        const auto found = find_pitfalls(r);
        for (const Pitfall& p : found) CHECK(p.task == r.events()[find_event(r, TraceKind::task_created)].id);
        return found;
    };
    const auto short_sleep = run(0.05);
    REQUIRE(kinds(short_sleep) == std::vector{PitfallKind::blocking_call});
    CHECK(short_sleep[0].line == 7);
    CHECK(short_sleep[0].message.find("0.05 s in Task-1") != std::string::npos);
    const auto long_sleep = run(0.5);
    CHECK(kinds(long_sleep) == std::vector{PitfallKind::blocking_call, PitfallKind::slow_step});
}

TEST_CASE("blocking-call: a short wait for another thread is not flagged, a long one is") {
    Recorder r;
    r.record(ev(TraceKind::task_created, 1, 0, 0.0, 0.0, "Task-1"));
    r.record(ev(TraceKind::task_step_begin, 1));
    r.record(ev(TraceKind::loop_blocked, 0, 0, 0.0, 0.002, "a blocking wait for another thread", 3));
    r.record(ev(TraceKind::loop_blocked, 0, 0, 0.0, 0.2, "a blocking wait for another thread", 4));
    r.record(ev(TraceKind::task_step_end, 1, 2));
    const auto found = find_pitfalls(r);
    REQUIRE(kinds(found) == std::vector{PitfallKind::blocking_call, PitfallKind::slow_step});  // 0.2 s
    CHECK(found[0].line == 4);
}

TEST_CASE("slow-step: blocking calls that add up, CPU time; not the loop's clock alone") {
    Recorder r;
    run_traced(r, []() -> aio::Coro<void> {
        aio::EventLoop& loop = aio::get_running_loop();
        for (int i = 0; i < 3; ++i) loop.trace(ev(TraceKind::loop_blocked, 0, 0, 0.0, 0.04, "time.sleep", 5));
        co_await aio::sleep(0.01);
        loop.clock().advance(0.25);  // the clock moved (a preempted real-time step): not the step's doing
        co_await aio::sleep(0.01);
    });
    // One call site in a loop: one blocking call of the whole time (0.12 s), and a slow step.
    const auto blocked = find_pitfalls(r);
    REQUIRE(kinds(blocked) == std::vector{PitfallKind::blocking_call, PitfallKind::slow_step});
    CHECK(blocked[0].message.find("0.12 s") != std::string::npos);

    Recorder cpu;  // virtual time stands still; the loop's slow_callback report has the real time
    cpu.record(ev(TraceKind::task_created, 1, 0, 0.0, 0.0, "Task-1"));
    cpu.record(ev(TraceKind::task_step_begin, 1));
    cpu.record(ev(TraceKind::long_step, 0, 0, 0.0, 0.1, {}, 9));
    cpu.record(ev(TraceKind::task_step_end, 1, 2));
    cpu.record(ev(TraceKind::slow_callback, 0, 0, 0.0, 0.3));
    const auto found = find_pitfalls(cpu);
    REQUIRE(kinds(found) == std::vector{PitfallKind::slow_step});
    CHECK(found[0].line == 9);  // where the step ran when it passed the limit

    Recorder preempted;  // slow by the wall clock only: the OS ran something else meanwhile
    preempted.record(ev(TraceKind::task_created, 1, 0, 0.0, 0.0, "Task-1"));
    preempted.record(ev(TraceKind::task_step_begin, 1));
    preempted.record(ev(TraceKind::task_step_end, 1, 2));
    preempted.record(ev(TraceKind::slow_callback, 0, 0, 0.0, 0.3));
    CHECK(find_pitfalls(preempted).empty());
}

TEST_CASE("cancel-swallowed: finished with a result while cancelled; re-raising is clean") {
    Recorder r;
    run_traced(r, []() -> aio::Coro<void> {
        auto swallow = []() -> aio::Coro<int> {
            try {
                co_await aio::sleep(10);
            } catch (const aio::CancelledError&) {}
            co_return 1;
        };
        auto reraise = []() -> aio::Coro<int> {
            try {
                co_await aio::sleep(10);
            } catch (const aio::CancelledError&) { throw; }
            co_return 2;
        };
        auto a = aio::create_task(swallow());
        auto b = aio::create_task(reraise());
        co_await aio::sleep(0.01);
        a.cancel();
        b.cancel();
        co_await a;
        co_await settle(std::move(b));
    });
    const auto found = find_pitfalls(r);
    REQUIRE(kinds(found) == std::vector{PitfallKind::cancel_swallowed});
    CHECK(found[0].message.rfind("Task-2 ", 0) == 0);
}

TEST_CASE("deadlock: the loop's report names what each task waits for and who holds it") {
    Recorder r;
    CHECK_THROWS_AS(run_traced(r,
                               []() -> aio::Coro<void> {
                                   aio::Lock a, b;
                                   auto worker = [](aio::Lock& first, aio::Lock& second) -> aio::Coro<void> {
                                       auto g1 = co_await first.scoped();
                                       co_await aio::sleep(0.01);
                                       auto g2 = co_await second.scoped();
                                   };
                                   auto t1 = aio::create_task(worker(a, b));
                                   auto t2 = aio::create_task(worker(b, a));
                                   co_await t1;
                                   co_await t2;
                               }),
                    aio::RuntimeError);
    const auto found = find_pitfalls(r);
    REQUIRE(kinds(found) == std::vector{PitfallKind::deadlock});
    CHECK(found[0].message.find("Task-2 waits for Lock.acquire held by Task-3") != std::string::npos);
    CHECK(found[0].message.find("Task-3 waits for Lock.acquire held by Task-2") != std::string::npos);
    CHECK(found[0].message.find("Task-1 waits for Task-2") != std::string::npos);
}

TEST_CASE("busy-loop: empty self-wake-ups while a timer is pending; real work per step is clean") {
    auto run = [](double work, bool timer) {
        Recorder r;
        r.record(ev(TraceKind::task_created, 1, 0, 0.0, 0.0, "Task-1"));
        if (timer) r.record(ev(TraceKind::timer_armed, 50, 0, 0.0, 0.1));
        for (int i = 0; i < 150; ++i) step(r, 1, 0.0, 0.0, aio::StepOutcome::yielded, 11, work);
        return find_pitfalls(r);
    };
    const auto polling = run(2, true);
    REQUIRE(kinds(polling) == std::vector{PitfallKind::busy_loop});
    CHECK(polling[0].line == 11);
    CHECK(run(5000, true).empty());  // a CPU loop yielding now and then
    CHECK(run(2, false).empty());    // nothing to wait for: cooperative yields
    CHECK(run(-1, true).empty());    // a task that cannot tell its work
}

TEST_CASE("never-awaited, unretrieved-exception, lost-task: the engine's facts") {
    Recorder r;
    r.record(ev(TraceKind::task_created, 2, 0, 0.0, 0.0, "Task-2"));
    aio::TraceEvent failed = ev(TraceKind::task_step_end, 2, 2, 0.0, -1.0);
    failed.line = 6;  // where it raised
    r.record(ev(TraceKind::task_step_begin, 2));
    r.record(failed);
    r.record(ev(TraceKind::task_done, 2, 1));
    r.record(ev(TraceKind::coroutine_dropped, 0, 0, 0.0, 0.0, "Lock.acquire", 8));
    r.record(ev(TraceKind::task_created, 3, 0, 0.0, 0.0, "Task-3"));
    r.record(ev(TraceKind::task_lost, 3, 0, 0.0, 0.0, "Task-3", 14));
    r.record(ev(TraceKind::exception_unretrieved, 2, 0, 0.0, 0.0, "Task-2"));
    const auto found = find_pitfalls(r);
    REQUIRE(kinds(found) == std::vector{PitfallKind::never_awaited, PitfallKind::lost_task,
                                        PitfallKind::unretrieved_exception});
    CHECK(found[0].line == 8);
    CHECK(found[0].message.find("'Lock.acquire'") != std::string::npos);
    CHECK(found[1].line == 14);
    CHECK(found[2].line == 6);
    CHECK(found[2].message.rfind("Task-2 failed", 0) == 0);
}

TEST_CASE("the live detector reports as it goes, as find_pitfalls does afterwards") {
    Recorder r;
    PitfallDetector live;
    std::vector<std::string> printed;
    live.on_pitfall = [&](const Pitfall& p) { printed.push_back(format_warning(p)); };
    aio::TraceEvent e = ev(TraceKind::deadlock, 0, 0, 1.0, 0.0, "Task-1 waits for Event.wait (line 3)", 3);
    r.record(e);
    live.record(e);
    live.finish();
    REQUIRE(printed.size() == 1);
    CHECK(printed[0] == "loopscope: warning: deadlock: Task-1 waits for Event.wait (line 3)");
    CHECK(find_pitfalls(r).size() == 1);
}
