// EngineRunBackend: the Run controls on the real engine. Runs the editor's script through the
// app's ScriptHost (the Python engine, hosted: the page's event loop or the desktop frame loop
// drives it), prints its output into the console, marks the error line and the lines where tasks
// are suspended in the editor, and hands the run's recording to the timeline and the inspector.
//
// Speed (RunSettings::pace): virtual time fast-forwards; real time at 1x uses the real clock; the
// other speeds pace a virtual clock (slow motion or faster: the same output as virtual time, at a
// pace a person can watch). Step pauses the run (a virtual clock stops) and runs one callback; Run
// then continues it. The run's paused state and pace are the ScriptHost's.
#pragma once

#include <chrono>
#include <cstddef>

#include "console_log.hpp"
#include "editor_widget.hpp"
#include "run_backend.hpp"
#include "script_host.hpp"

namespace loopscope::app {

class EngineRunBackend final : public RunBackend {
public:
    EngineRunBackend(playground::ScriptHost& host, ConsoleLog& console, editor::EditorWidget& editor);

    bool connected() const override { return true; }
    bool running() const override { return host_.running(); }
    bool paused() const override { return host_.paused(); }
    void run(std::string_view script, const RunSettings& settings) override;
    void stop() override;
    void step(std::string_view script, const RunSettings& settings) override;
    void update() override;
    // Null until something was recorded (the app may show another recording meanwhile).
    const run_model::Recorder* recording() const override {
        return host_.running() || host_.recording().size() > 0 ? &host_.recording() : nullptr;
    }
    double loop_time() const override { return host_.time(); }
    void set_live_markers(bool on) override {
        if (on && !live_markers_) markers_events_ = 0;  // back to live: the live markers at once
        live_markers_ = on;
    }

    const std::vector<playground::WebHost>& web_table() override { return host_.web_table(); }
    void web_requests(playground::WebRequestTally& out) const override { host_.web_requests(out); }

private:
    void start(std::string_view script, const RunSettings& settings, bool paused);
    void update_markers();

    playground::ScriptHost& host_;
    ConsoleLog& console_;
    editor::EditorWidget& editor_;
    bool live_markers_ = true;
    std::size_t markers_events_ = 0;  // recording size the editor's task markers were made from
    std::chrono::steady_clock::time_point markers_time_{};  // when they were made
};

}  // namespace loopscope::app
