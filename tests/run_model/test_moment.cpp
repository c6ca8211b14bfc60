// moment.hpp: the console and the suspended lines at a moment (what scrubbing shows).
#include "moment.hpp"

#include <doctest/doctest.h>

using namespace loopscope::run_model;
using aio::TraceKind;

namespace {

void ev(Recorder& r, TraceKind kind, std::uint64_t id, double time, std::uint32_t arg = 0,
        std::string_view text = {}, std::uint32_t line = 0) {
    aio::TraceEvent e{kind};
    e.id = id;
    e.arg = arg;
    e.loop_time = time;
    e.text = text;
    if (line > 0) {
        e.file = "main.py";
        e.line = line;
    }
    r.record(e);
}

constexpr auto awaiting = static_cast<std::uint32_t>(aio::StepOutcome::awaiting_future);
constexpr auto finished = static_cast<std::uint32_t>(aio::StepOutcome::finished);

// Two tasks print, sleep at lines 6 and 9, print again; the second ends first.
void record_two_sleepers(Recorder& r) {
    ev(r, TraceKind::task_created, 1, 0.0, 0, "Task-1");
    ev(r, TraceKind::task_created, 2, 0.0, 0, "Task-2");
    ev(r, TraceKind::task_step_begin, 1, 0.0);
    ev(r, TraceKind::output, 0, 0.0, 0, "A start");
    ev(r, TraceKind::task_step_end, 1, 0.0, awaiting, "sleep", 6);
    ev(r, TraceKind::task_step_begin, 2, 0.0);
    ev(r, TraceKind::output, 0, 0.0, 1, "B warns");
    ev(r, TraceKind::task_step_end, 2, 0.0, awaiting, "sleep", 9);
    ev(r, TraceKind::task_step_begin, 2, 1.0);
    ev(r, TraceKind::output, 0, 1.0, 0, "B done");
    ev(r, TraceKind::task_step_end, 2, 1.0, finished);
    ev(r, TraceKind::task_done, 2, 1.0);
    ev(r, TraceKind::task_step_begin, 1, 2.0);
    ev(r, TraceKind::output, 0, 2.0, 0, "A done");
    ev(r, TraceKind::task_step_end, 1, 2.0, finished);
    ev(r, TraceKind::task_done, 1, 2.0);
}

}  // namespace

TEST_CASE("the console at a moment holds the lines printed up to it, no more") {
    Recorder r;
    record_two_sleepers(r);
    CHECK(console_at(r, state_at_time(r, 0.5)) == "A start\nB warns\n");
    CHECK(console_at(r, state_at_time(r, 1.5)) == "A start\nB warns\nB done\n");
    CHECK(console_at(r, state_at(r, r.size())) == "A start\nB warns\nB done\nA done\n");
    CHECK(console_at(r, state_at(r, 0)).empty());
}

TEST_CASE("the suspended lines follow the moment: tasks waiting at a line, none once finished") {
    Recorder r;
    record_two_sleepers(r);
    auto at_half = suspended_lines(state_at_time(r, 0.5), "main.py", 20);
    REQUIRE(at_half.size() == 2);
    CHECK(at_half[0].line == 6);
    CHECK(at_half[0].label == "Task-1 (sleep)");
    CHECK(at_half[1].line == 9);
    CHECK(at_half[1].label == "Task-2 (sleep)");
    auto later = suspended_lines(state_at_time(r, 1.5), "main.py", 20);
    REQUIRE(later.size() == 1);
    CHECK(later[0].line == 6);
    CHECK(suspended_lines(state_at(r, r.size()), "main.py", 20).empty());
    // Another file's lines are not the editor's; labels stop after `labels_per_line` per line.
    CHECK(suspended_lines(state_at_time(r, 0.5), "other.py", 20).empty());
    auto unlabelled = suspended_lines(state_at_time(r, 0.5), "main.py", 0);
    REQUIRE(unlabelled.size() == 2);
    CHECK(unlabelled[0].label.empty());
}
