// asyncio.timeout / timeout_at / Timeout (timeouts.c; timeouts.cpp: aio::Timeout).
#pragma once
#include "bridge.h"

#ifdef __cplusplus
extern "C" {
#endif

// ---- C++ (timeouts.cpp) ----
// CPython's repr of the timeout (valid until the next lsb_* call).
const char* lsb_timeout_repr(void* t, size_t* len);
// Timeout (an owned object). when: absolute loop time; has_when false: None.
void* lsb_timeout_new(bool has_when, double when);
lsb_error_t lsb_timeout_relative(double delay, double* when);
bool lsb_timeout_when(void* t, double* when);
lsb_error_t lsb_timeout_reschedule(void* t, bool has_when, double when);
bool lsb_timeout_expired(void* t);
lsb_error_t lsb_timeout_enter(void* t);
lsb_error_t lsb_timeout_exit(void* t, void* exception);

#ifdef __cplusplus
}  // extern "C"
#else  // The MicroPython side (C only).

#include "asyncio/binding.h"

extern const mp_obj_type_t lsp_type_Timeout;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_timeout_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_timeout_at_obj;

#define LSP_ASYNCIO_GLOBALS_TIMEOUTS(X)              \
    X(Timeout, MP_ROM_PTR(&lsp_type_Timeout))        \
    X(timeout, MP_ROM_PTR(&lsp_asyncio_timeout_obj)) \
    X(timeout_at, MP_ROM_PTR(&lsp_asyncio_timeout_at_obj))

#endif
