// ScriptRunner: runs the playground's script — the engine's hosted run, driven by the host's own
// loop — and collects what the run prints. One per app; one run at a time.
//
// Browser: start() hands the run to an aio::BrowserHost (slices on the page's event loop).
// Desktop: the frame loop calls pump(budget) once per frame and may sleep for wait_hint().
#pragma once
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loopscope/python_engine.hpp"
#include "recorder.hpp"

#ifdef __EMSCRIPTEN__
#include "aio/host/browser_host.hpp"
#endif

namespace loopscope::playground {

struct RunSettings {
    bool virtual_time = false;
    std::optional<std::uint64_t> seed;
};

class ScriptRunner {
public:
    // What the run wrote, in order (stream 0: stdout, 1: stderr).
    using OutputSink = std::function<void(int stream, std::string_view text)>;
    using Finished = std::function<void(const python::RunResult&)>;

    ScriptRunner();
    ~ScriptRunner();

    // Starts `source` (stops a run in progress first). `finished` runs once when the run ends on
    // its own (not when stopped).
    void start(std::string source, std::string filename, RunSettings settings, Finished finished = {},
               bool paused = false);
    // Stops the run in progress: its tasks are dropped, nothing more of the script runs.
    void stop();
    bool running() const noexcept { return bool(run_); }

    // Runs one callback of the loop (the Step button); see ScriptRun::step.
    void step();
    // Paused: the host runs nothing of the script (not even callbacks ready now) until unpaused;
    // step() still runs one callback at a time. start() begins unpaused unless told otherwise.
    void set_paused(bool paused);
    bool paused() const noexcept { return paused_; }
    // Pacing of a virtual-time run (virtual seconds per real second; +inf: fast-forward, 0: paused).
    // Kept for the next runs too.
    void set_speed(double speed);
    double speed() const noexcept { return speed_; }
    // The run's loop time (0 when nothing runs).
    double time() const { return run_ ? run_->time() : 0.0; }

    // Desktop: runs the script for at most `budget` seconds. Returns the real time until it has
    // work again (0: now; +inf: only another thread can bring work).
    double pump(double budget);

    // Every listener gets what the run writes, as it writes it (the console, the page's API).
    void add_output_listener(OutputSink sink) { sinks_.push_back(std::move(sink)); }
    // The recording of the current run (or of the last one): every scheduling decision, for the
    // timeline, the inspector and trace exports. Cleared when the next run starts.
    const model::Recorder& recording() const noexcept { return recorder_; }
    const std::string& out() const noexcept { return out_; }
    const std::string& err() const noexcept { return err_; }
    const python::RunResult& last_result() const noexcept { return last_; }
    // Browser: how the page's event loop drove the runs so far (zeros on the desktop).
    struct HostStats {
        long slices = 0;
        long timers = 0;
        long stretched = 0;        // slices given more than the base budget (slow frames)
        double longest_slice = 0;  // seconds
        double busy = 0;           // seconds spent in slices
    };
    HostStats host_stats() const noexcept;

private:
    void write(int stream, std::string_view text);
    void finish();

    python::Engine engine_;
    std::unique_ptr<python::ScriptRun> run_;
    Finished finished_;
    std::vector<OutputSink> sinks_;
    model::Recorder recorder_;
    std::string out_;
    std::string err_;
    python::RunResult last_;
    double speed_ = std::numeric_limits<double>::infinity();
    bool paused_ = false;
#ifdef __EMSCRIPTEN__
    aio::BrowserHost browser_;
#endif
};

}  // namespace loopscope::playground
