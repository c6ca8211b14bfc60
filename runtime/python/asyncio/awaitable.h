// The native awaitables: what a Python `await` sees of every operation the binding writes in C
// where CPython writes a coroutine (awaitable.c).
//
// The VM runs `await x` as `yield from iter(x)`: each step either yields a Future object (the task
// driving the coroutine waits on its runtime future and resumes the awaitable when it is done) or
// finishes with a value. An exception thrown into the awaiting coroutine (the task's
// CancelledError) reaches the step, which cleans up as CPython's coroutine does and raises it
// again (or handles it and carries on).
//
// Two shapes, one protocol:
//  * lsp_wait_op_t: a blocking method of a primitive, a queue or a stream (`await lock.acquire()`,
//    `q.get()`, `reader.readline()`): the step gets the runtime future it waited on;
//  * lsp_stepper_t: a combinator written as a state machine (wait, as_completed's items,
//    TaskGroup.__aexit__, timeouts), with a few objects of its own.
// Every native awaitable type names lsp_native_awaitable (futures.h) as its `protocol`, which is
// how create_task / gather / ensure_future / run_until_complete recognise one (a coroutine in
// CPython): a new awaitable type is accepted everywhere without being listed anywhere.
#pragma once

#include "asyncio/binding.h"
#include "asyncio/futures.h"
#include "py/runtime.h"

// ---- The operation awaitable ----
typedef struct _lsp_wait_op_t lsp_wait_op_t;

// One step: `waiter` is the runtime future the operation waited on (NULL on the first step) and
// `thrown` the exception thrown in meanwhile (MP_OBJ_NULL if it was simply resumed). Returns
// lsp_wait_op_wait(op, future) to wait again, lsp_wait_op_return(value) to end; raises to fail.
typedef mp_obj_t (*lsp_wait_step_t)(lsp_wait_op_t* op, void* waiter, mp_obj_t thrown);

struct _lsp_wait_op_t {
    mp_obj_base_t base;
    void* state;  // a runtime state machine (lsb_op_*) or NULL; owned (lsp_owner_t)
    lsp_wait_step_t step;
    mp_obj_t target;   // the primitive or queue object (kept alive while the operation runs)
    mp_obj_t arg;      // what else the operation needs (put's item, wait_for's predicate...)
    mp_obj_t waiter;   // the Future object waited on, MP_OBJ_NULL when not waiting
    const void* how;   // what a shared step function needs to know (lsp_wait_phases_t), or NULL
    mp_obj_t made_by;  // what the script called to make it (names it if it is never awaited)
    uint8_t phase;     // new, running or over
};

// A new operation. with_state: it will keep a runtime state machine in `state` (needs a finaliser).
mp_obj_t lsp_wait_op_new(lsp_wait_step_t step, mp_obj_t target, mp_obj_t arg, bool with_state);
// For a step to return: wait on `future` (a +1 reference from the bridge, adopted here). If its
// Future object cannot be made (MemoryError), the step runs again with that error thrown in, to
// clean up, and the error is raised.
mp_obj_t lsp_wait_op_wait(lsp_wait_op_t* op, void* future);
// For a step to return: the operation is over with `value`.
static inline mp_obj_t lsp_wait_op_return(mp_obj_t value) { return mp_make_stop_iteration(value); }
bool lsp_is_wait_op(mp_obj_t obj);

// An awaitable that is over at once with None (what __aexit__ returns once it has released).
extern const mp_obj_base_t lsp_done_awaitable_obj;

// ---- The step-function awaitable ----
typedef struct _lsp_stepper_t lsp_stepper_t;

// Returns the Future wrapper to yield, or MP_OBJ_STOP_ITERATION after setting self->result.
// May raise. `thrown` is MP_OBJ_NULL on a normal resume.
typedef mp_obj_t (*lsp_step_fn)(lsp_stepper_t* self, mp_obj_t thrown);

struct _lsp_stepper_t {
    mp_obj_base_t base;
    lsp_step_fn step;
    mp_obj_t result;
    mp_obj_t a, b, c;  // the step function's own objects
    void* p;           // and pointer (not owned)
    int state;
};

extern const mp_obj_type_t lsp_type_stepper;

mp_obj_t lsp_stepper_new(lsp_step_fn step, mp_obj_t a, mp_obj_t b, mp_obj_t c);
// An awaitable that finishes at once with `value` (what a synchronous __aenter__ returns).
mp_obj_t lsp_ready_awaitable(mp_obj_t value);
