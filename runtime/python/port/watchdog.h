// The step watchdog (port/watchdog.c): stops a script whose single step - one task step, one
// callback, or the main program between two runs of the event loop - runs longer than a wall-clock
// limit, also under virtual time.
#pragma once
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

// For the run about to start: `limit` seconds per step (<= 0 or infinite: no watchdog). Clears a
// previous run's trip.
void lsp_watchdog_arm(double limit);
// A new step starts now (the engine's safe points; the main program resuming after a loop run).
void lsp_watchdog_step_begin(void);
// Seconds of the current step spent blocked (time.sleep) rather than running: not counted.
void lsp_watchdog_exclude(double seconds);
double lsp_watchdog_now(void);
// A count of the VM's branches so far, read from the watchdog's countdown (no cost per branch): the
// difference over a task step tells how much bytecode it ran (a busy loop's steps run almost
// none). Approximate: a collection or a trip resets the countdown early, which adds to it.
unsigned long long lsp_watchdog_branches(void);
// Traced runs: report a step that used more than 0.1 s of CPU time (lsb_step_running_long).
void lsp_watchdog_watch_cpu(bool on);
// Wall-clock seconds the current step has run so far (0 before its first clock read, a few
// thousand branches in); a preempted step counts the time it waited for the host too.
double lsp_watchdog_step_seconds(void);
// The exception the watchdog raised first in this run (an mp_obj_t), or null if it did not fire.
void* lsp_watchdog_exception(void);

#ifdef __cplusplus
}
#endif
