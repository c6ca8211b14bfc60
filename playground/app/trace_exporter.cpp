// TraceExporter's shared part: what is exported, the messages, the tooltip, the menu and the toast.
// Where the file goes: trace_exporter_web.cpp / trace_exporter_native.cpp.
#include "trace_exporter.hpp"

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <ctime>

#include "imgui.h"
#include "perfetto_json.hpp"
#include "trace_export.hpp"
#include "ui_style.hpp"

namespace loopscope::app {

void TraceExporter::set_message(std::string message, bool failed) {
    message_ = std::move(message);
    failed_ = failed;
    message_time_ = ImGui::GetCurrentContext() != nullptr ? ImGui::GetTime() : 0.0;
}

bool TraceExporter::export_trace(const run_model::Recorder* rec, bool in_progress, std::string_view name,
                                 ConsoleLog& console) {
    if (rec == nullptr || rec->size() == 0) {
        set_message("Nothing to export yet: run the script first.", true);
        console.write(Stream::Stderr, message_ + "\n");
        return false;
    }
    const std::string file_name =
        run_model::trace_file_name(name.empty() ? std::string_view("script") : name, std::time(nullptr));
    char what[96];
    std::snprintf(what, sizeof(what), "%zu events%s", rec->size(), in_progress ? ", recorded so far" : "");
    const Saved saved = save(*rec, file_name);
    if (!saved.ok) {
        set_message(saved.error, true);
        console.write(Stream::Stderr, message_ + "\n");
        return false;
    }
    // Shown in the toast and the button's tooltip, not the console: that holds the program's output
    // (and Copy output copies it).
    set_message("Exported the trace (" + std::string(what) + ") " + saved_text(saved), false);
    return true;
}

void TraceExporter::draw_button_extras(const run_model::Recorder* rec, const char* key) {
    const bool has_run = rec != nullptr && rec->size() > 0;
    if (!has_run) {
        tooltip(
            "Export the run's trace as Perfetto JSON (%s+Shift+E)\nNothing to export yet: run the script "
            "first",
            key);
        return;
    }
    tooltip(
        "%s, to open in ui.perfetto.dev (%s+Shift+E)\n"
        "During a run: what was recorded so far. Right-click: copy the JSON instead%s%s",
        action_text().c_str(), key, message_.empty() ? "" : "\n\nLast time: ", message_.c_str());
    if (ImGui::BeginPopupContextItem("##export_menu")) {
        if (ImGui::MenuItem("Copy trace JSON")) {
            ImGui::SetClipboardText(run_model::to_perfetto_json(*rec).c_str());
            set_message("Copied the trace (" + std::to_string(rec->size()) + " events) as Perfetto JSON.",
                        false);
        }
        ImGui::EndPopup();
    }
}

void TraceExporter::draw_toast() {
    constexpr double kShownSeconds = 8.0;
    if (message_.empty() || ImGui::GetTime() - message_time_ > kShownSeconds) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float pad = ImGui::GetFontSize();
    ImGui::SetNextWindowPos(
        ImVec2(vp->WorkPos.x + vp->WorkSize.x - pad, vp->WorkPos.y + vp->WorkSize.y - pad), ImGuiCond_Always,
        ImVec2(1, 1));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0),
                                        ImVec2(std::min(vp->WorkSize.x - 2 * pad, pad * 40), FLT_MAX));
    ImGui::SetNextWindowBgAlpha(0.92f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoInputs;  // clicks go through to the panels below
    if (ImGui::Begin("##export_toast", nullptr, flags)) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::min(vp->WorkSize.x - 4 * pad, pad * 38));
        ImGui::TextColored(failed_ ? stderr_color() : info_color(), "%s", message_.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
}

}  // namespace loopscope::app
