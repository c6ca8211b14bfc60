// asyncio's thread entry points (port/asyncio_threads.c): to_thread, and the loop's executor and
// thread-safe methods. Listed in modasyncio.c's module and loop tables.
#pragma once
#include "py/obj.h"

extern const mp_obj_fun_builtin_var_t lsp_asyncio_to_thread_obj;
extern const mp_obj_fun_builtin_var_t lsp_loop_run_in_executor_obj;
extern const mp_obj_fun_builtin_var_t lsp_loop_call_soon_threadsafe_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_loop_set_default_executor_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_loop_shutdown_default_executor_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_wrap_future_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_asyncio_run_coroutine_threadsafe_obj;
