// Notebook mode (EngineOptions::toplevel_await): a script whose module body awaits (`await`,
// `async for`, `async with` or an async comprehension outside any function) compiles, as with
// CPython's PyCF_ALLOW_TOP_LEVEL_AWAIT, to a module function that makes a coroutine
// (patches/0051-toplevel-await.patch; port/interp.c allows it for the main script only). The
// main program (port/main_program.c) runs that coroutine as asyncio.run() runs its main: the main
// task of a new event loop, whose leftover tasks are cancelled when the body ends. A notebook or
// `python -m asyncio` runs its cells the same way. Off (the default), such a script is the
// SyntaxError CPython reports: 'await' outside function.
#pragma once
#include "bridge.h"

#ifdef __cplusplus
extern "C" {
#endif

// ---- C++ (notebook.cpp) ----
// The main script awaits at top level: tells the host (EngineOptions::on_toplevel_await).
void lsb_toplevel_await_started(void);

#ifdef __cplusplus
}  // extern "C"
#else  // The MicroPython side (notebook.c).

#include "py/obj.h"

// Whether `module_fun` (lsp_compile_main's) is a module body that awaits.
bool lsp_module_body_awaits(mp_obj_t module_fun);
// Runs such a module body to its end as asyncio.run(body) does: returns its result, raises what
// it raised, or (host mode, `may_suspend`) returns MP_OBJ_SUSPEND_VM: the host runs the loop.
mp_obj_t lsp_run_module_body(mp_obj_t module_fun, bool may_suspend);

#endif
