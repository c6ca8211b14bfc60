#include "stub_run_backend.hpp"

#include <algorithm>
#include <cstdio>

namespace loopscope::app {

namespace {
std::string describe(std::string_view script, const RunSettings& s) {
    const auto lines =
        std::count(script.begin(), script.end(), '\n') + (script.empty() || script.back() == '\n' ? 0 : 1);
    char text[200];
    std::snprintf(text, sizeof(text), "%ld lines, %s, seed %llu, speed %gx", static_cast<long>(lines),
                  s.virtual_time ? "virtual time" : "real time",
                  static_cast<unsigned long long>(s.seed.value_or(0)), static_cast<double>(s.speed));
    return text;
}
}  // namespace

void StubRunBackend::run(std::string_view script, const RunSettings& settings) {
    console_.info(
        "[engine not connected yet] Run: " + describe(script, settings) +
        ". The Python engine is wired into the playground in a later step; meanwhile, `loopscope run "
        "--virtual-time script.py` runs scripts from the command line.");
}

void StubRunBackend::stop() { console_.info("[engine not connected yet] Stop: nothing is running."); }

void StubRunBackend::step(std::string_view script, const RunSettings& settings) {
    console_.info("[engine not connected yet] Step: " + describe(script, settings) + ".");
}

}  // namespace loopscope::app
