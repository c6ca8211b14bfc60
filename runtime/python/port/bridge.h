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

// Loops. `loop` is an aio::EventLoop*; loops live until the end of the run.
// get_event_loop(): the running loop, else the one set_event_loop() set, else a new one.
lsb_error_t lsb_get_event_loop(void **loop);
lsb_error_t lsb_new_event_loop(void **loop);
void lsb_set_event_loop(void *loop);  // NULL: none
// The loop a future belongs to.
void *lsb_future_loop(void *future);
// The loop's Python object (one per loop, kept by the session), NULL until set.
void *lsb_loop_wrapper(void *loop);
void lsb_loop_set_wrapper(void *loop, void *wrapper);
// create_task / create_future on a given loop (NULL: the running loop).
lsb_error_t lsb_loop_create_task(void *loop, void *coro, const char *name, size_t name_len, bool has_name, void **task);
lsb_error_t lsb_loop_create_future(void *loop, void **future);
// run_until_complete(future or coroutine): *result is the result (an mp_obj_t).
lsb_error_t lsb_loop_run_until_complete(void *loop, void *awaitable, bool is_coro, void **result);
lsb_error_t lsb_loop_run_forever(void *loop);
void lsb_loop_stop(void *loop);
lsb_error_t lsb_loop_close(void *loop);
bool lsb_loop_is_running(void *loop);
bool lsb_loop_is_closed(void *loop);
// Callbacks: fn(*args) (args: a tuple). when_mode 0: call_soon, 1: call_later(when), 2: call_at(when).
// *handle is a new handle box the wrapper owns (lsb_handle_finalised hands it back).
lsb_error_t lsb_loop_call(void *loop, int when_mode, double when, void *fn, void *args, void **handle);
void lsb_handle_cancel(void *handle);
bool lsb_handle_cancelled(void *handle);
double lsb_handle_when(void *handle);
void lsb_handle_finalised(void *handle);
// Exception handler API. handler NULL: back to the default one.
void lsb_loop_set_exception_handler(void *loop, void *handler);
void *lsb_loop_get_exception_handler(void *loop);  // NULL: none
// call_exception_handler / default_exception_handler from a context's message and exception (NULL: none).
void lsb_loop_call_exception_handler(void *loop, const char *message, size_t len, void *exception);
void lsb_default_exception_handler(const char *message, size_t len, void *exception);

// The clock time.time()/monotonic()/perf_counter() read: the shared virtual clock under virtual time
// (kind is ignored), else 0: wall clock, 1: monotonic, 2: perf counter.
double lsb_clock_now(int kind);
// time.sleep(s): the running loop (if any) shows as blocked; under virtual time the clock advances
// at once, else the thread sleeps.
void lsb_blocking_sleep(double seconds);
// The seed the random module starts from: true and *seed set if the run is seeded (EngineOptions::seed,
// else 0 under virtual time); false: seed from lsb_random_entropy().
bool lsb_random_seed(uint64_t *seed);
// 64 bits from the OS (random.seed(None), unseeded real-time runs).
uint64_t lsb_random_entropy(void);
// Identifies the run in progress (never 0; different for every run of the process).
uint64_t lsb_run_id(void);

// ---- Implemented in C (port/*.c) ------------------------------------------------------------
// Wrapper objects for runtime futures (creates one when none is alive).
void *lsp_future_to_py(void *future);
// The runtime future a Python object wraps, or NULL if it is not a Future/Task wrapper.
void *lsp_py_to_future(void *obj);
// True if obj is an asyncio.CancelledError instance.
bool lsp_is_cancelled_error(void *obj);
// Calls fn(*args) (args: a tuple); NULL on success, else the exception it raised.
void *lsp_call_args(void *fn, void *args);
// Calls handler(loop, {'message': ..., 'exception': ...}); NULL on success, else the exception.
void *lsp_call_exception_handler(void *handler, void *loop_wrapper, const char *message, size_t len, void *exception);
// A short description of a callable for messages ("cb", "print"...).
const char *lsp_callable_name(void *fn);

#ifdef __cplusplus
}
#endif

// ---- Combinators, TaskGroup, timeouts, Runner, all_tasks (src/py_wait.cpp, py_taskgroups.cpp,
// py_timeouts.cpp, py_runners.cpp) --------------------------------------------------------------
#ifdef __cplusplus
extern "C" {
#endif
// A runtime object owned by a Python wrapper (TaskGroup, Timeout, as_completed's state) was
// collected: it is deleted at the next safe point.
void lsb_owned_finalised(void *owned);
// wait_for(future, timeout) for timeout != None: a new future (+1) done with inner's outcome or
// TimeoutError (CPython 3.11's wait_for, without a task of its own).
lsb_error_t lsb_wait_for(void *future, double timeout, void **waiter);
// wait(): a new future (+1) done when return_when (0 FIRST_COMPLETED, 1 FIRST_EXCEPTION,
// 2 ALL_COMPLETED) holds or the timeout passes.
lsb_error_t lsb_wait(void **futures, size_t n, bool has_timeout, double timeout, int return_when, void **waiter);
// shield(future) of a pending future: the outer future (+1).
lsb_error_t lsb_shield(void *inner, void **outer);
// as_completed(): an owned state; getter() gives a new future (+1) to wait on or NULL when a
// result is ready; take() gives it (its result, or raises its exception / TimeoutError).
lsb_error_t lsb_as_completed_new(void **futures, size_t n, bool has_timeout, double timeout, void **state);
lsb_error_t lsb_as_completed_getter(void *state, void **getter);
void lsb_as_completed_abandon(void *state, void *getter);
lsb_error_t lsb_as_completed_take(void *state, void **value);
// The running loop's pending tasks (loop NULL: the running one): writes up to cap, returns how many.
size_t lsb_all_tasks(void *loop, void **out, size_t cap);
// TaskGroup (an owned object).
void *lsb_taskgroup_new(void);
lsb_error_t lsb_taskgroup_enter(void *tg);
lsb_error_t lsb_taskgroup_check(void *tg);
lsb_error_t lsb_taskgroup_add(void *tg, void *task);
void *lsb_taskgroup_loop(void *tg);
lsb_error_t lsb_taskgroup_begin_exit(void *tg, void *exception);
// The future to wait on next (+1), or NULL when every task is done.
lsb_error_t lsb_taskgroup_exit_waiter(void *tg, void **waiter);
void lsb_taskgroup_exit_cancelled(void *tg, void *cancelled_error);
// LSB_OK: re-raise what escaped the block (if anything); else the error to raise.
lsb_error_t lsb_taskgroup_finish_exit(void *tg);
// CPython's repr of the group / the timeout (valid until the next lsb_* call).
const char *lsb_taskgroup_repr(void *tg, size_t *len);
const char *lsb_timeout_repr(void *t, size_t *len);
// Timeout (an owned object). when: absolute loop time; has_when false: None.
void *lsb_timeout_new(bool has_when, double when);
lsb_error_t lsb_timeout_relative(double delay, double *when);
bool lsb_timeout_when(void *t, double *when);
lsb_error_t lsb_timeout_reschedule(void *t, bool has_when, double when);
bool lsb_timeout_expired(void *t);
lsb_error_t lsb_timeout_enter(void *t);
lsb_error_t lsb_timeout_exit(void *t, void *exception);
// Runner: a new runner of the session (kept until the end of the run) and its loop.
lsb_error_t lsb_runner_new(void **runner, void **loop);
lsb_error_t lsb_runner_close(void *runner);

// Implemented in C (port/exceptiongroup.c): ExceptionGroup(message, [items]) or, if an item is not
// an Exception, BaseExceptionGroup; NULL if it could not be made.
void *lsp_new_exception_group(const char *message, size_t len, void **items, size_t n);
#ifdef __cplusplus
}
#endif
