// asyncio's threads and executors (threads.c: to_thread, wrap_future, run_coroutine_threadsafe,
// the loop's run_in_executor / call_soon_threadsafe / set_default_executor /
// shutdown_default_executor, and the internal module `_lsthread`; threads.cpp: the loop and trace
// side of Python thread pools). The engine's own thread support is src/session_threads.*.
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bridge.h"

#ifdef __cplusplus
extern "C" {
#endif

// loop.call_soon_threadsafe(fn, *args) from any thread holding the GIL (`args`: a tuple).
lsb_error_t lsb_loop_call_soon_threadsafe(void* loop, void* fn, void* args, void* context);
// An executor job of a Python pool was submitted on `loop` (loop thread): counts as outstanding
// work (an idle virtual-time loop waits for it) and traces executor_queued. Returns the job id.
uint64_t lsb_executor_job_queued(void* loop, uint64_t executor_id);
// Its outcome reached the loop: traces executor_started (worker >= 0: it ran on that worker,
// `waited` seconds after it was queued) and executor_finished (`ran` seconds; worker < 0: cancelled
// before it started).
void lsb_executor_job_done(void* loop, uint64_t job, uint64_t executor_id, int worker, double waited,
                           double ran);
// fn() runs when `loop` closes (asyncio.run's end, loop.close()), while the run is alive.
lsb_error_t lsb_loop_on_close(void* loop, void* fn);
// Process-wide ids for Python thread pools (the trace's executor lanes).
uint64_t lsb_new_executor_id(void);
// A worker thread's safe point (between jobs): collects if enough was allocated and every other
// thread is parked safely. The runtime objects released by it are dropped by the loop thread.
void lsb_thread_safe_point(void);
// The CPython-style traceback of `exc` (threading's excepthook); out(ctx, text, len).
void lsb_format_exception(void* exc, void (*out)(void* ctx, const char* text, size_t len), void* ctx);

#ifdef __cplusplus
}  // extern "C"
#else  // The MicroPython side (C only).

#include "asyncio/binding.h"

extern const mp_obj_fun_builtin_var_t lsp_asyncio_to_thread_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_wrap_future_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_run_coroutine_threadsafe_obj;
extern const mp_obj_fun_builtin_var_t lsp_loop_run_in_executor_obj;
extern const mp_obj_fun_builtin_var_t lsp_loop_call_soon_threadsafe_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_loop_set_default_executor_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_loop_shutdown_default_executor_obj;

#define LSP_ASYNCIO_GLOBALS_THREADS(X)                       \
    X(to_thread, MP_ROM_PTR(&lsp_asyncio_to_thread_obj))     \
    X(wrap_future, MP_ROM_PTR(&lsp_asyncio_wrap_future_obj)) \
    X(run_coroutine_threadsafe, MP_ROM_PTR(&lsp_asyncio_run_coroutine_threadsafe_obj))
#define LSP_LOOP_METHODS_THREADS(X)                                         \
    X(run_in_executor, MP_ROM_PTR(&lsp_loop_run_in_executor_obj))           \
    X(call_soon_threadsafe, MP_ROM_PTR(&lsp_loop_call_soon_threadsafe_obj)) \
    X(set_default_executor, MP_ROM_PTR(&lsp_loop_set_default_executor_obj)) \
    X(shutdown_default_executor, MP_ROM_PTR(&lsp_loop_shutdown_default_executor_obj))

#endif
