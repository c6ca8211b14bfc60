// playground/run_model/task_times.hpp: time per task and the loop's utilisation and lag, over
// recorded runs of the aio loop and of a Python script.
#include "task_times.hpp"

#include "support.hpp"

#ifdef LOOPSCOPE_RUN_MODEL_TEST_PYTHON
#include "why_script.hpp"
#endif

using namespace run_model_test;

namespace {

const TaskTimes& times_of(const Recorder& r, const TimeReport& report, std::string_view name) {
    const std::uint32_t t = task_named(r, name);
    REQUIRE(t != npos);
    for (const TaskTimes& tt : report.tasks)
        if (tt.task == t) return tt;
    FAIL("no times for " << name);
    return report.tasks.front();
}

double waited(const TaskTimes& t, WaitReason r) { return t.waiting[static_cast<std::size_t>(r)]; }

aio::Coro<> locked_nap(aio::Lock& lock, double d) {
    auto guard = co_await lock.scoped();
    co_await aio::sleep(d);
}

aio::Coro<> two_on_a_lock() {
    aio::Lock lock;
    auto a = aio::create_task(locked_nap(lock, 1.0), "a");
    auto b = aio::create_task(locked_nap(lock, 2.0), "b");
    co_await aio::gather(a, b);
}

}  // namespace

TEST_CASE("wait reasons come from what a task awaits") {
    CHECK(wait_reason("sleep") == WaitReason::timer);
    CHECK(wait_reason("Lock.acquire") == WaitReason::lock);
    CHECK(wait_reason("Semaphore.acquire") == WaitReason::lock);
    CHECK(wait_reason("Queue.get") == WaitReason::queue);
    CHECK(wait_reason("Event.wait") == WaitReason::event);
    CHECK(wait_reason("Condition.wait") == WaitReason::event);
    CHECK(wait_reason("StreamReader.wait_for_data") == WaitReason::io);
    CHECK(wait_reason("gather") == WaitReason::task);
    CHECK(wait_reason("Task") == WaitReason::task);
    CHECK(wait_reason("run_in_executor") == WaitReason::executor);
    CHECK(wait_reason("Future") == WaitReason::other);
    CHECK(std::string(to_string(WaitReason::io)) == "I/O");
}

TEST_CASE("C++ tasks on one Lock: the second waits on the lock, then on its timer") {
    Recorder rec;
    run_traced(rec, [] { return two_on_a_lock(); });
    TimeReport report;
    time_per_task(rec, rec.size(), report);
    const TaskTimes& a = times_of(rec, report, "a");
    const TaskTimes& b = times_of(rec, report, "b");
    CHECK(waited(a, WaitReason::timer) == doctest::Approx(1.0));
    CHECK(waited(a, WaitReason::lock) == doctest::Approx(0.0));
    CHECK(waited(b, WaitReason::lock) == doctest::Approx(1.0));
    CHECK(waited(b, WaitReason::timer) == doctest::Approx(2.0));
    CHECK(a.steps == 2);  // acquire + sleep; wake, release, finish
    CHECK(b.steps == 3);  // blocks on the lock; takes it and sleeps; finishes
    CHECK(a.finished);
    CHECK(b.lifetime == doctest::Approx(3.0));
    const TaskTimes& main = times_of(rec, report, "Task-1");
    CHECK(waited(main, WaitReason::task) == doctest::Approx(3.0));  // the gather
    // Virtual time: steps take no time, the loop idles 3 s, timers run on time.
    CHECK(report.loop.span == doctest::Approx(3.0));
    CHECK(report.loop.idle == doctest::Approx(3.0));
    CHECK(report.loop.utilisation == doctest::Approx(0.0));
    CHECK(report.loop.timers_run == 2);
    CHECK(report.loop.lag_max == doctest::Approx(0.0));

    // At 1.5 s: only what happened until then.
    const std::size_t mid = state_at_time(rec, 1.5).events;
    time_per_task(rec, mid, report);
    CHECK(report.time <= 1.5);
    const TaskTimes& b_mid = times_of(rec, report, "b");
    CHECK(waited(b_mid, WaitReason::lock) == doctest::Approx(1.0));
    CHECK(waited(b_mid, WaitReason::timer) == doctest::Approx(report.time - 1.0));
    CHECK_FALSE(b_mid.finished);
    // The same events at the cursor's time 1.5 s (between two events): b's timer wait runs until then.
    time_per_task(rec, mid, report, 1.5);
    CHECK(report.time == doctest::Approx(1.5));
    CHECK(waited(times_of(rec, report, "b"), WaitReason::timer) == doctest::Approx(0.5));
    CHECK(report.loop.span == doctest::Approx(1.5));
}

TEST_CASE("sorting by a column keeps ties in creation order") {
    Recorder rec;
    run_traced(rec, [] { return two_on_a_lock(); });
    TimeReport report;
    time_per_task(rec, rec.size(), report);
    sort_tasks(report, TimeColumn::waiting);
    REQUIRE(report.tasks.size() == 3);
    // b waited 3 s (lock + timer), Task-1 3 s (gather): tie, Task-1 first (created first); a 1 s.
    CHECK(rec.str(rec.index().tasks()[report.tasks[0].task].name) == "Task-1");
    CHECK(rec.str(rec.index().tasks()[report.tasks[1].task].name) == "b");
    CHECK(rec.str(rec.index().tasks()[report.tasks[2].task].name) == "a");
    sort_tasks(report, TimeColumn::steps, false);
    CHECK(report.tasks.front().steps <= report.tasks.back().steps);
    sort_tasks(report, TimeColumn::task, false);
    CHECK(report.tasks[0].task == 0);
}

#ifdef LOOPSCOPE_RUN_MODEL_TEST_PYTHON

TEST_CASE("Python: lock, queue, a blocking call and the lag it causes") {
    Recorder& rec = why_run();
    TimeReport report;
    time_per_task(rec, rec.size(), report);
    INFO(format_time_report(rec, report));
    const TaskTimes& w0 = times_of(rec, report, "w0");
    const TaskTimes& w2 = times_of(rec, report, "w2");
    CHECK(waited(w0, WaitReason::lock) == doctest::Approx(0.0));
    CHECK(waited(w0, WaitReason::timer) == doctest::Approx(1.0));
    CHECK(waited(w2, WaitReason::lock) == doctest::Approx(2.0));  // behind w0 and w1
    CHECK(waited(w2, WaitReason::timer) == doctest::Approx(1.0));
    // The consumer waits on the queue from 0 until it is cancelled at 3.2 + 0.5.
    const TaskTimes& consumer = times_of(rec, report, "consumer");
    CHECK(waited(consumer, WaitReason::queue) == doctest::Approx(3.7));
    CHECK(consumer.steps == 5);  // the first get, three items, the cancellation
    // main: the gather (3 s), then time.sleep(0.2) inside one step, then wait_for's task (0.5 s).
    const TaskTimes& main = times_of(rec, report, "Task-1");
    CHECK(waited(main, WaitReason::task) == doctest::Approx(3.5));
    CHECK(main.longest_step == doctest::Approx(0.2));
    CHECK(main.running == doctest::Approx(0.2));
    // The ticker's timer (due at 3.1) ran when the loop got back at 3.2.
    CHECK(report.loop.blocked == doctest::Approx(0.2));
    CHECK(report.loop.lag_max == doctest::Approx(0.1));
    CHECK(report.loop.utilisation == doctest::Approx(0.2 / report.loop.span));
    CHECK(format_time_report(rec, report).find("consumer") != std::string::npos);
}

#endif
