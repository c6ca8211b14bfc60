// The event loop object and its handles (loop.c: the loop's Python object, Handle, TimerHandle,
// get_event_loop / new_event_loop / set_event_loop / get_running_loop, call_soon / call_later /
// call_at, stop, close, the exception handler API; loop.cpp: the same over aio::EventLoop).
//
// One Python object per loop, kept by the session, so `get_event_loop() is loop`. The loop's
// methods table is put together by module.c from every unit's LSP_LOOP_METHODS_* list (futures
// add create_task, runners run_until_complete, threads run_in_executor...).
#pragma once
#include "bridge.h"

#ifdef __cplusplus
extern "C" {
#endif

// ---- C++ (loop.cpp) ----
// The running loop (an aio::EventLoop*), or NULL.
void* lsb_running_loop(void);
double lsb_loop_time(void* loop);
// Loops. `loop` is an aio::EventLoop*; loops live until the end of the run.
// get_event_loop(): the running loop, else the one set_event_loop() set, else a new one (main
// thread only).
lsb_error_t lsb_get_event_loop(void** loop);
lsb_error_t lsb_new_event_loop(void** loop);
// Per thread, as CPython's policy: the main thread's (get_event_loop() makes one until a loop is
// set), or the calling thread's own (none unless set there: "There is no current event loop in
// thread 'Thread-1'.").
void lsb_set_event_loop(void* loop);  // NULL: none
// The loop's Python object (one per loop, kept by the session), NULL until set.
void* lsb_loop_wrapper(void* loop);
void lsb_loop_set_wrapper(void* loop, void* wrapper);
void lsb_loop_stop(void* loop);
lsb_error_t lsb_loop_close(void* loop);
bool lsb_loop_is_running(void* loop);
bool lsb_loop_is_closed(void* loop);
// Callbacks: fn(*args) (args: a tuple). when_mode 0: call_soon, 1: call_later(when), 2: call_at(when).
// *handle is a new handle box the wrapper owns (a PyOwned: lsb_owned_finalised hands it back).
// `context`: the contextvars.Context the callback runs in (NULL: an empty one).
lsb_error_t lsb_loop_call(void* loop, int when_mode, double when, void* fn, void* args, void* context,
                          void** handle);
void lsb_handle_cancel(void* handle);
bool lsb_handle_cancelled(void* handle);
double lsb_handle_when(void* handle);
// Exception handler API. handler NULL: back to the default one.
void lsb_loop_set_exception_handler(void* loop, void* handler);
void* lsb_loop_get_exception_handler(void* loop);  // NULL: none
// call_exception_handler / default_exception_handler from a context's message and exception (NULL:
// none); `context` is the script's dict, handed to its handler as it is.
void lsb_loop_call_exception_handler(void* loop, const char* message, size_t len, void* exception,
                                     void* context);
void lsb_default_exception_handler(const char* message, size_t len, void* exception, void* context);
// ---- C (loop.c) ----
// asyncio.run(debug=True): the loop's get_debug() says True (makes its Python object).
void lsp_loop_start_in_debug_mode(void* loop);
// repr() of threading.current_thread().name ('MainThread' when Python cannot tell), for messages;
// valid until the next call (the GIL is held).
const char* lsp_current_thread_name_repr(void);

#ifdef __cplusplus
}  // extern "C"
#else  // The MicroPython side (C only).

#include "asyncio/binding.h"
#include "asyncio/defining_modules.h"

extern const mp_obj_type_t lsp_type_EventLoop;
extern const mp_obj_type_t lsp_type_AbstractEventLoop;
extern const mp_obj_type_t lsp_type_BaseEventLoop;
extern const mp_obj_type_t lsp_type_BaseSelectorEventLoop;
extern const mp_obj_type_t lsp_type_Handle;
// A callback as CPython's reprs show it: `name(args) at FILE:LINE` (args: a tuple or MP_OBJ_NULL).
void lsp_print_callback(const mp_print_t* print, mp_obj_t fn, mp_obj_t args);
extern const mp_obj_type_t lsp_type_TimerHandle;
// The loop's methods (module.c assembles it from the LSP_LOOP_METHODS_* lists).
extern const mp_obj_dict_t lsp_loop_locals_dict;
extern const mp_obj_fun_builtin_fixed_t lsp_asyncio_get_running_loop_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_asyncio_get_event_loop_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_new_event_loop_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_set_event_loop_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_loop_time_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_loop_get_debug_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_loop_set_debug_obj;

extern const mp_obj_fun_builtin_var_t lsp_loop_call_soon_obj;
extern const mp_obj_fun_builtin_var_t lsp_loop_call_later_obj;
extern const mp_obj_fun_builtin_var_t lsp_loop_call_at_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_loop_stop_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_loop_close_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_loop_is_running_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_loop_is_closed_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_loop_set_exception_handler_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_loop_get_exception_handler_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_loop_call_exception_handler_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_loop_default_exception_handler_obj;

// The Python object for an aio::EventLoop (one per loop).
mp_obj_t lsp_loop_obj(void* loop);
// The aio::EventLoop* of a loop object; TypeError for anything else (a script's value never
// becomes a loop pointer).
void* lsp_loop_from_obj(mp_obj_t obj);
bool lsp_is_loop_obj(mp_obj_t obj);

#define LSP_ASYNCIO_GLOBALS_LOOP(X)                                    \
    X(get_running_loop, MP_ROM_PTR(&lsp_asyncio_get_running_loop_obj)) \
    X(get_event_loop, MP_ROM_PTR(&lsp_asyncio_get_event_loop_obj))     \
    X(new_event_loop, MP_ROM_PTR(&lsp_asyncio_new_event_loop_obj))     \
    X(set_event_loop, MP_ROM_PTR(&lsp_asyncio_set_event_loop_obj))     \
    X(AbstractEventLoop, MP_ROM_PTR(&lsp_type_AbstractEventLoop))      \
    X(BaseEventLoop, MP_ROM_PTR(&lsp_type_BaseEventLoop))              \
    X(SelectorEventLoop, MP_ROM_PTR(&lsp_type_EventLoop))              \
    X(Handle, MP_ROM_PTR(&lsp_type_Handle))                            \
    X(TimerHandle, MP_ROM_PTR(&lsp_type_TimerHandle))
#define LSP_LOOP_METHODS_LOOP(X)                                                \
    X(__module__, MP_ROM_PTR(&lsp_module_asyncio_unix_events))                  \
    X(time, MP_ROM_PTR(&lsp_loop_time_obj))                                     \
    X(get_debug, MP_ROM_PTR(&lsp_loop_get_debug_obj))                           \
    X(set_debug, MP_ROM_PTR(&lsp_loop_set_debug_obj))                           \
    X(call_soon, MP_ROM_PTR(&lsp_loop_call_soon_obj))                           \
    X(call_later, MP_ROM_PTR(&lsp_loop_call_later_obj))                         \
    X(call_at, MP_ROM_PTR(&lsp_loop_call_at_obj))                               \
    X(stop, MP_ROM_PTR(&lsp_loop_stop_obj))                                     \
    X(close, MP_ROM_PTR(&lsp_loop_close_obj))                                   \
    X(is_running, MP_ROM_PTR(&lsp_loop_is_running_obj))                         \
    X(is_closed, MP_ROM_PTR(&lsp_loop_is_closed_obj))                           \
    X(set_exception_handler, MP_ROM_PTR(&lsp_loop_set_exception_handler_obj))   \
    X(get_exception_handler, MP_ROM_PTR(&lsp_loop_get_exception_handler_obj))   \
    X(call_exception_handler, MP_ROM_PTR(&lsp_loop_call_exception_handler_obj)) \
    X(default_exception_handler, MP_ROM_PTR(&lsp_loop_default_exception_handler_obj))

#endif
