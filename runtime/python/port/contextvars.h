// The current contextvars.Context of the running thread (port/contextvars.c), and the internal
// module `_lscontext` under shim/contextvars.py.
//
// The Context class is Python (shim/contextvars.py); what must be native is *which* context is
// current, because the engine swaps it when a task steps and around every callback: one pointer
// (a GC root), swapped with the GIL between threads. NULL means "no context made yet": an empty
// one, materialised by the shim on the first ContextVar.set(). Copies share the variables' dict
// (a ContextVar.set() replaces its context's dict, never changes it), so a copy is one small object.
#pragma once
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

// Makes `context` (a Context object or NULL) current and returns the previous one. Never raises,
// never allocates: called at every task step.
void* lsp_context_swap(void* context);
// A copy of the current context for a new task or callback; NULL when none is current (an empty
// context) or when the copy failed (out of memory). Never raises (for the C++ side).
void* lsp_context_capture_or_null(void);
// Forgets the previous run's context (at interpreter start).
void lsp_contextvars_init(void);

#ifdef __cplusplus
}  // extern "C"
#else
#include "py/obj.h"
// `context=` of create_task / call_soon / add_done_callback...: None gives a copy of the current
// context (NULL if none is current), a Context stays as it is; anything else is a TypeError.
mp_obj_t lsp_context_argument(mp_obj_t context);
// The `context=` keyword of a callback-scheduling call (other keywords: TypeError naming `what`),
// through lsp_context_argument.
mp_obj_t lsp_context_keyword(mp_map_t* kw, const char* what);
// Root-pointer access for the thread port (the current context is swapped with the GIL).
mp_obj_t lsp_context_current(void);
void lsp_context_set_current(mp_obj_t context);
#endif
