// RunSettings: how a run of the playground's script goes (its clock, its seed, its pace, its web). The one
// definition, shared by everything that keeps or passes settings: the toolbar (app_ui), their
// autosave (settings_store), share links, the Run controls (run_backend) and the ScriptHost that
// starts the engine with them.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>

#include "web_hosts.hpp"

namespace loopscope::playground {

struct RunSettings {
    // The clock jumps to the next timer when nothing is ready: sleeps take no real time and every
    // run prints the same thing. Off: real time, paced by `speed`.
    bool virtual_time = true;
    // The `random` module's seed. Unset (the page API's runScript without a seed): seeded from the
    // OS as in CPython, except under virtual time, where the engine uses 0.
    std::optional<std::uint64_t> seed = 0;
    // Pace of a run without virtual time: 1 = real time; < 1 slow motion; > 1 faster. Virtual time
    // always fast-forwards.
    float speed = 1.0f;
    // Which Python's asyncio the script gets (python::EngineOptions::asyncio_version): 311, or 307
    // for scripts written for asyncio of Python 3.7 (@asyncio.coroutine, wait() of coroutines, loop=).
    int asyncio_version = 311;
    // The step watchdog (python::EngineOptions::step_limit): seconds one step (a task step, a
    // callback, the main program between loop runs) may compute before the run is stopped with
    // StepLimitExceeded; 0: no limit (Stop still ends any run). Long enough by default for the
    // documents' CPU-bound example; the page keeps drawing meanwhile (a long step is preempted).
    static constexpr double kDefaultStepLimit = 60.0;
    static constexpr double kMaxStepLimit = 86400.0;
    double step_limit = kDefaultStepLimit;
    // The user's changes to the simulated web's hosts (the Network panel; web_hosts.hpp): latency,
    // jitter, a failure. Empty: the hosts as the engine has them.
    WebHostChanges web_hosts;

    // Whether the run needs a virtual clock: virtual time, or a speed other than 1x (slow motion
    // or faster paces a virtual clock, so the output is the same as with virtual time).
    bool uses_virtual_clock() const noexcept { return virtual_time || speed != 1.0f; }
    // Virtual seconds per real second (python::ScriptRun::set_speed): +inf fast-forwards.
    double pace() const noexcept {
        return virtual_time ? std::numeric_limits<double>::infinity() : static_cast<double>(speed);
    }

    friend bool operator==(const RunSettings& a, const RunSettings& b) {
        return a.virtual_time == b.virtual_time && a.seed == b.seed && a.speed == b.speed &&
               a.asyncio_version == b.asyncio_version && a.step_limit == b.step_limit &&
               a.web_hosts == b.web_hosts;
    }
    friend bool operator!=(const RunSettings& a, const RunSettings& b) { return !(a == b); }
};

// The console's one-line hint after a run on asyncio 3.11 that failed as scripts written for asyncio
// of Python 3.7 fail there (@asyncio.coroutine, wait() of bare coroutines, loop=, Task.all_tasks);
// empty when the run had the 3.7 setting already or failed otherwise.
inline std::string_view legacy_asyncio_hint(const RunSettings& settings, std::string_view error_type,
                                            std::string_view message) noexcept {
    if (settings.asyncio_version == 307) return {};
    const bool legacy =
        (error_type == "AttributeError" &&
         (message == "module 'asyncio' has no attribute 'coroutine'" ||
          message == "type object 'Task' has no attribute 'all_tasks'" ||
          message == "type object 'Task' has no attribute 'current_task'")) ||
        (error_type == "TypeError" && (message == "Passing coroutines is forbidden, use tasks explicitly." ||
                                       message.find("unexpected keyword argument 'loop'") != message.npos ||
                                       message.find("the *loop* parameter was removed") != message.npos));
    if (!legacy) return {};
    return "Hint: this script was written for an older asyncio (Python 3.7 and before); tick "
           "\"asyncio 3.7\" in the toolbar and run it again.";
}

// A script whose first line is "# realtime" needs the real clock (it starts threads, which a virtual
// clock cannot wait for): the examples' tests and the conformance corpus run such scripts without
// --virtual-time, and so does the playground, whatever its Virtual time box says.
inline bool script_wants_real_time(std::string_view script) noexcept {
    const std::size_t eol = script.find('\n');
    std::string_view first = script.substr(0, eol);
    while (!first.empty() && (first.back() == '\r' || first.back() == ' ' || first.back() == '\t'))
        first.remove_suffix(1);
    return first == "# realtime";
}

}  // namespace loopscope::playground
