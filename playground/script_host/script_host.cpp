// ScriptHost's shared part; what drives the run is in script_host_web.cpp / script_host_native.cpp.
#include "script_host.hpp"

#include <algorithm>
#include <limits>

namespace loopscope::playground {

const char* const kToplevelAwaitNotice =
    "This script awaits at top level: it runs as in a notebook (or `python -m asyncio`), its module "
    "body being the main task of an event loop, as asyncio.run() runs main(). Plain CPython would "
    "stop at SyntaxError: 'await' outside function.";

void ScriptHost::write(int stream, std::string_view text) {
    (stream == 0 ? out_ : err_).append(text);
    for (auto& sink : sinks_) sink(stream, text);
}

void ScriptHost::notice(std::string_view line) {
    for (auto& sink : notice_sinks_) sink(line);
}

void ScriptHost::start(std::string source, std::string filename, const RunSettings& settings,
                       Finished finished, bool paused) {
    stop();
    paused_ = paused;
    speed_ = paused ? 0.0 : settings.pace();
    out_.clear();
    err_.clear();
    last_ = {};
    recorder_.clear();
    python::EngineOptions& o = engine_.options();
    o.trace = &recorder_;
    // Stepping needs a clock that stands still between steps: a paused start keeps a virtual one.
    o.virtual_time = paused || settings.uses_virtual_clock();
    o.seed = settings.seed;
    o.asyncio_version = settings.asyncio_version;
    o.step_limit = settings.step_limit;
    o.on_stdout = [this](std::string_view s) { write(0, s); };
    o.on_stderr = [this](std::string_view s) { write(1, s); };
    // Notebook mode: the documents' cells end with `await main()`; the page runs them (and says so)
    // instead of stopping at CPython's SyntaxError.
    o.toplevel_await = true;
    o.on_toplevel_await = [this] { notice(kToplevelAwaitNotice); };
    // The Network panel: its changes to the simulated web, and what the run's requests did. A
    // change to a host the engine lacks (a link from another version) is left out, with a notice,
    // rather than failing the script's first request.
    WebHostChanges web = settings.web_hosts;
    if (!web.empty()) {
        const std::vector<WebHost>& table = web_table();
        for (std::size_t i = 0; i < web.size();) {
            const bool known = std::any_of(table.begin(), table.end(),
                                           [&](const WebHost& h) { return h.name == web[i].host; });
            if (known || table.empty()) {
                ++i;
                continue;
            }
            notice("The simulated web has no host " + web[i].host + ": its change is left out.");
            web.erase(web.begin() + static_cast<std::ptrdiff_t>(i));
        }
    }
    o.web_hosts = web_changes_json(web);
    {
        std::lock_guard<std::mutex> lock(web_mutex_);
        web_requests_.clear();
    }
    o.on_web_request = [this](std::string_view host, std::string_view outcome) {
        std::lock_guard<std::mutex> lock(web_mutex_);
        auto at = web_requests_.find(host);
        if (at == web_requests_.end()) at = web_requests_.emplace(std::string(host), WebRequests{}).first;
        ++at->second.count;
        at->second.last.assign(outcome);
    };
    driver_configure(o);
    finished_ = std::move(finished);
    run_ = engine_.start(source, filename);
    run_->set_speed(speed_);
    driver_start();
}

double ScriptHost::pump(double budget) {
    if (!run_ || paused_) return std::numeric_limits<double>::infinity();
    python::ScriptRun::Progress p = run_->pump(budget);
    if (p.finished) {
        finish();
        return std::numeric_limits<double>::infinity();
    }
    return p.wait;
}

void ScriptHost::step() {
    if (!run_) return;
    paused_ = true;
    set_speed(0.0);
    if (run_->step().finished) {
        driver_cancel();
        finish();
        return;
    }
    driver_wake();  // the driver re-reads when there is work (none while paused)
}

void ScriptHost::resume(const RunSettings& settings) {
    if (!run_) return;
    paused_ = false;
    set_speed(settings.pace());  // wakes the driver, which slept while paused
}

void ScriptHost::set_speed(double speed) {
    speed_ = speed;
    if (!run_) return;
    run_->set_speed(speed);
    driver_wake();
}

void ScriptHost::finish() {
    last_ = run_->result();
    if (!last_.traceback.empty()) write(1, last_.traceback);
    run_.reset();
    if (auto done = std::move(finished_)) {
        finished_ = {};
        done(last_);
    }
}

const std::vector<WebHost>& ScriptHost::web_table() {
    if (web_table_asked_ || run_) return web_table_;
    web_table_asked_ = true;
    std::string out;
    python::EngineOptions options;
    options.virtual_time = true;
    options.on_stdout = [&out](std::string_view s) { out.append(s); };
    options.on_stderr = [](std::string_view) {};
    python::Engine probe(std::move(options));
    if (probe.run(kWebTableProbe, "<web table>").ok) web_table_ = parse_web_table(out);
    return web_table_;
}

void ScriptHost::web_requests(WebRequestTally& out) const {
    std::lock_guard<std::mutex> lock(web_mutex_);
    out = web_requests_;  // reuses out's nodes: no allocation per frame once the hosts are known
}

void ScriptHost::stop() {
    driver_cancel();
    paused_ = false;
    if (!run_) return;
    // A step preempted mid-computation is named: what the user's Stop cut short.
    const std::string preempted = run_->preempted_step();
    run_.reset();  // drops the suspended run
    finished_ = {};
    last_ = {};
    last_.ok = false;
    last_.exit_code = 1;
    last_.error_type = "Stopped";
    last_.message = "stopped by the user";
    write(1, preempted.empty() ? std::string("\n[stopped]\n") : "\n[stopped during " + preempted + "]\n");
}

}  // namespace loopscope::playground
