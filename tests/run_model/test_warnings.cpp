// playground/run_model/warnings.hpp: the Warnings panel's list, found incrementally while a run
// records, equals find_pitfalls over the whole recording; count_before follows the cursor.
#include "warnings.hpp"

#include "support.hpp"

#ifdef LOOPSCOPE_RUN_MODEL_TEST_PYTHON
#include "why_script.hpp"
#endif

using namespace run_model_test;

namespace {

// Records `from`'s events into `to` (as a live run would), `chunk` at a time, updating `tracker`.
void replay(const Recorder& from, Recorder& to, WarningTracker& tracker, std::size_t chunk) {
    std::size_t i = 0;
    for (const Event& ev : from.events()) {
        aio::TraceEvent e{ev.kind, ev.arg, ev.id, ev.other, ev.time, ev.value};
        if (ev.kind == aio::TraceKind::output) {
            e.text = from.output_text(ev);
        } else {
            e.text = from.str(ev.text);
            e.file = from.str(ev.file);
        }
        e.line = ev.line;
        to.record(e);
        if (++i % chunk == 0) tracker.update(to);
    }
    tracker.update(to);
}

aio::Coro<> clean() { co_await aio::sleep(1.0); }

}  // namespace

TEST_CASE("a clean run has no warnings") {
    Recorder rec;
    run_traced(rec, [] { return clean(); });
    WarningTracker tracker;
    CHECK(tracker.update(rec).empty());
    CHECK(tracker.count_before(rec.size()) == 0);
}

#ifdef LOOPSCOPE_RUN_MODEL_TEST_PYTHON

TEST_CASE("Python: time.sleep in main is a blocking call, found live as after the run") {
    Recorder& rec = why_run();
    const std::vector<Pitfall> all = find_pitfalls(rec);
    REQUIRE_FALSE(all.empty());
    bool blocking = false;
    for (const Pitfall& p : all)
        if (p.kind == PitfallKind::blocking_call) {
            blocking = true;
            CHECK(p.line == 28);  // time.sleep(0.2)
            CHECK(p.time == doctest::Approx(3.0).epsilon(0.1));
        }
    CHECK(blocking);
    for (std::size_t chunk : {1, 7, 1000}) {
        Recorder live;
        WarningTracker tracker;
        replay(rec, live, tracker, chunk);
        REQUIRE(tracker.pitfalls().size() == all.size());
        for (std::size_t i = 0; i < all.size(); ++i) {
            CHECK(tracker.pitfalls()[i].kind == all[i].kind);
            CHECK(tracker.pitfalls()[i].event == all[i].event);
            CHECK(tracker.pitfalls()[i].message == all[i].message);
        }
        // The cursor: none before the first, all after the last.
        CHECK(tracker.count_before(all.front().event) == 0);
        CHECK(tracker.count_before(all.front().event + 1) >= 1);
        CHECK(tracker.count_before(live.size()) == all.size());
        // A new run (clear) starts over.
        live.clear();
        CHECK(tracker.update(live).empty());
    }
}

#endif
