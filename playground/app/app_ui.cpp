// AppUi's state and actions: what the editor holds (an example, the autosave, a text), the run
// settings' autosave, Run / Stop / Step and the global shortcuts. The frame is drawn by
// app_ui_layout.cpp; see app_ui.hpp for the other parts.
//
// Index of this file:
//   Construction and content (load_text, load_example, load_autosave, flush_autosave)
//   Actions (run, stop, step, export_trace, copy_output, handle_shortcuts)
//   The shown recording (recording, scrub_to, show_script_line, note_control)
#include "app_ui.hpp"

#include <algorithm>

#include "gallery.hpp"
#include "imgui.h"
#include "saved_state.hpp"
#include "settings_store.hpp"
#include "stub_run_backend.hpp"
#include "theme.hpp"

namespace loopscope::app {

// ---- Construction and content ------------------------------------------------------------------

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
    std::vector<std::string_view> pristine;
    for (const auto& e : gallery::examples()) pristine.push_back(e.source);
    if (replaced_.keep(editor_.text(), example->title, pristine)) store_replaced_text();
    load_text(example->source, "example '" + std::string(example->name) + "' (" + example->title + ")");
    if (replaced_.has())
        console_.info(
            "Your previous text is kept: \"Undo: restore your text\" under the examples brings it back.");
    current_example_ = std::string(example->name);
    // Saved at once, not a second later: a reload right after the click must not bring back the
    // replaced text in the editor while the gallery offers to restore it.
    autosaver_.changed(ImGui::GetTime());
    flush_autosave();
    return true;
}

bool AppUi::example_intact() {
    const std::uint64_t version = editor_.buffer().version();
    if (version != intact_version_) {
        const gallery::Example* e = gallery::find_example(current_example_);
        example_intact_ = e != nullptr && editor_.text() == e->source;
        intact_version_ = version;
    }
    return example_intact_;
}

void AppUi::restore_replaced_text(bool focus_editor) {
    if (!replaced_.has()) return;
    const std::string title = replaced_.replaced_by();
    load_text(replaced_.text(), "your text back (as it was before '" + title + "' replaced it)");
    current_example_.clear();
    replaced_.forget();
    store_replaced_text();
    autosaver_.changed(ImGui::GetTime());
    flush_autosave();
    if (focus_editor) editor_.focus();
}

void AppUi::store_replaced_text() {
    if (!autosave_enabled_) return;
    std::string error;
    if (!saved_state::store(saved_state::kReplacedText, replaced_.serialize(), &error))
        console_.write(Stream::Stderr, "Keeping your replaced text failed: " + error + "\n");
}

void AppUi::track_replaced_text() {
    if (!replaced_loaded_) {
        replaced_loaded_ = true;
        if (autosave_enabled_ && !replaced_.has())
            if (const std::optional<std::string> stored = saved_state::load(saved_state::kReplacedText))
                replaced_.parse(*stored);
    }
    // Undone in the editor (Ctrl+Z there) or typed back: nothing left to restore.
    const std::uint64_t version = editor_.buffer().version();
    if (replaced_.has() && version != replaced_checked_version_) {
        replaced_checked_version_ = version;
        if (editor_.text() == replaced_.text()) {
            replaced_.forget();
            store_replaced_text();
            current_example_.clear();
        }
    }
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
    std::string view_error;
    if (const std::optional<ViewSettings> view = load_view_settings(&view_error))
        set_view_settings(*view);
    else if (!view_error.empty())
        console_.write(Stream::Stderr,
                       "The saved view settings are damaged (" + view_error + "); using the defaults.\n");
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

void AppUi::set_view_settings(const ViewSettings& view) {
    view_ = view;
    view_.font_size = std::clamp(view_.font_size, ViewSettings::kMinFontSize, ViewSettings::kMaxFontSize);
    theme::apply_theme(view_.light_theme ? theme::Theme::light : theme::Theme::dark);
}

// ---- Actions -----------------------------------------------------------------------------------

// User actions end a share link's pending scrub (the user took over).
void AppUi::run() {
    pending_scrub_.reset();
    editor_.clear_error();
    const bool resuming = backend_->paused();
    const std::string script = editor_.text();
    backend_->run(script, settings_for(script));
    if (!resuming) note_real_time(script);
}

RunSettings AppUi::settings_for(std::string_view script) const {
    RunSettings s = settings_;
    if (playground::script_wants_real_time(script)) s.virtual_time = false;
    return s;
}

void AppUi::note_real_time(std::string_view script) {
    if (settings_.virtual_time && playground::script_wants_real_time(script))
        console_.info(
            "This script's first line is \"# realtime\": it runs in real time (it uses threads, which a "
            "virtual clock cannot wait for), whatever the Virtual time box says.");
}

void AppUi::stop() {
    pending_scrub_.reset();
    backend_->stop();
}

void AppUi::step() {
    pending_scrub_.reset();
    const bool starting = !backend_->running();
    const std::string script = editor_.text();
    backend_->step(script, settings_for(script));
    if (starting) note_real_time(script);
}

bool AppUi::export_trace() {
    const run_model::Recorder* rec = recording();
    const bool in_progress = rec != nullptr && backend_->recording() == rec && backend_->running();
    return exporter_.export_trace(rec, in_progress, current_example_, console_);
}

void AppUi::copy_output() { ImGui::SetClipboardText(console_.text().c_str()); }

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
    // Ctrl/Cmd+Z with the focus outside the editor and any text field (right after a gallery click):
    // the editor's undo would not see it, so it restores the text the example replaced.
    const ImGuiIO& io = ImGui::GetIO();
    const bool shortcut_mod = io.ConfigMacOSXBehaviors ? io.KeySuper : io.KeyCtrl;
    if (replaced_.has() && !editor_.focused() && !ImGui::IsAnyItemActive() && shortcut_mod && !io.KeyShift &&
        ImGui::IsKeyPressed(ImGuiKey_Z, false))
        restore_replaced_text(false);  // focused now, the editor would take this Ctrl+Z as its own undo
    if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiMod_Shift | ImGuiKey_E)) export_trace();
    handle_font_shortcuts();
}

// ---- The shown recording -----------------------------------------------------------------------

const run_model::Recorder* AppUi::recording() const {
    const run_model::Recorder* live = backend_->recording();
    return live != nullptr ? live : fallback_recording_;
}

void AppUi::scrub_to(double seconds) {
    if (const run_model::Recorder* rec = recording())
        timeline_.set_cursor(timeline::cursor_at_time(*rec, seconds));
}

bool AppUi::select_task_named(std::string_view name) {
    const run_model::Recorder* rec = recording();
    if (rec == nullptr) return false;
    const auto& tasks = rec->index().tasks();
    for (std::uint32_t i = 0; i < tasks.size(); ++i)
        if (rec->str(tasks[i].name) == name) {
            inspector_.select_task(i);
            return true;
        }
    return false;
}

void AppUi::show_moment(std::uint32_t events) {
    const run_model::Recorder* rec = recording();
    if (rec == nullptr || rec->size() == 0) return;
    timeline::Cursor c;
    c.active = true;
    c.events = std::min<std::uint32_t>(events, static_cast<std::uint32_t>(rec->size()));
    c.time = rec->events()[c.events ? c.events - 1 : 0].time;
    timeline_.set_cursor(c);
}

void AppUi::show_script_line(std::string_view file, int line) {
    // Lines of the editor's script only (not of the runtime's own modules).
    if (line <= 0 || (!file.empty() && file != kScriptName)) return;
    editor_.scroll_to_line(line - 1);
    editor_.focus();
}

void AppUi::note_control(const char* name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    control_rects_.push_back({name, a.x, a.y, b.x, b.y});
}

}  // namespace loopscope::app
