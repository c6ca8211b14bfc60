// What asyncio's primitives (locks) and queues share: Python objects owning a runtime object
// (primitives.c), and the runtime state machines of multi-step operations (primitives.cpp;
// C++-only helpers in primitives.hpp).
#pragma once
#include "bridge.h"

#ifdef __cplusplus
extern "C" {
#endif

// ---- C++ (primitives.cpp) ----
// A runtime primitive or queue belongs to its Python object: *_new gives it, the object's finaliser
// hands it to lsb_owned_finalised (deleted at the next safe point). Blocking operations come as
// *_start (NULL: done at once; else a new runtime future, +1 reference, to wait on) and *_finish
// (after that future is done; `thrown` is the exception thrown into the waiting coroutine, NULL if
// none): it completes the operation or returns what to raise. Operations that may wait several
// times (Condition.wait, Barrier.wait/reset/abort) are runtime state machines: lsb_op_*.

// A state machine: start, then resume after each future it gave is done; *next NULL: it is over.
lsb_error_t lsb_op_start(void* op, void** next);
lsb_error_t lsb_op_resume(void* op, void* thrown, void** next);
long lsb_op_result(void* op);

#ifdef __cplusplus
}  // extern "C"
#else  // The MicroPython side (C only).

#include "asyncio/awaitable.h"
#include "asyncio/binding.h"

// The runtime object of a primitive or queue object (its native part, also for Python subclasses).
typedef struct {
    mp_obj_base_t base;
    void* owned;    // the runtime object (lsb_*_new), handed back by lsp_owned_del_obj (lsp_owner_t)
    mp_obj_t lock;  // Condition: its Lock object
} lsp_primitive_obj_t;

void* lsp_primitive(mp_obj_t self_in);
// A new primitive object of `type` owning `owned` (with the finaliser that hands it back).
mp_obj_t lsp_primitive_new(const mp_obj_type_t* type, void* owned);

// ---- Methods every primitive writes the same way ----
// A blocking method in two phases (aio's *_waiter() / finish_*()): start() gives NULL when done at
// once, else a runtime future (+1) to wait on; finish() completes the operation after that future
// (or after the exception thrown into the waiting coroutine, which it handles with CPython's rules
// and raises again).
typedef struct {
    lsb_error_t (*start)(void* owned, void** waiter);
    lsb_error_t (*finish)(void* owned, void* waiter, void* thrown);
} lsp_wait_phases_t;

// The step of such a method: start() on the first step, finish() once the future is done or an
// exception was thrown in; the method's awaitable (a: self) then ends with its b.
mp_obj_t lsp_phased_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown, const lsp_wait_phases_t* phases);

// `static mp_obj_t name(self)` and name_obj: the awaitable of start/finish, ending with `result`.
#define LSP_PRIMITIVE_WAIT_METHOD(name, start_fn, finish_fn, result)                  \
    static const lsp_wait_phases_t name##_phases = {start_fn, finish_fn};             \
    static mp_obj_t name##_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) { \
        return lsp_phased_step(aw, waited, thrown, &name##_phases);                   \
    }                                                                                 \
    static mp_obj_t name(mp_obj_t self_in) {                                          \
        return lsp_awaitable_new(name##_step, self_in, result, LSP_AWAIT_TRACKED);    \
    }                                                                                 \
    static MP_DEFINE_CONST_FUN_OBJ_1(name##_obj, name)
// name(self): fn(owned), raising its error; returns None.
#define LSP_PRIMITIVE_CALL_METHOD(name, fn)    \
    static mp_obj_t name(mp_obj_t self_in) {   \
        lsp_check(fn(lsp_primitive(self_in))); \
        return mp_const_none;                  \
    }                                          \
    static MP_DEFINE_CONST_FUN_OBJ_1(name##_obj, name)
// name(self): fn(owned), which cannot fail; returns None.
#define LSP_PRIMITIVE_VOID_METHOD(name, fn)  \
    static mp_obj_t name(mp_obj_t self_in) { \
        fn(lsp_primitive(self_in));          \
        return mp_const_none;                \
    }                                        \
    static MP_DEFINE_CONST_FUN_OBJ_1(name##_obj, name)
// name(self): bool(fn(owned)).
#define LSP_PRIMITIVE_BOOL_METHOD(name, fn)                                                        \
    static mp_obj_t name(mp_obj_t self_in) { return mp_obj_new_bool(fn(lsp_primitive(self_in))); } \
    static MP_DEFINE_CONST_FUN_OBJ_1(name##_obj, name)
// __aexit__(self, *exc_info): an awaitable that, when awaited, calls release(self) (a method made
// by one of the macros above) and is over (CPython's __aexit__ is a coroutine: called and never
// awaited, it releases nothing).
#define LSP_PRIMITIVE_AEXIT_METHOD(name, release)                                     \
    static mp_obj_t name##_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) { \
        (void)waited;                                                                 \
        (void)thrown; /* never seen: it is over at its first step */                  \
        release(aw->a);                                                               \
        return lsp_await_return(mp_const_none);                                       \
    }                                                                                 \
    static mp_obj_t name(size_t n_args, const mp_obj_t* args) {                       \
        (void)n_args;                                                                 \
        return lsp_awaitable_new(name##_step, args[0], MP_OBJ_NULL, 0);               \
    }                                                                                 \
    static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(name##_obj, 1, 4, name)

#endif
