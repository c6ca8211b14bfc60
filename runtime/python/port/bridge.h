// The boundary between the C side of the binding (MicroPython objects, compiled with the interpreter)
// and the C++ side (the engine session and the aio runtime).
//
// Rules that keep both worlds safe:
//  * lsb_* functions are implemented in C++ and called from C while Python code runs. They never
//    throw (every C++ exception becomes an lsb_error_t) and never call anything that can raise a
//    Python exception (no nlr jump ever crosses a C++ frame).
//  * lsp_* functions are implemented in C and called from C++. Each one that runs Python code or
//    allocates on the Python heap catches every Python exception itself (nlr_push) and returns it.
//  * Every Python object that C++ keeps across a return to the loop is registered as a GC root
//    (lsb_root_*): the GC only collects at safe points and never scans the C stack.
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// What a C++ exception stands for on the Python side.
typedef enum {
    LSB_OK = 0,
    LSB_PY_OBJECT,        // `object` is the Python exception instance itself
    LSB_CANCELLED,        // asyncio.CancelledError(message) (no args if has_message is false)
    LSB_INVALID_STATE,    // asyncio.InvalidStateError(message)
    LSB_TIMEOUT,          // TimeoutError(message)
    LSB_RUNTIME,          // RuntimeError(message)
    LSB_VALUE,            // ValueError(message)
    LSB_TYPE,             // TypeError(message)
    LSB_MEMORY,           // MemoryError
} lsb_error_kind_t;

typedef struct {
    lsb_error_kind_t kind;
    bool has_message;
    const char *message;  // valid until the next lsb_* call
    size_t message_len;
    void *object;         // LSB_PY_OBJECT: an mp_obj_t
} lsb_error_t;

// ---- Implemented in C++ (src/bridge.cpp) -----------------------------------------------------
// Output of print() and of the interpreter (stream 0: stdout, 1: stderr).
void lsb_write(int stream, const char *text, size_t len);
// The next collection should happen at the next safe point (gc.collect() from a script).
void lsb_request_collect(void);
// A Python wrapper of a runtime future was collected: drop its reference at the next safe point.
void lsb_wrapper_finalised(void *future, void *wrapper);
// Drops the +1 reference a creating lsb_* function returned (after the wrapper took its own).
void lsb_future_release(void *future);
// The GC roots held by C++ (scanned by every collection).
void **lsb_roots(size_t *count);

// Futures (`future` is an aio::FutureBase*). Pure queries never fail.
bool lsb_future_done(void *future);
bool lsb_future_cancelled(void *future);
bool lsb_future_is_task(void *future);
// The Python wrapper of the future if one is alive (weak), else NULL.
void *lsb_future_wrapper(void *future);
void lsb_future_set_wrapper(void *future, void *wrapper);
// result(): LSB_OK with *value set (an mp_obj_t), or the error to raise.
lsb_error_t lsb_future_result(void *future, void **value);
// exception(): LSB_OK with *value set to the exception (or None), or the error to raise.
lsb_error_t lsb_future_exception(void *future, void **value);
bool lsb_future_cancel(void *future, const char *message, size_t len, bool has_message);
lsb_error_t lsb_future_set_result(void *future, void *value);
lsb_error_t lsb_future_set_exception(void *future, void *exception);
// add_done_callback(fn): fn(wrapper) runs on the loop when the future is done.
lsb_error_t lsb_future_add_done_callback(void *future, void *callable);
size_t lsb_future_remove_done_callback(void *future, void *callable);
const char *lsb_task_name(void *task, size_t *len);
void lsb_task_set_name(void *task, const char *name, size_t len);
int lsb_task_cancelling(void *task);
int lsb_task_uncancel(void *task);
// The coroutine a Python task runs (None once it is done).
void *lsb_task_coro(void *task);

// The asyncio module. Each returns LSB_OK and a new or existing runtime object, or an error.
lsb_error_t lsb_asyncio_run(void *coro, bool debug, void **result);
lsb_error_t lsb_create_task(void *coro, const char *name, size_t name_len, bool has_name, void **task);
lsb_error_t lsb_create_future(void **future);
// sleep(delay): a future completed by a timer (delay > 0 only).
lsb_error_t lsb_sleep_future(double delay, void **future);
lsb_error_t lsb_gather(void **futures, size_t n, bool return_exceptions, void **future);
// The running loop (an aio::EventLoop*), or NULL.
void *lsb_running_loop(void);
double lsb_loop_time(void *loop);
// The current task (an aio::TaskBase*) or NULL; LSB_RUNTIME if no loop runs.
lsb_error_t lsb_current_task(void **task);

// ---- Implemented in C (port/*.c) ------------------------------------------------------------
// Wrapper objects for runtime futures (creates one when none is alive).
void *lsp_future_to_py(void *future);
// The runtime future a Python object wraps, or NULL if it is not a Future/Task wrapper.
void *lsp_py_to_future(void *obj);
// True if obj is an asyncio.CancelledError instance.
bool lsp_is_cancelled_error(void *obj);

#ifdef __cplusplus
}
#endif
