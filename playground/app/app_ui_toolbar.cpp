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

// Puts the next item on the toolbar's current row when `width` more pixels fit there, else on a
// new row: with a big font the toolbar wraps instead of pushing its right end (View, where the font
// size is set back) off screen. `spacing` < 0: the style's item spacing.
void same_row_if_fits(float width, float spacing = -1.0f) {
    const float gap = spacing >= 0 ? spacing : ImGui::GetStyle().ItemSpacing.x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + gap + width <= right) ImGui::SameLine(0, gap);
}

float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

float checkbox_width(const char* label) {
    return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
           ImGui::CalcTextSize(label, nullptr, true).x;
}

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
    const ImGuiStyle& style = ImGui::GetStyle();
    const float font = ImGui::GetFontSize();
    draw_run_buttons();
    const float pace_width = font * 12.5f;
    same_row_if_fits(checkbox_width("Virtual time") + style.ItemSpacing.x + pace_width, font);
    draw_clock_controls(pace_width);
    const float seed_width = font * 6;
    same_row_if_fits(seed_width + style.ItemInnerSpacing.x + ImGui::CalcTextSize("seed").x);
    ImGui::SetNextItemWidth(seed_width);
    std::uint64_t seed = settings_.seed.value_or(0);
    if (ImGui::InputScalar("seed", ImGuiDataType_U64, &seed)) settings_.seed = seed;
    note_control("seed");
    tooltip("Seed of the script's `random` module: the same seed gives the same run");
    same_row_if_fits(checkbox_width("asyncio 3.7"));
    bool asyncio37 = settings_.asyncio_version == 307;
    if (ImGui::Checkbox("asyncio 3.7", &asyncio37)) settings_.asyncio_version = asyncio37 ? 307 : 311;
    note_control("asyncio37");
    tooltip(
        "asyncio of Python 3.7, for scripts written before 3.8: @asyncio.coroutine with\n"
        "yield from, asyncio.wait() of bare coroutines, loop= arguments. Off: Python 3.11.");
    // Without a label, to keep the toolbar short (the tooltip says what it limits); as wide as its
    // text needs at this font size (at least the default limit's: the field does not shrink while
    // a number is typed). Typing replaces the whole text (numbers only).
    const char* step_format = settings_.step_limit == 0.0 ? "no limit" : "max %gs";
    char step_text[48];
    std::snprintf(step_text, sizeof(step_text), step_format, settings_.step_limit);
    const float step_width = std::max(ImGui::CalcTextSize("max 60s").x, ImGui::CalcTextSize(step_text).x) +
                             style.FramePadding.x * 2;
    same_row_if_fits(step_width);
    ImGui::SetNextItemWidth(step_width);
    if (ImGui::InputDouble("##step_limit", &settings_.step_limit, 0.0, 0.0, step_format))
        settings_.step_limit = std::clamp(std::isfinite(settings_.step_limit) ? settings_.step_limit : 0.0,
                                          0.0, RunSettings::kMaxStepLimit);
    note_control("step_limit");
    tooltip(
        "Step limit: seconds one step (a task step, a callback, the main program between loop runs) may\n"
        "compute before the run is stopped with StepLimitExceeded; 0: no limit.\n"
        "The page keeps drawing during a long step, and Stop ends any run.");

    same_row_if_fits(button_width("Share"), font);
    if (ImGui::Button("Share")) share();
    note_control("share");
    tooltip("Copy a link holding the script and these settings");

    // The run's results, side by side: its trace and its output.
    same_row_if_fits(button_width("Export trace"));
    const run_model::Recorder* rec = recording();
    const bool has_run = rec != nullptr && rec->size() > 0;
    ImGui::BeginDisabled(!has_run);
    if (ImGui::Button("Export trace")) export_trace();
    note_control("export");
    ImGui::EndDisabled();
    exporter_.draw_button_extras(rec, key);
    same_row_if_fits(button_width("Copy output"));
    ImGui::BeginDisabled(console_.size() == 0);
    if (ImGui::Button("Copy output")) copy_output();
    note_control("copy_output");
    ImGui::EndDisabled();
    tooltip("Copy the whole console output (the Console's Copy does the same)");

    same_row_if_fits(button_width("View"), font);
    if (ImGui::Button("View")) ImGui::OpenPopup("view_settings");
    note_control("view");
    tooltip("Theme (dark or light, for a projector) and font size (%s+= bigger, %s+- smaller, %s+0 default)",
            key, key, key);
    draw_view_popup();

    if (!backend_->connected()) {
        same_row_if_fits(ImGui::CalcTextSize("engine not connected yet").x, font);
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
    change_view_settings(view);
    // A bigger font widens the popup while it is open (ImGui places a popup only when it opens):
    // keep it inside the window.
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    const ImVec2 inside(
        std::max(viewport->WorkPos.x, std::min(pos.x, viewport->WorkPos.x + viewport->WorkSize.x - size.x)),
        std::max(viewport->WorkPos.y, std::min(pos.y, viewport->WorkPos.y + viewport->WorkSize.y - size.y)));
    if (inside.x != pos.x || inside.y != pos.y) ImGui::SetWindowPos(inside);
    ImGui::EndPopup();
}

void AppUi::change_view_settings(ViewSettings view) {
    view.font_size = std::clamp(view.font_size, ViewSettings::kMinFontSize, ViewSettings::kMaxFontSize);
    if (view == view_) return;
    set_view_settings(view);
    if (!autosave_enabled_) return;
    std::string error;
    if (!store_view_settings(view_, &error))
        console_.write(Stream::Stderr, "Saving the view settings failed: " + error + "\n");
}

// Ctrl/Cmd with = (or +), - and 0: the font size, from anywhere (a font too big for the screen can
// always be undone, even when the View button is hard to reach).
void AppUi::handle_font_shortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    const bool shortcut_mod = io.ConfigMacOSXBehaviors ? io.KeySuper : io.KeyCtrl;
    if (!shortcut_mod || io.KeyAlt) return;
    ViewSettings view = view_;
    if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd))
        view.font_size += 1;
    else if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract))
        view.font_size -= 1;
    else if (ImGui::IsKeyPressed(ImGuiKey_0, false) || ImGui::IsKeyPressed(ImGuiKey_Keypad0, false))
        view.font_size = ViewSettings{}.font_size;
    change_view_settings(view);
}

}  // namespace loopscope::app
