// Recorder: compact storage, interning, the cap and its "trace truncated" marker.
#include "recorder.hpp"

#include <chrono>
#include <string>

#include "support.hpp"

using namespace run_model_test;

TEST_CASE("events keep their fields; strings are interned once") {
    Recorder rec;
    aio::TraceEvent e{aio::TraceKind::task_step_end, 0, 7, 9, 1.5, 0.0, "sleep"};
    e.file = "a.py";
    e.line = 12;
    rec.record(e);
    rec.record(e);
    REQUIRE(rec.size() == 2);
    const Event& r = rec.events()[1];
    CHECK(r.kind == aio::TraceKind::task_step_end);
    CHECK(r.id == 7);
    CHECK(r.other == 9);
    CHECK(r.time == 1.5);
    CHECK(rec.str(r.text) == "sleep");
    CHECK(rec.str(r.file) == "a.py");
    CHECK(r.line == 12);
    CHECK(rec.events()[0].text == r.text);
    CHECK(rec.strings().size() == 3);  // "", "sleep", "a.py"
    CHECK(sizeof(Event) <= 56);        // 100k events: under 6 MB
}

TEST_CASE("the event cap stops recording and says so") {
    Recorder rec(RecorderLimits{10, 1 << 20});
    for (int i = 0; i < 25; ++i) {
        aio::TraceEvent e{aio::TraceKind::output};
        e.loop_time = i;
        e.text = "line";
        rec.record(e);
    }
    CHECK(rec.size() == 10);
    CHECK(rec.truncated());
    CHECK(rec.dropped() == 15);
    CHECK(rec.truncated_at() == 10.0);
    CHECK(rec.index().console().size() == 10);
    CHECK(state_at(rec, 10).truncated);
    CHECK_FALSE(state_at(rec, 5).truncated);

    rec.clear();
    CHECK_FALSE(rec.truncated());
    CHECK(rec.size() == 0);
    CHECK(rec.index().console().empty());
}

TEST_CASE("the string cap stops a runaway printer") {
    Recorder rec(RecorderLimits{1000000, 1000});
    std::string line(100, 'x');
    for (int i = 0; i < 50; ++i) {
        line[0] = static_cast<char>('A' + i % 26);
        line[1] = static_cast<char>('A' + i / 26);
        aio::TraceEvent e{aio::TraceKind::output};
        e.text = line;
        rec.record(e);
    }
    CHECK(rec.truncated());
    std::size_t kept = 0;
    for (const ConsoleLine& l : rec.index().console()) kept += l.length;
    CHECK(kept <= 1000);
    CHECK(rec.size() == 10);  // 10 lines of 100 characters fit
    CHECK(rec.console_text(rec.index().console()[3]).substr(0, 3) == "DAx");
    CHECK(rec.output_text(rec.events()[3]) == rec.console_text(rec.index().console()[3]));
}

TEST_CASE("a run of 100k events records cheaply") {
    Recorder rec;
    const auto start = std::chrono::steady_clock::now();
    // 1000 tasks x 32 sleep(0) switches: ~3.3 events per switch.
    run_traced(rec, []() -> aio::Coro<> {
        std::vector<aio::Task<void>> tasks;
        for (int i = 0; i < 1000; ++i)
            tasks.push_back(aio::create_task([]() -> aio::Coro<> {
                for (int k = 0; k < 32; ++k) co_await aio::sleep(0);
            }()));
        for (auto& t : tasks) co_await t;
    });
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(rec.size() >= 100000);
    CHECK_FALSE(rec.truncated());
    CHECK(rec.index().tasks().size() == 1001);
    MESSAGE("recorded " << rec.size() << " events in " << seconds << " s");
    // Generous bound (sanitizers, wasm, a loaded machine): the point is no quadratic blow-up.
    CHECK(seconds < 20.0);

    // Scrubbing: a state query in the middle costs one pass over the tasks.
    const auto q0 = std::chrono::steady_clock::now();
    RunState s = state_at(rec, rec.size() / 2);
    const double q = std::chrono::duration<double>(std::chrono::steady_clock::now() - q0).count();
    CHECK(s.tasks.size() == 1001);
    CHECK(s.ready.size() >= 900);  // nearly every task is queued mid-run
    MESSAGE("state query: " << q * 1e3 << " ms");
    CHECK(q < 2.0);
}
