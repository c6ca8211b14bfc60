// RunSettings: how a run of the playground's script goes (its clock, its seed, its pace). The one
// definition, shared by everything that keeps or passes settings: the toolbar (app_ui), their
// autosave (settings_store), share links, the Run controls (run_backend) and the ScriptHost that
// starts the engine with them.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>

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

    // Whether the run needs a virtual clock: virtual time, or a speed other than 1x (slow motion
    // or faster paces a virtual clock, so the output is the same as with virtual time).
    bool uses_virtual_clock() const noexcept { return virtual_time || speed != 1.0f; }
    // Virtual seconds per real second (python::ScriptRun::set_speed): +inf fast-forwards.
    double pace() const noexcept {
        return virtual_time ? std::numeric_limits<double>::infinity() : static_cast<double>(speed);
    }

    friend bool operator==(const RunSettings& a, const RunSettings& b) {
        return a.virtual_time == b.virtual_time && a.seed == b.seed && a.speed == b.speed;
    }
    friend bool operator!=(const RunSettings& a, const RunSettings& b) { return !(a == b); }
};

}  // namespace loopscope::playground
