#include "run_controller.hpp"

#include <algorithm>
#include <cstdio>

namespace loopscope::app {

namespace {
std::string describe(std::string_view script, const RunSettings& s) {
    const auto lines =
        std::count(script.begin(), script.end(), '\n') + (script.empty() || script.back() == '\n' ? 0 : 1);
    char text[200];
    std::snprintf(text, sizeof(text), "%ld lines, %s, seed %llu, speed %gx", static_cast<long>(lines),
                  s.virtual_time ? "virtual time" : "real time", static_cast<unsigned long long>(s.seed),
                  static_cast<double>(s.speed));
    return text;
}
}  // namespace

void StubRunController::run(std::string_view script, const RunSettings& settings) {
    console_.info(
        "[engine not connected yet] Run: " + describe(script, settings) +
        ". The Python engine is wired into the playground in a later step; meanwhile, `loopscope run "
        "--virtual-time script.py` runs scripts from the command line.");
}

void StubRunController::stop() { console_.info("[engine not connected yet] Stop: nothing is running."); }

void StubRunController::step(std::string_view script, const RunSettings& settings) {
    console_.info("[engine not connected yet] Step: " + describe(script, settings) + ".");
}

}  // namespace loopscope::app
