// TimelinePanel (timeline_panel.hpp): a run's recording drawn with ImDrawList: the loop's lane,
// task and worker lanes, arrows, the ruler and the cursor, tooltips.
//
// Index of this file:
//   Colours and small helpers
//   The panel (draw)
//   Toolbar
//   Ruler and cursor
//   Lanes and bars (draw_lanes, draw_row)
//   Late wake-ups
//   Wake-up arrows and spawn links
//   Hits and tooltips
#include "timeline_panel.hpp"

#include "fit_text.hpp"
#include "theme.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

namespace loopscope::timeline {

namespace {

using run_model::LoopActivity;
using run_model::TaskState;

// ---- Colours and small helpers ------------------------------------------------------------------

// One colour per state, shared by the bars and the legend.
ImU32 task_color(TaskState s) {
    switch (s) {
        case TaskState::created: return IM_COL32(120, 120, 130, 255);
        case TaskState::ready: return IM_COL32(230, 190, 60, 255);
        case TaskState::running: return IM_COL32(80, 200, 100, 255);
        case TaskState::waiting: return IM_COL32(70, 120, 200, 255);
        case TaskState::done: return IM_COL32(90, 100, 95, 255);
        case TaskState::failed: return IM_COL32(235, 70, 70, 255);
        case TaskState::cancelled: return IM_COL32(190, 110, 230, 255);
    }
    return IM_COL32(255, 255, 255, 255);
}
ImU32 loop_color(LoopActivity a, bool slow) {
    if (slow) return IM_COL32(240, 40, 40, 255);  // computing without awaiting blocks like a blocking call
    switch (a) {
        case LoopActivity::callback: return IM_COL32(90, 190, 200, 255);
        case LoopActivity::step: return IM_COL32(80, 200, 100, 255);
        case LoopActivity::idle: return theme::palette().idle;
        case LoopActivity::blocked: return IM_COL32(240, 40, 40, 255);
    }
    return IM_COL32(255, 255, 255, 255);
}
constexpr ImU32 kJobColor = IM_COL32(200, 150, 90, 255);
constexpr ImU32 kArrowColor = IM_COL32(255, 230, 120, 150);
constexpr ImU32 kSpawnColor = IM_COL32(160, 200, 255, 110);
constexpr ImU32 kNowColor = IM_COL32(120, 255, 140, 160);

// "1.25 s", "3.2 ms", "15 us".
void format_duration(char* out, std::size_t n, double seconds) {
    const double a = std::fabs(seconds);
    if (a >= 1.0)
        std::snprintf(out, n, "%.3g s", seconds);
    else if (a >= 1e-3)
        std::snprintf(out, n, "%.3g ms", seconds * 1e3);
    else if (a >= 1e-6)
        std::snprintf(out, n, "%.3g us", seconds * 1e6);
    else
        std::snprintf(out, n, "%.3g ns", seconds * 1e9);
}

const char* wake_reason(aio::WakeSource w) {
    switch (w) {
        case aio::WakeSource::start: return "start (new task)";
        case aio::WakeSource::yield: return "its own yield (sleep(0))";
        case aio::WakeSource::future: return "the future it awaited completed";
        case aio::WakeSource::cancel: return "cancel()";
        case aio::WakeSource::error: return "an error";
    }
    return "?";
}

// Draws bars of one lane left to right, skipping those that fall in a pixel already painted: at
// most one rectangle per pixel column, whatever the number of segments.
class BarPainter {
public:
    BarPainter(ImDrawList* dl, float x0, float width, float y0, float y1)
        : dl_(dl), x0_(x0), w_(width), y0_(y0), y1_(y1) {}
    // Returns the clipped pixel span [a, b) drawn, or false if skipped.
    // Pixel columns: each bar drawn advances by at least one column, so a lane costs at most
    // `width` rectangles.
    bool bar(float a, float b, ImU32 color, float inset = 0, float* out_a = nullptr, float* out_b = nullptr) {
        float pa = std::floor(std::max(a, -1.0f));
        float pb = std::max(pa + 1.0f, std::ceil(std::min(b, w_ + 1.0f)));
        if (pa > w_ || pb <= painted_) return false;
        pa = std::max(pa, painted_);
        painted_ = pb;
        dl_->AddRectFilled(ImVec2(x0_ + pa, y0_ + inset), ImVec2(x0_ + pb, y1_ - inset), color);
        if (out_a) *out_a = pa;
        if (out_b) *out_b = pb;
        return true;
    }
    void reset() { painted_ = -1e30f; }
    // Pixel column (relative to x0) up to which the lane is painted.
    float painted() const { return painted_; }

private:
    ImDrawList* dl_;
    float x0_, w_, y0_, y1_;
    float painted_ = -1e30f;
};

// A blocked stretch of the loop's lane: a warning triangle at its start and, if it fits, "<what>
// <duration>" (a blocking call: BLOCKED; a step that computed without awaiting: COMPUTING).
void blocked_marker(ImDrawList* dl, float x0, float y, float lane_h, float text_y, float a, float c,
                    const char* what, double seconds) {
    const float h = lane_h - 4;
    const ImVec2 tip(x0 + a + h * 0.5f, y + 2);
    dl->AddTriangleFilled(tip, ImVec2(x0 + a, y + 2 + h), ImVec2(x0 + a + h, y + 2 + h),
                          IM_COL32(255, 220, 0, 255));
    dl->AddText(ImVec2(tip.x - 2, y + 2), IM_COL32(0, 0, 0, 255), "!");
    char d[32], label[64];
    format_duration(d, sizeof(d), seconds);
    std::snprintf(label, sizeof(label), "%s %s", what, d);
    if (ImGui::CalcTextSize(label).x < c - a - h - 4)
        dl->AddText(ImVec2(x0 + a + h + 3, text_y), IM_COL32(255, 255, 255, 255), label);
}

void legend_item(ImU32 color, const char* label, const char* help = nullptr) {
    // On the next line when it would be cut at the panel's edge.
    const float spacing = ImGui::GetFontSize() * 0.6f;
    const float width = ImGui::GetFontSize() * 0.7f + 3 + ImGui::CalcTextSize(label).x;
    ImGui::SameLine(0, spacing);
    if (ImGui::GetCursorPosX() + width > ImGui::GetContentRegionMax().x) ImGui::NewLine();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float s = ImGui::GetFontSize() * 0.7f;
    const float dy = (ImGui::GetTextLineHeight() - s) * 0.5f;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + dy), ImVec2(p.x + s, p.y + dy + s), color);
    ImGui::Dummy(ImVec2(s, s));
    ImGui::SameLine(0, 3);
    ImGui::TextUnformatted(label);
    if (help != nullptr && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", help);
}

}  // namespace

// ---- The panel (draw) ---------------------------------------------------------------------------

void TimelinePanel::draw(const run_model::Recorder* recorder, double now, bool live, ImVec2 size) {
    // NoNavInputs: the arrow keys scrub (handle_keyboard) instead of moving ImGui's keyboard focus.
    ImGui::BeginChild(
        "##timeline_panel", size, ImGuiChildFlags_Border,
        ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNavInputs);
    if (recorder == nullptr || recorder->size() == 0) {
        ImGui::TextUnformatted("Timeline");
        ImGui::Separator();
        ImGui::TextDisabled(
            "No run recorded yet. Press Run: every task, callback and wait of the run shows up here.");
        last_recorder_ = recorder;
        last_size_ = 0;
        fit_pending_ = true;
        ImGui::EndChild();
        return;
    }
    // A run that made no task (a syntax error, an exception before asyncio.run, a script without
    // asyncio): no axis (it would be a meaningless 0-1 ms), a word on why instead.
    if (recorder->index().tasks().empty() && recorder->index().workers().empty()) {
        ImGui::TextUnformatted("Timeline");
        ImGui::Separator();
        if (live)
            ImGui::TextDisabled("The run has not started an asyncio task yet.");
        else
            ImGui::TextWrapped(
                "This run started no asyncio task, so there is nothing to draw: the script stopped before "
                "asyncio.run (an error? see the console), or it does not use an event loop.");
        no_tasks_ = true;
        ImGui::EndChild();
        return;
    }
    no_tasks_ = false;
    // A new run (another recorder, or the same one cleared): start over. A cursor set before the
    // first recording was seen (--cursor) is kept.
    if ((last_recorder_ != nullptr && recorder != last_recorder_) || recorder->size() < last_size_) {
        cursor_ = {};
        fit_pending_ = true;
        follow_live_ = true;
        user_zoomed_ = false;
    }
    last_recorder_ = recorder;
    last_size_ = recorder->size();

    // A finished run has no clock any more (its backend says 0): the last segment of a done or failed
    // task is open and ends where the record ends, else it would have no width (no label, no hit).
    if (!live) now = record_end_time(*recorder, 0.0);
    shown_now_ = now;
    const double end = record_end_time(*recorder, now);
    origin_ = run_origin(*recorder);
    // Room for "worker 0 (executor 1)" and a task's name.
    label_width_ = std::min(ImGui::GetFontSize() * 12.0f, ImGui::GetContentRegionAvail().x * 0.3f);
    draw_toolbar(*recorder, end);
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    // A resized window (or panel) keeps showing the same stretch of time, zoomed or fitted.
    view_.axis().resize(std::max(1.0f, avail.x - label_width_ - ImGui::GetStyle().ScrollbarSize));
    if (fit_pending_) {
        view_.axis().fit(origin_, end);
        fit_pending_ = false;
    } else if (follow_live_ && live) {
        // Following a run: the whole run stays in view until the user zooms; then the zoom is
        // kept and the newest moment stays at the right edge.
        if (!user_zoomed_)
            view_.axis().fit(origin_, end);
        else if (end > view_.axis().end())
            view_.axis().follow(end);
    }
    // The ruler: its labels, then (when there are warnings) a band for their marks.
    mark_band_ = warnings_ != nullptr && !warnings_->empty() ? std::floor(ImGui::GetFontSize() * 0.7f) : 0.0f;
    const float ruler_h = ImGui::GetTextLineHeight() + 6 + mark_band_;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    draw_ruler(*recorder, ImVec2(origin.x + label_width_, origin.y), static_cast<float>(view_.axis().width()),
               ruler_h, end);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + ruler_h));
    draw_lanes(*recorder, now, ImVec2(avail.x, std::max(1.0f, avail.y - ruler_h)));
    handle_keyboard(*recorder);
    ImGui::EndChild();
}

// Left/Right scrub event by event (Shift: ten at a time), Home/End go to the first/last event,
// Escape back to live, while the timeline has the focus (a click in it gives it) and no text field
// is being edited.
void TimelinePanel::handle_keyboard(const run_model::Recorder& recorder) {
    // ImGui's keyboard navigation takes the focus away on Escape before this runs (nav cancel):
    // the panel focused on the previous frame still counts.
    const bool focused = ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows);
    const bool was_focused = keyboard_focus_;
    keyboard_focus_ = focused;
    if (ImGui::GetIO().WantTextInput) return;
    if (!focused) {
        if (was_focused && ImGui::IsKeyPressed(ImGuiKey_Escape, false) && cursor_.active) set_cursor({});
        return;
    }
    const int stride = ImGui::GetIO().KeyShift ? 10 : 1;
    if (ImGui::IsKeyPressed(ImGuiKey_RightArrow, true))
        set_cursor(cursor_step(recorder, cursor_, stride));
    else if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow, true))
        set_cursor(cursor_step(recorder, cursor_, -stride));
    else if (ImGui::IsKeyPressed(ImGuiKey_Home, false))
        set_cursor(cursor_step(recorder, Cursor{true, 0, 0.0}, 0));
    else if (ImGui::IsKeyPressed(ImGuiKey_End, false))
        set_cursor(cursor_step(recorder, Cursor{true, static_cast<std::uint32_t>(recorder.size()), 0.0}, 0));
    else if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && cursor_.active)
        set_cursor({});
    else
        return;
    // Keep the cursor in view.
    if (cursor_.active && (cursor_.time < view_.axis().start() || cursor_.time > view_.axis().end()))
        view_.axis().follow(cursor_.time);
}

// ---- Toolbar ------------------------------------------------------------------------------------

void TimelinePanel::draw_toolbar(const run_model::Recorder& recorder, double end) {
    ImGui::TextUnformatted("Timeline");
    ImGui::SameLine();
    if (ImGui::SmallButton("Fit")) fit_pending_ = true, user_zoomed_ = false;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show the whole run");
    ImGui::SameLine();
    if (ImGui::Checkbox("Follow live", &follow_live_) && follow_live_) cursor_.active = false;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Keep the newest moment in view; the inspector shows now");
    ImGui::SameLine();
    bool collapse = view_.collapse_finished();
    if (ImGui::Checkbox("Hide finished", &collapse)) view_.set_collapse_finished(collapse);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Hide the lanes of tasks that finished before the visible window");
    ImGui::SameLine();
    ImGui::Checkbox("Arrows", &show_arrows_);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Wake-up arrows (cause -> the step it caused) and parent -> child links");
    ImGui::SameLine();
    if (cursor_.active) {
        ImGui::Text("cursor %.6g s (event %u)", cursor_.time - origin_, cursor_.events);
        ImGui::SameLine();
        if (ImGui::SmallButton("Live")) set_cursor({});
    } else {
        ImGui::TextDisabled("%zu events, %.6g s%s", recorder.size(), end - origin_,
                            recorder.truncated() ? " (truncated)" : "");
    }
    // Legend. Where it would not fit on one line (a small laptop's screen), without its two headings:
    // a second legend line would cost a lane.
    const bool narrow = ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 56;
    if (narrow)
        ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
    else
        ImGui::TextDisabled("tasks:");
    legend_item(task_color(TaskState::ready), "ready");
    legend_item(task_color(TaskState::running), "running");
    legend_item(task_color(TaskState::waiting), "waiting");
    legend_item(task_color(TaskState::done), "done");
    legend_item(task_color(TaskState::failed), "failed");
    legend_item(task_color(TaskState::cancelled), "cancelled");
    if (!narrow) {
        ImGui::SameLine(0, ImGui::GetFontSize());
        ImGui::TextDisabled("loop:");
    }
    legend_item(loop_color(LoopActivity::callback, false), "callback");
    legend_item(loop_color(LoopActivity::idle, false), "idle");
    legend_item(loop_color(LoopActivity::blocked, false), "BLOCKED",
                "The loop is stuck in a blocking call, or computing: no task can run");
    legend_item(kJobColor, "job");
}

// ---- Ruler and cursor ---------------------------------------------------------------------------

void TimelinePanel::draw_ruler(const run_model::Recorder& recorder, ImVec2 origin, float width, float height,
                               double end) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const TimeAxis& axis = view_.axis();
    dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), theme::palette().ruler_background);
    // Ticks: the smallest round step (1, 2 or 5 x 10^k s) at which every tick gets a label and the
    // widest label in view fits between two ticks (labels count from the run's start, origin_).
    const float gap = ImGui::GetFontSize();
    const double spp = axis.seconds_per_pixel();
    double step = ruler_step(spp, ImGui::GetFontSize() * 5);
    char text[48];
    for (int tries = 0; tries < 4; ++tries) {
        float widest = 0;
        const double first = std::ceil((axis.start() - origin_) / step);
        for (int k = 0; k < 256 && origin_ + (first + k) * step <= axis.end(); ++k) {
            format_ruler_label(text, sizeof(text), (first + k) * step, step);
            widest = std::max(widest, ImGui::CalcTextSize(text).x);
        }
        if (step / spp >= widest + gap) break;
        step = ruler_step(spp, widest + gap);
    }
    ruler_labels_.clear();
    const float label_top = origin.y + 1;
    const float ticks_bottom = origin.y + height - mark_band_;
    const double first = std::ceil((axis.start() - origin_) / step);
    // Counted, not accumulated: far from 0 at a fine zoom, t += step could stop advancing.
    for (int k = 0; k < 256; ++k) {
        const double t = (first + k) * step;
        if (origin_ + t > axis.end()) break;
        const float x = origin.x + static_cast<float>(axis.to_x(origin_ + t));
        dl->AddLine(ImVec2(x, ticks_bottom - 5), ImVec2(x, ticks_bottom), theme::palette().ruler_tick);
        format_ruler_label(text, sizeof(text), t, step);
        const ImVec2 size = ImGui::CalcTextSize(text);
        if (x + 2 + size.x > origin.x + width + 2) continue;  // the last one, cut at the edge
        dl->AddText(ImVec2(x + 2, label_top), theme::palette().ruler_text, text);
        ruler_labels_.push_back({x + 2, x + 2 + size.x, label_top + size.y, t});
    }
    draw_warning_marks(dl, origin, width, height);
    // Scrubbing.
    ImGui::SetCursorScreenPos(origin);
    ImGui::InvisibleButton("##ruler", ImVec2(std::max(1.0f, width), height));
    ruler_min_ = origin;
    ruler_max_ = ImVec2(origin.x + width, origin.y + height);
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsItemHovered()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
        if (io.MouseWheel != 0 && !io.KeyShift) {
            view_.axis().zoom_at(io.MousePos.x - origin.x, std::pow(1.25, io.MouseWheel));
            user_zoomed_ = true;
        }
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Right)) set_cursor({});
        // Over a warning's mark: what it says; else how to scrub.
        const run_model::Pitfall* near = nullptr;
        if (warnings_)
            for (const run_model::Pitfall& p : *warnings_)
                if (std::fabs(origin.x + static_cast<float>(axis.to_x(p.time)) - io.MousePos.x) <=
                    std::max(4.0f, mark_band_ * 0.5f + 2))
                    near = &p;
        if (near != nullptr && !ImGui::IsItemActive()) {
            const std::string_view kind = run_model::to_string(near->kind);
            ImGui::SetTooltip("%.*s (line %u): %s\n%s", static_cast<int>(kind.size()), kind.data(),
                              near->line, near->message.c_str(), near->fix.c_str());
        } else if (!ImGui::IsItemActive()) {
            ImGui::SetTooltip(
                "Click or drag to look at a moment; Left/Right: event by event; right-click: back to live");
        }
    }
    if (ImGui::IsItemActive()) {
        const double t = std::clamp(axis.to_time(io.MousePos.x - origin.x), origin_, end);
        set_cursor(cursor_at_time(recorder, t));
    }
}

// A warning sign (a small triangle) on the ruler at each pitfall's time; dimmed when it comes after
// the cursor (what happens later in the run).
void TimelinePanel::draw_warning_marks(ImDrawList* dl, ImVec2 origin, float width, float height) {
    if (warnings_ == nullptr || mark_band_ <= 0) return;
    // In the band under the ticks (draw sizes the ruler for it): never over a label.
    const float half = mark_band_ * 0.5f;
    for (const run_model::Pitfall& p : *warnings_) {
        const float x = static_cast<float>(view_.axis().to_x(p.time));
        if (x < -half || x > width + half) continue;
        const bool later = cursor_.active && p.event >= cursor_.events;
        const ImU32 col = later ? IM_COL32(230, 150, 40, 90) : IM_COL32(240, 150, 30, 255);
        const float cx = origin.x + x, base = origin.y + height;
        dl->AddTriangleFilled(ImVec2(cx - half, base - 2 * half), ImVec2(cx + half, base - 2 * half),
                              ImVec2(cx, base), col);
    }
}

float TimelinePanel::time_x(double time) const noexcept {
    return ruler_min_.x + static_cast<float>(view_.axis().to_x(time));
}

// ---- Lanes and bars (draw_lanes, draw_row) ------------------------------------------------------

void TimelinePanel::draw_lanes(const run_model::Recorder& recorder, double now, ImVec2 size) {
    const run_model::RunIndex& index = recorder.index();
    view_.set_lane_height(std::floor(ImGui::GetTextLineHeight() + 4));
    view_.layout(index, now);
    ImGui::BeginChild("##lanes", size, ImGuiChildFlags_None, ImGuiWindowFlags_AlwaysVerticalScrollbar);
    const ImVec2 win = ImGui::GetCursorScreenPos();  // content origin (scrolled)
    const float scroll_y = ImGui::GetScrollY();
    const float visible_h = ImGui::GetWindowHeight();
    const float lane_h = view_.lane_height();
    const float width = static_cast<float>(view_.axis().width());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 top(win.x, win.y + scroll_y);  // screen position of the visible top
    lanes_min_ = ImVec2(win.x + label_width_, top.y);
    lanes_content_ = ImVec2(win.x + label_width_, win.y);

    refresh_late_wakes(recorder);  // before the rows: a bar's label ends where a late wake-up starts
    hovered_ = {};
    hovered_lane_text_[0] = '\0';
    hovered_lane_cut_ = false;
    const auto [first, last] = view_.visible_rows(scroll_y, visible_h);
    for (std::size_t r = first; r < last; ++r) {
        const ImVec2 p(win.x, win.y + static_cast<float>(r) * lane_h);
        if (r % 2 == 1)
            dl->AddRectFilled(p, ImVec2(p.x + label_width_ + width, p.y + lane_h),
                              theme::palette().lane_stripe);
        const LaneRow& lane = view_.rows()[r];
        if (highlight_ != nullptr && lane.type == LaneType::task &&
            std::find(highlight_->begin(), highlight_->end(), lane.index) != highlight_->end())
            dl->AddRectFilled(p, ImVec2(p.x + label_width_ + width, p.y + lane_h),
                              IM_COL32(250, 210, 60, 70));
        draw_row(recorder, view_.rows()[r], dl, p, width, now);
    }
    LateWake late_hovered;
    const bool on_late =
        draw_late_wakes(recorder, dl, ImVec2(win.x + label_width_, win.y), width, first, last, late_hovered);
    if (show_arrows_)
        draw_links(index, dl, ImVec2(win.x + label_width_, win.y), width, scroll_y, visible_h, now);

    // Cursor and live-end lines.
    const float x0 = win.x + label_width_;
    auto vline = [&](double t, ImU32 color) {
        const float x = static_cast<float>(view_.axis().to_x(t));
        if (x >= 0 && x <= width)
            dl->AddLine(ImVec2(x0 + x, top.y), ImVec2(x0 + x, top.y + visible_h), color, 1.5f);
    };
    vline(record_end_time(recorder, now), kNowColor);
    if (warnings_ != nullptr)
        for (const run_model::Pitfall& p : *warnings_)
            vline(p.time, cursor_.active && p.event >= cursor_.events ? IM_COL32(230, 150, 40, 40)
                                                                      : IM_COL32(240, 150, 30, 110));
    if (cursor_.active) vline(cursor_.time, theme::palette().cursor);

    // The scroll extent, then the mouse: hover, drag to pan, Ctrl+wheel zoom, Shift+wheel pan.
    ImGui::SetCursorScreenPos(win);
    ImGui::Dummy(ImVec2(label_width_ + width, view_.content_height()));
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsWindowHovered()) {
        const double mx = io.MousePos.x - x0;
        if (io.MouseWheel != 0 && io.KeyCtrl) {
            view_.axis().zoom_at(mx, std::pow(1.25, io.MouseWheel));
            user_zoomed_ = true;
        } else if (io.KeyShift && (io.MouseWheel != 0 || io.MouseWheelH != 0)) {
            const float wheel = io.MouseWheel != 0 ? io.MouseWheel : io.MouseWheelH;
            view_.axis().pan(-wheel * width * 0.1);
            follow_live_ = false;
        }
        if (ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
            view_.axis().pan(-io.MouseDelta.x);
            ImGui::SetScrollY(scroll_y - io.MouseDelta.y);
            follow_live_ = false;
        } else if (mx >= 0) {
            const Hit hit = view_.hit_test(index, mx, io.MousePos.y - win.y, now);
            hovered_ = hit;
            if (on_late) {
                char d[32];
                format_duration(d, sizeof(d), late_hovered.fired - late_hovered.due);
                ImGui::BeginTooltip();
                ImGui::TextColored(ImVec4(1, 0.6f, 0.2f, 1), "Woke up late by %s", d);
                ImGui::Text("Its timer was due at %.6g s, but its callback ran only at %.6g s:",
                            late_hovered.due - origin_, late_hovered.fired - origin_);
                if (late_hovered.cause == LateCause::blocked)
                    ImGui::TextUnformatted(
                        "the loop was blocked (a blocking call, or a step computing without awaiting).");
                else
                    ImGui::TextUnformatted(
                        "the loop was busy: other callbacks ran, or the page did not give it the time.");
                ImGui::EndTooltip();
            } else if (hit.kind != HitKind::none) {
                tooltip_for(recorder, hit, now);
            }
            // A click, not the end of a drag (that pans).
            const float slop = io.MouseDragThreshold;
            if (hit.kind == HitKind::task_segment && ImGui::IsMouseReleased(ImGuiMouseButton_Left) &&
                io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] <= slop * slop)
                click_task(recorder, hit, view_.axis().to_time(mx));
        } else if (mx >= -label_width_) {
            // Over a lane's name: the whole name (the column may show it cut).
            const float row = std::floor((io.MousePos.y - win.y) / lane_h);
            if (row >= 0 && row < static_cast<float>(view_.rows().size())) {
                ImU32 unused = 0;
                lane_label(recorder, view_.rows()[static_cast<std::size_t>(row)], hovered_lane_text_,
                           sizeof(hovered_lane_text_), &unused);
                char fitted[sizeof(hovered_lane_text_)];
                hovered_lane_cut_ = fit_text(hovered_lane_text_, lane_label_room(), fitted, sizeof(fitted)) !=
                                    hovered_lane_text_;
                ImGui::SetTooltip("%s", hovered_lane_text_);
            }
        }
    }
    ImGui::EndChild();
}

// The name in a lane's label column and its colour (left as it is for a plain lane).
void TimelinePanel::lane_label(const run_model::Recorder& recorder, const LaneRow& row, char* out,
                               std::size_t size, ImU32* color) const {
    const run_model::RunIndex& index = recorder.index();
    switch (row.type) {
        case LaneType::loop: std::snprintf(out, size, "event loop"); break;
        case LaneType::worker: {
            const auto& w = index.workers()[row.index];
            const std::string text = index.lane_label(row.index, recorder.str(w.process_name));
            std::snprintf(out, size, "%.*s", static_cast<int>(std::min<std::size_t>(text.size(), 150)),
                          text.data());
            break;
        }
        case LaneType::task: {
            const auto& t = index.tasks()[row.index];
            const std::string_view name = recorder.str(t.name);
            // asyncio.run's clean-up tasks: labelled, dimmed (they are not the script's).
            const bool shutdown =
                std::binary_search(shutdown_tasks_.begin(), shutdown_tasks_.end(), row.index);
            if (shutdown)
                std::snprintf(out, size, "%.*s (shutdown)",
                              static_cast<int>(std::min<std::size_t>(name.size(), 100)), name.data());
            else
                run_model::format_task_title(recorder, row.index, out, size);  // "worker() Task-2"

            if (shutdown) *color = ImGui::GetColorU32(ImGuiCol_TextDisabled);
            if (!t.segments.empty()) {
                const TaskState s = t.segments.back().state;
                if (s == TaskState::failed || s == TaskState::cancelled) *color = task_color(s);
            }
            break;
        }
    }
}

void TimelinePanel::draw_row(const run_model::Recorder& recorder, const LaneRow& row, ImDrawList* dl,
                             ImVec2 p, float width, double now) {
    const run_model::RunIndex& index = recorder.index();
    const TimeAxis& axis = view_.axis();
    const float lane_h = view_.lane_height();
    const float x0 = p.x + label_width_;
    const double t0 = axis.start(), t1 = axis.end();
    const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
    char label[160];

    // Label column: the lane's name, with "..." when it is cut (the whole name is in a tooltip).
    ImU32 label_col = text_col;
    lane_label(recorder, row, label, sizeof(label), &label_col);
    char fitted[sizeof(label)];
    dl->AddText(ImVec2(p.x + 2, p.y + 2), label_col,
                fit_text(label, lane_label_room(), fitted, sizeof(fitted)));

    dl->PushClipRect(ImVec2(x0, p.y), ImVec2(x0 + width, p.y + lane_h), true);
    BarPainter bars(dl, x0, width, p.y + 1, p.y + lane_h - 1);
    const float text_y = p.y + 2;
    switch (row.type) {
        case LaneType::loop: {
            const auto& segs = index.loop_lane();
            const auto [b, e] = TimelineView::loop_segments_in(segs, t0, t1, now);
            for (std::size_t i = b; i < e;) {
                const auto& s = segs[i];
                const double end_t = s.end_event == npos ? now : s.end_time;
                bars.bar(static_cast<float>(axis.to_x(s.begin_time)), static_cast<float>(axis.to_x(end_t)),
                         loop_color(s.kind, s.slow), s.kind == LoopActivity::idle ? 4.0f : 0.0f);
                // Zoomed out, thousands of segments share a pixel column: those ending before the
                // painted column would all be skipped by bar(), so jump past them (binary search; the
                // loop's segments follow each other in time) instead of visiting each one.
                const double hidden_until = axis.to_time(static_cast<double>(bars.painted()) - 0.01);
                ++i;
                if (i < e && segs[i].end_event != npos && segs[i].end_time < hidden_until) {
                    i = static_cast<std::size_t>(
                        std::partition_point(segs.begin() + static_cast<std::ptrdiff_t>(i),
                                             segs.begin() + static_cast<std::ptrdiff_t>(e),
                                             [&](const run_model::LoopSegment& x) {
                                                 return x.end_event != npos && x.end_time < hidden_until;
                                             }) -
                        segs.begin());
                }
            }
            // Blocking calls: loud, over the step that made them, with a marker and the duration.
            const auto& blocked = index.blocked();
            const auto [bb, be] = TimelineView::loop_segments_in(blocked, t0, t1, now);
            BarPainter red(dl, x0, width, p.y, p.y + lane_h);
            for (std::size_t i = bb; i < be; ++i) {
                const auto& s = blocked[i];
                const double end_t =
                    std::max(s.end_event == npos ? now : s.end_time, s.begin_time + s.seconds);
                float a = 0, c = 0;
                if (!red.bar(static_cast<float>(axis.to_x(s.begin_time)),
                             static_cast<float>(axis.to_x(end_t)), loop_color(LoopActivity::blocked, false),
                             0, &a, &c))
                    continue;
                blocked_marker(dl, x0, p.y, lane_h, text_y, a, c, "BLOCKED", s.seconds);
            }
            // Steps that computed too long without awaiting: the same look (the loop was blocked
            // as surely), labelled as computing. Under virtual time their clock span is 0 s, so
            // they get a few pixels to be seen; the label gives the real duration.
            const auto& slow = index.slow_steps();
            const auto first_slow = std::partition_point(slow.begin(), slow.end(), [&](std::uint32_t k) {
                const auto& s = segs[k];
                return s.end_event != npos && s.end_time < t0;
            });
            BarPainter hot(dl, x0, width, p.y, p.y + lane_h);
            const float min_w = lane_h * 0.6f;
            for (auto it = first_slow; it != slow.end(); ++it) {
                const auto& s = segs[*it];
                if (s.begin_time > t1) break;
                const double end_t = s.end_event == npos ? now : s.end_time;
                const float xa = static_cast<float>(axis.to_x(s.begin_time));
                const float xb = std::max(static_cast<float>(axis.to_x(end_t)), xa + min_w);
                float a = 0, c = 0;
                if (!hot.bar(xa, xb, loop_color(LoopActivity::blocked, false), 0, &a, &c)) continue;
                blocked_marker(dl, x0, p.y, lane_h, text_y, a, c, "COMPUTING", s.seconds);
            }
            break;
        }
        case LaneType::worker: {
            const auto& w = index.workers()[row.index];
            const auto [b, e] = TimelineView::jobs_in(index, w, t0, t1);
            for (std::size_t i = b; i < e; ++i) {
                const auto& j = index.jobs()[w.jobs[i]];
                bars.bar(static_cast<float>(axis.to_x(j.start_time)),
                         static_cast<float>(axis.to_x(j.done_time)), kJobColor, 1);
            }
            break;
        }
        case LaneType::task: {
            const auto& t = index.tasks()[row.index];
            const run_model::SegmentRange r = run_model::segments_in(t, t0, t1, now);
            for (std::size_t i = r.begin; i < r.end; ++i) {
                const auto& s = t.segments[i];
                const double end_t = s.open() ? now : s.end_time;
                const bool final_state = run_model::is_final(s.state);
                float a = 0, c = 0;
                if (!bars.bar(static_cast<float>(axis.to_x(s.begin_time)),
                              static_cast<float>(axis.to_x(end_t)), task_color(s.state),
                              final_state ? lane_h * 0.35f : (s.state == TaskState::created ? 5.0f : 1.0f),
                              &a, &c))
                    continue;
                if (s.state == TaskState::waiting && c - a > 24) {
                    // What it awaits and where; it ends before a late wake-up's box (draw_late_wakes
                    // hatches the end of the wait), cut with "..." ahead of the line number.
                    const float late_x =
                        static_cast<float>(axis.to_x(late_stretch_start(row.index, s.begin_time, end_t)));
                    const float room = std::min(c, late_x) - a - 6;
                    const std::string_view what = recorder.str(s.label);
                    char where[16] = "";
                    if (s.line > 0) std::snprintf(where, sizeof(where), "  :%u", s.line);
                    std::snprintf(label, sizeof(label), "%.*s",
                                  static_cast<int>(std::min<std::size_t>(what.size(), 80)), what.data());
                    char fitted[sizeof(label)], shown_label[sizeof(label) + sizeof(where)];
                    const char* shown =
                        fit_text(label, room - ImGui::CalcTextSize(where).x, fitted, sizeof(fitted));
                    if (*shown != '\0') {
                        std::snprintf(shown_label, sizeof(shown_label), "%s%s", shown, where);
                        dl->AddText(ImVec2(x0 + a + 3, text_y), theme::palette().bar_label, shown_label);
                    }
                } else if (final_state && c - a > 60) {
                    const bool bad = s.state == TaskState::failed || s.state == TaskState::cancelled;
                    // A failure says what was raised, as far as it fits.
                    const std::string_view error = recorder.str(t.error);
                    if (s.state == TaskState::failed && !error.empty())
                        std::snprintf(label, sizeof(label), "failed: %.*s",
                                      static_cast<int>(std::min<std::size_t>(error.size(), 200)),
                                      error.data());
                    else
                        std::snprintf(label, sizeof(label), "%s",
                                      s.state == TaskState::failed ? "failed: raised an exception"
                                                                   : run_model::to_string(s.state));
                    const float tx = x0 + a + (bad ? lane_h : 3.0f);
                    dl->PushClipRect(ImVec2(tx, p.y), ImVec2(x0 + c, p.y + lane_h), true);
                    dl->AddText(ImVec2(tx, text_y), theme::palette().bar_label_dim, label);
                    dl->PopClipRect();
                }
            }
            // Where a failed or cancelled task ended: a marker (a cross, a slashed circle).
            if (!t.segments.empty()) {
                const auto& last = t.segments.back();
                const float x = x0 + static_cast<float>(axis.to_x(last.begin_time));
                if ((last.state == TaskState::failed || last.state == TaskState::cancelled) &&
                    x >= x0 - lane_h && x <= x0 + width + lane_h) {
                    const float r = lane_h * 0.42f;
                    const ImVec2 c(x + r, p.y + lane_h * 0.5f);
                    dl->AddCircleFilled(c, r, task_color(last.state));
                    const float k = r * 0.5f;
                    if (last.state == TaskState::failed) {
                        dl->AddLine(ImVec2(c.x - k, c.y - k), ImVec2(c.x + k, c.y + k),
                                    IM_COL32(255, 255, 255, 255), 2);
                        dl->AddLine(ImVec2(c.x - k, c.y + k), ImVec2(c.x + k, c.y - k),
                                    IM_COL32(255, 255, 255, 255), 2);
                    } else {
                        dl->AddCircle(c, k * 1.3f, IM_COL32(255, 255, 255, 255), 0, 1.5f);
                        dl->AddLine(ImVec2(c.x - k, c.y + k), ImVec2(c.x + k, c.y - k),
                                    IM_COL32(255, 255, 255, 255), 1.5f);
                    }
                }
            }
            break;
        }
    }
    dl->PopClipRect();
}

// ---- Late wake-ups ------------------------------------------------------------------------------

void TimelinePanel::refresh_late_wakes(const run_model::Recorder& recorder) {
    if (&recorder == late_recorder_ && recorder.size() == late_size_) return;
    // Later than 5 ms while the loop was blocked, or later than a page's frames and slices explain.
    find_late_wakes(recorder, 0.005, kBusyLateSeconds, late_);
    late_dues_.clear();
    for (const LateWake& w : late_) late_dues_.emplace_back(w.task, w.due);
    std::sort(late_dues_.begin(), late_dues_.end());
    find_run_shutdown_tasks(recorder.index(), shutdown_tasks_, &shutdown_mains_);
    late_recorder_ = &recorder;
    late_size_ = recorder.size();
}

double TimelinePanel::late_stretch_start(std::uint32_t task, double t0, double t1) const noexcept {
    const auto it = std::upper_bound(late_dues_.begin(), late_dues_.end(), std::make_pair(task, t0));
    return it != late_dues_.end() && it->first == task && it->second <= t1 ? it->second : t1;
}

bool TimelinePanel::draw_late_wakes(const run_model::Recorder& recorder, ImDrawList* dl, ImVec2 content,
                                    float width, std::size_t first_row, std::size_t last_row,
                                    LateWake& hovered) {
    constexpr ImU32 kLate = IM_COL32(255, 150, 50, 255);
    const float lane_h = view_.lane_height();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    bool on = false;
    char text[48], d[32];
    for (const LateWake& w : late_) {
        const std::size_t r = view_.row_of_task(w.task);
        if (r == npos || r < first_row || r >= last_row) continue;
        const float a = std::max(-2.0f, static_cast<float>(view_.axis().to_x(w.due)));
        const float b = std::min(width + 2, static_cast<float>(view_.axis().to_x(w.fired)));
        if (b < 0 || a > width) continue;
        const ImVec2 p0(content.x + a, content.y + static_cast<float>(r) * lane_h + 1);
        const ImVec2 p1(content.x + std::max(b, a + 2), p0.y + lane_h - 2);
        // Hatched: a sleep that lasted longer than asked, not plain waiting.
        dl->AddRectFilled(p0, p1, IM_COL32(255, 150, 50, 60));
        dl->PushClipRect(p0, p1, true);
        for (float x = p0.x - lane_h; x < p1.x; x += 6)
            dl->AddLine(ImVec2(x, p1.y), ImVec2(x + lane_h, p0.y), kLate, 1.0f);
        dl->PopClipRect();
        dl->AddRect(p0, p1, kLate);
        format_duration(d, sizeof(d), w.fired - w.due);
        std::snprintf(text, sizeof(text), "late by %s", d);
        const ImVec2 ts = ImGui::CalcTextSize(text);
        if (ts.x + 6 < p1.x - p0.x) {
            const ImVec2 tp(p0.x + 3, p0.y + (lane_h - 2 - ts.y) * 0.5f);
            dl->AddRectFilled(ImVec2(tp.x - 1, tp.y), ImVec2(tp.x + ts.x + 1, tp.y + ts.y),
                              IM_COL32(30, 30, 36, 220));
            dl->AddText(tp, IM_COL32(255, 200, 140, 255), text);
        }
        if (ImGui::IsWindowHovered() && mouse.x >= p0.x && mouse.x < p1.x && mouse.y >= p0.y &&
            mouse.y < p1.y) {
            hovered = w;
            on = true;
        }
    }
    return on;
}

// ---- Wake-up arrows and spawn links -------------------------------------------------------------

void TimelinePanel::draw_links(const run_model::RunIndex& index, ImDrawList* dl, ImVec2 origin, float width,
                               float scroll_y, float height, double now) {
    (void)now;
    const TimeAxis& axis = view_.axis();
    const float lane_h = view_.lane_height();
    const double t0 = axis.start(), t1 = axis.end();
    // Too many in view (zoomed far out): arrows would only be noise and cost.
    constexpr std::size_t kMaxLinks = 3000;
    auto row_y = [&](std::size_t row) { return origin.y + (static_cast<float>(row) + 0.5f) * lane_h; };
    auto visible = [&](float y) {
        return y >= origin.y + scroll_y - lane_h && y <= origin.y + scroll_y + height + lane_h;
    };
    dl->PushClipRect(ImVec2(origin.x, origin.y + scroll_y),
                     ImVec2(origin.x + width, origin.y + scroll_y + height), true);

    const auto& arrows = index.arrows();  // in the order of the steps they caused: by to_time
    auto ab = std::partition_point(arrows.begin(), arrows.end(),
                                   [&](const run_model::WakeArrow& a) { return a.to_time < t0; });
    auto ae = std::partition_point(ab, arrows.end(),
                                   [&](const run_model::WakeArrow& a) { return a.to_time <= t1; });
    if (static_cast<std::size_t>(ae - ab) <= kMaxLinks) {
        for (auto it = ab; it != ae; ++it) {
            const std::size_t to_row = view_.row_of_task(it->to_task);
            const std::size_t from_row = it->from.kind == run_model::LaneKind::task
                                             ? view_.row_of_task(it->from.index)
                                         : it->from.kind == run_model::LaneKind::loop ? 0
                                                                                      : npos;
            if (to_row == npos || from_row == npos || from_row == to_row) continue;
            const float y0 = row_y(from_row), y1 = row_y(to_row);
            if (!visible(y0) && !visible(y1)) continue;
            const ImVec2 a(origin.x + static_cast<float>(axis.to_x(it->from_time)), y0);
            const ImVec2 b(origin.x + static_cast<float>(axis.to_x(it->to_time)), y1);
            dl->AddLine(a, b, kArrowColor, 1.0f);
            const float dir = y1 > y0 ? -1.0f : 1.0f;
            dl->AddTriangleFilled(b, ImVec2(b.x - 3, b.y + dir * 5), ImVec2(b.x + 3, b.y + dir * 5),
                                  kArrowColor);
        }
    }
    const auto& spawns = index.spawns();  // in creation order: by time
    auto sb = std::partition_point(spawns.begin(), spawns.end(),
                                   [&](const run_model::SpawnLink& s) { return s.time < t0; });
    auto se =
        std::partition_point(sb, spawns.end(), [&](const run_model::SpawnLink& s) { return s.time <= t1; });
    if (static_cast<std::size_t>(se - sb) <= kMaxLinks) {
        for (auto it = sb; it != se; ++it) {
            const std::size_t pr = view_.row_of_task(it->parent), cr = view_.row_of_task(it->child);
            if (pr == npos || cr == npos) continue;
            const float y0 = row_y(pr), y1 = row_y(cr);
            if (!visible(y0) && !visible(y1)) continue;
            const float x = origin.x + static_cast<float>(axis.to_x(it->time));
            dl->AddLine(ImVec2(x, y0), ImVec2(x, y1), kSpawnColor, 1.0f);
            dl->AddCircleFilled(ImVec2(x, y1), 2.5f, kSpawnColor);
        }
    }
    dl->PopClipRect();
}

// ---- Hits and tooltips --------------------------------------------------------------------------

void TimelinePanel::click_task(const run_model::Recorder& recorder, const Hit& hit, double time) {
    set_cursor(cursor_at_time(recorder, std::max(0.0, time)));
    const run_model::TaskRecord& t = recorder.index().tasks()[hit.task];
    const std::size_t at = suspended_segment(t, hit.index);
    if (at == npos || !on_jump_to_line) return;
    on_jump_to_line(recorder.str(t.segments[at].file), static_cast<int>(t.segments[at].line));
}

bool TimelinePanel::task_point(std::uint32_t task, double time, ImVec2& out) const noexcept {
    const std::size_t row = view_.row_of_task(task);
    if (row == npos) return false;
    out = ImVec2(lanes_content_.x + static_cast<float>(view_.axis().to_x(time)),
                 lanes_content_.y + (static_cast<float>(row) + 0.5f) * view_.lane_height());
    return true;
}

void TimelinePanel::tooltip_for(const run_model::Recorder& recorder, const Hit& hit, double now) {
    const run_model::RunIndex& index = recorder.index();
    char d[32];
    ImGui::BeginTooltip();
    switch (hit.kind) {
        case HitKind::none: break;
        case HitKind::blocked: {
            const auto& s = index.blocked()[hit.index];
            format_duration(d, sizeof(d), s.seconds);
            ImGui::TextColored(ImVec4(1, 0.3f, 0.3f, 1), "BLOCKED for %s", d);
            ImGui::Text("at %.6g s: a blocking call (such as time.sleep) stopped the whole loop.",
                        s.begin_time - origin_);
            if (s.task != npos && s.task < index.tasks().size()) {
                const std::string_view n = recorder.str(index.tasks()[s.task].name);
                ImGui::Text("inside a step of %.*s", static_cast<int>(n.size()), n.data());
            }
            ImGui::TextDisabled("Nothing else runs meanwhile: use await asyncio.sleep() or run_in_executor.");
            break;
        }
        case HitKind::loop_segment: {
            const auto& s = index.loop_lane()[hit.index];
            const double end_t = s.end_event == npos ? now : s.end_time;
            format_duration(d, sizeof(d), end_t - s.begin_time);
            if (s.slow) {
                format_duration(d, sizeof(d), s.seconds);
                ImGui::TextColored(ImVec4(1, 0.3f, 0.3f, 1), "BLOCKED for %s: computing", d);
                ImGui::TextUnformatted(
                    "This step ran Python code without awaiting, so the whole loop was blocked,\n"
                    "exactly as a blocking call (time.sleep) blocks it.");
            }
            ImGui::Text("loop: %s", run_model::to_string(s.kind));
            if (s.kind == LoopActivity::step && s.task != npos && s.task < index.tasks().size()) {
                const std::string_view n = recorder.str(index.tasks()[s.task].name);
                ImGui::Text("task %.*s", static_cast<int>(n.size()), n.data());
            }
            if (s.kind == LoopActivity::idle) {
                if (s.seconds < 0)
                    ImGui::TextUnformatted("waiting for I/O or a wake-up (no timeout)");
                else
                    ImGui::Text("waiting up to %.6g s for the next timer", s.seconds);
            }
            ImGui::Text("%.6g s .. %.6g s (%s)", s.begin_time - origin_, end_t - origin_, d);
            if (s.slow) {
                format_duration(d, sizeof(d), s.seconds);
                ImGui::Text("really ran %s (wall clock)", d);
                ImGui::TextDisabled(
                    "Nothing else runs meanwhile: await asyncio.sleep(0) now and then, or run the work\n"
                    "in an executor (loop.run_in_executor, asyncio.to_thread).");
            }
            ImGui::TextDisabled("events %u..%u", s.begin_event,
                                s.end_event == npos ? static_cast<unsigned>(recorder.size()) : s.end_event);
            break;
        }
        case HitKind::job: {
            const auto& j = index.jobs()[hit.index];
            if (j.name != 0) {  // a process lane's one job: the process itself
                const std::string_view n = recorder.str(j.name);
                format_duration(d, sizeof(d), j.run_seconds);
                ImGui::Text("process %u (%.*s)", j.worker, static_cast<int>(n.size()), n.data());
                ImGui::Text("started at %.6g s, ran %s", j.start_time - origin_, d);
                break;
            }
            ImGui::Text("executor job %llu%s", static_cast<unsigned long long>(j.id),
                        j.cancelled ? " (cancelled)" : "");
            if (j.submitted_by != npos && j.submitted_by < index.tasks().size()) {
                const std::string_view n = recorder.str(index.tasks()[j.submitted_by].name);
                ImGui::Text("submitted by %.*s", static_cast<int>(n.size()), n.data());
            }
            ImGui::Text("queued at %.6g s, back at %.6g s", j.queued_time - origin_, j.done_time - origin_);
            format_duration(d, sizeof(d), j.run_seconds);
            ImGui::Text("ran %s on worker %u", d, j.worker);
            format_duration(d, sizeof(d), j.wait_seconds);
            ImGui::Text("waited %s in the queue", d);
            break;
        }
        case HitKind::task_segment: {
            const auto& t = index.tasks()[hit.task];
            const auto& s = t.segments[hit.index];
            const double end_t = s.open() ? now : s.end_time;
            const std::string_view n = recorder.str(t.name);
            const std::string_view coro = recorder.str(t.coroutine);
            if (coro.empty())
                ImGui::Text("%.*s", static_cast<int>(n.size()), n.data());
            else
                ImGui::Text("%.*s, running %.*s()", static_cast<int>(n.size()), n.data(),
                            static_cast<int>(coro.size()), coro.data());
            const auto shutdown = std::lower_bound(shutdown_tasks_.begin(), shutdown_tasks_.end(), hit.task);
            if (shutdown != shutdown_tasks_.end() && *shutdown == hit.task) {
                // Named by the coroutine asyncio.run was given, as the script calls it.
                const std::uint32_t main_task =
                    shutdown_mains_[static_cast<std::size_t>(shutdown - shutdown_tasks_.begin())];
                const std::string_view main_coro = recorder.str(index.tasks()[main_task].coroutine);
                ImGui::TextDisabled("asyncio.run's own clean-up, after %.*s%s returned (not your code)",
                                    static_cast<int>(main_coro.size()), main_coro.data(),
                                    main_coro.empty() ? "its coroutine" : "()");
            }
            if (s.state == TaskState::failed) {
                const std::string_view error = recorder.str(t.error);
                if (!error.empty())
                    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(task_color(s.state)), "raised %.*s",
                                       static_cast<int>(error.size()), error.data());
                ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(task_color(s.state)),
                                   "ended here with an exception: the console shows its traceback");
            } else if (s.state == TaskState::cancelled)
                ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(task_color(s.state)),
                                   "ended here: cancelled (CancelledError)");
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(task_color(s.state)), "%s",
                               run_model::to_string(s.state));
            if (s.state == TaskState::waiting) {
                const std::string_view what = recorder.str(s.label);
                ImGui::Text("waiting on %.*s", static_cast<int>(what.size()), what.data());
            }
            if (s.line > 0) {
                const std::string_view f = recorder.str(s.file);
                ImGui::Text("at %.*s:%u", static_cast<int>(f.size()), f.data(), s.line);
            }
            if (s.state == TaskState::ready) ImGui::Text("made ready by: %s", wake_reason(s.wake));
            format_duration(d, sizeof(d), end_t - s.begin_time);
            if (run_model::is_final(s.state))
                ImGui::Text("since %.6g s", s.begin_time - origin_);
            else
                ImGui::Text("%.6g s .. %.6g s (%s)%s", s.begin_time - origin_, end_t - origin_, d,
                            s.open() ? ", still" : "");
            if (t.parent != npos && t.parent < index.tasks().size()) {
                const std::string_view p = recorder.str(index.tasks()[t.parent].name);
                ImGui::Text("parent: %.*s", static_cast<int>(p.size()), p.data());
            }
            ImGui::TextDisabled("%u steps so far; events %u..", s.steps, s.begin_event);
            if (suspended_segment(t, hit.index) != npos)
                ImGui::TextDisabled("click: show its line in the editor");
            break;
        }
    }
    ImGui::EndTooltip();
}

}  // namespace loopscope::timeline
