// asyncio.to_thread, loop.run_in_executor / set_default_executor / shutdown_default_executor (written
// in Python as CPython's are: shim/_asyncio_threads.py over the concurrent.futures shim) and
// loop.call_soon_threadsafe (native: any thread may call it).
#include "asyncio_module.h"
#include "asyncio_threads.h"
#include "threads_bridge.h"
#include "py/builtin.h"
#include "py/objtuple.h"
#include "py/runtime.h"


// _asyncio_threads.<name>, imported on first use (the run's fresh interpreter imports it again).
static mp_obj_t shim_function(qstr name) {
    mp_obj_t module = mp_import_name(MP_QSTR__asyncio_threads, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    return mp_load_attr(module, name);
}

static mp_obj_t call_with_map(mp_obj_t fn, size_t n_args, const mp_obj_t* args, mp_map_t* kw) {
    size_t n_kw = kw == NULL ? 0 : kw->used;
    mp_obj_t* all = m_new(mp_obj_t, n_args + 2 * n_kw);
    for (size_t i = 0; i < n_args; ++i) { all[i] = args[i]; }
    size_t k = n_args;
    if (kw != NULL) {
        for (size_t i = 0; i < kw->alloc; ++i) {
            if (mp_map_slot_is_filled(kw, i)) {
                all[k++] = kw->table[i].key;
                all[k++] = kw->table[i].value;
            }
        }
    }
    mp_obj_t result = mp_call_function_n_kw(fn, n_args, n_kw, all);
    m_del(mp_obj_t, all, n_args + 2 * n_kw);
    return result;
}

// to_thread(func, /, *args, **kwargs): a coroutine (nothing runs until it is awaited).
static mp_obj_t asyncio_to_thread_kw(size_t n_args, const mp_obj_t* args, mp_map_t* kw) {
    return call_with_map(shim_function(MP_QSTR_to_thread), n_args, args, kw);
}
MP_DEFINE_CONST_FUN_OBJ_KW(lsp_asyncio_to_thread_obj, 1, asyncio_to_thread_kw);

// loop.run_in_executor(executor, func, *args) -> asyncio.Future
static mp_obj_t loop_run_in_executor(size_t n_args, const mp_obj_t* args, mp_map_t* kw) {
    if (kw != NULL && kw->used > 0) {
        mp_raise_TypeError(MP_ERROR_TEXT("run_in_executor() got an unexpected keyword argument"));
    }
    return mp_call_function_n_kw(shim_function(MP_QSTR_run_in_executor), n_args, 0, args);
}
MP_DEFINE_CONST_FUN_OBJ_KW(lsp_loop_run_in_executor_obj, 3, loop_run_in_executor);

static mp_obj_t loop_set_default_executor(mp_obj_t self, mp_obj_t executor) {
    return mp_call_function_2(shim_function(MP_QSTR_set_default_executor), self, executor);
}
MP_DEFINE_CONST_FUN_OBJ_2(lsp_loop_set_default_executor_obj, loop_set_default_executor);

static mp_obj_t loop_shutdown_default_executor(mp_obj_t self) {
    return mp_call_function_1(shim_function(MP_QSTR_shutdown_default_executor), self);
}
MP_DEFINE_CONST_FUN_OBJ_1(lsp_loop_shutdown_default_executor_obj, loop_shutdown_default_executor);

// loop.call_soon_threadsafe(callback, *args, context=None)
static mp_obj_t loop_call_soon_threadsafe(size_t n_args, const mp_obj_t* args, mp_map_t* kw) {
    (void)kw;  // context= is accepted and ignored (no contextvars)
    mp_obj_t fn = args[1];
    if (!mp_obj_is_callable(fn)) {
        mp_raise_TypeError(MP_ERROR_TEXT("a callable object was expected by call_soon_threadsafe()"));
    }
    mp_obj_t tuple = mp_obj_new_tuple(n_args - 2, args + 2);
    lsp_check(
        lsb_loop_call_soon_threadsafe(lsp_loop_from_obj(args[0]), MP_OBJ_TO_PTR(fn), MP_OBJ_TO_PTR(tuple)));
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_KW(lsp_loop_call_soon_threadsafe_obj, 2, loop_call_soon_threadsafe);

// wrap_future(future, *, loop=None), run_coroutine_threadsafe(coro, loop) (shim/_asyncio_threads.py).
static mp_obj_t asyncio_wrap_future(size_t n_args, const mp_obj_t* args, mp_map_t* kw) {
    return call_with_map(shim_function(MP_QSTR_wrap_future), n_args, args, kw);
}
MP_DEFINE_CONST_FUN_OBJ_KW(lsp_asyncio_wrap_future_obj, 1, asyncio_wrap_future);

static mp_obj_t asyncio_run_coroutine_threadsafe(mp_obj_t coro, mp_obj_t loop) {
    return mp_call_function_2(shim_function(MP_QSTR_run_coroutine_threadsafe), coro, loop);
}
MP_DEFINE_CONST_FUN_OBJ_2(lsp_asyncio_run_coroutine_threadsafe_obj, asyncio_run_coroutine_threadsafe);
