// asyncio.TaskGroup (taskgroups.c: the object and its async context manager; taskgroups.cpp:
// aio::TaskGroup's rules, errors gathered into an ExceptionGroup, port/exceptiongroup.c).
#pragma once
#include "bridge.h"

#ifdef __cplusplus
extern "C" {
#endif

// ---- C++ (taskgroups.cpp) ----
// TaskGroup (an owned object).
void* lsb_taskgroup_new(void);
lsb_error_t lsb_taskgroup_enter(void* tg);
lsb_error_t lsb_taskgroup_check(void* tg);
lsb_error_t lsb_taskgroup_add(void* tg, void* task);
void* lsb_taskgroup_loop(void* tg);
lsb_error_t lsb_taskgroup_begin_exit(void* tg, void* exception);
// The future to wait on next (+1), or NULL when every task is done.
lsb_error_t lsb_taskgroup_exit_waiter(void* tg, void** waiter);
void lsb_taskgroup_exit_cancelled(void* tg, void* cancelled_error);
// LSB_OK: re-raise what escaped the block (if anything); else the error to raise.
lsb_error_t lsb_taskgroup_finish_exit(void* tg);
// CPython's repr of the group (valid until the next lsb_* call).
const char* lsb_taskgroup_repr(void* tg, size_t* len);

#ifdef __cplusplus
}  // extern "C"
#else  // The MicroPython side (C only).

#include "asyncio/binding.h"

extern const mp_obj_type_t lsp_type_TaskGroup;

#define LSP_ASYNCIO_GLOBALS_TASKGROUPS(X) X(TaskGroup, MP_ROM_PTR(&lsp_type_TaskGroup))

#endif
