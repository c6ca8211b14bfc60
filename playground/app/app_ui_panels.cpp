// AppUi's gallery (the examples, and what the selected or hovered one teaches) and console (the
// run's output; a traceback line of the script is a link to the editor).
#include <algorithm>
#include <string>

#include "app_ui.hpp"
#include "gallery.hpp"
#include "moment.hpp"
#include "imgui.h"
#include "ui_style.hpp"

namespace loopscope::app {

// `title` itself when it fits in `width` pixels, else its longest start that fits with "..." after
// it (a buffer valid until the next call).
const char* AppUi::fit_title(const std::string& title, float width) {
    if (ImGui::CalcTextSize(title.c_str()).x <= width) return title.c_str();
    const float dots = ImGui::CalcTextSize("...").x;
    std::size_t n = title.size();
    while (n > 0 && ImGui::CalcTextSize(title.data(), title.data() + n).x + dots > width) {
        --n;
        while (n > 0 && (static_cast<unsigned char>(title[n]) & 0xC0) == 0x80) --n;  // whole UTF-8 characters
    }
    while (n > 0 && title[n - 1] == ' ') --n;
    fitted_title_.assign(title, 0, n);
    fitted_title_ += "...";
    return fitted_title_.c_str();
}

void AppUi::draw_gallery(float width, float height) {
    ImGui::BeginChild("##gallery", ImVec2(width, height), ImGuiChildFlags_Border);
    ImGui::TextUnformatted(gallery::kExamplesSection.data(),
                           gallery::kExamplesSection.data() + gallery::kExamplesSection.size());
    ImGui::Separator();
    const auto& examples = gallery::examples();
    const bool intact = example_intact();
    // The list on top, the selected (or hovered) example's explanation below.
    const float explanation_h = std::min(height * 0.4f, ImGui::GetTextLineHeightWithSpacing() * 9);
    ImGui::BeginChild("##list", ImVec2(0, -explanation_h));
    int hovered = -1;
    cut_titles_ = 0;
    for (int i = 0; i < static_cast<int>(examples.size()); ++i) {
        const auto& e = examples[static_cast<std::size_t>(i)];
        if (i > 0 && e.section != examples[static_cast<std::size_t>(i) - 1].section) {
            // A new section ("From the documents"): its name as a heading.
            ImGui::Spacing();
            ImGui::TextUnformatted(e.section.data(), e.section.data() + e.section.size());
            ImGui::Separator();
        }
        ImGui::PushID(i);
        // A title wider than the list ends in "..." (the whole title is in the tooltip).
        const char* label = fit_title(e.title, ImGui::GetContentRegionAvail().x);
        const bool cut = label != e.title.c_str();
        if (cut && cut_titles_++ == 0) first_cut_title_ = e.title;
        if (ImGui::Selectable(label, intact && current_example_ == e.name)) load_example(e.name);
        if (i < 2) note_control(i == 0 ? "example_first" : "example_second");
        if (cut && cut_titles_ == 1) note_control("example_cut");  // the first title drawn cut
        if (ImGui::IsItemHovered()) hovered = i;
        tooltip(
            "%s%s%.*s.py - click to load it into the editor (your text is kept: \"Undo: restore your "
            "text\" brings it back)",
            cut ? e.title.c_str() : "", cut ? "\n" : "", static_cast<int>(e.name.size()), e.name.data());
        ImGui::PopID();
    }
    ImGui::EndChild();
    if (hovered >= 0) hovered_example_ = hovered;
    ImGui::Separator();
    // Below the list (which does not move when it appears), above the explanation.
    if (replaced_.has()) {
        // One click back to the text an example replaced (kept across reloads).
        ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.55f, 0.38f, 0.05f, 1.0f));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.70f, 0.48f, 0.08f, 1.0f));
        if (ImGui::Button("Undo: restore your text", ImVec2(-1, 0))) restore_replaced_text(true);
        ImGui::PopStyleColor(2);
        note_control("restore_text");
        tooltip("Brings back the text you had before '%s' replaced it (%s+Z outside the editor does too)",
                replaced_.replaced_by().c_str(), shortcut_key());
    }
    // Once edited, the text is the user's: the example is no longer described as what the editor holds.
    const gallery::Example* current = gallery::find_example(current_example_);
    const gallery::Example* shown =
        hovered >= 0 ? &examples[static_cast<std::size_t>(hovered)] : (intact ? current : nullptr);
    if (shown != nullptr) {
        ImGui::PushStyleColor(ImGuiCol_Text, info_color());
        ImGui::TextWrapped("%s", shown->title.c_str());  // whole, however narrow the gallery
        ImGui::PopStyleColor();
        ImGui::TextWrapped("%s", shown->explanation.c_str());
    } else if (current != nullptr) {
        ImGui::TextColored(info_color(), "Your script");
        ImGui::TextWrapped("Edited from \"%s\". Hover an example to read what it teaches.",
                           current->title.c_str());
    } else {
        ImGui::TextWrapped("Hover an example to read what it teaches.");
    }
    ImGui::EndChild();
}

void AppUi::draw_console(float width, float height) {
    ImGui::BeginChild("##console_panel", ImVec2(width, height), ImGuiChildFlags_Border);
    ImGui::TextUnformatted("Console");
    const run_model::Recorder* rec = recording();
    if (showing_past_ && rec != nullptr) {  // first: a narrow console (the embed view) still shows it
        ImGui::SameLine();
        if (ImGui::SmallButton("Back to live")) timeline_.set_cursor({});
        note_control("console_live");
        tooltip("Show the whole output again (right-click on the timeline's ruler does too)");
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("Clear")) console_.clear();
    tooltip("Clear the console");
    ImGui::SameLine();
    if (ImGui::SmallButton("Copy")) copy_output();
    tooltip("Copy the whole console output (as the toolbar's Copy output)");
    ImGui::SameLine();
    ImGui::Checkbox("Follow", &console_auto_scroll_);
    tooltip("Keep the newest output in view");
    if (console_.dropped() > 0) {
        ImGui::SameLine();
        ImGui::TextDisabled("(%zu older lines dropped)", console_.dropped());
    }
    ImGui::Separator();
    if (showing_past_ && rec != nullptr) {
        // A past moment (the timeline's cursor): the output printed up to it, marked as such.
        ImGui::PushStyleColor(ImGuiCol_Text, warning_color());
        ImGui::TextWrapped("At %.6g s, a past moment: the output up to the timeline's cursor.",
                           timeline_.cursor().time - timeline_.origin());
        ImGui::PopStyleColor();
    }
    ImGui::BeginChild("##console", ImVec2(0, 0), ImGuiChildFlags_None);
    // Lines wrap at the panel's edge (a long message stays readable). The clipper, which assumes
    // lines of one height, only for long outputs.
    ImGui::PushTextWrapPos(0.0f);
    auto draw_line = [&](std::string_view text, Stream stream) {
        const ImVec4& color = stream == Stream::Stderr ? stderr_color()
                              : stream == Stream::Info ? info_color()
                                                       : stdout_color();
        ImGui::PushStyleColor(ImGuiCol_Text, color);
        ImGui::TextUnformatted(text.data(), text.data() + text.size());
        ImGui::PopStyleColor();
        // A traceback line of the script: click to jump to that line in the editor.
        if (const int target = traceback_line(text, kScriptName); target > 0 && ImGui::IsItemHovered()) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            tooltip("Click to show line %d in the editor", target);
            if (ImGui::IsItemClicked()) show_script_line(kScriptName, target);
        }
    };
    std::size_t version = console_.version();
    if (showing_past_ && rec != nullptr) {
        const auto& lines = rec->index().console();
        const std::size_t n = std::min(inspector_.state().console_lines, lines.size());
        for (std::size_t i = 0; i < n; ++i)
            draw_line(rec->console_text(lines[i]), lines[i].is_stderr ? Stream::Stderr : Stream::Stdout);
        version = n + 0x100000000ull;  // scrolled to the moment's last line when it changes
    } else {
        const int count = static_cast<int>(console_.size());
        auto draw_lines = [&](int from, int to) {
            for (int i = from; i < to; ++i) {
                const ConsoleLine& line = console_.line(static_cast<std::size_t>(i));
                draw_line(line.text, line.stream);
            }
        };
        if (count <= 2000) {
            draw_lines(0, count);
        } else {
            ImGuiListClipper clipper;  // only the visible lines are submitted
            clipper.Begin(count);
            while (clipper.Step()) draw_lines(clipper.DisplayStart, clipper.DisplayEnd);
        }
    }
    ImGui::PopTextWrapPos();
    if (console_auto_scroll_ && version != console_seen_version_) ImGui::SetScrollHereY(1.0f);
    console_seen_version_ = version;
    ImGui::EndChild();
    ImGui::EndChild();
}

// The last export's full path (or its error) in a box at the bottom right, for a few seconds
// (the console keeps it too).

std::string AppUi::shown_console(bool* past) {
    const run_model::Recorder* rec = recording();
    *past = showing_past_ && rec != nullptr;
    return *past ? run_model::console_at(*rec, inspector_.state()) : console_.text();
}

}  // namespace loopscope::app
