// RunBackend: what the toolbar's Run, Stop and Step drive. EngineRunBackend (engine_run_backend.hpp)
// runs the script on the Python engine through the app's ScriptHost; StubRunBackend
// (stub_run_backend.hpp) stands in where the app has no engine yet (and in UI tests).
//
// The backend keeps no run settings and no run state of its own: the settings are the toolbar's
// (passed with each action), the run's state (running, paused, pace) is the ScriptHost's.
#pragma once

#include <string_view>
#include <vector>

#include "run_settings.hpp"

namespace loopscope::run_model {
class Recorder;
}

namespace loopscope::app {

using playground::RunSettings;

// The file name a run gives the editor's text (its tracebacks say File "main.py"; the console
// turns those lines into links to the editor).
inline constexpr const char* kScriptName = "main.py";

class RunBackend {
public:
    virtual ~RunBackend() = default;
    // False for the stub: the toolbar then shows "engine not connected yet".
    virtual bool connected() const = 0;
    virtual bool running() const = 0;
    // A run stopped between two Steps: Run continues it.
    virtual bool paused() const { return false; }
    // Starts a run of the script (a previous run is stopped first), or continues a paused one at
    // the settings' pace. Output goes to the console.
    virtual void run(std::string_view script, const RunSettings& settings) = 0;
    virtual void stop() = 0;
    // Runs one callback of the loop (starting a paused run if none is running).
    virtual void step(std::string_view script, const RunSettings& settings) = 0;
    // Called once per frame (the desktop drives the run's loop there).
    virtual void update() {}
    // The recording of the current run (or of the last one; null before the first run). It grows
    // while the run goes on and lives until the next run starts. The timeline and the inspector
    // draw it (playground/run_model).
    virtual const run_model::Recorder* recording() const { return nullptr; }
    // The run's loop time now (0 when nothing ran yet).
    virtual double loop_time() const { return 0.0; }
    // Off while the timeline's cursor looks at a past moment: the app sets the editor's task
    // markers of that moment, the backend must not put the live ones back meanwhile.
    virtual void set_live_markers(bool on) { (void)on; }
    // The simulated web (the Network panel, playground/script_host/web_hosts.hpp): its hosts as the
    // engine has them (empty while unknown), and the current or last run's requests per host.
    virtual const std::vector<playground::WebHost>& web_table() {
        static const std::vector<playground::WebHost> none;
        return none;
    }
    virtual void web_requests(playground::WebRequestTally& out) const { out.clear(); }
};

}  // namespace loopscope::app
