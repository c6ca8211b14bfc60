// ScriptRun: a script run driven by a host that owns the main loop (the browser, the desktop app).
//
//   auto run = engine.start(source, "demo.py");
//   for (;;) {                                   // in the host's own loop, one slice per turn
//       ScriptRun::Progress p = run->pump(0.008);
//       if (p.finished) break;
//       wait_at_most(p.wait);                    // 0: call again at once; +inf: until woken
//   }
//   const RunResult& r = run->result();
//
// The script's own code runs until it calls a blocking loop entry point (asyncio.run,
// loop.run_until_complete, loop.run_forever). Instead of running the loop there, the interpreter
// suspends the script; each pump() then runs the loop's ready callbacks for at most `budget`
// seconds and never waits for timers. When the blocking call is over, the script continues from
// there with its result. So output appears while the script runs and the host stays responsive.
// Destroying a ScriptRun that has not finished stops it (pending tasks are dropped, not run).
#pragma once
#include <limits>
#include <memory>
#include <string>
#include <string_view>

#include "run_result.hpp"

namespace loopscope::python {

class ScriptRun {
public:
    virtual ~ScriptRun() = default;

    struct Progress {
        bool finished = false;
        // Seconds of real time until pump() has work again: 0 when work is ready (or under virtual
        // time), the time to the next timer, +inf when only another thread can bring work.
        double wait = 0.0;
    };
    virtual Progress pump(double budget_seconds) = 0;
    // Runs exactly one callback of the loop (a task step, a timer's callback...), or, before the
    // first pump, the script's own code up to its first loop run. Under virtual time the clock
    // jumps to the next timer if nothing is ready. For the playground's Step button.
    virtual Progress step() = 0;
    // Pacing of a virtual-time run: virtual seconds per real second (default +inf: as fast as
    // possible). With a finite speed the virtual clock never runs ahead of the real time spent in
    // pump() calls times `speed` (slow motion, or real-time pace on a reproducible clock); output
    // is the same as at full speed. No effect on a real-time run.
    virtual void set_speed(double speed) = 0;
    // The run's loop time now (the virtual clock, or the running loop's clock; 0 before it runs).
    virtual double time() const = 0;
    // A Python step that computes longer than pump()'s budget gives the thread back at a branch
    // and goes on at the next pump() before anything else runs (README "Hosted runs"). While one
    // is preempted this says what it is, for a host's stop message: "a step of worker() Task-2 at
    // line 7 after 3.2 s of computing", "the main program at line 3 after 1.0 s of computing";
    // empty otherwise (the run waits between steps).
    virtual std::string preempted_step() const { return {}; }
    virtual bool finished() const noexcept = 0;
    // How the run ended (valid once finished).
    virtual const RunResult& result() const noexcept = 0;
};

}  // namespace loopscope::python
