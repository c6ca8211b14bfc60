// What the Run controls talk to. EngineRunController (engine_run_controller.hpp) implements it on
// the Python engine. StubRunController stands in where the app is built without the engine (and in
// UI tests): it says in the console and in the toolbar that the engine is not connected, and runs
// nothing.
#pragma once

#include <cstdint>
#include <string_view>

#include "console_log.hpp"

namespace loopscope::model {
class Recorder;
}

namespace loopscope::app {

// The file name a run gives the editor's text (its tracebacks say File "main.py"; the console
// turns those lines into links to the editor).
inline constexpr const char* kScriptName = "main.py";

struct RunSettings {
    bool virtual_time = true;
    std::uint64_t seed = 0;
    float speed = 1.0f;  // 1 = real time; < 1 slow motion; the virtual clock fast-forwards anyway

    friend bool operator==(const RunSettings& a, const RunSettings& b) {
        return a.virtual_time == b.virtual_time && a.seed == b.seed && a.speed == b.speed;
    }
    friend bool operator!=(const RunSettings& a, const RunSettings& b) { return !(a == b); }
};

class RunController {
public:
    virtual ~RunController() = default;
    // False for the stub: the toolbar then shows "engine not connected yet".
    virtual bool connected() const = 0;
    virtual bool running() const = 0;
    // A run stopped between two Steps: Run continues it.
    virtual bool paused() const { return false; }
    // Starts a run of the script (a previous run is stopped first). Output goes to the console.
    virtual void run(std::string_view script, const RunSettings& settings) = 0;
    virtual void stop() = 0;
    // Runs one callback of the loop (starting a paused run if none is running).
    virtual void step(std::string_view script, const RunSettings& settings) = 0;
    // Called once per frame: the place to drive the loop within a time budget.
    virtual void update() {}
    // The recording of the current run (or of the last one; null before the first run). It grows
    // while the run goes on and lives until the next run starts. The timeline and the inspector
    // draw it (playground/model).
    virtual const model::Recorder* recording() const { return nullptr; }
    // The run's loop time now (0 when nothing ran yet).
    virtual double loop_time() const { return 0.0; }
};

class StubRunController final : public RunController {
public:
    explicit StubRunController(ConsoleLog& console) : console_(console) {}
    bool connected() const override { return false; }
    bool running() const override { return false; }
    void run(std::string_view script, const RunSettings& settings) override;
    void stop() override;
    void step(std::string_view script, const RunSettings& settings) override;

private:
    ConsoleLog& console_;
};

}  // namespace loopscope::app
