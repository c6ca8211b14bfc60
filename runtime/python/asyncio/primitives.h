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

#include "asyncio/binding.h"

// The runtime object of a primitive or queue object (its native part, also for Python subclasses).
typedef struct {
    mp_obj_base_t base;
    void* owned;    // the runtime object (lsb_*_new), handed back by the finaliser
    mp_obj_t lock;  // Condition: its Lock object
} lsp_primitive_obj_t;

void* lsp_primitive(mp_obj_t self_in);
// A new primitive object of `type` owning `owned` (with the finaliser that hands it back).
mp_obj_t lsp_primitive_new(const mp_obj_type_t* type, void* owned);
// The __del__ method every primitive type lists.
MP_DECLARE_CONST_FUN_OBJ_1(lsp_primitive_del_obj);

#endif
