// Running the loop to an end (runners.c: asyncio.run, asyncio.Runner, loop.run_until_complete,
// loop.run_forever; runners.cpp: the same over aio::Runner and aio::EventLoop, with the host
// suspension of port/main_program.c), and `_lsnest`, which lets them run a running loop again.
#pragma once
#include "bridge.h"

#ifdef __cplusplus
extern "C" {
#endif

// ---- C++ (runners.cpp) ----
// True when asyncio.run() would refuse to start: a loop runs on this thread and nest_asyncio is
// not applied (checked before its argument, as CPython's run does).
bool lsb_asyncio_run_refused(void);
// The blocking loop entry points: `may_suspend` comes from lsp_may_suspend (host mode: LSB_SUSPEND
// instead of running the loop, see port/main_program.c).
lsb_error_t lsb_asyncio_run(void* coro, bool debug, bool may_suspend, void** result);
// run_until_complete(future or coroutine): *result is the result (an mp_obj_t).
lsb_error_t lsb_loop_run_until_complete(void* loop, void* awaitable, bool is_coro, bool may_suspend,
                                        void** result);
lsb_error_t lsb_loop_run_forever(void* loop, bool may_suspend);
// Runner: a new runner of the session (kept until the end of the run) and its loop.
lsb_error_t lsb_runner_new(void** runner, void** loop);
// Runner.close(): suspends when it may (host mode); otherwise (also from __exit__) runs the short
// close sequence to its end.
lsb_error_t lsb_runner_close(void* runner, bool may_suspend);
// nest_asyncio.apply() (the internal module `_lsnest` under shim/nest_asyncio.py): from now on
// run_until_complete and asyncio.run may run the loop already running on this thread, nested.
void lsb_allow_nested_runs(void);

#ifdef __cplusplus
}  // extern "C"
#else  // The MicroPython side (C only).

#include "asyncio/binding.h"

extern const mp_obj_fun_builtin_var_t lsp_asyncio_run_obj;
extern const mp_obj_type_t lsp_type_Runner;
extern const mp_obj_fun_builtin_fixed_t lsp_loop_run_until_complete_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_loop_run_forever_obj;

#define LSP_ASYNCIO_GLOBALS_RUNNERS(X)       \
    X(run, MP_ROM_PTR(&lsp_asyncio_run_obj)) \
    X(Runner, MP_ROM_PTR(&lsp_type_Runner))
#define LSP_LOOP_METHODS_RUNNERS(X)                                     \
    X(run_until_complete, MP_ROM_PTR(&lsp_loop_run_until_complete_obj)) \
    X(run_forever, MP_ROM_PTR(&lsp_loop_run_forever_obj))

#endif
