// warm_up_interpreter(): runs a few milliseconds of Python once, so that the browser's wasm engine
// compiles the interpreter's dispatch loop with its optimizing tier before a script needs it.
//
// Why: V8 first runs a wasm function in its baseline compiler (Liftoff) and swaps in the optimized
// code only for calls made after that code is ready; there is no on-stack replacement. A script's
// main program, and every Python function it calls (stackless calls), run inside one call of the
// interpreter's main function, so a cold page ran a CPU-bound script 3-5x slower than the same
// page after any earlier run (README "Benchmarks"). Calling this when the page has started (not
// during a run) makes the optimized code ready by the time the user presses Run. Natively it only
// costs the few milliseconds.
#pragma once
#include "run_result.hpp"

namespace loopscope::python {

// Runs the warm-up program in a throwaway interpreter (its own state, no output, no trace) and
// returns how it ended (ok unless something is broken). Must not be called during a run.
RunResult warm_up_interpreter();

}  // namespace loopscope::python
