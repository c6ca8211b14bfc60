// AppUi's embed view (share/embed_link.hpp): what a page in an <iframe> of slides or a blog shows.
//
//   +------------------------------------------------------------------+
//   | Run Stop Step  [x] Virtual time [pace]        Open in Loopscope  |
//   +--------------------------------------------+---------------------+
//   | editor                                     | console             |
//   +--------------------------------------------+---------------------+
//   | timeline                                                         |
//   +------------------------------------------------------------------+
//
// No gallery, inspector, Share or Export: "Open in Loopscope" takes the editor's script and the run
// settings to the full playground (a new tab; on the desktop, this window).
//
// Index of this file:
//   Entering and leaving (set_embed, full_playground_url, open_full_playground)
//   The frame (draw_embed, draw_embed_toolbar)
#include <algorithm>
#include <string>

#include "app_ui.hpp"
#include "imgui.h"
#include "platform.hpp"
#include "ui_style.hpp"

namespace loopscope::app {

static_assert(share::kMinEmbedFontSize == ViewSettings::kMinFontSize &&
                  share::kMaxEmbedFontSize == ViewSettings::kMaxFontSize,
              "an embed link's font sizes are the View popup's");

// ---- Entering and leaving ----------------------------------------------------------------------

void AppUi::set_embed(const share::EmbedOptions& options) {
    if (options.embed && !embed_) {
        // The viewer's own playground (same origin) keeps its autosave: a slide's script is not it.
        autosave_before_embed_ = autosave_enabled_;
        autosave_enabled_ = false;
    } else if (!options.embed && embed_) {
        autosave_enabled_ = autosave_before_embed_;
    }
    if (options.embed && !embed_) {
        console_.clear();  // the playground's greeting speaks of the gallery, which is not here
        console_.info("Press Run (or " + std::string(shortcut_key()) +
                      "+Enter) to run the script. \"Open in Loopscope\" opens the full playground.");
    }
    embed_ = options.embed;
    if (embed_) {
        ViewSettings view;
        view.light_theme = options.light_theme.value_or(false);
        view.font_size = options.font_size.value_or(share::kDefaultEmbedFontSize);
        set_view_settings(view);
    }
    // Each view picks its panels' sizes from the window again.
    gallery_width_ = editor_height_ = timeline_height_ = console_width_ = embed_editor_width_ = -1;
    layout_avail_ = ImVec2(-1, -1);
}

std::string AppUi::full_playground_url(std::string* error) const {
    const std::string fragment = make_share_fragment(false, error);
    if (fragment.empty()) return {};
    return share::make_full_url(platform::page_url(), fragment);
}

void AppUi::open_full_playground() {
    std::string error;
    const std::string url = full_playground_url(&error);
    if (url.empty()) {
        console_.write(Stream::Stderr, "Cannot open the full playground: " + error + "\n");
        return;
    }
    if (platform::open_url(url)) {
        console_.info("Opened this script in the full playground (a new tab).");
        return;
    }
    // The desktop, or a browser that blocked the tab: this window becomes the full playground.
    share::EmbedOptions full;
    set_embed(full);
    console_.info("This is the full playground now, with the same script and settings.");
}

// ---- The frame ---------------------------------------------------------------------------------

void AppUi::draw_embed_toolbar() {
    control_rects_.clear();
    const float font = ImGui::GetFontSize();
    draw_run_buttons();
    ImGui::SameLine(0, font);
    draw_clock_controls(font * 10.5f);
    // "Open in Loopscope" at the right end (on a line of its own when the frame is too narrow).
    const char* label = "Open in Loopscope";
    const float width = ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2;
    const float right = ImGui::GetWindowContentRegionMax().x - width;
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() > right) ImGui::NewLine();
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right));
    // A link: underlined text in the info colour on a plain ground.
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, info_color());
    if (ImGui::Button(label)) open_full_playground();
    ImGui::PopStyleColor(2);
    note_control("open_full");
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const float pad = ImGui::GetStyle().FramePadding.x;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x + pad, b.y - 3), ImVec2(b.x - pad, b.y - 3),
                                        ImGui::GetColorU32(info_color()));
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    tooltip(
        "Open this script and its run settings in the full playground (a new tab):\n"
        "the examples, the inspector, Share and Export trace");
}

void AppUi::draw_embed() {
    const float font = ImGui::GetFontSize();
    draw_embed_toolbar();
    ImGui::Separator();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    if (editor_height_ < 0) editor_height_ = avail.y * 0.5f;
    if (embed_editor_width_ < 0) embed_editor_width_ = avail.x * 0.64f;
    editor_height_ = std::clamp(editor_height_, font * 4, std::max(font * 4, avail.y - font * 6));
    embed_editor_width_ = std::clamp(embed_editor_width_, font * 12, std::max(font * 12, avail.x - font * 8));

    const run_model::Recorder* rec = recording();
    update_pending_scrub();
    follow_moment(rec);  // the console and the editor's markers at the timeline's cursor
    const float find_bar_h = editor_.find_open() ? ImGui::GetFrameHeightWithSpacing() : 0;
    ImGui::BeginGroup();  // the find bar and the editor, beside the console
    const bool edited = editor_.draw("##editor", ImVec2(embed_editor_width_, editor_height_ - find_bar_h));
    note_control("editor");
    ImGui::EndGroup();
    if (edited) note_edit();
    vertical_splitter("##split_embed_console", embed_editor_width_, font * 12,
                      std::max(font * 12, avail.x - font * 8), editor_height_);
    draw_console(ImGui::GetContentRegionAvail().x, editor_height_);
    horizontal_splitter("##split_embed_timeline", editor_height_, font * 4,
                        std::max(font * 4, avail.y - font * 6), avail.x);
    const bool live = backend_->recording() != nullptr && backend_->running();
    if (!timeline_.on_jump_to_line)
        timeline_.on_jump_to_line = [this](std::string_view file, int line) { show_script_line(file, line); };
    timeline_.draw(rec, backend_->loop_time(), live,
                   ImVec2(avail.x, std::max(font * 4, ImGui::GetContentRegionAvail().y)));
    note_control("timeline");
}

}  // namespace loopscope::app
