// ScriptHost on the desktop: the app's frame loop drives the run, a slice of each frame.
#include "script_host.hpp"

namespace loopscope::playground {

namespace {
// About half a 60 Hz frame for the script's loop; the rest is the app's drawing.
constexpr double kSliceSeconds = 0.008;
}  // namespace

struct ScriptHost::Driver {};

ScriptHost::ScriptHost() = default;

ScriptHost::~ScriptHost() { stop(); }

void ScriptHost::driver_configure(python::EngineOptions&) {}  // the platform's own poller
void ScriptHost::driver_start() {}
void ScriptHost::driver_wake() {}  // the next frame looks again
void ScriptHost::driver_cancel() {}

void ScriptHost::on_frame() {
    if (running() && !paused_) pump(kSliceSeconds);
}

ScriptHost::HostStats ScriptHost::host_stats() const noexcept { return {}; }

}  // namespace loopscope::playground
