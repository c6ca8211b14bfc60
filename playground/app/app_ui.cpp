#include "app_ui.hpp"

#include <algorithm>
#include <cfloat>
#include <cstdarg>
#include <cstdio>
#include <ctime>

#include "gallery.hpp"
#include "imgui.h"
#include "platform.hpp"
#include "settings_store.hpp"
#include "share_link.hpp"
#include "stub_run_backend.hpp"
#ifdef LOOPSCOPE_HAVE_TIMELINE
#include "perfetto_json.hpp"
#include "trace_export.hpp"
#endif

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

const ImVec4 kStdoutColor(0.86f, 0.86f, 0.86f, 1.0f);
const ImVec4 kStderrColor(1.0f, 0.47f, 0.42f, 1.0f);
const ImVec4 kInfoColor(0.55f, 0.62f, 0.75f, 1.0f);
const ImVec4 kWarningColor(1.0f, 0.78f, 0.3f, 1.0f);

#ifdef __EMSCRIPTEN__
constexpr bool kInBrowser = true;
#else
constexpr bool kInBrowser = false;
#endif

// "Ctrl" or "Cmd", for tooltips.
const char* shortcut_key() { return ImGui::GetIO().ConfigMacOSXBehaviors ? "Cmd" : "Ctrl"; }

void tooltip(const char* fmt, ...) IM_FMTARGS(1);
void tooltip(const char* fmt, ...) {
    if (!ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort | ImGuiHoveredFlags_AllowWhenDisabled)) return;
    va_list args;
    va_start(args, fmt);
    ImGui::SetTooltipV(fmt, args);
    va_end(args);
}

}  // namespace

AppUi::AppUi() : backend_(std::make_unique<StubRunBackend>(console_)) {
    console_.info("Loopscope playground. Pick an example on the left, edit it, and press Run.");
}

void AppUi::load_text(std::string_view text, std::string_view origin) {
    editor::TextBuffer& b = editor_.buffer();
    // Through the undo history: Ctrl+Z brings back what was in the editor before.
    b.select_all();
    b.insert_text(text);
    b.set_caret({0, 0});
    b.break_undo_group();
    editor_.clear_error();
    editor_.set_task_markers({});
    editor_.scroll_to_line(0);
    if (!origin.empty()) console_.info("Loaded " + std::string(origin) + ".");
}

bool AppUi::load_example(std::string_view name) {
    const gallery::Example* example = gallery::find_example(name);
    if (example == nullptr) {
        std::string known;
        for (const auto& e : gallery::examples()) known += (known.empty() ? "" : ", ") + std::string(e.name);
        console_.write(Stream::Stderr,
                       "No example named '" + std::string(name) + "'. Examples: " + known + "\n");
        return false;
    }
    load_text(example->source, "example '" + std::string(example->name) + "' (" + example->title + ")");
    current_example_ = std::string(example->name);
    return true;
}

bool AppUi::load_share_link(std::string_view link) {
    const share::DecodeResult result = share::decode_share_link(link);
    if (!result.ok()) {
        console_.write(Stream::Stderr, "Cannot open the share link: " + result.message + "\n");
        notice_ = "This share link cannot be opened: " + result.message +
                  ".\n\nThe editor keeps what it had (your autosaved script, if any).";
        notice_opened_ = false;
        return false;
    }
    load_text(result.state.script, "the script from the share link");
    RunSettings linked;
    linked.virtual_time = result.state.virtual_time;
    linked.seed = result.state.seed;
    linked.speed = result.state.speed;
    apply_settings(linked);
    saved_settings_ = settings_;  // the link's settings are not autosaved unless changed
    pending_scrub_.reset();
    if (result.state.has_scrub) {
        char text[128];
        std::snprintf(text, sizeof(text), "The link points at %g s into the run: running it to get there.",
                      result.state.scrub_seconds);
        console_.info(text);
        PendingScrub scrub;
        scrub.seconds = result.state.scrub_seconds;
        // An event count is exact only when the run replays the same way: on a virtual clock.
        scrub.by_events = result.state.has_scrub_events && (linked.virtual_time || linked.speed != 1.0f);
        scrub.events = result.state.scrub_events;
        pending_scrub_ = scrub;
        run_on_start_ = true;
    }
    current_example_.clear();
    link_in_address_bar_ = true;
    link_text_version_ = editor_.buffer().version();
    return true;
}

bool AppUi::load_autosave() {
    if (!autosave_enabled_) return false;
    std::string settings_error;
    if (const std::optional<RunSettings> saved = load_run_settings(&settings_error)) {
        apply_settings(*saved);
        saved_settings_ = settings_;
    } else if (!settings_error.empty()) {
        console_.write(Stream::Stderr,
                       "The saved run settings are damaged (" + settings_error + "); using the defaults.\n");
    }
    const std::optional<std::string> text = app::load_autosave();
    if (!text || text->empty()) return false;
    load_text(*text, "your last session (autosaved)");
    current_example_.clear();
    autosaver_.saved();
    return true;
}

void AppUi::flush_autosave() {
    if (!autosave_enabled_) return;
    std::string error;
    if (autosaver_.dirty()) {
        if (!store_autosave(editor_.text(), &error))
            console_.write(Stream::Stderr, "Autosave failed: " + error + "\n");
        autosaver_.saved();
    }
    if (settings_autosaver_.dirty()) {
        if (!store_run_settings(settings_, &error))
            console_.write(Stream::Stderr, "Saving the run settings failed: " + error + "\n");
        saved_settings_ = settings_;
        settings_autosaver_.saved();
    }
}

void AppUi::apply_settings(const RunSettings& settings) {
    settings_ = settings;
    speed_index_ = -1;
    for (int i = 0; i < IM_ARRAYSIZE(kSpeeds); ++i)
        if (kSpeeds[i].factor == settings.speed) speed_index_ = i;
}

void AppUi::show_script_line(std::string_view file, int line) {
    // Lines of the editor's script only (not of the runtime's own modules).
    if (line <= 0 || (!file.empty() && file != kScriptName)) return;
    editor_.scroll_to_line(line - 1);
    editor_.focus();
}

// ---- actions ---------------------------------------------------------------------------------

// User actions end a share link's pending scrub (the user took over).
void AppUi::run() {
    pending_scrub_.reset();
    editor_.clear_error();
    backend_->run(editor_.text(), settings_);
}

void AppUi::stop() {
    pending_scrub_.reset();
    backend_->stop();
}

void AppUi::step() {
    pending_scrub_.reset();
    backend_->step(editor_.text(), settings_);
}

std::string AppUi::make_share_fragment(bool include_position, std::string* error) const {
    share::ShareState state;
    state.script = editor_.text();
    state.virtual_time = settings_.virtual_time;
    state.seed = settings_.seed.value_or(0);
    state.speed = settings_.speed;
#ifdef LOOPSCOPE_HAVE_TIMELINE
    const model::Recorder* rec = recording();
    if (include_position && rec != nullptr && rec->size() > 0) {
        // The timeline's cursor, or the live end (a run paused by Step sits there).
        const timeline::Cursor& c = timeline_.cursor();
        state.has_scrub = true;
        state.scrub_seconds = c.active ? c.time : timeline::record_end_time(*rec, backend_->loop_time());
        state.has_scrub_events = true;
        state.scrub_events = c.active ? c.events : static_cast<std::uint32_t>(rec->size());
    }
#else
    (void)include_position;
#endif
    const share::EncodeResult result = share::encode_share_link(state);
    if (!result.ok()) {
        if (error) *error = result.message;
        return {};
    }
    return result.fragment;
}

bool AppUi::export_trace() {
    export_message_time_ = ImGui::GetCurrentContext() != nullptr ? ImGui::GetTime() : 0.0;
    export_failed_ = true;
#ifdef LOOPSCOPE_HAVE_TIMELINE
    const model::Recorder* rec = recording();
    if (rec == nullptr || rec->size() == 0) {
        export_message_ = "Nothing to export yet: run the script first.";
        console_.write(Stream::Stderr, export_message_ + "\n");
        return false;
    }
    const bool in_progress = backend_->recording() == rec && backend_->running();
    const std::string name = model::trace_file_name(
        current_example_.empty() ? std::string_view("script") : current_example_, std::time(nullptr));
    char what[96];
    std::snprintf(what, sizeof(what), "%zu events%s", rec->size(), in_progress ? ", recorded so far" : "");
#ifdef __EMSCRIPTEN__
    if (!platform::download_file(name, model::to_perfetto_json(*rec), "application/json")) {
        export_message_ = "The browser refused the download of " + name + ".";
        console_.write(Stream::Stderr, export_message_ + "\n");
        return false;
    }
    export_message_ =
        "Exported the trace (" + std::string(what) + ") as " + name + ": open it in ui.perfetto.dev";
#else
    const model::TraceFileResult result = model::write_trace_file(*rec, export_dir_, name);
    if (!result.ok) {
        export_message_ = "Export failed: " + result.error;
        console_.write(Stream::Stderr, export_message_ + "\n");
        return false;
    }
    export_message_ = "Exported the trace (" + std::string(what) + ") to " + result.path;
#endif
    // Shown in the toast and the button's tooltip, not the console: that holds the program's output
    // (and Copy output copies it).
    export_failed_ = false;
    return true;
#else
    export_message_ = "This build has no run recording to export.";
    console_.write(Stream::Stderr, export_message_ + "\n");
    return false;
#endif
}

void AppUi::copy_output() { ImGui::SetClipboardText(console_.text().c_str()); }

void AppUi::share() {
    share_popup_ = true;
    make_share_link();
}

void AppUi::make_share_link() {
    std::string error;
    const std::string fragment = make_share_fragment(share_include_scrub_, &error);
    if (fragment.empty()) {
        share_link_.clear();
        share_message_ = "Cannot make a link: " + error;
        return;
    }
    share_link_ = platform::page_url() + "#" + fragment;
    share_message_ = share::share_link_length_warning(fragment.size());
    platform::set_location_hash(fragment);  // the address bar holds the link too (browser)
    link_in_address_bar_ = true;
    link_text_version_ = editor_.buffer().version();
    ImGui::SetClipboardText(share_link_.c_str());
}

void AppUi::handle_shortcuts() {
    // Global: they work whichever panel has the focus.
    if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_Enter) ||
        ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_KeypadEnter) ||
        ImGui::IsKeyPressed(ImGuiKey_F5, false)) {
        if (ImGui::GetIO().KeyShift)
            stop();
        else
            run();
    }
    if (ImGui::IsKeyPressed(ImGuiKey_F10)) step();
    if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiMod_Shift | ImGuiKey_E)) export_trace();
}

// ---- layout ----------------------------------------------------------------------------------

void AppUi::vertical_splitter(const char* id, float& value, float min, float max, float height) {
    ImGui::SameLine(0, 0);
    ImGui::InvisibleButton(id, ImVec2(6, height));
    if (ImGui::IsItemHovered() || ImGui::IsItemActive()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    if (ImGui::IsItemActive()) value = std::clamp(value + ImGui::GetIO().MouseDelta.x, min, max);
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRectFilled(
        ImVec2(a.x + 2, a.y), ImVec2(b.x - 2, b.y),
        ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_SeparatorActive : ImGuiCol_Separator));
    ImGui::SameLine(0, 0);
}

void AppUi::horizontal_splitter(const char* id, float& value, float min, float max, float width) {
    ImGui::InvisibleButton(id, ImVec2(width, 6));
    if (ImGui::IsItemHovered() || ImGui::IsItemActive()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeNS);
    if (ImGui::IsItemActive()) value = std::clamp(value + ImGui::GetIO().MouseDelta.y, min, max);
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRectFilled(
        ImVec2(a.x, a.y + 2), ImVec2(b.x, b.y - 2),
        ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_SeparatorActive : ImGuiCol_Separator));
}

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

    if (run_on_start_ && backend_->connected()) {  // a share link with a scrub position: run it
        run_on_start_ = false;
        const std::optional<PendingScrub> scrub = pending_scrub_;
        run();
        pending_scrub_ = scrub;
    }
    handle_shortcuts();
    // Browser paste (Ctrl/Cmd+V reaches the page as a 'paste' event): into the editor when it has
    // the focus (ImGui's own text fields paste from the app's last copy).
    if (std::string pasted; platform::take_pasted_text(pasted) && editor_.focused())
        editor_.paste_text(pasted);
    draw_toolbar();
    ImGui::Separator();

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float font = ImGui::GetFontSize();
    // First frame, or the window shrank: sizes that fit (the gallery narrower on small screens).
    if (gallery_width_ < 0) gallery_width_ = std::clamp(avail.x * 0.22f, font * 12, font * 22);
#ifdef LOOPSCOPE_HAVE_TIMELINE
    if (editor_height_ < 0) editor_height_ = avail.y * 0.44f;
    if (timeline_height_ < 0) timeline_height_ = avail.y * 0.30f;
#else
    if (editor_height_ < 0) editor_height_ = avail.y * 0.68f;
#endif
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
        if (link_in_address_bar_ && editor_.buffer().version() != link_text_version_) {  // edited since
            platform::set_location_hash("");
            link_in_address_bar_ = false;
        }
    }
    horizontal_splitter("##split_console", editor_height_, font * 5, std::max(font * 5, avail.y - font * 5),
                        right_w);
#ifdef LOOPSCOPE_HAVE_TIMELINE
    // Below the editor: the timeline, then the console beside the inspector.
    const float below = ImGui::GetContentRegionAvail().y;
    timeline_height_ = std::clamp(timeline_height_, font * 6, std::max(font * 6, below - font * 5));
    draw_run_panels(right_w, std::min(timeline_height_, below), below);
#else
    draw_console(right_w, ImGui::GetContentRegionAvail().y);
#endif
    ImGui::EndGroup();

    draw_share_popup();
    draw_notice_popup();
    ImGui::End();
    draw_export_toast();

    backend_->update();
    if (settings_ != saved_settings_ && !settings_autosaver_.dirty())
        settings_autosaver_.changed(ImGui::GetTime());
    if (autosaver_.due(ImGui::GetTime()) || settings_autosaver_.due(ImGui::GetTime())) flush_autosave();
}

const model::Recorder* AppUi::recording() const {
    const model::Recorder* live = backend_->recording();
    return live != nullptr ? live : fallback_recording_;
}

void AppUi::update_pending_scrub() {
#ifdef LOOPSCOPE_HAVE_TIMELINE
    const model::Recorder* rec = backend_->recording();
    if (!pending_scrub_ || rec == nullptr || rec->size() == 0) return;
    const PendingScrub& p = *pending_scrub_;
    const bool ended = !backend_->running();
    const auto& events = rec->events();
    timeline::Cursor cursor;
    if (p.by_events) {
        if (events.size() < p.events && !ended) return;  // not recorded that far yet
        cursor.active = true;
        cursor.events = static_cast<std::uint32_t>(std::min<std::size_t>(p.events, events.size()));
        // The link's time when it lies at that event (the sharer's cursor exactly), else the event's.
        const double at = cursor.events > 0 ? events[cursor.events - 1].time : 0.0;
        const double next = cursor.events < events.size() ? events[cursor.events].time : p.seconds;
        cursor.time = p.seconds >= at && p.seconds <= next ? p.seconds : at;
    } else {
        // Every event at that time is in once a later one is (or the run is over).
        if (events.back().time <= p.seconds && !ended) return;
        cursor = timeline::cursor_at_time(*rec, p.seconds);
    }
    timeline_.set_cursor(cursor);
    char text[128];
    std::snprintf(text, sizeof(text), "The timeline shows the link's moment: %g s (after %u events).",
                  cursor.time, cursor.events);
    console_.info(text);
    pending_scrub_.reset();
#endif
}

void AppUi::scrub_to(double seconds) {
#ifdef LOOPSCOPE_HAVE_TIMELINE
    if (const model::Recorder* rec = recording())
        timeline_.set_cursor(timeline::cursor_at_time(*rec, seconds));
#else
    (void)seconds;
#endif
}

void AppUi::draw_run_panels(float width, float timeline_height, float below) {
#ifdef LOOPSCOPE_HAVE_TIMELINE
    const float font = ImGui::GetFontSize();
    update_pending_scrub();
    const model::Recorder* rec = recording();
    const bool live = backend_->recording() != nullptr && backend_->running();
    if (!timeline_.on_jump_to_line)
        timeline_.on_jump_to_line = [this](std::string_view file, int line) { show_script_line(file, line); };
    timeline_.draw(rec, backend_->loop_time(), live, ImVec2(width, timeline_height));
    horizontal_splitter("##split_timeline", timeline_height_, font * 6, std::max(font * 6, below - font * 5),
                        width);
    const float bottom_h = std::max(font * 3, ImGui::GetContentRegionAvail().y);
    if (console_width_ < 0) console_width_ = width * 0.5f;
    console_width_ = std::clamp(console_width_, font * 10, std::max(font * 10, width - font * 12));
    draw_console(console_width_, bottom_h);
    vertical_splitter("##split_inspector", console_width_, font * 10, std::max(font * 10, width - font * 12),
                      bottom_h);
    if (!inspector_.on_jump_to_line)
        inspector_.on_jump_to_line = [this](std::string_view file, int line) {
            show_script_line(file, line);
        };
    inspector_.draw(rec, timeline_.cursor(), ImVec2(ImGui::GetContentRegionAvail().x, bottom_h));
#else
    (void)width, (void)timeline_height, (void)below;
#endif
}

void AppUi::note_control(const char* name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    control_rects_.push_back({name, a.x, a.y, b.x, b.y});
}

void AppUi::draw_toolbar() {
    control_rects_.clear();
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

    ImGui::SameLine(0, ImGui::GetFontSize());
    ImGui::Checkbox("Virtual time", &settings_.virtual_time);
    note_control("virtual_time");
    tooltip(
        "Virtual time: the clock jumps to the next timer when nothing is ready,\n"
        "so sleeps take no real time and every run prints the same thing.\n"
        "Off: real time, paced by the speed setting.");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.5f);
    ImGui::BeginDisabled(settings_.virtual_time);
    char custom_speed[32];
    std::snprintf(custom_speed, sizeof(custom_speed), "%gx (from a link)",
                  static_cast<double>(settings_.speed));
    if (ImGui::BeginCombo("##speed", speed_index_ >= 0 ? kSpeeds[speed_index_].label : custom_speed)) {
        for (int i = 0; i < IM_ARRAYSIZE(kSpeeds); ++i) {
            if (ImGui::Selectable(kSpeeds[i].label, i == speed_index_)) {
                speed_index_ = i;
                settings_.speed = kSpeeds[i].factor;
            }
            tooltip("%s", kSpeeds[i].help);
        }
        ImGui::EndCombo();
    }
    note_control("speed");
    ImGui::EndDisabled();
    tooltip(
        "Pace of a run without virtual time: 1x uses the real clock; the other speeds pace a\n"
        "virtual clock (slow motion or faster), so the output is the same as with virtual time.\n"
        "Virtual time always fast-forwards.");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
    std::uint64_t seed = settings_.seed.value_or(0);
    if (ImGui::InputScalar("seed", ImGuiDataType_U64, &seed)) settings_.seed = seed;
    note_control("seed");
    tooltip("Seed of the script's `random` module: the same seed gives the same run");

    ImGui::SameLine(0, ImGui::GetFontSize());
    if (ImGui::Button("Share")) share();
    note_control("share");
    tooltip("Copy a link holding the script and these settings");

    // The run's results, side by side: its trace and its output.
    ImGui::SameLine();
#ifdef LOOPSCOPE_HAVE_TIMELINE
    const model::Recorder* rec = recording();
    const bool has_run = rec != nullptr && rec->size() > 0;
#else
    const bool has_run = false;
#endif
    ImGui::BeginDisabled(!has_run);
    if (ImGui::Button("Export trace")) export_trace();
    note_control("export");
    ImGui::EndDisabled();
    if (!has_run)
        tooltip(
            "Export the run's trace as Perfetto JSON (%s+Shift+E)\nNothing to export yet: run the script "
            "first",
            key);
    else if (kInBrowser)
        tooltip(
            "Download the run's trace as Perfetto JSON, to open in ui.perfetto.dev (%s+Shift+E)\n"
            "During a run: what was recorded so far. Right-click: copy the JSON instead%s%s",
            key, export_message_.empty() ? "" : "\n\nLast time: ", export_message_.c_str());
    else
        tooltip(
            "Save the run's trace as Perfetto JSON into %s, to open in ui.perfetto.dev (%s+Shift+E)\n"
            "During a run: what was recorded so far. Right-click: copy the JSON instead%s%s",
            export_dir_.empty() ? "the current folder" : export_dir_.c_str(), key,
            export_message_.empty() ? "" : "\n\nLast time: ", export_message_.c_str());
#ifdef LOOPSCOPE_HAVE_TIMELINE
    if (has_run && ImGui::BeginPopupContextItem("##export_menu")) {
        if (ImGui::MenuItem("Copy trace JSON")) {
            ImGui::SetClipboardText(model::to_perfetto_json(*rec).c_str());
            export_message_ =
                "Copied the trace (" + std::to_string(rec->size()) + " events) as Perfetto JSON.";
            export_failed_ = false;
            export_message_time_ = ImGui::GetTime();
        }
        ImGui::EndPopup();
    }
#endif
    ImGui::SameLine();
    ImGui::BeginDisabled(console_.size() == 0);
    if (ImGui::Button("Copy output")) copy_output();
    note_control("copy_output");
    ImGui::EndDisabled();
    tooltip("Copy the whole console output (the Console's Copy does the same)");

    if (!backend_->connected()) {
        ImGui::SameLine(0, ImGui::GetFontSize());
        ImGui::TextColored(kWarningColor, "engine not connected yet");
        tooltip(
            "The buttons work, but the Python engine is not wired into the playground yet:\n"
            "Run, Stop and Step only report what they would do in the console.");
    }
}

void AppUi::draw_gallery(float width, float height) {
    ImGui::BeginChild("##gallery", ImVec2(width, height), ImGuiChildFlags_Border);
    ImGui::TextUnformatted("Examples");
    ImGui::Separator();
    const auto& examples = gallery::examples();
    // The list on top, the selected (or hovered) example's explanation below.
    const float explanation_h = std::min(height * 0.4f, ImGui::GetTextLineHeightWithSpacing() * 9);
    ImGui::BeginChild("##list", ImVec2(0, -explanation_h));
    int hovered = -1;
    for (int i = 0; i < static_cast<int>(examples.size()); ++i) {
        const auto& e = examples[static_cast<std::size_t>(i)];
        ImGui::PushID(i);
        if (ImGui::Selectable(e.title.c_str(), current_example_ == e.name)) load_example(e.name);
        if (ImGui::IsItemHovered()) hovered = i;
        tooltip("%.*s.py - click to load it into the editor (%s+Z brings back what was there)",
                static_cast<int>(e.name.size()), e.name.data(), shortcut_key());
        ImGui::PopID();
    }
    ImGui::EndChild();
    if (hovered >= 0) hovered_example_ = hovered;
    ImGui::Separator();
    const gallery::Example* shown =
        hovered >= 0 ? &examples[static_cast<std::size_t>(hovered)] : gallery::find_example(current_example_);
    if (shown != nullptr) {
        ImGui::TextColored(kInfoColor, "%s", shown->title.c_str());
        ImGui::TextWrapped("%s", shown->explanation.c_str());
    } else {
        ImGui::TextWrapped("Hover an example to read what it teaches.");
    }
    ImGui::EndChild();
}

void AppUi::draw_console(float width, float height) {
    ImGui::BeginChild("##console_panel", ImVec2(width, height), ImGuiChildFlags_Border);
    ImGui::TextUnformatted("Console");
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
    ImGui::BeginChild("##console", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_HorizontalScrollbar);
    ImGuiListClipper clipper;  // only the visible lines are submitted
    clipper.Begin(static_cast<int>(console_.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const ConsoleLine& line = console_.line(static_cast<std::size_t>(i));
            const ImVec4& color = line.stream == Stream::Stderr ? kStderrColor
                                  : line.stream == Stream::Info ? kInfoColor
                                                                : kStdoutColor;
            ImGui::PushStyleColor(ImGuiCol_Text, color);
            ImGui::TextUnformatted(line.text.data(), line.text.data() + line.text.size());
            ImGui::PopStyleColor();
            // A traceback line of the script: click to jump to that line in the editor.
            if (const int target = traceback_line(line.text, kScriptName);
                target > 0 && ImGui::IsItemHovered()) {
                ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                tooltip("Click to show line %d in the editor", target);
                if (ImGui::IsItemClicked()) show_script_line(kScriptName, target);
            }
        }
    }
    if (console_auto_scroll_ && console_.version() != console_seen_version_) ImGui::SetScrollHereY(1.0f);
    console_seen_version_ = console_.version();
    ImGui::EndChild();
    ImGui::EndChild();
}

// The last export's full path (or its error) in a box at the bottom right, for a few seconds
// (the console keeps it too).
void AppUi::draw_export_toast() {
    constexpr double kShownSeconds = 8.0;
    if (export_message_.empty() || ImGui::GetTime() - export_message_time_ > kShownSeconds) return;
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
        ImGui::TextColored(export_failed_ ? kStderrColor : kInfoColor, "%s", export_message_.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
}

void AppUi::draw_notice_popup() {
    if (notice_.empty()) return;
    if (!notice_opened_) {
        ImGui::OpenPopup("Share link");
        notice_opened_ = true;
    }
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 32, 0), ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("Share link", nullptr, ImGuiWindowFlags_NoSavedSettings)) {
        notice_.clear();  // closed
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, kWarningColor);
    ImGui::TextWrapped("%s", notice_.c_str());
    ImGui::PopStyleColor();
    if (ImGui::Button("OK") || ImGui::IsKeyPressed(ImGuiKey_Escape) || ImGui::IsKeyPressed(ImGuiKey_Enter)) {
        ImGui::CloseCurrentPopup();
        notice_.clear();
    }
    ImGui::EndPopup();
}

void AppUi::draw_share_popup() {
    if (share_popup_) {
        ImGui::OpenPopup("Share");
        share_popup_ = false;
    }
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 36, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal("Share", nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    if (share_link_.empty()) {
        ImGui::TextColored(kStderrColor, "%s", share_message_.c_str());
    } else {
        ImGui::TextWrapped("The link below holds the script and the run settings. It is on the clipboard.");
        ImGui::SetNextItemWidth(-1);
        ImGui::InputText("##link", share_link_.data(), share_link_.size() + 1, ImGuiInputTextFlags_ReadOnly);
        ImGui::Text("%zu characters", share_link_.size());
        if (!share_message_.empty()) ImGui::TextColored(kWarningColor, "%s", share_message_.c_str());
#ifdef LOOPSCOPE_HAVE_TIMELINE
        const model::Recorder* rec = recording();
        const bool can_scrub = rec != nullptr && rec->size() > 0;
        ImGui::BeginDisabled(!can_scrub);
        bool include = share_include_scrub_ && can_scrub;
        if (ImGui::Checkbox("Include the timeline position", &include)) {
            share_include_scrub_ = include;
            make_share_link();  // the link again, with or without the position
        }
        note_control("share_position");
        ImGui::EndDisabled();
        if (can_scrub)
            tooltip(
                "The link also opens the timeline at the cursor (or at the live end): opening it runs the\n"
                "script and shows that moment once the run gets there");
        else
            tooltip("Run the script first: the position is a moment of its run");
#endif
        if (ImGui::Button("Copy again")) ImGui::SetClipboardText(share_link_.c_str());
        ImGui::SameLine();
    }
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace loopscope::app
