// AppUi: the playground's window. A toolbar (run controls, settings, share, export) over tiled
// panels: the examples gallery on the left; the editor, the timeline, and the console beside the
// inspector on the right. The splitters between the panels can be dragged; the layout fits the
// window at any size down to a small laptop screen.
//
// Its parts, one file each:
//   app_ui.cpp          content (examples, autosave, settings), actions (Run, Stop, Step), shortcuts
//   app_ui_layout.cpp   the frame: where each panel goes, the splitters
//   app_ui_toolbar.cpp  the toolbar (run controls, run settings, Share, Export trace, Copy output)
//   app_ui_panels.cpp   the gallery and the console
//   app_ui_network.cpp  the Network panel: the simulated web's hosts, their changes, the last run's
//                       requests per host
//   app_ui_share.cpp    the share flow: opening a link (and its timeline position), making one, the
//                       Share popup (with the embed link and <iframe> snippet), the notice for a
//                       link that cannot be opened
//   app_ui_embed.cpp    the embed view (?embed, desktop --embed): the minimal frame for slides
//   trace_exporter.hpp  the export flow (Export trace), a class of its own
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "autosave.hpp"
#include "console_log.hpp"
#include "editor_widget.hpp"
#include "embed_link.hpp"
#include "inspector_panel.hpp"
#include "replaced_text.hpp"
#include "run_backend.hpp"
#include "settings_store.hpp"
#include "timeline_panel.hpp"
#include "trace_exporter.hpp"

namespace loopscope::app {

class AppUi {
public:
    AppUi();

    // Startup content, in order of preference: a share link (browser: the page's #fragment; desktop:
    // --link), an example chosen by name (--example), the autosaved text, the first example.
    // Loading an example over the user's own text keeps that text: the gallery's "Undo: restore your
    // text" (and Ctrl/Cmd+Z outside the editor) brings it back, also after a reload.
    bool load_example(std::string_view name);     // false (and a console message) if there is none
    bool load_share_link(std::string_view link);  // false (and a console message) if it is bad
    bool load_autosave();
    void load_text(std::string_view text, std::string_view origin);  // undoable, like a paste

    // Replaces the stub (main.cpp installs the EngineRunBackend when the engine is built in).
    void set_run_backend(std::unique_ptr<RunBackend> backend) { backend_ = std::move(backend); }
    RunBackend& run_backend() { return *backend_; }
    ConsoleLog& console() { return console_; }
    // A recording to show while the run controller has none (desktop --demo-run; not owned).
    void set_recording(const run_model::Recorder* recording) { fallback_recording_ = recording; }
    // Puts the timeline's cursor at this loop time of the shown recording (the inspector follows).
    void scrub_to(double seconds);
    // Selects the first task named `name` in the inspector (its chains show); false if none.
    bool select_task_named(std::string_view name);
    editor::EditorWidget& editor() { return editor_; }
    const RunSettings& settings() const { return settings_; }
    // Theme and font size (the View popup of the toolbar; saved right away when changed). The host
    // rebuilds its font atlas when font_size changes.
    const ViewSettings& view_settings() const { return view_; }
    void set_view_settings(const ViewSettings& view);
    // The recording the timeline and the inspector show (the live run's, else the fallback; may be null).
    const run_model::Recorder* recording() const;
    timeline::TimelinePanel& timeline() { return timeline_; }
    inspector::InspectorPanel& inspector() { return inspector_; }
    // Export (toolbar button, Ctrl/Cmd+Shift+E; trace_exporter.hpp): the shown recording as Perfetto
    // JSON, during or after a run (what was recorded so far). Browser: downloaded as
    // "loopscope-trace-<name>-<UTC time>.json"; desktop: written into this folder ("" = the current
    // directory), the full path (or the error) shown in the toolbar and the console.
    void set_export_dir(std::string folder) { exporter_.set_folder(std::move(folder)); }
    // Exports now; false (and the reason shown) when there is no run or the file cannot be written.
    bool export_trace();
    // The last export's message ("Exported ... to PATH" or the error), "" before the first.
    const std::string& export_status() const { return exporter_.message(); }
    bool export_failed() const { return exporter_.failed(); }

    // Where the toolbar's controls and the editor were drawn last frame (screen coordinates), by name:
    // "run", "stop", "step", "virtual_time", "speed", "seed", "share", "export", "copy_output",
    // "tab_inspector", "tab_network", and in the Network panel "net_reset", "net_latency:<host>",
    // "net_jitter:<host>", "net_fail:<host>" and, while a failure combo is open, "net_fail_answers",
    // "net_fail_refused", ...
    // "editor", "restore_text" (the gallery's undo of an example's replacing), "example_first" and
    // "example_second" (the gallery's first two), and in the Share popup "share_position" (tests click them).
    struct ControlRect {
        const char* name;
        float x0, y0, x1, y1;
    };
    const std::vector<ControlRect>& control_rects() const { return control_rects_; }
    // The user's text an example replaced (empty when there is none to restore).
    const std::string& replaced_text() const { return replaced_.text(); }
    const std::string& current_example() const { return current_example_; }
    // How many gallery titles were too wide for the list last frame (drawn ending in "...", the
    // whole title in their tooltip).
    int cut_gallery_titles() const { return cut_titles_; }
    const std::string& first_cut_title() const { return first_cut_title_; }  // whole
    // What the console panel shows: the live output, or while the timeline's cursor is on a past
    // moment the output up to it (`past` set).
    std::string shown_console(bool* past);
    // The editor holds the last loaded example unedited (the gallery highlights it only then).
    bool example_intact();

    // The message of the notice popup (a share link that cannot be opened), "" when none is shown.
    const std::string& notice() const { return notice_; }
    // A share link with a scrub position was opened: its run has not recorded that far yet.
    bool scrub_pending() const { return pending_scrub_.has_value(); }
    // Makes a share link of the editor's text and settings (with the timeline's position if asked
    // and there is a recording); the fragment, or "" and `error` set.
    std::string make_share_fragment(bool include_position, std::string* error = nullptr) const;

    // The embed view (share/embed_link.hpp; a page address with ?embed, desktop --embed): the
    // editor, the console, the timeline, Run/Stop/Step, the clock and its pace, and "Open in
    // Loopscope"; nothing is autosaved, the theme and font come from the link (bigger by default).
    // Call before loading the content. `options.embed` false: back to the full playground.
    void set_embed(const share::EmbedOptions& options);
    bool embedded() const { return embed_; }
    // The full playground's address for what the editor holds now ("Open in Loopscope"); "" and
    // `error` set when no link can be made.
    std::string full_playground_url(std::string* error = nullptr) const;
    // The Share popup's links: the share link, the embed link and the <iframe> snippet ("" before
    // the popup made them).
    const std::string& share_link() const { return share_link_; }
    const std::string& share_embed_link() const { return share_embed_link_; }
    const std::string& share_iframe_snippet() const { return share_snippet_; }

    // Shows the Network panel (the simulated web) instead of the Inspector at the next frame.
    void show_network_panel() { select_network_tab_ = true; }
    // Draws everything for one frame, filling the main viewport.
    void draw();
    // Saves the editor text now if it changed since the last save (also called at exit).
    void flush_autosave();
    // Off: the autosave is neither read nor written (screenshots and tests).
    void set_autosave_enabled(bool enabled) { autosave_enabled_ = enabled; }

private:
    // app_ui.cpp
    void handle_shortcuts();
    void run();
    void stop();
    void step();
    void copy_output();
    RunSettings settings_for(std::string_view script) const;  // "# realtime" first: real time
    void note_real_time(std::string_view script);             // says so in the console
    void show_script_line(std::string_view file, int line);   // a line of main.py: caret and view there
    void show_moment(std::uint32_t events);                   // the timeline's cursor after this many events
    void note_control(const char* name);            // the last item's rectangle, for control_rects()
    void restore_replaced_text(bool focus_editor);  // the gallery's "Undo: restore your text"
    void store_replaced_text();                     // saved_state::kReplacedText follows replaced_
    void track_replaced_text();  // once a frame: loads it at start, forgets it once the editor holds it
    // app_ui_layout.cpp
    void draw_run_panels(float width, float timeline_height, float below);
    void vertical_splitter(const char* id, float& value, float min, float max, float height);
    void horizontal_splitter(const char* id, float& value, float min, float max, float width);
    void rescale_layout(ImVec2 avail);  // a resized window: each panel keeps its share
    void end_frame();                   // after the panels: popups, the run's update, the autosave
    // app_ui_embed.cpp
    void draw_embed();
    void draw_embed_toolbar();
    void open_full_playground();  // "Open in Loopscope": a new tab, or (desktop) this window
    // app_ui_toolbar.cpp
    void draw_run_buttons();                     // Run / Continue, Stop, Step
    void draw_clock_controls(float pace_width);  // Virtual time and the pace
    void draw_toolbar();
    void draw_view_popup();
    void change_view_settings(ViewSettings view);      // clamped, applied and saved
    void handle_font_shortcuts();                      // Ctrl/Cmd with =, - and 0
    void apply_settings(const RunSettings& settings);  // snaps the speed combo to the value
    // app_ui_panels.cpp
    void draw_gallery(float width, float height);
    const char* fit_title(const std::string& title, float width);  // "..." when cut
    void draw_console(float width, float height);
    void follow_moment(const run_model::Recorder* rec);  // the editor's markers follow the cursor
    // app_ui_network.cpp
    void draw_network(float width, float height);
    void change_web_host(const playground::WebHost& host, const std::optional<double>& latency,
                         const std::optional<double>& jitter, const std::optional<playground::WebFail>& fail);
    // app_ui_share.cpp
    void share();            // makes the link and opens the Share popup
    void make_share_link();  // (re)makes the popup's link, puts it in the address bar and on the clipboard
    void make_embed_link();  // the popup's embed link and <iframe> snippet of that link
    void note_edit();        // the editor's text changed: the address bar's link no longer holds it
    void run_linked_script_once_connected();
    void update_pending_scrub();
    void draw_share_embed();
    void draw_share_popup();
    void draw_notice_popup();

    editor::EditorWidget editor_;
    ConsoleLog console_;
    std::unique_ptr<RunBackend> backend_;
    RunSettings settings_;          // the toolbar's: what the next Run, Step or share link uses
    int speed_index_ = 0;           // -1: a speed none of the presets has (from a share link)
    Autosaver autosaver_;           // the editor's text
    Autosaver settings_autosaver_;  // the run settings (saved apart: a link's text is not autosaved unedited)
    RunSettings saved_settings_;
    ViewSettings view_;
    bool autosave_enabled_ = true;
    bool embed_ = false;
    bool autosave_before_embed_ = true;
    float embed_editor_width_ = -1;  // the embed view's editor beside its console

    std::string current_example_;  // name of the example last loaded ("" if none)
    ReplacedText replaced_;        // the user's text the last example replaced
    bool replaced_loaded_ = false;
    std::uint64_t intact_version_ = ~std::uint64_t{0};  // the editor's version example_intact_ holds for
    bool example_intact_ = false;
    std::uint64_t replaced_checked_version_ = ~std::uint64_t{0};
    int hovered_example_ = -1;
    std::string fitted_title_;  // fit_title's result
    int cut_titles_ = 0;        // gallery titles drawn cut last frame
    std::string first_cut_title_;
    std::size_t console_seen_version_ = 0;
    const run_model::Recorder* fallback_recording_ = nullptr;
    timeline::TimelinePanel timeline_;
    inspector::InspectorPanel inspector_;
    bool console_auto_scroll_ = true;
    // The timeline's cursor is on a past moment: the console shows the output up to it and the
    // editor's markers where the tasks were (the inspector's state at the cursor).
    bool showing_past_ = false;
    std::uint32_t past_markers_events_ = ~std::uint32_t{0};  // the moment the markers were made for
    const run_model::Recorder* past_markers_rec_ = nullptr;

    std::vector<ControlRect> control_rects_;
    // The Network panel: the last run's requests per host (refreshed while shown), the names its
    // controls have in control_rects ("net_latency:<host>", "net_jitter:<host>", "net_fail:<host>").
    playground::WebRequestTally web_requests_;
    std::vector<std::string> network_control_names_;
    bool select_network_tab_ = false;
    TraceExporter exporter_;

    // Layout: panel sizes in pixels; -1: picked from the window on the first frame.
    float gallery_width_ = -1;
    float editor_height_ = -1;
    float timeline_height_ = -1;
    float console_width_ = -1;
    ImVec2 layout_avail_{-1, -1};  // the room the sizes above were set for (rescale_layout)

    // Share flow (app_ui_share.cpp).
    // The address bar holds a share link of the editor's text: the first edit removes it, so a reload
    // then restores the autosave (the edited text) instead of the link's original script.
    bool link_in_address_bar_ = false;
    std::uint64_t link_text_version_ = 0;  // the editor's version when the link matched its text

    // A share link's scrub position, applied once its run has recorded that far.
    struct PendingScrub {
        double seconds = 0;
        bool by_events = false;   // the run is deterministic (virtual clock): the event count is exact
        bool from_start = false;  // `seconds` count from the run's first event (else: loop time)
        std::uint32_t events = 0;
    };
    std::optional<PendingScrub> pending_scrub_;
    bool run_on_start_ = false;  // run the link's script at the first frame with the engine connected

    std::string notice_;  // shown in a popup until dismissed
    bool notice_opened_ = false;
    // The Share popup.
    bool share_popup_ = false;
    std::string share_link_;
    std::string share_message_;
    bool share_include_scrub_ = false;
    // Its embed link and <iframe> snippet, with the look they ask for.
    std::string share_fragment_;
    std::string share_embed_link_;
    std::string share_snippet_;
    bool share_embed_light_ = false;
    int share_embed_font_ = share::kDefaultEmbedFontSize;
};

}  // namespace loopscope::app
