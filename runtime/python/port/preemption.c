// Preemption of long steps (preemption.h). The VM side is patches/0140: mp_vm_preempt asks the
// outermost VM invocation to suspend at its next branch, where all of its frames are stackless
// frames on the Python stack (as a blocking call's host suspension leaves them, patch 0050).
//
// Only steps the engine can resume are preemptible: a task's coroutine step (lsp_resume, resumed
// with lsp_resume_preempted) and the main program (port/main_program.c). A callback
// (loop.call_soon(f)) is not: its frame belongs to a C call of the function. Nested VM invocations
// are preemptible only in an await chain (the task's coroutine awaits a coroutine that awaits...:
// each YIELD_FROM suspends in turn); a step whose computation runs below a native frame (a key
// function of sort(), map(), __eq__) cannot suspend there: the flag waits until the computation is
// back in a preemptible invocation, or the step simply runs on.
#include "preemption.h"

#include "threads.h"
#include "py/bc.h"

static double deadline;    // 0: off
static bool step_running;  // a preemptible step is the outermost VM invocation

void lsp_preempt_set_deadline(double at) {
    deadline = at > 0 ? at : 0.0;
    if (deadline == 0.0) { mp_vm_preempt = false; }
}

bool lsp_preempt_armed(void) { return deadline != 0.0; }

void lsp_preempt_tick(double now) {
    if (step_running && deadline != 0.0 && now >= deadline) { mp_vm_preempt = true; }
}

bool lsp_preempt_step_enter(void) {
    if (mp_vm_nesting != 0 || !lsp_thread_is_main()) { return false; }
    step_running = true;
    return true;
}

void lsp_preempt_step_leave(bool entered) {
    if (!entered) { return; }
    step_running = false;
    mp_vm_preempt = false;  // raised too late to be taken: not for the next step
}

bool lsp_preempt_took(void) {
    bool took = mp_vm_preempted;
    mp_vm_preempted = false;
    return took;
}

void* lsp_preempt_frame(void) { return mp_vm_suspended_code_state; }

void* lsp_preempt_innermost(void* frame) {
    // An outer frame of an await chain stopped at its YIELD_FROM with MP_OBJ_PREEMPTED to send.
    mp_code_state_t* cs = frame;
    for (size_t level = 1; cs != NULL && level < MP_VM_PREEMPT_MAX_DEPTH && *cs->sp == MP_OBJ_PREEMPTED;) {
        cs = mp_vm_preempted_frames[++level];
    }
    return cs;
}
