// Preemption of long steps in hosted runs (patches/0140, port/preemption.c): a task step or the main
// program that computes longer than the host's slice gives the thread back at a branch, so the host
// draws a frame and takes input, and goes on at the host's next slice before anything else runs.
#pragma once
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

// The host's slice ends at `deadline` (lsp_watchdog_now() seconds); 0: nothing is preempted
// (blocking runs, the Step button, between slices).
void lsp_preempt_set_deadline(double deadline);
// The watchdog's clock read (every few thousand branches): asks the VM to suspend once the slice
// is over and a preemptible step runs as the outermost VM invocation.
void lsp_preempt_tick(double now);
bool lsp_preempt_armed(void);
// Around the VM invocation of a step that can be preempted (a task's coroutine, the main program):
// true when entered as the outermost invocation (only then can it be preempted); pass the answer
// to lsp_preempt_step_leave.
bool lsp_preempt_step_enter(void);
void lsp_preempt_step_leave(bool entered);
// Right after the VM returned MP_VM_RETURN_SUSPEND: was it a preemption (rather than a blocking
// call's host suspension)? Also forgets it.
bool lsp_preempt_took(void);
// The outermost frame of the preempted step (mp_vm_suspended_code_state right after it suspended).
void* lsp_preempt_frame(void);
// The frame the step's computation stopped in: `frame` (from lsp_preempt_frame), or the innermost
// coroutine's of the await chain it suspended in.
void* lsp_preempt_innermost(void* frame);

#ifdef __cplusplus
}
#endif
