#include "engine_run_controller.hpp"

#include <chrono>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "run_state.hpp"

namespace loopscope::app {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Virtual time fast-forwards; real time at 1x is the real clock; other speeds pace a virtual clock.
bool uses_virtual_clock(const RunSettings& s) { return s.virtual_time || s.speed != 1.0f; }
double pace(const RunSettings& s) { return s.virtual_time ? kInfinity : static_cast<double>(s.speed); }

}  // namespace

EngineRunController::EngineRunController(playground::ScriptRunner& runner, ConsoleLog& console,
                                         editor::EditorWidget& editor)
    : runner_(runner), console_(console), editor_(editor) {
    runner_.add_output_listener([this](int stream, std::string_view text) {
        console_.write(stream == 0 ? Stream::Stdout : Stream::Stderr, text);
    });
}

void EngineRunController::start(std::string_view script, const RunSettings& settings, bool paused) {
    console_.clear();
    editor_.clear_error();
    editor_.set_task_markers({});
    markers_events_ = 0;
    playground::RunSettings rs;
    rs.virtual_time = paused || uses_virtual_clock(settings);
    rs.seed = settings.seed;
    speed_ = paused && !uses_virtual_clock(settings) ? 1.0 : pace(settings);
    paused_ = paused;
    runner_.set_speed(paused ? 0.0 : speed_);
    // Paused (Step): the host runs nothing until Run continues, not even the callbacks ready now.
    runner_.start(
        std::string(script), kScriptName, rs,
        [this](const python::RunResult& r) {
            paused_ = false;
            editor_.set_task_markers({});
            if (!r.ok && r.line > 0 && r.error_type != "SystemExit") {
                editor_.set_error(r.line - 1, r.error_type + (r.message.empty() ? "" : ": " + r.message));
            }
            console_.info(r.ok ? "[finished]" : "[exited with status " + std::to_string(r.exit_code) + "]");
        },
        paused);
}

void EngineRunController::run(std::string_view script, const RunSettings& settings) {
    if (paused()) {  // Run after Step: continue at the chosen pace
        speed_ = pace(settings);
        paused_ = false;
        runner_.set_speed(speed_);
        runner_.set_paused(false);
        return;
    }
    start(script, settings, false);
}

void EngineRunController::stop() {
    paused_ = false;
    runner_.set_paused(false);
    runner_.stop();
    editor_.set_task_markers({});
}

void EngineRunController::step(std::string_view script, const RunSettings& settings) {
    if (!runner_.running()) start(script, settings, true);
    paused_ = true;
    runner_.set_speed(0.0);
    runner_.set_paused(true);
    runner_.step();
}

void EngineRunController::update() {
#ifndef __EMSCRIPTEN__
    // The desktop frame loop drives the run: about half a 60 Hz frame for the loop.
    if (runner_.running() && !paused_) runner_.pump(0.008);
#endif
    update_markers();
}

void EngineRunController::update_markers() {
    const model::Recorder& rec = runner_.recording();
    if (!runner_.running() || rec.size() == markers_events_) return;
    // Markers need each task's latest segment only, read straight from the index: a full
    // model::state_at (ready queue, timers sorted by deadline...) took a third of a live frame with
    // 10k tasks in the browser. Still O(tasks): ten times a second is enough while the run goes on;
    // a paused (stepped) run changes one step at a time and is shown at once.
    const auto now = std::chrono::steady_clock::now();
    if (!paused_ && markers_events_ != 0 && now - markers_time_ < std::chrono::milliseconds(100)) return;
    markers_time_ = now;
    markers_events_ = rec.size();
    // The editor's tooltip names the first kMarkerLabelsShown tasks of a line and counts the others:
    // those get no label (no string built: with 10k tasks the labels were an allocation storm).
    std::vector<editor::TaskMarker> markers;
    std::vector<int> labelled;  // per line, labels made so far
    for (const model::TaskRecord& t : rec.index().tasks()) {
        if (t.segments.empty()) continue;
        const model::TaskSegment& s = t.segments.back();  // where the task is now
        if (model::is_final(s.state) || s.line == 0 || rec.str(s.file) != kScriptName) continue;
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
