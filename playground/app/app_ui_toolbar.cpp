// AppUi's toolbar: Run (Continue when paused) / Stop / Step, the run settings (virtual time, speed,
// seed), Share, Export trace and Copy output, and a warning while the engine is not connected.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app_ui.hpp"
#include "imgui.h"
#include "recorder.hpp"
#include "ui_style.hpp"

namespace loopscope::app {

namespace {

struct SpeedChoice {
    const char* label;
    float factor;
    const char* help;
};
constexpr SpeedChoice kSpeeds[] = {
    {"1x real time", 1.0f, "Sleeps take as long as they say"},
    {"0.25x slow motion", 0.25f, "Four times slower than real time: watch every step"},
    {"0.05x very slow", 0.05f, "Twenty times slower than real time"},
    {"4x fast", 4.0f, "Four times faster than real time"},
};

}  // namespace

void AppUi::apply_settings(const RunSettings& settings) {
    settings_ = settings;
    speed_index_ = -1;
    for (int i = 0; i < IM_ARRAYSIZE(kSpeeds); ++i)
        if (kSpeeds[i].factor == settings.speed) speed_index_ = i;
}

// Run (Continue when paused), Stop, Step: the toolbar's and the embed view's.
void AppUi::draw_run_buttons() {
    const char* key = shortcut_key();
    const bool running = backend_->running();
    const bool paused = backend_->paused();
    ImGui::BeginDisabled(running && !paused && backend_->connected());
    if (ImGui::Button(paused ? "Continue" : "Run")) run();
    note_control("run");
    ImGui::EndDisabled();
    if (paused)
        tooltip("Continue the paused run at the chosen speed (%s+Enter or F5)", key);
    else
        tooltip("Run the script (%s+Enter or F5)", key);
    ImGui::SameLine();
    ImGui::BeginDisabled(!running && backend_->connected());
    if (ImGui::Button("Stop")) stop();
    note_control("stop");
    ImGui::EndDisabled();
    tooltip("Stop the run (Shift+F5 or Shift+%s+Enter)", key);
    ImGui::SameLine();
    if (ImGui::Button("Step")) step();
    note_control("step");
    tooltip("Run one callback of the event loop, then pause (F10)");
}

// Virtual time and the pace (the speed combo), `pace_width` wide: the toolbar's and the embed view's.
void AppUi::draw_clock_controls(float pace_width) {
    ImGui::Checkbox("Virtual time", &settings_.virtual_time);
    note_control("virtual_time");
    tooltip(
        "Virtual time: the clock jumps to the next timer when nothing is ready,\n"
        "so sleeps take no real time and every run prints the same thing.\n"
        "Off: real time, paced by the speed setting.");
    ImGui::SameLine();
    // Wide enough for "0.25x slow motion". Enabled under virtual time too: picking a pace other
    // than 1x there turns Virtual time off (a paced run keeps a virtual clock: the output is the same).
    ImGui::SetNextItemWidth(pace_width);
    char custom_speed[32];
    std::snprintf(custom_speed, sizeof(custom_speed), "%gx (from a link)",
                  static_cast<double>(settings_.speed));
    const char* preview = settings_.virtual_time ? "fast-forward"
                          : speed_index_ >= 0    ? kSpeeds[speed_index_].label
                                                 : custom_speed;
    if (ImGui::BeginCombo("##speed", preview)) {
        for (int i = 0; i < IM_ARRAYSIZE(kSpeeds); ++i) {
            if (ImGui::Selectable(kSpeeds[i].label, !settings_.virtual_time && i == speed_index_)) {
                speed_index_ = i;
                settings_.speed = kSpeeds[i].factor;
                if (settings_.virtual_time && kSpeeds[i].factor != 1.0f) {
                    settings_.virtual_time = false;
                    console_.info(std::string(kSpeeds[i].label) +
                                  ": Virtual time is now off; the run keeps a virtual clock, paced against "
                                  "real time, so it prints the same as with virtual time.");
                }
            }
            tooltip("%s", kSpeeds[i].help);
        }
        ImGui::EndCombo();
    }
    note_control("speed");
    tooltip(
        "Pace of a run: 1x uses the real clock; the other speeds pace a virtual clock\n"
        "(slow motion or faster), so the output is the same as with virtual time.\n"
        "Virtual time fast-forwards; picking another speed turns it off.");
}

void AppUi::draw_toolbar() {
    control_rects_.clear();
    const char* key = shortcut_key();
    draw_run_buttons();
    ImGui::SameLine(0, ImGui::GetFontSize());
    draw_clock_controls(ImGui::GetFontSize() * 12.5f);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
    std::uint64_t seed = settings_.seed.value_or(0);
    if (ImGui::InputScalar("seed", ImGuiDataType_U64, &seed)) settings_.seed = seed;
    note_control("seed");
    tooltip("Seed of the script's `random` module: the same seed gives the same run");
    ImGui::SameLine();
    bool asyncio37 = settings_.asyncio_version == 307;
    if (ImGui::Checkbox("asyncio 3.7", &asyncio37)) settings_.asyncio_version = asyncio37 ? 307 : 311;
    note_control("asyncio37");
    tooltip(
        "asyncio of Python 3.7, for scripts written before 3.8: @asyncio.coroutine with\n"
        "yield from, asyncio.wait() of bare coroutines, loop= arguments. Off: Python 3.11.");
    ImGui::SameLine();
    // Short, without a label: the toolbar must fit a 1024 px wide page and leave its right end
    // free (the tooltip says what it limits). Typing replaces the whole text (numbers only).
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 3.8f);
    if (ImGui::InputDouble("##step_limit", &settings_.step_limit, 0.0, 0.0,
                           settings_.step_limit == 0.0 ? "no limit" : "max %gs"))
        settings_.step_limit = std::clamp(std::isfinite(settings_.step_limit) ? settings_.step_limit : 0.0,
                                          0.0, RunSettings::kMaxStepLimit);
    note_control("step_limit");
    tooltip(
        "Step limit: seconds one step (a task step, a callback, the main program between loop runs) may\n"
        "compute before the run is stopped with StepLimitExceeded; 0: no limit.\n"
        "The page keeps drawing during a long step, and Stop ends any run.");

    ImGui::SameLine(0, ImGui::GetFontSize());
    if (ImGui::Button("Share")) share();
    note_control("share");
    tooltip("Copy a link holding the script and these settings");

    // The run's results, side by side: its trace and its output.
    ImGui::SameLine();
    const run_model::Recorder* rec = recording();
    const bool has_run = rec != nullptr && rec->size() > 0;
    ImGui::BeginDisabled(!has_run);
    if (ImGui::Button("Export trace")) export_trace();
    note_control("export");
    ImGui::EndDisabled();
    exporter_.draw_button_extras(rec, key);
    ImGui::SameLine();
    ImGui::BeginDisabled(console_.size() == 0);
    if (ImGui::Button("Copy output")) copy_output();
    note_control("copy_output");
    ImGui::EndDisabled();
    tooltip("Copy the whole console output (the Console's Copy does the same)");

    ImGui::SameLine(0, ImGui::GetFontSize());
    if (ImGui::Button("View")) ImGui::OpenPopup("view_settings");
    note_control("view");
    tooltip("Theme (dark or light, for a projector) and font size");
    draw_view_popup();

    if (!backend_->connected()) {
        ImGui::SameLine(0, ImGui::GetFontSize());
        ImGui::TextColored(warning_color(), "engine not connected yet");
        tooltip(
            "The buttons work, but the Python engine is not wired into the playground yet:\n"
            "Run, Stop and Step only report what they would do in the console.");
    }
}

// The View popup: a theme and a font size, applied at once and kept for the next session (not in
// share links: they are how this screen looks, not what the demo is).
void AppUi::draw_view_popup() {
    if (!ImGui::BeginPopup("view_settings")) return;
    ViewSettings view = view_;
    ImGui::TextUnformatted("Theme");
    ImGui::SameLine();
    if (ImGui::RadioButton("Dark", !view.light_theme)) view.light_theme = false;
    note_control("theme_dark");
    ImGui::SameLine();
    if (ImGui::RadioButton("Light", view.light_theme)) view.light_theme = true;
    note_control("theme_light");
    tooltip("Dark text on a light ground: easier to read on a projector");
    ImGui::TextUnformatted("Font size");
    ImGui::SameLine();
    if (ImGui::Button("-")) view.font_size -= 1;
    note_control("font_smaller");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    ImGui::SliderInt("##font_size", &view.font_size, ViewSettings::kMinFontSize, ViewSettings::kMaxFontSize,
                     "%d px");
    ImGui::SameLine();
    if (ImGui::Button("+")) view.font_size += 1;
    note_control("font_bigger");
    if (ImGui::Button("Defaults")) view = ViewSettings{};
    view.font_size = std::clamp(view.font_size, ViewSettings::kMinFontSize, ViewSettings::kMaxFontSize);
    if (view != view_) {
        set_view_settings(view);
        if (autosave_enabled_) {
            std::string error;
            if (!store_view_settings(view_, &error))
                console_.write(Stream::Stderr, "Saving the view settings failed: " + error + "\n");
        }
    }
    ImGui::EndPopup();
}

}  // namespace loopscope::app
