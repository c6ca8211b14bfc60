// The step watchdog. MicroPython's VM runs MICROPY_VM_HOOK_LOOP at every branch; every
// LSP_WATCHDOG_EVERY branches the hook reads the monotonic clock (wall time, also under virtual
// time) and, once the current step has run longer than the limit, raises StepLimitExceeded through
// the VM's pending-exception mechanism (so the traceback has the script line where it fired).
//
// The script cannot swallow it by accident: StepLimitExceeded derives from BaseException (no
// `except Exception:` catches it), and once it fired it is raised again at every branch until the
// run ends, so even `except BaseException:` / bare `except:` inside a loop cannot keep the script
// going; the running event loop is stopped. The run's result is the first StepLimitExceeded,
// whatever the script did with it. Native code that never branches in bytecode (one huge builtin
// call) is not interrupted; time.sleep() does not count (it blocks, it does not run, and under
// virtual time it does not wait at all).
#include <math.h>
#include <stdio.h>
#include <time.h>

#include "watchdog.h"
#include "preemption.h"
#include "bridge.h"
#include "py/bc.h"
#include "py/mpstate.h"
#include "py/objexcept.h"
#include "py/runtime.h"

#define LSP_WATCHDOG_EVERY (4096)     // branches between two clock reads (~10-50 us of bytecode)
#define LSP_REENTER_EVERY_TICKS (16)  // watchdog ticks between two re-entries of the VM

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_StepLimitExceeded, MP_QSTR_StepLimitExceeded, MP_TYPE_FLAG_NONE, make_new,
                         mp_obj_exception_make_new, print, mp_obj_exception_print, attr,
                         mp_obj_exception_attr, parent, &mp_type_BaseException);

unsigned lsp_watchdog_countdown = LSP_WATCHDOG_EVERY;

static double step_limit;  // 0: off
static double step_start;
static bool tripped;

MP_REGISTER_ROOT_POINTER(mp_obj_t lsp_watchdog_first);

double lsp_watchdog_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void lsp_watchdog_arm(double limit) {
    step_limit = limit > 0 && !isinf(limit) && !isnan(limit) ? limit : 0.0;
    tripped = false;
    lsp_watchdog_countdown = LSP_WATCHDOG_EVERY;
    step_start = lsp_watchdog_now();
    MP_STATE_VM(lsp_watchdog_first) = MP_OBJ_NULL;
}

// A step's start is read lazily, at its first tick: most steps end long before one, and a clock read
// per step showed in the task-switch benchmark. The branches before the first tick are not counted.
void lsp_watchdog_step_begin(void) { step_start = 0.0; }

void lsp_watchdog_exclude(double seconds) {
    if (seconds > 0 && step_start != 0.0) { step_start += seconds; }
}

double lsp_watchdog_step_seconds(void) { return step_start != 0.0 ? lsp_watchdog_now() - step_start : 0.0; }

void* lsp_watchdog_exception(void) { return tripped ? MP_OBJ_TO_PTR(MP_STATE_VM(lsp_watchdog_first)) : NULL; }

// What ran too long: the current task, or the main program.
static mp_obj_t new_step_limit_exception(void) {
    char text[160];
    const char* name = NULL;
    size_t len = 0;
    int step = lsb_current_step(&name, &len);
    if (step == 2) {
        snprintf(text, sizeof(text),
                 "task '%.*s' ran for more than %g s without awaiting (step limit); the script was stopped",
                 (int)(len > 80 ? 80 : len), name != NULL ? name : "?", step_limit);
    } else if (step == 1) {
        snprintf(text, sizeof(text), "a callback ran for more than %g s (step limit); the script was stopped",
                 step_limit);
    } else {
        snprintf(
            text, sizeof(text),
            "the main program ran for more than %g s without awaiting (step limit); the script was stopped",
            step_limit);
    }
    return mp_obj_new_exception_msg_varg(&lsp_type_StepLimitExceeded, MP_ERROR_TEXT("%s"), text);
}

static unsigned long long ticks;  // lsp_watchdog_tick calls so far (any run)
// A step that used more CPU time than this (seconds) is reported once, with the line it runs at
// (traced runs: lsp_watchdog_watch_cpu). CPU time, not wall time: a step the OS preempted on a
// busy machine is not slow, and time.sleep() uses none.
#define LSP_LONG_STEP 0.1
static bool watch_cpu;
static bool long_noted;
static double step_cpu_start;

static double cpu_now(void) {
    struct timespec ts = {0, 0};
    // Where a thread's CPU clock is not available (some wasm runtimes), the wall clock stands in.
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0) { return lsp_watchdog_now(); }
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void lsp_watchdog_watch_cpu(bool on) { watch_cpu = on; }

unsigned long long lsp_watchdog_branches(void) {
    return ticks * LSP_WATCHDOG_EVERY + (LSP_WATCHDOG_EVERY - lsp_watchdog_countdown);
}

// MICROPY_VM_HOOK_LOOP, every LSP_WATCHDOG_EVERY branches (every branch once tripped).
void lsp_watchdog_tick(void) {
    ++ticks;
    lsp_watchdog_countdown = LSP_WATCHDOG_EVERY;
#if MICROPY_VM_REENTER
    // About once a millisecond of bytecode: a long-running invocation picks up the wasm engine's
    // optimised code for the VM as soon as it has it (patches/0239). Natively it only costs a call.
    if (ticks % LSP_REENTER_EVERY_TICKS == 0) { mp_vm_reenter = true; }
#endif
    if (step_limit == 0.0 && !watch_cpu && !lsp_preempt_armed()) { return; }
    if (!mp_thread_is_main_thread()) {
        return;  // a worker thread (to_thread) may run as long as it likes: it does not block the loop
    }
    if (!tripped) {
        const double now = lsp_watchdog_now();
        lsp_preempt_tick(now);  // the host's slice is over: give the thread back (hosted runs)
        if (step_start == 0.0) {
            step_start = now;
            if (watch_cpu) { step_cpu_start = cpu_now(); }
            long_noted = false;
            return;
        }
        if (watch_cpu && !long_noted) {
            const double used = cpu_now() - step_cpu_start;
            if (used > LSP_LONG_STEP) {
                long_noted = true;
                lsb_step_running_long(used);  // where it runs (the slow-step pitfall)
            }
        }
        if (step_limit == 0.0 || now - step_start <= step_limit) { return; }
        tripped = true;
        MP_STATE_VM(lsp_watchdog_first) = new_step_limit_exception();
        lsb_stop_running_loop();
        lsp_watchdog_countdown = 1;
        mp_sched_exception(MP_STATE_VM(lsp_watchdog_first));
        return;
    }
    // Fired already: again, at every branch (a fresh instance keeps the first one's traceback clean).
    lsp_watchdog_countdown = 1;
    mp_sched_exception(new_step_limit_exception());
}
