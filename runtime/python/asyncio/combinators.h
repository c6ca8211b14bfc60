// The combinators (combinators.c / combinators.cpp): gather, wait_for, wait, as_completed,
// shield and all_tasks, each aio's algorithm without a task of its own (CPython's Task-N
// numbering and all_tasks() stay as in CPython).
#pragma once
#include "bridge.h"

#ifdef __cplusplus
extern "C" {
#endif

// ---- C++ (combinators.cpp) ----
// gather(*futures): a new gathering future (+1) with aio's gather semantics.
lsb_error_t lsb_gather(void* loop_or_null, void** futures, size_t n, bool return_exceptions, void** future);
// wait_for(future, timeout) for timeout != None: a new future (+1) done with inner's outcome or
// TimeoutError (CPython 3.11's wait_for, without a task of its own).
lsb_error_t lsb_wait_for(void* future, double timeout, void** waiter);
// wait(): a new future (+1) done when return_when (0 FIRST_COMPLETED, 1 FIRST_EXCEPTION,
// 2 ALL_COMPLETED) holds or the timeout passes.
lsb_error_t lsb_wait(void** futures, size_t n, bool has_timeout, double timeout, int return_when,
                     void** waiter);
// shield(future) of a pending future: the outer future (+1).
lsb_error_t lsb_shield(void* inner, void** outer);
// as_completed(): an owned state; getter() gives a new future (+1) to wait on or NULL when a
// result is ready; take() gives it (its result, or raises its exception / TimeoutError).
lsb_error_t lsb_as_completed_new(void** futures, size_t n, bool has_timeout, double timeout, void** state);
lsb_error_t lsb_as_completed_getter(void* state, void** getter);
void lsb_as_completed_abandon(void* state, void* getter);
lsb_error_t lsb_as_completed_take(void* state, void** value);
// The running loop's pending tasks (loop NULL: the running one): writes up to cap, returns how many.
size_t lsb_all_tasks(void* loop, void** out, size_t cap);

#ifdef __cplusplus
}  // extern "C"
#else  // The MicroPython side (C only).

#include "asyncio/binding.h"

extern const mp_obj_fun_builtin_var_t lsp_asyncio_gather_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_wait_for_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_wait_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_as_completed_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_shield_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_all_tasks_obj;

#define LSP_ASYNCIO_GLOBALS_COMBINATORS(X)                     \
    X(gather, MP_ROM_PTR(&lsp_asyncio_gather_obj))             \
    X(wait_for, MP_ROM_PTR(&lsp_asyncio_wait_for_obj))         \
    X(wait, MP_ROM_PTR(&lsp_asyncio_wait_obj))                 \
    X(as_completed, MP_ROM_PTR(&lsp_asyncio_as_completed_obj)) \
    X(shield, MP_ROM_PTR(&lsp_asyncio_shield_obj))             \
    X(all_tasks, MP_ROM_PTR(&lsp_asyncio_all_tasks_obj))       \
    X(FIRST_COMPLETED, MP_ROM_QSTR(MP_QSTR_FIRST_COMPLETED))   \
    X(FIRST_EXCEPTION, MP_ROM_QSTR(MP_QSTR_FIRST_EXCEPTION))   \
    X(ALL_COMPLETED, MP_ROM_QSTR(MP_QSTR_ALL_COMPLETED))

#endif
