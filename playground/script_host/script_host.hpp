// ScriptHost: hosts the playground's script — the engine's hosted run (python::ScriptRun), driven
// by the host's own loop — and collects what the run prints and records. One per app; one run at
// a time. It owns the run's state: running, paused, the pace it goes at.
//
// What drives the run is the platform's part, chosen by the build:
//   script_host_web.cpp     an aio::BrowserHost runs it in slices on the page's event loop
//   script_host_native.cpp  the app's frame loop pumps it once per frame (on_frame())
#pragma once
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "loopscope/python_engine.hpp"
#include "recorder.hpp"
#include "run_settings.hpp"

namespace loopscope::playground {

// The console line a run whose module body awaits starts with (ScriptHost turns notebook mode on).
extern const char* const kToplevelAwaitNotice;

class ScriptHost {
public:
    // What the run wrote, in order (stream 0: stdout, 1: stderr).
    using OutputSink = std::function<void(int stream, std::string_view text)>;
    using Finished = std::function<void(const python::RunResult&)>;

    ScriptHost();
    ~ScriptHost();

    // Starts `source` with `settings` (stops a run in progress first). `finished` runs once when
    // the run ends on its own (not when stopped). Paused: nothing of the script runs until
    // resume() or step(); the run then keeps a virtual clock, which stands still between steps.
    void start(std::string source, std::string filename, const RunSettings& settings, Finished finished = {},
               bool paused = false);
    // Stops the run in progress: its tasks are dropped, nothing more of the script runs.
    void stop();
    bool running() const noexcept { return bool(run_); }

    // Pauses the run (the host runs nothing of it, not even callbacks ready now; a virtual clock
    // stands still) and runs one callback of its loop (the Step button); see ScriptRun::step.
    void step();
    // A running run stopped by step(): resume() continues it at the pace `settings` ask for.
    bool paused() const noexcept { return paused_ && running(); }
    void resume(const RunSettings& settings);
    // The run's pace now (virtual seconds per real second; +inf: fast-forward, 0: paused).
    double speed() const noexcept { return speed_; }
    // The run's loop time (0 when nothing runs).
    double time() const { return run_ ? run_->time() : 0.0; }

    // Called once per frame of the app. Desktop: runs the script for part of the frame. Browser:
    // nothing (the page's event loop drives the run).
    void on_frame();

    // Every listener gets what the run writes, as it writes it (the console, the page's API).
    void add_output_listener(OutputSink sink) { sinks_.push_back(std::move(sink)); }
    // What the host says about the run, a line at a time (the console shows it apart from the
    // output): e.g. that the script awaits at top level and runs as in a notebook.
    using NoticeSink = std::function<void(std::string_view line)>;
    void add_notice_listener(NoticeSink sink) { notice_sinks_.push_back(std::move(sink)); }
    // The recording of the current run (or of the last one): every scheduling decision, for the
    // timeline, the inspector and trace exports. Cleared when the next run starts.
    const run_model::Recorder& recording() const noexcept { return recorder_; }
    const std::string& out() const noexcept { return out_; }
    const std::string& err() const noexcept { return err_; }
    const python::RunResult& last_result() const noexcept { return last_; }
    // The simulated web's hosts as the engine has them (web_hosts.hpp), before any change: asked of
    // the engine once (a short run of its own), so never while a run is in progress: empty then,
    // and if the engine cannot say.
    const std::vector<WebHost>& web_table();
    // The current (or last) run's requests to the simulated web, per host: how many, how the last ended.
    void web_requests(WebRequestTally& out) const;
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
    void notice(std::string_view line);
    void finish();
    void set_speed(double speed);
    // Runs the script for at most `budget` seconds; the real time until it has work again (0: now;
    // +inf: only another thread, or resume(), can bring work).
    double pump(double budget);

    // The platform's part (script_host_web.cpp / script_host_native.cpp).
    struct Driver;
    void driver_configure(python::EngineOptions& options);  // before the engine starts the run
    void driver_start();                                    // the run exists: drive it
    void driver_wake();                                     // there may be work again
    void driver_cancel();                                   // the run ends: stop driving it

    python::Engine engine_;
    std::unique_ptr<python::ScriptRun> run_;
    std::unique_ptr<Driver> driver_;
    Finished finished_;
    std::vector<OutputSink> sinks_;
    std::vector<NoticeSink> notice_sinks_;
    run_model::Recorder recorder_;
    std::string out_;
    std::string err_;
    python::RunResult last_;
    double speed_ = 0;
    bool paused_ = false;
    std::vector<WebHost> web_table_;
    bool web_table_asked_ = false;
    mutable std::mutex web_mutex_;  // requests are reported from the threads that send them
    WebRequestTally web_requests_;
};

}  // namespace loopscope::playground
