// AppUi's frame: the one window filling the viewport, where each panel goes, and the splitters
// between them (dragged to resize; sizes are clamped so that every panel keeps some room).
//
//   +---------------------------------------------------------------+
//   | toolbar                                                        |
//   +-----------+---------------------------------------------------+
//   | gallery   | editor                                            |
//   |           +---------------------------------------------------+
//   |           | timeline                                          |
//   |           +-------------------------+-------------------------+
//   |           | console                 | inspector | network     |
//   +-----------+-------------------------+-------------------------+
//
// Index of this file:
//   Splitters (vertical_splitter, horizontal_splitter)
//   The frame (draw, rescale_layout, end_frame)
//   The run's panels (draw_run_panels: timeline, console, inspector)
#include <algorithm>
#include <string>

#include "app_ui.hpp"
#include "imgui.h"
#include "moment.hpp"
#include "platform.hpp"

namespace loopscope::app {

// ---- Splitters ---------------------------------------------------------------------------------

namespace {

// A splitter between two panels (the item just submitted, from a to b): a thin line at rest with a
// grip of three dots in its middle, so it reads as something to drag; the whole strip lights up
// under the mouse and while dragged (the mouse cursor becomes a resize arrow too).
void draw_splitter(ImVec2 a, ImVec2 b, bool vertical) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool active = ImGui::IsItemActive(), hovered = ImGui::IsItemHovered();
    if (active || hovered)
        dl->AddRectFilled(a, b,
                          ImGui::GetColorU32(active ? ImGuiCol_SeparatorActive : ImGuiCol_SeparatorHovered));
    else if (vertical)
        dl->AddRectFilled(ImVec2(a.x + 2, a.y), ImVec2(b.x - 2, b.y), ImGui::GetColorU32(ImGuiCol_Separator));
    else
        dl->AddRectFilled(ImVec2(a.x, a.y + 2), ImVec2(b.x, b.y - 2), ImGui::GetColorU32(ImGuiCol_Separator));
    const ImVec2 mid((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
    const ImU32 dot = ImGui::GetColorU32(ImGuiCol_Text, active || hovered ? 0.9f : 0.55f);
    for (int i = -1; i <= 1; ++i) {
        const ImVec2 c = vertical ? ImVec2(mid.x, mid.y + i * 6.0f) : ImVec2(mid.x + i * 6.0f, mid.y);
        dl->AddCircleFilled(c, 1.6f, dot);
    }
}

}  // namespace

void AppUi::vertical_splitter(const char* id, float& value, float min, float max, float height) {
    ImGui::SameLine(0, 0);
    ImGui::InvisibleButton(id, ImVec2(6, height));
    if (ImGui::IsItemHovered() || ImGui::IsItemActive()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    if (ImGui::IsItemActive()) value = std::clamp(value + ImGui::GetIO().MouseDelta.x, min, max);
    note_control(id + 2);  // "##split_..." -> "split_..."
    draw_splitter(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), true);
    ImGui::SameLine(0, 0);
}

void AppUi::horizontal_splitter(const char* id, float& value, float min, float max, float width) {
    ImGui::InvisibleButton(id, ImVec2(width, 6));
    if (ImGui::IsItemHovered() || ImGui::IsItemActive()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeNS);
    if (ImGui::IsItemActive()) value = std::clamp(value + ImGui::GetIO().MouseDelta.y, min, max);
    note_control(id + 2);
    draw_splitter(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), false);
}

// ---- The frame ---------------------------------------------------------------------------------

void AppUi::draw() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(6, 6));
    ImGui::Begin("Loopscope", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PopStyleVar(2);

    run_linked_script_once_connected();
    track_replaced_text();
    handle_shortcuts();
    // Browser paste (Ctrl/Cmd+V reaches the page as a 'paste' event): into the editor when it has
    // the focus (ImGui's own text fields paste from the app's last copy).
    if (std::string pasted; platform::take_pasted_text(pasted) && editor_.focused())
        editor_.paste_text(pasted);
    if (embed_) {  // the minimal view (app_ui_embed.cpp)
        draw_embed();
        end_frame();
        return;
    }
    draw_toolbar();
    ImGui::Separator();

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float font = ImGui::GetFontSize();
    rescale_layout(avail);
    // First frame: sizes that fit (the gallery narrower on small screens).
    if (gallery_width_ < 0) gallery_width_ = std::clamp(avail.x * 0.22f, font * 12, font * 22);
    // A short window (a small laptop, 640 pixels high) gives the editor less and the timeline and
    // the inspector more: lanes and task rows, not only code, must fit. A tall one still leaves
    // the console and the inspector a third of the height (the await tree and the tasks table).
    const bool short_window = avail.y < font * 48;
    if (editor_height_ < 0) editor_height_ = avail.y * (short_window ? 0.30f : 0.37f);
    if (timeline_height_ < 0) timeline_height_ = avail.y * (short_window ? 0.32f : 0.29f);
    gallery_width_ = std::clamp(gallery_width_, font * 6, std::max(font * 6, avail.x - font * 20));
    editor_height_ = std::clamp(editor_height_, font * 5, std::max(font * 5, avail.y - font * 5));

    draw_gallery(gallery_width_, avail.y);
    vertical_splitter("##split_gallery", gallery_width_, font * 6, std::max(font * 6, avail.x - font * 20),
                      avail.y);

    ImGui::BeginGroup();
    const float right_w = ImGui::GetContentRegionAvail().x;
    const float find_bar_h = editor_.find_open() ? ImGui::GetFrameHeightWithSpacing() : 0;
    const bool edited = editor_.draw("##editor", ImVec2(right_w, editor_height_ - find_bar_h));
    note_control("editor");
    if (edited) {
        autosaver_.changed(ImGui::GetTime());
        note_edit();
    }
    horizontal_splitter("##split_console", editor_height_, font * 5, std::max(font * 5, avail.y - font * 5),
                        right_w);
    // Below the editor: the timeline, then the console beside the inspector.
    const float below = ImGui::GetContentRegionAvail().y;
    timeline_height_ = std::clamp(timeline_height_, font * 6, std::max(font * 6, below - font * 5));
    draw_run_panels(right_w, std::min(timeline_height_, below), below);
    ImGui::EndGroup();

    draw_share_popup();
    end_frame();
}

// The window was resized: every panel keeps its share of the room (a splitter dragged on a small
// window is where it was, in proportion, on a big one), rather than its pixels.
void AppUi::rescale_layout(ImVec2 avail) {
    if (layout_avail_.x > 0 && layout_avail_.y > 0 &&
        (avail.x != layout_avail_.x || avail.y != layout_avail_.y)) {
        const float sx = avail.x / layout_avail_.x, sy = avail.y / layout_avail_.y;
        if (gallery_width_ > 0) gallery_width_ *= sx;
        if (console_width_ > 0) console_width_ *= sx;
        if (editor_height_ > 0) editor_height_ *= sy;
        if (timeline_height_ > 0) timeline_height_ *= sy;
    }
    layout_avail_ = avail;
}

void AppUi::end_frame() {
    draw_notice_popup();
    ImGui::End();
    exporter_.draw_toast();

    backend_->update();
    if (settings_ != saved_settings_ && !settings_autosaver_.dirty())
        settings_autosaver_.changed(ImGui::GetTime());
    if (autosaver_.due(ImGui::GetTime()) || settings_autosaver_.due(ImGui::GetTime())) flush_autosave();
}

// ---- The run's panels --------------------------------------------------------------------------

void AppUi::draw_run_panels(float width, float timeline_height, float below) {
    const float font = ImGui::GetFontSize();
    update_pending_scrub();
    const run_model::Recorder* rec = recording();
    const bool live = backend_->recording() != nullptr && backend_->running();
    if (!timeline_.on_jump_to_line)
        timeline_.on_jump_to_line = [this](std::string_view file, int line) { show_script_line(file, line); };
    // The Warnings tab's pitfalls are marked on the timeline; the Resources tab's selection tints its tasks.
    timeline_.set_warnings(rec != nullptr ? &inspector_.why().warnings() : nullptr);
    timeline_.set_highlight(rec != nullptr ? &inspector_.why().highlighted() : nullptr);
    timeline_.draw(rec, backend_->loop_time(), live, ImVec2(width, timeline_height));
    note_control("timeline");
    horizontal_splitter("##split_timeline", timeline_height_, font * 6, std::max(font * 6, below - font * 5),
                        width);
    follow_moment(rec);
    const float bottom_h = std::max(font * 3, ImGui::GetContentRegionAvail().y);
    if (console_width_ < 0) console_width_ = width * 0.5f;
    console_width_ = std::clamp(console_width_, font * 10, std::max(font * 10, width - font * 12));
    draw_console(console_width_, bottom_h);
    vertical_splitter("##split_inspector", console_width_, font * 10, std::max(font * 10, width - font * 12),
                      bottom_h);
    if (!inspector_.on_jump_to_line) {
        inspector_.on_jump_to_line = [this](std::string_view file, int line) {
            show_script_line(file, line);
        };
        inspector::WhyViews& why = inspector_.why();
        why.on_jump_to_line = inspector_.on_jump_to_line;
        why.on_show_moment = [this](std::uint32_t events) { show_moment(events); };
        why.on_select_task = [this](std::uint32_t task) {
            inspector_.select_task(task);
            inspector_.select_tab(inspector::InspectorPanel::Tab::state);
        };
        why.on_control = [this](const char* name) { note_control(name); };
    }
    // Beside the console: the Inspector, or the Network panel (the simulated web), as tabs.
    ImGui::BeginGroup();
    const float right_w = ImGui::GetContentRegionAvail().x;
    if (ImGui::BeginTabBar("##right_tabs")) {
        const float panel_h = std::max(font * 2, bottom_h - ImGui::GetFrameHeightWithSpacing());
        const bool inspector = ImGui::BeginTabItem("Inspector");
        note_control("tab_inspector");
        if (inspector) {
            inspector_.draw(rec, timeline_.cursor(), ImVec2(right_w, panel_h));
            ImGui::EndTabItem();
        }
        const bool network = ImGui::BeginTabItem(
            "Network", nullptr, select_network_tab_ ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None);
        select_network_tab_ = false;
        note_control("tab_network");
        if (network) {
            draw_network(right_w, panel_h);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    ImGui::EndGroup();
}

// Scrubbing: the cursor on a past moment brings the console and the editor's task markers to that
// moment (the inspector's state there); back to live, the live ones return.
void AppUi::follow_moment(const run_model::Recorder* rec) {
    showing_past_ = rec != nullptr && timeline_.cursor().active;
    backend_->set_live_markers(!showing_past_);
    if (!showing_past_) {
        if (past_markers_rec_ != nullptr) {
            editor_.set_task_markers({});  // a running run's backend puts the live ones back
            past_markers_rec_ = nullptr;
        }
        return;
    }
    inspector_.refresh(*rec, timeline_.cursor());  // the inspector draws the same state this frame
    const run_model::RunState& state = inspector_.state();
    if (rec == past_markers_rec_ && state.events == past_markers_events_) return;
    past_markers_rec_ = rec;
    past_markers_events_ = state.events;
    std::vector<editor::TaskMarker> markers;
    for (auto& s : run_model::suspended_lines(state, kScriptName, editor::kMarkerLabelsShown))
        markers.push_back({static_cast<int>(s.line) - 1, std::move(s.label)});
    editor_.set_task_markers(std::move(markers));
}

}  // namespace loopscope::app
