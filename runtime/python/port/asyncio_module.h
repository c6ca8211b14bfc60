// What the files of the `asyncio` module share (modasyncio.c defines these; other asyncio_*.c files
// add types and functions and list them in modasyncio.c's globals table).
#ifndef LOOPSCOPE_ASYNCIO_MODULE_H
#define LOOPSCOPE_ASYNCIO_MODULE_H

#include "bridge.h"
#include "py/obj.h"

// asyncio.Future / asyncio.Task: a wrapper holding one reference to an aio::FutureBase.
typedef struct {
    mp_obj_base_t base;
    void* future;  // aio::FutureBase*, one reference held (handed back by __del__)
} future_obj_t;

extern const mp_obj_type_t lsp_type_Future;
extern const mp_obj_type_t lsp_type_Task;
extern const mp_obj_type_t lsp_type_CancelledError;
extern const mp_obj_type_t lsp_type_InvalidStateError;
extern const mp_obj_type_t lsp_type_TimeoutError;

// Raises the Python exception an lsb_error_t stands for.
NORETURN void lsp_raise_error(const lsb_error_t* e);
// Raises if `e` is not LSB_OK.
void lsp_check(lsb_error_t e);

// What a blocking loop entry point returns: MP_OBJ_SUSPEND_VM for LSB_SUSPEND (the host runs the
// loop, port/main_program.c), else `result` after raising any other error.
mp_obj_t lsp_result_or_suspend(lsb_error_t e, void* result);

// The Python wrapper of a runtime future (made on first use; raises MemoryError).
mp_obj_t lsp_future_obj(void* future);
// The wrapper of a new runtime future that came with a +1 reference from the bridge (drops it).
mp_obj_t lsp_adopt_future(void* future);
// What create_task() accepts: a coroutine object, or what asyncio.sleep() returns (a coroutine in
// CPython).
bool lsp_is_awaitable_coroutine(mp_obj_t obj);
// The Python object for an aio::EventLoop (one per loop).
mp_obj_t lsp_loop_obj(void* loop);

// Streams (asyncio_streams.c).
extern const mp_obj_fun_builtin_var_t lsp_asyncio_open_connection_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_start_server_obj;
extern const mp_obj_type_t lsp_type_StreamReader;
extern const mp_obj_type_t lsp_type_StreamWriter;
extern const mp_obj_type_t lsp_type_Server;
extern const mp_obj_type_t lsp_type_IncompleteReadError;
extern const mp_obj_type_t lsp_type_LimitOverrunError;
// The awaitables of the stream methods (coroutines in CPython: create_task accepts them).
bool lsp_is_stream_coroutine(mp_obj_t obj);
// ensure_future(aw): a Future/Task as it is, a coroutine wrapped in a new task (raises TypeError).
mp_obj_t lsp_ensure_future(mp_obj_t aw);
// The aio::EventLoop* of a loop object; TypeError for anything else.
void* lsp_loop_from_obj(mp_obj_t obj);
bool lsp_is_loop_obj(mp_obj_t obj);
// The runtime future of a Future/Task object (no check).
#define LSP_FUTURE_PTR(obj) (((future_obj_t*)MP_OBJ_TO_PTR(obj))->future)

#endif
