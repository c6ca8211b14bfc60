// A native awaitable driven by a step function: what a Python `await` sees of the combinators that
// CPython writes as coroutines (wait, as_completed's items, TaskGroup.__aexit__, ...).
//
// The VM runs `await x` as `yield from iter(x)`: each step either yields a Future wrapper (the
// task driving the coroutine waits on it and resumes the step when it is done) or finishes with a
// value. An exception thrown into the awaiting coroutine (a cancellation) reaches the step
// function as `thrown`; it re-raises it or handles it and carries on.
#ifndef LOOPSCOPE_ASYNCIO_STEPPER_H
#define LOOPSCOPE_ASYNCIO_STEPPER_H

#include "py/obj.h"

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

#endif
