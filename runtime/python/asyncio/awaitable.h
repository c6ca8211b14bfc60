// The native awaitable: what a Python `await` sees of every operation the binding writes in C where
// CPython writes a coroutine (awaitable.c).
//
// The VM runs `await x` as `yield from iter(x)`. A native awaitable is one object type (named
// `coroutine`, as what it stands for in CPython) driven by a step function: each step either
// yields (a Future object, whose runtime future the awaiting task then waits on, or None: a bare
// yield, the loop's sleep(0)) or ends with a value, or raises. The one protocol (awaitable.c) does
// the rest the way a CPython coroutine does:
//  * next() / send(None) run the next step; throw(exc) runs it with `thrown` set (the task's
//    CancelledError: the step cleans up as CPython's coroutine does and raises it again, or handles
//    it and carries on); close() throws GeneratorExit into a started one;
//  * resumed before the future it yielded is done (a send() by hand), the step gets RuntimeError
//    "await wasn't used with future" thrown in (what CPython's Future.__await__ raises);
//  * thrown into before its first step, it ends without the step running (a fresh coroutine);
//    once over (returned, raised or closed), awaiting it again raises RuntimeError "cannot reuse
//    already awaited coroutine" and a throw() raises what was thrown;
//  * a runtime object it owns (`owned`, lsp_owner_t: a state machine, a pending connection) goes
//    back through lsb_owned_finalised when it is collected; one made for the never-awaited pitfall
//    (LSP_AWAIT_TRACKED, traced runs) reports, when collected unstarted, what the script called;
//  * its type names lsp_native_awaitable (futures.h) as its `protocol`, which is how create_task /
//    gather / ensure_future / run_until_complete recognise it (a coroutine in CPython).
// So a new native operation is one step function, and a constructor calling lsp_awaitable_new.
#pragma once

#include "asyncio/binding.h"
#include "asyncio/futures.h"
#include "py/runtime.h"

typedef struct _lsp_awaitable_t lsp_awaitable_t;

// One step. `waited`: the runtime future of the Future object the previous step yielded (NULL on the
// first step and after a bare yield); `thrown`: the exception thrown in meanwhile (MP_OBJ_NULL if it
// was simply resumed). Returns what to yield: a Future object (lsp_await_future() makes one of a
// runtime future) or mp_const_none; or lsp_await_return(value) to end. Raises to fail. The step
// sees `thrown` only once the awaitable has started; it raises it again unless it handles it.
typedef mp_obj_t (*lsp_step_t)(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown);

struct _lsp_awaitable_t {
    mp_obj_base_t base;
    void* owned;  // a runtime object the awaitable owns, or NULL (lsp_owner_t: needs LSP_AWAIT_OWNS)
    lsp_step_t step;
    mp_obj_t a, b;     // the step's objects (a primitive and the operation's argument, a delay...)
    mp_obj_t waiter;   // the Future object yielded last (the protocol's), MP_OBJ_NULL if none
    mp_obj_t made_by;  // traced runs: what the script called, or a qstr naming it (never-awaited)
    uint8_t phase;     // the protocol's: new, running or over
    uint8_t stage;     // the step's own counter (0 before the first step)
    bool tracked;      // made in a traced run with LSP_AWAIT_TRACKED (has a finaliser)
    bool coroutine;    // made with LSP_AWAIT_TRACKED: a coroutine in CPython (never-awaited warning)
};

enum {
    LSP_AWAIT_OWNS = 1,     // it will keep a runtime object in `owned` (allocated with a finaliser)
    LSP_AWAIT_TRACKED = 2,  // traced runs: one never awaited is named after the method of `a` called
};

// What CPython runs where a native operation stands, for its `__name__`/`__qualname__`, its repr
// (`<coroutine object sleep at 0x...>`) and a task's (`coro=<sleep() running at
// /usr/lib/python3.11/asyncio/tasks.py:649>`): CPython 3.11.7's coroutine of that name in `file`
// (under LSP_CPYTHON_LIB), its `def` line, the line it awaits a future at and the line of its bare
// yield (sleep(0)'s `await __sleep0()`; 0: none). A unit defines the site of a step next to it.
typedef struct {
    lsp_step_t step;
    const char* qualname;
    const char* file;
    uint16_t def_line, wait_line, yield_line;
} lsp_awaitable_site_t;
extern const lsp_awaitable_site_t lsp_site_sleep, lsp_site_queue_get, lsp_site_queue_put,
    lsp_site_lock_acquire, lsp_site_event_wait, lsp_site_semaphore_acquire, lsp_site_wait_for, lsp_site_wait,
    lsp_site_wait_for_one;

// A new native awaitable of `step` with the objects a and b; flags: LSP_AWAIT_*.
mp_obj_t lsp_awaitable_new(lsp_step_t step, mp_obj_t a, mp_obj_t b, unsigned flags);
// For a step to return: the Future object of `future` (a +1 reference from the bridge, adopted
// here), to wait on it. If that object cannot be made (MemoryError), the step runs again with the
// runtime future as `waited` and that error thrown in, to clean up, and the error is raised.
mp_obj_t lsp_await_future(lsp_awaitable_t* aw, void* future);
// For a step to return: the awaitable is over with `value`.
static inline mp_obj_t lsp_await_return(mp_obj_t value) { return mp_make_stop_iteration(value); }
// An awaitable over at once with `value` (what a synchronous __aenter__ / __aexit__ returns).
mp_obj_t lsp_await_ready(mp_obj_t value);
