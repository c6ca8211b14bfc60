// ScriptHost in the browser: an aio::BrowserHost runs the script in slices on the page's event
// loop (the page stays responsive; SliceBudget sizes the slices), and its poller lets a worker
// thread's wake-up reach the page.
#include <limits>

#include "aio/host/browser_host.hpp"
#include "loopscope/python/warm_up.hpp"
#include "script_host.hpp"

namespace loopscope::playground {

struct ScriptHost::Driver {
    aio::BrowserHost browser;
    int frames = 0;  // frames drawn so far, up to the interpreter warm-up (see on_frame)
    bool warmed_up = false;
};

ScriptHost::ScriptHost() : driver_(std::make_unique<Driver>()) {}

ScriptHost::~ScriptHost() { stop(); }

void ScriptHost::driver_configure(python::EngineOptions& options) {
    options.make_poller = [this] { return driver_->browser.make_poller(); };
}

void ScriptHost::driver_start() {
    driver_->browser.start(
        [this](double budget) {
            if (paused_) return aio::BrowserHost::Slice{false, std::numeric_limits<double>::infinity()};
            python::ScriptRun::Progress p = run_->pump(budget);
            return aio::BrowserHost::Slice{p.finished, p.wait};
        },
        [this] { finish(); });
}

void ScriptHost::driver_wake() {
    if (run_) driver_->browser.wake();
}

void ScriptHost::driver_cancel() { driver_->browser.cancel(); }

// The page's event loop drives the run, not the frames. A few frames after the page shows (the UI
// is up) and while nothing runs, the interpreter is warmed up once, so that the next Run gets V8's
// optimized code (python/warm_up.hpp).
void ScriptHost::on_frame() {
    constexpr int kWarmUpAfterFrames = 3;
    if (driver_->warmed_up || ++driver_->frames < kWarmUpAfterFrames || run_) return;
    driver_->warmed_up = true;
    python::warm_up_interpreter();
}

ScriptHost::HostStats ScriptHost::host_stats() const noexcept {
    const auto& s = driver_->browser.stats();
    HostStats h;
    h.slices = s.slices;
    h.timers = s.timers;
    h.longest_slice = s.longest;
    h.stretched = s.stretched;
    h.busy = s.busy;
    return h;
}

}  // namespace loopscope::playground
