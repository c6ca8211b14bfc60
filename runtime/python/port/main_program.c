// The script's main program: run at once (lsp_exec), or run so that a host owning the main loop
// (the browser, the desktop app) can suspend it while the event loop runs
// (patches/0050-vm-host-suspension.patch).
//
// In host mode, a blocking loop entry point (asyncio.run, loop.run_until_complete, run_forever)
// called from the main program does not run the loop itself: it returns MP_OBJ_SUSPEND_VM, the VM
// saves its frames (all on the Python stack, as with a generator's yield) and lsp_main_start /
// lsp_main_resume return LSP_MAIN_SUSPENDED. The host then runs the loop in slices and, when the
// blocking call is over, resumes the frames with its result or its exception.
//
// A suspension is only sound when every frame between the main program and the blocking call is
// a bytecode frame (stackless calls: mp_vm_nesting == 1) and the VM itself made the call
// (mp_vm_callee). Otherwise (the call came through a native function, e.g. map(asyncio.run, ...)),
// the entry point reports a clear error.
//
// Hosted runs also preempt the main program's code when it computes past the host's slice
// (port/preemption.h): LSP_MAIN_PREEMPTED, then lsp_main_continue goes on where it stopped.
#include <string.h>

#include "error_object.h"
#include "interp.h"
#include "asyncio/notebook.h"
#include "threads.h"
#include "watchdog.h"
#include "preemption.h"
#include "py/bc.h"
#include "py/objfun.h"
#include "py/pystack.h"
#include "py/runtime.h"
#include "py/stackctrl.h"

static bool host_mode;
static bool main_running;            // the main program's frames are executing
static mp_code_state_t* main_frame;  // its outermost frame, while it is in progress
static mp_obj_dict_t* main_old_globals;
// Notebook mode (asyncio/notebook.h): the module body is the main task of the loop the host runs, so
// no frames of the main program are suspended; its outcome is the run's.
static bool main_body_waits;
static mp_code_state_t* main_suspended_frame;  // its innermost frame, while suspended or preempted

void lsp_set_host_mode(bool on) {
    host_mode = on;
    main_running = false;
    main_frame = NULL;
    main_body_waits = false;
    main_suspended_frame = NULL;
    mp_vm_nesting = 0;
}

bool lsp_host_mode(void) { return host_mode; }

bool lsp_may_suspend(const void* fn) {
    // Only the main program's own frames suspend: a thread's run_forever (unsync's loop thread)
    // has nesting 1 too, but its frames are not the ones the host resumes.
    return host_mode && main_running && lsp_thread_is_main() && mp_vm_nesting == 1 &&
           mp_vm_callee == MP_OBJ_FROM_PTR(fn);
}

void lsp_set_stack_top(void* top) { mp_stack_set_top(top); }

// `new_step`: the frames start a step (at the start, after a loop run); false: they go on with the
// step they were preempted in (the watchdog keeps counting its time).
static lsp_main_kind_t run_frames(mp_code_state_t* frame, mp_obj_t inject, bool new_step, void** out) {
    main_running = true;
    if (new_step) { lsp_watchdog_step_begin(); }
    bool preemptible = lsp_preempt_step_enter();
    mp_vm_return_kind_t kind = mp_execute_bytecode(frame, inject);
    lsp_preempt_step_leave(preemptible);
    main_running = false;
    if (kind == MP_VM_RETURN_SUSPEND) {
        *out = NULL;
        // Kept here: a preempted task step reuses mp_vm_suspended_code_state meanwhile.
        main_suspended_frame = mp_vm_suspended_code_state;
        return lsp_preempt_took() ? LSP_MAIN_PREEMPTED : LSP_MAIN_SUSPENDED;
    }
    // The outermost frame ended: every frame above it is gone (stackless returns / unwinding).
    mp_obj_t exc = kind == MP_VM_RETURN_EXCEPTION ? main_frame->state[0] : MP_OBJ_NULL;
    mp_globals_set(main_old_globals);
    mp_pystack_free(main_frame);
    main_frame = NULL;
    *out = exc == MP_OBJ_NULL ? NULL : MP_OBJ_TO_PTR(exc);
    return exc == MP_OBJ_NULL ? LSP_MAIN_FINISHED : LSP_MAIN_RAISED;
}

void* lsp_exec(const char* src, size_t len, const char* filename) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t module_fun = MP_OBJ_FROM_PTR(lsp_compile_main(src, len, filename));
        if (lsp_module_body_awaits(module_fun)) {
            lsp_run_module_body(module_fun, false);
        } else {
            mp_call_function_0(module_fun);
        }
        nlr_pop();
        return NULL;
    }
    return nlr.ret_val;
}

lsp_main_kind_t lsp_main_start(const char* src, size_t len, const char* filename, void** out) {
    nlr_buf_t nlr;
    mp_code_state_t* frame;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t module_fun = MP_OBJ_FROM_PTR(lsp_compile_main(src, len, filename));
        if (lsp_module_body_awaits(module_fun)) {
            mp_obj_t r = lsp_run_module_body(module_fun, host_mode);
            nlr_pop();
            main_body_waits = r == MP_OBJ_SUSPEND_VM;
            *out = NULL;
            return main_body_waits ? LSP_MAIN_SUSPENDED : LSP_MAIN_FINISHED;
        }
        main_old_globals = mp_globals_get();
        frame = mp_obj_fun_bc_prepare_codestate(module_fun, 0, 0, NULL);  // sets the module's globals
        nlr_pop();
    } else {
        *out = nlr.ret_val;
        return LSP_MAIN_RAISED;
    }
    main_frame = frame;
    return run_frames(frame, MP_OBJ_NULL, true, out);
}

// The module body's loop run is over (notebook mode): the run ends as the body did.
static lsp_main_kind_t body_outcome(const lsb_error_t* error, void** out) {
    main_body_waits = false;
    *out = NULL;
    if (error == NULL) { return LSP_MAIN_FINISHED; }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        *out = MP_OBJ_TO_PTR(lsp_exception_from_error(error));
        nlr_pop();
    } else {
        *out = nlr.ret_val;  // MemoryError while making it
    }
    return LSP_MAIN_RAISED;
}

lsp_main_kind_t lsp_main_resume(void* value, const lsb_error_t* error, void** out) {
    if (main_body_waits) { return body_outcome(error, out); }
    mp_code_state_t* frame = main_suspended_frame;
    mp_obj_t inject = MP_OBJ_NULL;
    if (error != NULL) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            inject = lsp_exception_from_error(error);
            nlr_pop();
        } else {
            inject = MP_OBJ_FROM_PTR(nlr.ret_val);  // MemoryError while making it
        }
    } else {
        *frame->sp = MP_OBJ_FROM_PTR(value);  // the suspended call's result
    }
    mp_globals_set(frame->fun_bc->context->module.globals);
    return run_frames(frame, inject, true, out);
}

lsp_main_kind_t lsp_main_continue(void** out) {
    mp_code_state_t* frame = main_suspended_frame;
    mp_globals_set(frame->fun_bc->context->module.globals);
    return run_frames(frame, MP_OBJ_NULL, false, out);
}

void* lsp_main_preempted_frame(void) { return main_suspended_frame; }

bool lsp_main_suspended(void) { return main_body_waits || (main_frame != NULL && !main_running); }
