#include "script_runner.hpp"

#include <limits>

namespace loopscope::playground {

ScriptRunner::ScriptRunner() = default;

ScriptRunner::~ScriptRunner() { stop(); }

void ScriptRunner::write(int stream, std::string_view text) {
    (stream == 0 ? out_ : err_).append(text);
    for (auto& sink : sinks_) sink(stream, text);
}

void ScriptRunner::start(std::string source, std::string filename, RunSettings settings, Finished finished,
                         bool paused) {
    stop();
    paused_ = paused;
    out_.clear();
    err_.clear();
    last_ = {};
    recorder_.clear();
    python::EngineOptions& o = engine_.options();
    o.trace = &recorder_;
    o.virtual_time = settings.virtual_time;
    o.seed = settings.seed;
    o.on_stdout = [this](std::string_view s) { write(0, s); };
    o.on_stderr = [this](std::string_view s) { write(1, s); };
#ifdef __EMSCRIPTEN__
    o.make_poller = [this] { return browser_.make_poller(); };
#endif
    finished_ = std::move(finished);
    run_ = engine_.start(source, filename);
    run_->set_speed(speed_);
#ifdef __EMSCRIPTEN__
    browser_.start(
        [this](double budget) {
            if (paused_) return aio::BrowserHost::Slice{false, std::numeric_limits<double>::infinity()};
            python::ScriptRun::Progress p = run_->pump(budget);
            return aio::BrowserHost::Slice{p.finished, p.wait};
        },
        [this] { finish(); });
#endif
}

double ScriptRunner::pump(double budget) {
    if (!run_ || paused_) return std::numeric_limits<double>::infinity();
    python::ScriptRun::Progress p = run_->pump(budget);
    if (p.finished) {
        finish();
        return std::numeric_limits<double>::infinity();
    }
    return p.wait;
}

void ScriptRunner::step() {
    if (!run_) return;
    if (run_->step().finished) {
#ifdef __EMSCRIPTEN__
        browser_.cancel();
#endif
        finish();
        return;
    }
#ifdef __EMSCRIPTEN__
    browser_.wake();  // the host re-reads when there is work (none while paused)
#endif
}

void ScriptRunner::set_paused(bool paused) {
    if (paused == paused_) return;
    paused_ = paused;
#ifdef __EMSCRIPTEN__
    if (!paused && run_) browser_.wake();  // the host slept while paused
#endif
}

void ScriptRunner::set_speed(double speed) {
    speed_ = speed;
    if (!run_) return;
    run_->set_speed(speed);
#ifdef __EMSCRIPTEN__
    browser_.wake();
#endif
}

void ScriptRunner::finish() {
    last_ = run_->result();
    if (!last_.traceback.empty()) write(1, last_.traceback);
    run_.reset();
    if (auto done = std::move(finished_)) {
        finished_ = {};
        done(last_);
    }
}

void ScriptRunner::stop() {
#ifdef __EMSCRIPTEN__
    browser_.cancel();
#endif
    if (!run_) return;
    run_.reset();  // drops the suspended run
    finished_ = {};
    last_ = {};
    last_.ok = false;
    last_.exit_code = 1;
    last_.error_type = "Stopped";
    last_.message = "stopped by the user";
    write(1, "\n[stopped]\n");
}

ScriptRunner::HostStats ScriptRunner::host_stats() const noexcept {
    HostStats h;
#ifdef __EMSCRIPTEN__
    const auto& s = browser_.stats();
    h.slices = s.slices;
    h.timers = s.timers;
    h.longest_slice = s.longest;
    h.stretched = s.stretched;
    h.busy = s.busy;
#endif
    return h;
}

}  // namespace loopscope::playground
