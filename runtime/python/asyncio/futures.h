// Futures and tasks (futures.c: asyncio.Future, asyncio.Task, create_task, ensure_future,
// current_task; futures.cpp: their runtime objects, PyFuture and PyTask).
//
// A Future/Task object wraps an aio::FutureBase and holds one reference to it; the runtime object
// knows its wrapper only weakly (the wrapper's finaliser hands the reference back, dropped at the
// next safe point). Awaiting a future yields the future object itself to the task driving the
// coroutine, which then waits on the runtime future, as CPython's Task.__step does.
#pragma once
#include "bridge.h"
#include "task_location.h"

#ifdef __cplusplus
extern "C" {
#endif

// ---- C++ (futures.cpp) ----
// A Python wrapper of a runtime future was collected: drop its reference at the next safe point.
void lsb_wrapper_finalised(void* future, void* wrapper);
// Drops the +1 reference a creating lsb_* function returned (after the wrapper took its own).
void lsb_future_release(void* future);
// Futures (`future` is an aio::FutureBase*). Pure queries never fail.
bool lsb_future_done(void* future);
bool lsb_future_cancelled(void* future);
bool lsb_future_is_task(void* future);
// gather()'s future (CPython's _GatheringFuture, as its repr names it).
bool lsb_future_is_gather(void* future);
// The Python wrapper of the future if one is alive (weak), else NULL.
void* lsb_future_wrapper(void* future);
void lsb_future_set_wrapper(void* future, void* wrapper);
// result(): LSB_OK with *value set (an mp_obj_t), or the error to raise.
lsb_error_t lsb_future_result(void* future, void** value);
// exception(): LSB_OK with *value set to the exception (or None), or the error to raise.
lsb_error_t lsb_future_exception(void* future, void** value);
lsb_error_t lsb_future_cancel(void* future, const char* message, size_t len, bool has_message,
                              bool* cancelled);
lsb_error_t lsb_future_set_result(void* future, void* value);
lsb_error_t lsb_future_set_exception(void* future, void* exception);
// add_done_callback(fn): fn(wrapper) runs on the loop when the future is done.
// It runs in `context` (a contextvars.Context; NULL: an empty one).
lsb_error_t lsb_future_add_done_callback(void* future, void* callable, void* context);
size_t lsb_future_remove_done_callback(void* future, void* callable);
const char* lsb_task_name(void* task, size_t* len);
void lsb_task_set_name(void* task, const char* name, size_t len);
int lsb_task_cancelling(void* task);
int lsb_task_uncancel(void* task);
// The coroutine a Python task runs (None once it is done).
void* lsb_task_coro(void* task);
// For reprs: the task's coroutine (kept from its last step once the task is done); false for tasks
// that run no Python coroutine.
bool lsb_task_coro_info(void* task, lsp_coro_info_t* out);
// The future the task waits on (an aio::FutureBase*), or NULL.
void* lsb_task_waiter(void* task);
// Done callback i of `future`: 0 past the end, 1 a task's wake-up, 2 a Python callable
// (*callable set), 3 another runtime callback, 4 the one by which run_until_complete stops the loop
// (CPython's _run_until_complete_cb).
int lsb_future_callback(void* future, size_t i, void** callable);

// create_task / create_future (NULL loop: the running loop); a new runtime object, +1 reference.
lsb_error_t lsb_create_task(void* coro, const char* name, size_t name_len, bool has_name, void** task);
lsb_error_t lsb_create_future(void** future);
// name_after: the task uses up a "Task-N" number although it has a name (3.11's asyncio.create_task and
// TaskGroup.create_task name the task after creating it). `context`: a contextvars.Context (NULL: an
// empty one).
lsb_error_t lsb_loop_create_task(void* loop, void* coro, const char* name, size_t name_len, bool has_name,
                                 bool name_after, void* context, void** task);
lsb_error_t lsb_loop_create_future(void* loop, void** future);
// The loop a future belongs to.
void* lsb_future_loop(void* future);
// The current task (an aio::TaskBase*) or NULL; LSB_RUNTIME if no loop runs.
lsb_error_t lsb_current_task(void** task);

// ---- C (futures.c) ----
// Wrapper objects for runtime futures (creates one when none is alive).
void* lsp_future_to_py(void* future);

#ifdef __cplusplus
}  // extern "C"
#else  // The MicroPython side (C only).

#include "asyncio/binding.h"

// asyncio.Future / asyncio.Task: a wrapper holding one reference to an aio::FutureBase.
typedef struct {
    mp_obj_base_t base;
    void* future;  // aio::FutureBase*, one reference held (handed back by __del__)
} future_obj_t;

extern const mp_obj_type_t lsp_type_Future;
extern const mp_obj_type_t lsp_type_Task;
extern const mp_obj_type_t lsp_type_GatheringFuture;  // gather()'s (asyncio.tasks._GatheringFuture)
extern const mp_obj_fun_builtin_var_t lsp_asyncio_create_task_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_ensure_future_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_current_task_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_iscoroutine_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_isfuture_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_loop_create_future_obj;
extern const mp_obj_fun_builtin_var_t lsp_loop_create_task_obj;

// The marker of native awaitable types (their `protocol` slot).
typedef struct {
    const char* what;
} lsp_awaitable_protocol_t;
extern const lsp_awaitable_protocol_t lsp_native_awaitable;
// If `obj` is a native awaitable of a known site (awaitable.c, see awaitable.h): its name, file and
// lines as lsp_coro_describe gives a coroutine's (port/task_location.h; `function` NULL).
bool lsp_awaitable_describe(mp_obj_t obj, lsp_coro_info_t* out);

// What create_task() accepts: a coroutine object, or a native awaitable.
bool lsp_is_awaitable_coroutine(mp_obj_t obj);
// What ensure_future() accepts: a future, what create_task() accepts, or an object whose class
// defines __await__.
bool lsp_is_awaitable(mp_obj_t obj);
// A coroutine that awaits `aw`, an object whose class defines __await__ (CPython's
// _wrap_awaitable); raises CPython's TypeError for anything else.
mp_obj_t lsp_awaitable_coroutine(mp_obj_t aw);

// The Python wrapper of a runtime future (made on first use; raises MemoryError).
mp_obj_t lsp_future_obj(void* future);
// The wrapper of a new runtime future that came with a +1 reference from the bridge (drops it).
mp_obj_t lsp_adopt_future(void* future);
// ensure_future(aw): a Future/Task as it is, a coroutine wrapped in a new task, another awaitable in
// a task of CPython's _wrap_awaitable (raises TypeError).
mp_obj_t lsp_ensure_future(mp_obj_t aw);
// The runtime future of a Future/Task object (no check).
#define LSP_FUTURE_PTR(obj) (((future_obj_t*)MP_OBJ_TO_PTR(obj))->future)

#define LSP_ASYNCIO_GLOBALS_FUTURES(X)                           \
    X(create_task, MP_ROM_PTR(&lsp_asyncio_create_task_obj))     \
    X(ensure_future, MP_ROM_PTR(&lsp_asyncio_ensure_future_obj)) \
    X(current_task, MP_ROM_PTR(&lsp_asyncio_current_task_obj))   \
    X(iscoroutine, MP_ROM_PTR(&lsp_asyncio_iscoroutine_obj))     \
    X(isfuture, MP_ROM_PTR(&lsp_asyncio_isfuture_obj))           \
    X(Future, MP_ROM_PTR(&lsp_type_Future))                      \
    X(Task, MP_ROM_PTR(&lsp_type_Task))
#define LSP_LOOP_METHODS_FUTURES(X)                           \
    X(create_future, MP_ROM_PTR(&lsp_loop_create_future_obj)) \
    X(create_task, MP_ROM_PTR(&lsp_loop_create_task_obj))

#endif
