// The Timeline and Inspector panels drawn headless (no window, no GPU) over real recorded runs:
// the hint without a run, scrubbing on the ruler (the inspector follows the cursor), zoom, and the
// cost of a frame with 10k tasks (printed, not asserted), following a live 10k-task run, and the
// heap allocations a frame makes (counted: operator new and ImGui's allocator).
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <new>
#include <cstdio>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "demo_recording.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "inspector_panel.hpp"
#include "theme.hpp"
#include "timeline_panel.hpp"

using namespace loopscope;

// Every heap allocation of the program, counted (ImGui's go through count_imgui_alloc).
namespace {
std::atomic<std::size_t> g_allocations{0};
void* count_imgui_alloc(std::size_t size, void*) {
    ++g_allocations;
    return std::malloc(size);
}
void free_imgui(void* p, void*) { std::free(p); }
}  // namespace

void* operator new(std::size_t size) {
    ++g_allocations;
    if (void* p = std::malloc(size ? size : 1)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace {

struct Headless {
    Headless() {
        ImGui::SetAllocatorFunctions(count_imgui_alloc, free_imgui);
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1280, 720);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ~Headless() { ImGui::DestroyContext(); }

    // One frame of both panels, the timeline on top.
    void frame(const run_model::Recorder* rec, double now, const std::function<void(ImGuiIO&)>& input = {},
               bool live = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60.0f;
        if (input) input(io);
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("host", nullptr, ImGuiWindowFlags_NoDecoration);
        timeline.draw(rec, now, live, ImVec2(width, timeline_height));
        inspector.draw(rec, timeline.cursor(), ImVec2(width, inspector_height));
        ImGui::End();
        ImGui::Render();
    }
    int vertices() const { return ImGui::GetDrawData()->TotalVtxCount; }

    timeline::TimelinePanel timeline;
    inspector::InspectorPanel inspector;
    float width = 1260;  // both panels'
    float timeline_height = 420;
    float inspector_height = 270;
};

const char* kBlockingScript =
    "import asyncio, time\n"
    "\n"
    "async def ticker():\n"
    "    for _ in range(4):\n"
    "        await asyncio.sleep(0.5)\n"
    "\n"
    "async def blocker():\n"
    "    await asyncio.sleep(0.6)\n"
    "    time.sleep(1)\n"
    "\n"
    "async def main():\n"
    "    await asyncio.gather(ticker(), blocker())\n"
    "    print('done')\n"
    "\n"
    "asyncio.run(main())\n";

}  // namespace

TEST_CASE("without a recording both panels show a hint") {
    Headless h;
    h.frame(nullptr, 0);
    CHECK(h.vertices() > 0);
    CHECK_FALSE(h.timeline.cursor().active);
}

TEST_CASE("a real run: clicking the ruler sets the cursor and the inspector shows that moment") {
    run_model::Recorder rec;
    const timeline::DemoRun run = timeline::record_script(kBlockingScript, "main.py", rec);
    REQUIRE(run.ok);
    CHECK(run.output == "done\n");
    REQUIRE(rec.index().blocked().size() == 1);
    const double end = timeline::record_end_time(rec, 0);
    CHECK(end == doctest::Approx(2.6));  // the ticker is 0.6 s late after the blocking second

    Headless h;
    h.frame(&rec, end);
    h.frame(&rec, end);
    CHECK(h.inspector.state().events == rec.size());  // live: the end of the record
    CHECK_FALSE(h.timeline.cursor().active);

    // Press on the ruler at 1.0 s (inside the blocking call), release.
    const ImVec2 r0 = h.timeline.ruler_min(), r1 = h.timeline.ruler_max();
    REQUIRE(r1.x > r0.x);
    const float x = r0.x + static_cast<float>(h.timeline.view().axis().to_x(1.0));
    const float y = (r0.y + r1.y) * 0.5f;
    h.frame(&rec, end, [&](ImGuiIO& io) { io.AddMousePosEvent(x, y); });
    h.frame(&rec, end, [&](ImGuiIO& io) { io.AddMouseButtonEvent(0, true); });
    h.frame(&rec, end, [&](ImGuiIO& io) { io.AddMouseButtonEvent(0, false); });
    const timeline::Cursor c = h.timeline.cursor();
    REQUIRE(c.active);
    CHECK(c.time == doctest::Approx(1.0).epsilon(0.02));
    CHECK_FALSE(h.timeline.follow_live());
    h.frame(&rec, end);
    const run_model::RunState& s = h.inspector.state();
    CHECK(s.events == c.events);
    CHECK(s.events < rec.size());
    CHECK(s.loop.blocked);                     // 1.0 s is inside time.sleep(1) started at 0.6 s
    CHECK_FALSE(h.inspector.refresh(rec, c));  // same moment: nothing rebuilt

    // Right-click on the ruler: back to live.
    h.frame(&rec, end, [&](ImGuiIO& io) { io.AddMouseButtonEvent(1, true); });
    h.frame(&rec, end, [&](ImGuiIO& io) { io.AddMouseButtonEvent(1, false); });
    CHECK_FALSE(h.timeline.cursor().active);
    h.frame(&rec, end);
    CHECK(h.inspector.state().events == rec.size());

    // Ctrl+wheel over the lanes zooms in around the pointer.
    const double spp = h.timeline.view().axis().seconds_per_pixel();
    const ImVec2 lanes = h.timeline.lanes_min();
    h.frame(&rec, end, [&](ImGuiIO& io) { io.AddMousePosEvent(lanes.x + 300, lanes.y + 10); });
    h.frame(&rec, end, [&](ImGuiIO& io) {
        io.AddKeyEvent(ImGuiMod_Ctrl, true);
        io.AddMouseWheelEvent(0, 2);
    });
    h.frame(&rec, end, [&](ImGuiIO& io) { io.AddKeyEvent(ImGuiMod_Ctrl, false); });
    CHECK(h.timeline.view().axis().seconds_per_pixel() < spp);
}

TEST_CASE("a click on a task's bar shows the line it was suspended at then; a drag only pans") {
    run_model::Recorder rec;
    REQUIRE(timeline::record_script(kBlockingScript, "main.py", rec).ok);
    const double end = timeline::record_end_time(rec, 0);
    std::uint32_t ticker = run_model::npos, main_task = run_model::npos;
    for (std::uint32_t i = 0; i < rec.index().tasks().size(); ++i) {
        if (rec.str(rec.index().tasks()[i].name) == "Task-2") ticker = i;
        if (rec.str(rec.index().tasks()[i].name) == "Task-1") main_task = i;
    }
    REQUIRE(ticker != run_model::npos);
    REQUIRE(main_task != run_model::npos);

    Headless h;
    std::vector<std::pair<std::string, int>> jumps;
    h.timeline.on_jump_to_line = [&](std::string_view file, int line) {
        jumps.emplace_back(std::string(file), line);
    };
    h.frame(&rec, end);
    h.frame(&rec, end);
    auto click = [&](std::uint32_t task, double t) {
        ImVec2 p;
        REQUIRE(h.timeline.task_point(task, t, p));
        h.frame(&rec, end, [&](ImGuiIO& io) { io.AddMousePosEvent(p.x, p.y); });
        h.frame(&rec, end, [&](ImGuiIO& io) { io.AddMouseButtonEvent(0, true); });
        h.frame(&rec, end, [&](ImGuiIO& io) { io.AddMouseButtonEvent(0, false); });
        h.frame(&rec, end);
    };
    // The ticker at 0.25 s waits in asyncio.sleep(0.5), line 5; main awaits the gather, line 12.
    click(ticker, 0.25);
    REQUIRE(jumps.size() == 1);
    CHECK(jumps[0] == std::make_pair(std::string("main.py"), 5));
    CHECK(h.timeline.cursor().active);
    CHECK(h.timeline.cursor().time == doctest::Approx(0.25).epsilon(0.05));
    CHECK(h.inspector.state().events == h.timeline.cursor().events);  // the inspector shows that moment
    click(main_task, 1.5);
    REQUIRE(jumps.size() == 2);
    CHECK(jumps[1].second == 12);

    // Press on a bar, drag 40 px, release: a pan, no jump.
    ImVec2 p;
    REQUIRE(h.timeline.task_point(ticker, 0.25, p));
    const double start = h.timeline.view().axis().start();
    h.frame(&rec, end, [&](ImGuiIO& io) { io.AddMousePosEvent(p.x, p.y); });
    h.frame(&rec, end, [&](ImGuiIO& io) { io.AddMouseButtonEvent(0, true); });
    for (int i = 1; i <= 4; ++i)
        h.frame(&rec, end, [&](ImGuiIO& io) { io.AddMousePosEvent(p.x + 10.0f * i, p.y); });
    h.frame(&rec, end, [&](ImGuiIO& io) { io.AddMouseButtonEvent(0, false); });
    h.frame(&rec, end);
    CHECK(jumps.size() == 2);
    CHECK(h.timeline.view().axis().start() < start);  // dragged right: earlier times came into view
}

TEST_CASE("after the run a failed task's last bar reaches the end: its hover finds the failure") {
    const char* script =
        "import asyncio\n"
        "\n"
        "async def boom():\n"
        "    await asyncio.sleep(0.5)\n"
        "    raise ValueError('bad value')\n"
        "\n"
        "async def main():\n"
        "    b = asyncio.create_task(boom())\n"
        "    await asyncio.sleep(1)\n"
        "    try:\n"
        "        await b\n"
        "    except ValueError:\n"
        "        pass\n"
        "\n"
        "asyncio.run(main())\n";
    run_model::Recorder rec;
    REQUIRE(timeline::record_script(script, "main.py", rec).ok);
    std::uint32_t boom = run_model::npos;
    for (std::uint32_t i = 0; i < rec.index().tasks().size(); ++i)
        if (rec.str(rec.index().tasks()[i].coroutine) == "boom") boom = i;
    REQUIRE(boom != run_model::npos);
    const run_model::TaskRecord& t = rec.index().tasks()[boom];
    REQUIRE(t.segments.back().state == run_model::TaskState::failed);
    CHECK(rec.str(t.error) == "ValueError: bad value");

    // The run is over: the backend's clock says 0, not the run's end.
    Headless h;
    h.frame(&rec, 0.0);
    h.frame(&rec, 0.0);
    CHECK(h.timeline.shown_now() == doctest::Approx(timeline::record_end_time(rec, 0)));
    CHECK(h.timeline.shown_now() >= 1.0);
    ImVec2 p;
    REQUIRE(h.timeline.task_point(boom, 0.75, p));
    h.frame(&rec, 0.0, [&](ImGuiIO& io) { io.AddMousePosEvent(p.x, p.y); });
    h.frame(&rec, 0.0);
    const timeline::Hit& hit = h.timeline.hovered();
    CHECK(hit.kind == timeline::HitKind::task_segment);
    CHECK(hit.task == boom);
    CHECK(hit.index == t.segments.size() - 1);
}

TEST_CASE("the ruler labels every tick at an even, round step, above the warnings' marks") {
    run_model::Recorder rec;
    REQUIRE(timeline::record_script(kBlockingScript, "main.py", rec).ok);
    const double end = timeline::record_end_time(rec, 0);
    std::vector<run_model::Pitfall> warnings(1);
    warnings[0].time = 0.6;  // the blocking call
    Headless h;
    h.timeline.set_warnings(&warnings);
    auto check_labels = [&](const char* what) {
        INFO(what);
        const auto& labels = h.timeline.ruler_labels();
        REQUIRE(labels.size() >= 3);
        const double step = labels[1].seconds - labels[0].seconds;
        const double decade = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
        const double mantissa = step / decade;
        CHECK((std::fabs(mantissa - 1) < 1e-6 || std::fabs(mantissa - 2) < 1e-6 ||
               std::fabs(mantissa - 5) < 1e-6));
        const float spacing = labels[1].x0 - labels[0].x0;
        for (std::size_t i = 1; i < labels.size(); ++i) {
            CHECK(labels[i].seconds - labels[i - 1].seconds == doctest::Approx(step));  // none skipped
            CHECK(std::fabs(labels[i].x0 - labels[i - 1].x0 - spacing) <= 1.0f);        // evenly spaced
            CHECK(labels[i - 1].x1 + 4 <= labels[i].x0);                                // apart
        }
        for (const auto& l : labels) CHECK(l.bottom <= h.timeline.warning_band_top());
    };
    h.frame(&rec, end);
    h.frame(&rec, end);
    check_labels("fitted");
    for (int i = 0; i < 7; ++i) {  // zoomed in step by step: the step shrinks, every tick keeps a label
        h.timeline.view().axis().zoom_at(300, 1.7);
        h.frame(&rec, end);
        check_labels("zoomed in");
    }
}

// A task whose coroutine's name is too long for a lane label or the inspector's task column.
const char* const kLongNamedTaskScript =
    "import asyncio\n"
    "\n"
    "async def a_coroutine_with_a_rather_long_name():\n"
    "    await asyncio.sleep(0.5)\n"
    "\n"
    "async def main():\n"
    "    await asyncio.create_task(a_coroutine_with_a_rather_long_name())\n"
    "\n"
    "asyncio.run(main())\n";

TEST_CASE("a cut lane name ends in ... and its tooltip holds the whole name") {
    run_model::Recorder rec;
    REQUIRE(timeline::record_script(kLongNamedTaskScript, "main.py", rec).ok);
    std::uint32_t task = run_model::npos;
    for (std::uint32_t i = 0; i < rec.index().tasks().size(); ++i)
        if (rec.str(rec.index().tasks()[i].coroutine) == "a_coroutine_with_a_rather_long_name") task = i;
    REQUIRE(task != run_model::npos);
    const std::string full =
        "a_coroutine_with_a_rather_long_name() " + std::string(rec.str(rec.index().tasks()[task].name));
    Headless h;
    h.frame(&rec, 0.0);
    ImVec2 p;
    REQUIRE(h.timeline.task_point(task, 0.25, p));
    const float label_x = h.timeline.lanes_min().x - 40;  // in the label column
    h.frame(&rec, 0.0, [&](ImGuiIO& io) { io.AddMousePosEvent(label_x, p.y); });
    h.frame(&rec, 0.0);
    CHECK(std::string(h.timeline.hovered_lane_label()) == full);
    CHECK(h.timeline.hovered_lane_cut());
    // The loop's lane is short enough: shown whole.
    h.frame(&rec, 0.0, [&](ImGuiIO& io) { io.AddMousePosEvent(label_x, h.timeline.lanes_min().y + 4); });
    h.frame(&rec, 0.0);
    CHECK(std::string(h.timeline.hovered_lane_label()) == "event loop");
    CHECK_FALSE(h.timeline.hovered_lane_cut());
}

TEST_CASE("a bar's label stops before a late wake-up's box") {
    // The ticker's fifth sleep (from 0.18 s) is due some 35 pixels after it began, less than
    // "sleep  :5" takes, and runs late: main blocks from 0.2 s to 1.2 s.
    const char* script =
        "import asyncio, time\n"
        "\n"
        "async def ticker():\n"
        "    for _ in range(5):\n"
        "        await asyncio.sleep(0.045)\n"
        "\n"
        "async def main():\n"
        "    t = asyncio.create_task(ticker())\n"
        "    await asyncio.sleep(0.2)\n"
        "    time.sleep(1)\n"
        "    await t\n"
        "\n"
        "asyncio.run(main())\n";
    run_model::Recorder rec;
    REQUIRE(timeline::record_script(script, "main.py", rec).ok);
    Headless h;
    h.frame(&rec, 0.0);
    h.frame(&rec, 0.0);
    REQUIRE(h.timeline.late_wakes().size() == 1);
    const timeline::LateWake w = h.timeline.late_wakes().front();  // due at 0.225 s, ran at 1.2 s
    CHECK(w.cause == timeline::LateCause::blocked);
    ImVec2 p;
    REQUIRE(h.timeline.task_point(w.task, w.due, p));
    const float box_x0 = h.timeline.lanes_min().x + static_cast<float>(h.timeline.view().axis().to_x(w.due));
    const float box_x1 =
        h.timeline.lanes_min().x + static_cast<float>(h.timeline.view().axis().to_x(w.fired));
    // No glyph of a bar label (its colour) inside the box on the task's lane.
    const ImU32 label_col = theme::palette().bar_label;
    int inside = 0;
    const ImDrawData* dd = ImGui::GetDrawData();
    for (int l = 0; l < dd->CmdListsCount; ++l)
        for (const ImDrawVert& v : dd->CmdLists[l]->VtxBuffer) {
            if (v.col != label_col || std::fabs(v.pos.y - p.y) > 8) continue;
            if (v.pos.x > box_x0 + 1 && v.pos.x < box_x1) ++inside;
        }
    CHECK(inside == 0);
}

TEST_CASE("following a live run keeps the newest moment in view") {
    run_model::Recorder rec;
    REQUIRE(timeline::record_script(kBlockingScript, "main.py", rec).ok);
    Headless h;
    for (double now : {2.6, 5.0, 40.0}) {
        h.frame(&rec, now, {}, true);
        CHECK(h.timeline.view().axis().end() >= now);
        CHECK(h.timeline.view().axis().start() <= 0.0);  // not zoomed by the user: the whole run
    }
    // Zoomed in by the user (Ctrl+wheel): the zoom stays, the window slides with the newest moment.
    const ImVec2 lanes = h.timeline.lanes_min();
    h.frame(
        &rec, 40.0, [&](ImGuiIO& io) { io.AddMousePosEvent(lanes.x + 300, lanes.y + 10); }, true);
    h.frame(
        &rec, 40.0,
        [&](ImGuiIO& io) {
            io.AddKeyEvent(ImGuiMod_Ctrl, true);
            io.AddMouseWheelEvent(0, 3);
        },
        true);
    h.frame(
        &rec, 40.0, [&](ImGuiIO& io) { io.AddKeyEvent(ImGuiMod_Ctrl, false); }, true);
    const double spp = h.timeline.view().axis().seconds_per_pixel();
    h.frame(&rec, 80.0, {}, true);
    CHECK(h.timeline.view().axis().seconds_per_pixel() == doctest::Approx(spp));
    CHECK(h.timeline.view().axis().end() >= 80.0);
    CHECK(h.timeline.view().axis().start() > 0.0);
    CHECK(h.timeline.follow_live());
}

TEST_CASE("a narrower panel shows the same stretch of time, zoomed in or fitted") {
    run_model::Recorder rec;
    REQUIRE(timeline::record_script(kBlockingScript, "main.py", rec).ok);
    const double end = timeline::record_end_time(rec, 0);
    Headless h;
    h.frame(&rec, end);
    const auto& axis = h.timeline.view().axis();
    const double fitted_start = axis.start(), fitted_end = axis.end();
    CHECK(fitted_end >= end);
    h.width = 800;
    h.frame(&rec, end);
    CHECK(axis.start() == doctest::Approx(fitted_start));
    CHECK(axis.end() == doctest::Approx(fitted_end));
    // The wheel over the ruler zooms in; then a wider panel keeps that range.
    const ImVec2 r0 = h.timeline.ruler_min(), r1 = h.timeline.ruler_max();
    h.frame(&rec, end, [&](ImGuiIO& io) { io.AddMousePosEvent(r0.x + 200, (r0.y + r1.y) * 0.5f); });
    h.frame(&rec, end, [&](ImGuiIO& io) { io.AddMouseWheelEvent(0, 3); });
    const double zoomed_start = axis.start(), zoomed_end = axis.end();
    CHECK(zoomed_end - zoomed_start < (fitted_end - fitted_start) * 0.7);
    h.width = 1260;
    h.frame(&rec, end, [&](ImGuiIO& io) { io.AddMousePosEvent(0, 0); });
    CHECK(axis.start() == doctest::Approx(zoomed_start));
    CHECK(axis.end() == doctest::Approx(zoomed_end));
}

namespace {
// The screen rectangles of the inspector's rows (why().on_control) as of the last frame.
struct Rects {
    std::vector<std::pair<std::string, ImRect>> all;
    const ImRect* find(const std::string& name) const {
        for (const auto& [n, r] : all)
            if (n == name) return &r;
        return nullptr;
    }
};
}  // namespace

TEST_CASE("a task name wider than the inspector's task column ends in ... and shows whole on hover") {
    run_model::Recorder rec;
    REQUIRE(timeline::record_script(kLongNamedTaskScript, "main.py", rec).ok);
    Headless h;
    h.width = 560;  // a column of about 110 px, as at 1024x640
    Rects rects;
    h.inspector.why().on_control = [&](const char* name) {
        rects.all.emplace_back(name, ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()));
    };
    h.frame(&rec, 0.0);
    rects.all.clear();
    h.frame(&rec, 0.0);
    const ImRect* cell = rects.find("task_1");  // Task-2, the long-named one
    REQUIRE(cell != nullptr);
    const ImVec2 mid = cell->GetCenter();
    h.frame(&rec, 0.0, [&](ImGuiIO& io) { io.AddMousePosEvent(mid.x, mid.y); });
    h.frame(&rec, 0.0);
    const auto& hovered = h.inspector.hovered_task_name();
    CHECK(std::string(hovered.name) == "a_coroutine_with_a_rather_long_name() Task-2");
    const std::string shown = hovered.shown;
    REQUIRE(shown.size() > 3);
    CHECK(shown.substr(shown.size() - 3) == "...");
    CHECK(std::string(hovered.name).rfind(shown.substr(0, shown.size() - 3), 0) == 0);
    // Wide enough: the whole name, no dots.
    h.width = 1260;
    h.frame(&rec, 0.0, [&](ImGuiIO& io) { io.AddMousePosEvent(0, 0); });
    rects.all.clear();
    h.frame(&rec, 0.0);
    cell = rects.find("task_1");
    REQUIRE(cell != nullptr);
    const ImVec2 wide = cell->GetCenter();
    h.frame(&rec, 0.0, [&](ImGuiIO& io) { io.AddMousePosEvent(wide.x, wide.y); });
    h.frame(&rec, 0.0);
    CHECK(std::string(h.inspector.hovered_task_name().shown) ==
          "a_coroutine_with_a_rather_long_name() Task-2");
}

TEST_CASE("the await tree has its own tab, as tall as the inspector") {
    // 30 workers under one gather: 32 rows (main, the gather, the workers).
    const char* script =
        "import asyncio\n"
        "\n"
        "async def worker(i):\n"
        "    await asyncio.sleep(1 + i * 0.01)\n"
        "\n"
        "async def main():\n"
        "    await asyncio.gather(*[worker(i) for i in range(30)])\n"
        "\n"
        "asyncio.run(main())\n";
    run_model::Recorder rec;
    REQUIRE(timeline::record_script(script, "main.py", rec).ok);
    Headless h;
    h.timeline_height = 80;  // both in the 720 px window
    h.inspector_height = 600;
    h.timeline.set_cursor(timeline::cursor_at_time(rec, 0.5));
    h.inspector.select_tab(inspector::InspectorPanel::Tab::await_tree);
    h.frame(&rec, 0.0);
    h.frame(&rec, 0.0);
    CHECK(h.inspector.tab() == inspector::InspectorPanel::Tab::await_tree);
    CHECK(h.inspector.await_rows() >= 31);
    // 600 px hold some 30 rows of 17 px under the panel's title and tabs: most of the tree, not a
    // box of a few.
    MESSAGE("await tree rows on screen: " << h.inspector.visible_await_rows() << " of "
                                          << h.inspector.await_rows());
    CHECK(h.inspector.visible_await_rows() >= 28);
    // The State tab no longer holds it.
    h.inspector.select_tab(inspector::InspectorPanel::Tab::state);
    h.frame(&rec, 0.0);
    h.frame(&rec, 0.0);
    CHECK(h.inspector.visible_await_rows() == 0);
}

TEST_CASE("benchmark: a frame of 10k tasks and 100k+ events") {
    run_model::Recorder rec;
    const auto t0 = std::chrono::steady_clock::now();
    const timeline::DemoRun run =
        timeline::record_script(timeline::generate_many_tasks_script(10000), "bench.py", rec);
    const auto t1 = std::chrono::steady_clock::now();
    INFO(run.output);
    REQUIRE(run.ok);
    CHECK(run.output == "10000 tasks done\n");
    CHECK(rec.index().tasks().size() > 10000);
    CHECK(rec.size() > 100000);
    const double end = timeline::record_end_time(rec, 0);

    Headless h;
    h.frame(&rec, end);  // first frame: layout, inspector state
    auto measure = [&](int frames) {
        const auto a = std::chrono::steady_clock::now();
        for (int i = 0; i < frames; ++i) h.frame(&rec, end);
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - a).count() /
               frames;
    };
    const double fit_ms = measure(30);
    const int fit_vertices = h.vertices();
    h.timeline.view().axis().zoom_at(600, 50.0);  // zoomed in: labels and arrows
    h.frame(&rec, end);
    const double zoom_ms = measure(30);
    h.timeline.set_cursor(timeline::cursor_at_time(rec, end * 0.5));
    h.frame(&rec, end);
    const double cursor_ms = measure(30);
    std::printf(
        "timeline bench: %zu tasks, %zu events recorded in %.0f ms; frame (timeline + inspector, CPU): "
        "%.2f ms fitted (%d vertices), %.2f ms zoomed, %.2f ms with a cursor\n",
        rec.index().tasks().size(), rec.size(), std::chrono::duration<double, std::milli>(t1 - t0).count(),
        fit_ms, fit_vertices, zoom_ms, cursor_ms);
    CHECK(fit_vertices > 0);
}

namespace {

// Feeds recorded events into `live` as the loop would (the strings valid during the call).
void replay(const run_model::Recorder& from, run_model::Recorder& live, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
        const run_model::Event& e = from.events()[i];
        aio::TraceEvent t{e.kind};
        t.arg = e.arg;
        t.id = e.id;
        t.other = e.other;
        t.loop_time = e.time;
        t.value = e.value;
        t.line = e.line;
        if (e.kind == aio::TraceKind::output) {
            t.text = from.output_text(e);
        } else {
            t.text = from.str(e.text);
            t.file = from.str(e.file);
        }
        live.record(t);
    }
}

}  // namespace

TEST_CASE("benchmark: following a live 10k-task run, and the allocations of a frame") {
    run_model::Recorder rec;
    REQUIRE(timeline::record_script(timeline::generate_many_tasks_script(10000), "bench.py", rec).ok);
    REQUIRE(rec.size() > 100000);

    // Live: the record grows by a chunk per frame (about 1000 events: the whole run in ~100 frames).
    run_model::Recorder live;
    Headless h;
    constexpr std::size_t kChunk = 1000;
    double frame_ms = 0, frame_max_ms = 0, full_ms = 0, full_max_ms = 0, tracker_ms = 0, tracker_max_ms = 0;
    run_model::StateTracker tracker;  // the inspector's update alone, timed apart
    int frames = 0;
    std::size_t live_allocations = 0;
    for (std::size_t at = 0; at < rec.size(); at += kChunk, ++frames) {
        const std::size_t end = std::min(rec.size(), at + kChunk);
        replay(rec, live, at, end);
        const double now = live.events().back().time;
        const std::size_t before = g_allocations;
        const auto a = std::chrono::steady_clock::now();
        h.frame(&live, now, {}, true);
        const auto b = std::chrono::steady_clock::now();
        live_allocations += g_allocations - before;
        // What the inspector did before (a full state rebuild), for the figures.
        const run_model::RunState full = run_model::state_at(live, live.size());
        const auto c = std::chrono::steady_clock::now();
        tracker.update(live, live.size());
        const auto d = std::chrono::steady_clock::now();
        CHECK(h.inspector.state().tasks.size() == full.tasks.size());
        CHECK(h.inspector.state().ready.size() == full.ready.size());
        const double fr = std::chrono::duration<double, std::milli>(b - a).count();
        frame_ms += fr;
        frame_max_ms = std::max(frame_max_ms, fr);
        const double f = std::chrono::duration<double, std::milli>(c - b).count();
        full_ms += f;
        full_max_ms = std::max(full_max_ms, f);
        const double t = std::chrono::duration<double, std::milli>(d - c).count();
        tracker_ms += t;
        tracker_max_ms = std::max(tracker_max_ms, t);
    }
    CHECK(h.inspector.tracker().rebuilds() == 1);  // following live never rebuilds
    CHECK(h.inspector.state().events == rec.size());
    std::printf(
        "live bench: %zu events in %d frames of %zu: frame (timeline + inspector, CPU) %.2f ms on average, "
        "%.2f ms max; the inspector's state update (StateTracker) %.3f ms on average, %.3f ms max; "
        "a full rebuild (state_at: the old live refresh, 10x/s) %.2f ms on average, %.2f ms max; "
        "%.1f allocations per live frame\n",
        rec.size(), frames, kChunk, frame_ms / frames, frame_max_ms, tracker_ms / frames, tracker_max_ms,
        full_ms / frames, full_max_ms, static_cast<double>(live_allocations) / frames);

    // A still picture (the run over, nothing moving): frames allocate nothing once warmed up.
    const double end = timeline::record_end_time(rec, 0);
    auto allocations = [&](const char* what) {
        for (int i = 0; i < 3; ++i) h.frame(&live, end);  // warm-up: buffers reach their size
        const std::size_t before = g_allocations;
        for (int i = 0; i < 10; ++i) h.frame(&live, end);
        const std::size_t n = g_allocations - before;
        std::printf("allocations: %zu in 10 frames (%s)\n", n, what);
        return n;
    };
    CHECK(allocations("fitted") == 0);
    h.timeline.view().axis().zoom_at(600, 50.0);
    CHECK(allocations("zoomed in") == 0);
    h.timeline.set_cursor(timeline::cursor_at_time(live, end * 0.5));
    CHECK(allocations("with a cursor") == 0);
}
