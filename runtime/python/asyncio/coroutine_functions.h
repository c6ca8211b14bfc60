// asyncio.iscoroutinefunction(): an `async def` function, or one of asyncio's functions that CPython
// writes as `async def` and the runtime implements natively (asyncio.sleep, wait_for, wait,
// to_thread, open_connection, start_server); inspect.iscoroutinefunction() asks it about those.
#pragma once

#include "asyncio/binding.h"

extern const mp_obj_fun_builtin_var_t lsp_asyncio_iscoroutinefunction_obj;

#define LSP_ASYNCIO_GLOBALS_COROUTINE_FUNCTIONS(X) \
    X(iscoroutinefunction, MP_ROM_PTR(&lsp_asyncio_iscoroutinefunction_obj))
