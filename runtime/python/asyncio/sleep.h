// asyncio.sleep (sleep.c: the awaitable; sleep.cpp: SleepFuture, completed by a loop timer).
//
// sleep(delay, result=None) is an awaitable that also works as a task's coroutine
// (create_task(asyncio.sleep(1)) and gather(asyncio.sleep(1))): a bare yield for delay <= 0
// (what CPython's __sleep0 does), else it yields a runtime future that a timer completes.
#pragma once
#include "bridge.h"

#ifdef __cplusplus
extern "C" {
#endif

// ---- C++ (sleep.cpp) ----
// sleep(delay): a future completed by a timer (delay > 0 only).
lsb_error_t lsb_sleep_future(double delay, void** future);

#ifdef __cplusplus
}  // extern "C"
#else  // The MicroPython side (C only).

#include "asyncio/binding.h"

extern const mp_obj_fun_builtin_var_t lsp_asyncio_sleep_obj;

#define LSP_ASYNCIO_GLOBALS_SLEEP(X) X(sleep, MP_ROM_PTR(&lsp_asyncio_sleep_obj))

#endif
