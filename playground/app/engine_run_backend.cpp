#include "engine_run_backend.hpp"

#include <chrono>
#include <string>
#include <vector>

#include "run_state.hpp"

namespace loopscope::app {

EngineRunBackend::EngineRunBackend(playground::ScriptHost& host, ConsoleLog& console,
                                   editor::EditorWidget& editor)
    : host_(host), console_(console), editor_(editor) {
    host_.add_output_listener([this](int stream, std::string_view text) {
        console_.write(stream == 0 ? Stream::Stdout : Stream::Stderr, text);
    });
    host_.add_notice_listener([this](std::string_view line) { console_.info(line); });
}

void EngineRunBackend::start(std::string_view script, const RunSettings& settings, bool paused) {
    console_.clear();
    editor_.clear_error();
    editor_.set_task_markers({});
    markers_events_ = 0;
    // Paused (Step): the host runs nothing until Run continues, not even the callbacks ready now.
    host_.start(
        std::string(script), kScriptName, settings,
        [this, settings](const python::RunResult& r) {
            // The markers of a moment scrubbed to (a share link's, during the run) stay.
            if (live_markers_) editor_.set_task_markers({});
            if (!r.ok && r.line > 0 && r.error_type != "SystemExit") {
                editor_.set_error(r.line - 1, r.error_type + (r.message.empty() ? "" : ": " + r.message));
            }
            console_.info(r.ok ? "[finished]" : "[exited with status " + std::to_string(r.exit_code) + "]");
            if (!r.ok) {
                const std::string_view hint =
                    playground::legacy_asyncio_hint(settings, r.error_type, r.message);
                if (!hint.empty()) console_.info(std::string(hint));
            }
        },
        paused);
}

void EngineRunBackend::run(std::string_view script, const RunSettings& settings) {
    if (host_.paused()) {  // Run after Step: continue at the chosen pace
        host_.resume(settings);
        return;
    }
    start(script, settings, false);
}

void EngineRunBackend::stop() {
    host_.stop();
    if (live_markers_) editor_.set_task_markers({});
}

void EngineRunBackend::step(std::string_view script, const RunSettings& settings) {
    if (!host_.running()) start(script, settings, true);
    host_.step();
}

void EngineRunBackend::update() {
    host_.on_frame();  // the desktop drives the run here
    update_markers();
}

void EngineRunBackend::update_markers() {
    const run_model::Recorder& rec = host_.recording();
    if (!live_markers_ || !host_.running() || rec.size() == markers_events_) return;
    // Markers need each task's latest segment only, read straight from the index: a full
    // run_model::state_at (ready queue, timers sorted by deadline...) took a third of a live frame with
    // 10k tasks in the browser. Still O(tasks): ten times a second is enough while the run goes on;
    // a paused (stepped) run changes one step at a time and is shown at once.
    const auto now = std::chrono::steady_clock::now();
    if (!host_.paused() && markers_events_ != 0 && now - markers_time_ < std::chrono::milliseconds(100))
        return;
    markers_time_ = now;
    markers_events_ = rec.size();
    // The editor's tooltip names the first kMarkerLabelsShown tasks of a line and counts the others:
    // those get no label (no string built: with 10k tasks the labels were an allocation storm).
    std::vector<editor::TaskMarker> markers;
    std::vector<int> labelled;  // per line, labels made so far
    for (const run_model::TaskRecord& t : rec.index().tasks()) {
        if (t.segments.empty()) continue;
        const run_model::TaskSegment& s = t.segments.back();  // where the task is now
        if (run_model::is_final(s.state) || s.line == 0 || rec.str(s.file) != kScriptName) continue;
        if (labelled.size() < s.line) labelled.resize(s.line + 64, 0);
        std::string label;
        if (labelled[s.line - 1]++ < editor::kMarkerLabelsShown) {
            const std::string_view name = rec.str(t.name), what = rec.str(s.label);
            label.reserve(name.size() + what.size() + 3);
            label += name;
            if (!what.empty()) label.append(" (").append(what).append(")");
        }
        markers.push_back({static_cast<int>(s.line) - 1, std::move(label)});
    }
    editor_.set_task_markers(std::move(markers));
}

}  // namespace loopscope::app
