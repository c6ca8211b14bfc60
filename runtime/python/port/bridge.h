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
    LSB_PY_OBJECT,      // `object` is the Python exception instance itself
    LSB_CANCELLED,      // asyncio.CancelledError(message) (no args if has_message is false)
    LSB_INVALID_STATE,  // asyncio.InvalidStateError(message)
    LSB_TIMEOUT,        // TimeoutError(message)
    LSB_RUNTIME,        // RuntimeError(message)
    LSB_VALUE,          // ValueError(message)
    LSB_TYPE,           // TypeError(message)
    LSB_MEMORY,         // MemoryError
    LSB_SUSPEND,        // not an error: the host runs the loop; the main program suspends
} lsb_error_kind_t;

typedef struct {
    lsb_error_kind_t kind;
    bool has_message;
    const char* message;  // valid until the next lsb_* call
    size_t message_len;
    void* object;  // LSB_PY_OBJECT: an mp_obj_t
} lsb_error_t;

// ---- Implemented in C++ (src/bridge.cpp) -----------------------------------------------------
// Output of print() and of the interpreter (stream 0: stdout, 1: stderr).
void lsb_write(int stream, const char* text, size_t len);
// The next collection should happen at the next safe point (gc.collect() from a script).
void lsb_request_collect(void);
// After a collection inside the VM (port/interp.c): the session re-arms the next one.
void lsb_vm_collected(void);
// A Python wrapper of a runtime future was collected: drop its reference at the next safe point.
void lsb_wrapper_finalised(void* future, void* wrapper);
// Drops the +1 reference a creating lsb_* function returned (after the wrapper took its own).
void lsb_future_release(void* future);
// The GC roots held by C++ (scanned by every collection).
void** lsb_roots(size_t* count);

// Futures (`future` is an aio::FutureBase*). Pure queries never fail.
bool lsb_future_done(void* future);
bool lsb_future_cancelled(void* future);
bool lsb_future_is_task(void* future);
// The Python wrapper of the future if one is alive (weak), else NULL.
void* lsb_future_wrapper(void* future);
void lsb_future_set_wrapper(void* future, void* wrapper);
// result(): LSB_OK with *value set (an mp_obj_t), or the error to raise.
lsb_error_t lsb_future_result(void* future, void** value);
// exception(): LSB_OK with *value set to the exception (or None), or the error to raise.
lsb_error_t lsb_future_exception(void* future, void** value);
bool lsb_future_cancel(void* future, const char* message, size_t len, bool has_message);
lsb_error_t lsb_future_set_result(void* future, void* value);
lsb_error_t lsb_future_set_exception(void* future, void* exception);
// add_done_callback(fn): fn(wrapper) runs on the loop when the future is done.
lsb_error_t lsb_future_add_done_callback(void* future, void* callable);
size_t lsb_future_remove_done_callback(void* future, void* callable);
const char* lsb_task_name(void* task, size_t* len);
void lsb_task_set_name(void* task, const char* name, size_t len);
int lsb_task_cancelling(void* task);
int lsb_task_uncancel(void* task);
// The coroutine a Python task runs (None once it is done).
void* lsb_task_coro(void* task);

// The asyncio module. Each returns LSB_OK and a new or existing runtime object, or an error.
// The blocking loop entry points: `may_suspend` comes from lsp_may_suspend (host mode: LSB_SUSPEND
// instead of running the loop, see port/main_program.c).
lsb_error_t lsb_asyncio_run(void* coro, bool debug, bool may_suspend, void** result);
lsb_error_t lsb_create_task(void* coro, const char* name, size_t name_len, bool has_name, void** task);
lsb_error_t lsb_create_future(void** future);
// sleep(delay): a future completed by a timer (delay > 0 only).
lsb_error_t lsb_sleep_future(double delay, void** future);
lsb_error_t lsb_gather(void** futures, size_t n, bool return_exceptions, void** future);
// The running loop (an aio::EventLoop*), or NULL.
void* lsb_running_loop(void);
double lsb_loop_time(void* loop);
// The current task (an aio::TaskBase*) or NULL; LSB_RUNTIME if no loop runs.
lsb_error_t lsb_current_task(void** task);

// Loops. `loop` is an aio::EventLoop*; loops live until the end of the run.
// get_event_loop(): the running loop, else the one set_event_loop() set, else a new one.
lsb_error_t lsb_get_event_loop(void** loop);
lsb_error_t lsb_new_event_loop(void** loop);
void lsb_set_event_loop(void* loop);  // NULL: none
// The loop a future belongs to.
void* lsb_future_loop(void* future);
// The loop's Python object (one per loop, kept by the session), NULL until set.
void* lsb_loop_wrapper(void* loop);
void lsb_loop_set_wrapper(void* loop, void* wrapper);
// create_task / create_future on a given loop (NULL: the running loop).
lsb_error_t lsb_loop_create_task(void* loop, void* coro, const char* name, size_t name_len, bool has_name,
                                 void** task);
lsb_error_t lsb_loop_create_future(void* loop, void** future);
// run_until_complete(future or coroutine): *result is the result (an mp_obj_t).
lsb_error_t lsb_loop_run_until_complete(void* loop, void* awaitable, bool is_coro, bool may_suspend,
                                        void** result);
lsb_error_t lsb_loop_run_forever(void* loop, bool may_suspend);
void lsb_loop_stop(void* loop);
lsb_error_t lsb_loop_close(void* loop);
bool lsb_loop_is_running(void* loop);
bool lsb_loop_is_closed(void* loop);
// Callbacks: fn(*args) (args: a tuple). when_mode 0: call_soon, 1: call_later(when), 2: call_at(when).
// *handle is a new handle box the wrapper owns (lsb_handle_finalised hands it back).
lsb_error_t lsb_loop_call(void* loop, int when_mode, double when, void* fn, void* args, void** handle);
void lsb_handle_cancel(void* handle);
bool lsb_handle_cancelled(void* handle);
double lsb_handle_when(void* handle);
void lsb_handle_finalised(void* handle);
// Exception handler API. handler NULL: back to the default one.
void lsb_loop_set_exception_handler(void* loop, void* handler);
void* lsb_loop_get_exception_handler(void* loop);  // NULL: none
// call_exception_handler / default_exception_handler from a context's message and exception (NULL: none).
void lsb_loop_call_exception_handler(void* loop, const char* message, size_t len, void* exception);
void lsb_default_exception_handler(const char* message, size_t len, void* exception);

// The clock time.time()/monotonic()/perf_counter() read: the shared virtual clock under virtual time
// (kind is ignored), else 0: wall clock, 1: monotonic, 2: perf counter.
double lsb_clock_now(int kind);
// time.sleep(s): the running loop (if any) shows as blocked; under virtual time the clock advances
// at once, else the thread sleeps.
void lsb_blocking_sleep(double seconds);
// The seed the random module starts from: true and *seed set if the run is seeded (EngineOptions::seed,
// else 0 under virtual time); false: seed from lsb_random_entropy().
bool lsb_random_seed(uint64_t* seed);
// 64 bits from the OS (random.seed(None), unseeded real-time runs).
uint64_t lsb_random_entropy(void);
// Identifies the run in progress (never 0; different for every run of the process).
uint64_t lsb_run_id(void);

// ---- Implemented in C (port/*.c) ------------------------------------------------------------
// Wrapper objects for runtime futures (creates one when none is alive).
void* lsp_future_to_py(void* future);
// The runtime future a Python object wraps, or NULL if it is not a Future/Task wrapper.
void* lsp_py_to_future(void* obj);
// True if obj is an asyncio.CancelledError instance.
bool lsp_is_cancelled_error(void* obj);
// Calls fn(*args) (args: a tuple); NULL on success, else the exception it raised.
void* lsp_call_args(void* fn, void* args);
// Calls handler(loop, {'message': ..., 'exception': ...}); NULL on success, else the exception.
void* lsp_call_exception_handler(void* handler, void* loop_wrapper, const char* message, size_t len,
                                 void* exception);
// A short description of a callable for messages ("cb", "print"...).
const char* lsp_callable_name(void* fn);

// ---- Primitives and queues (C++: src/py_primitives.cpp, py_locks.cpp, py_queues.cpp;
//      C: port/asyncio_wait_op.c, asyncio_locks.c, asyncio_queues.c) ----------------------------
// A runtime primitive or queue belongs to its Python object: *_new gives it, the object's finaliser
// hands it to lsb_owned_finalised (deleted at the next safe point). Blocking operations come as
// *_start (NULL: done at once; else a new runtime future, +1 reference, to wait on) and *_finish
// (after that future is done; `thrown` is the exception thrown into the waiting coroutine, NULL if
// none): it completes the operation or returns what to raise. Operations that may wait several
// times (Condition.wait, Barrier.wait/reset/abort) are runtime state machines: lsb_op_*.
void lsb_owned_finalised(void* owned);

lsb_error_t lsb_lock_new(void** lock);
bool lsb_lock_locked(void* lock);
lsb_error_t lsb_lock_release(void* lock);
lsb_error_t lsb_lock_acquire_start(void* lock, void** waiter);
lsb_error_t lsb_lock_acquire_finish(void* lock, void* waiter, void* thrown);

lsb_error_t lsb_event_new(void** event);
bool lsb_event_is_set(void* event);
lsb_error_t lsb_event_set(void* event);
void lsb_event_clear(void* event);
lsb_error_t lsb_event_wait_start(void* event, void** waiter);
lsb_error_t lsb_event_wait_finish(void* event, void* waiter, void* thrown);

lsb_error_t lsb_semaphore_new(long value, bool bounded, void** semaphore);
bool lsb_semaphore_locked(void* semaphore);
long lsb_semaphore_value(void* semaphore);
lsb_error_t lsb_semaphore_release(void* semaphore);
lsb_error_t lsb_semaphore_acquire_start(void* semaphore, void** waiter);
lsb_error_t lsb_semaphore_acquire_finish(void* semaphore, void* waiter, void* thrown);

// A condition over `lock` (a runtime lock from lsb_lock_new, which must outlive it).
lsb_error_t lsb_condition_new(void* lock, void** condition);
lsb_error_t lsb_condition_notify(void* condition, size_t n);
lsb_error_t lsb_condition_notify_all(void* condition);
lsb_error_t lsb_condition_wait_op(void* condition, void** op);

lsb_error_t lsb_barrier_new(long parties, void** barrier);
long lsb_barrier_parties(void* barrier);
long lsb_barrier_n_waiting(void* barrier);
bool lsb_barrier_broken(void* barrier);
lsb_error_t lsb_barrier_wait_op(void* barrier, void** op);                // lsb_op_result: the arrival index
lsb_error_t lsb_barrier_change_op(void* barrier, bool abort, void** op);  // reset() / abort()

// A state machine: start, then resume after each future it gave is done; *next NULL: it is over.
lsb_error_t lsb_op_start(void* op, void** next);
lsb_error_t lsb_op_resume(void* op, void* thrown, void** next);
long lsb_op_result(void* op);

// Queues. kind: 0 Queue (FIFO), 1 LifoQueue, 2 PriorityQueue (items ordered by Python's `<`).
lsb_error_t lsb_queue_new(int kind, long maxsize, void** queue);
size_t lsb_queue_qsize(void* queue);
long lsb_queue_maxsize(void* queue);
bool lsb_queue_empty(void* queue);
bool lsb_queue_full(void* queue);
lsb_error_t lsb_queue_put_nowait(void* queue, void* item);
lsb_error_t lsb_queue_get_nowait(void* queue, void** item);
lsb_error_t lsb_queue_task_done(void* queue);
// get(): while *_start gives a future, wait and *_finish; then get_nowait (put: put_nowait).
lsb_error_t lsb_queue_get_start(void* queue, void** waiter);
lsb_error_t lsb_queue_get_finish(void* queue, void* waiter, void* thrown);
lsb_error_t lsb_queue_put_start(void* queue, void** waiter);
lsb_error_t lsb_queue_put_finish(void* queue, void* waiter, void* thrown);
lsb_error_t lsb_queue_join_start(void* queue, void** waiter);
lsb_error_t lsb_queue_join_finish(void* queue, void* waiter, void* thrown);

// Implemented in C: the asyncio exceptions the runtime's QueueEmpty, QueueFull and
// BrokenBarrierError stand for (kind 0, 1, 2; message NULL: no argument); NULL if out of memory.
void* lsp_primitive_exception(int kind, const char* message, size_t len);
// a < b with Python semantics: NULL and *less set, or the exception it raised.
void* lsp_less(void* a, void* b, bool* less);

// ---- Streams (port/asyncio_streams.c, src/py_streams.cpp) ------------------------------------
// Boxes: C++ objects a Python wrapper owns (a StreamReader, a StreamWriter, a Server, a pending
// connection). The wrapper's finaliser hands its box to lsb_stream_box_finalised (deleted at the
// next safe point). Which network: real TCP natively in real time; the run's loopback network
// under virtual time and always in the browser build.
void lsb_stream_box_finalised(void* box);
// open_connection(): *pending a new box; *future (+1 reference) completes when connected.
lsb_error_t lsb_open_connection(const char* host, size_t host_len, int port, long long limit, void** pending,
                                void** future);
// Once *future is done: the connection's reader and writer boxes, or its error.
lsb_error_t lsb_open_connection_result(void* pending, void** reader, void** writer);
// start_server(): *server a new box; *future (+1 reference, a helper task taking a Task-N number
// as CPython's create_server does) to await before it is ready. `callback` is rooted.
lsb_error_t lsb_start_server(void* callback, const char* host, size_t host_len, int port, long long limit,
                             void** server, void** future);
// After a start_server future: raises its error, if any.
lsb_error_t lsb_start_server_result(void* server);
// The listening addresses (count; then the index-th: host valid until the next call, port).
size_t lsb_server_socket_count(void* server);
const char* lsb_server_socket(void* server, size_t index, size_t* host_len, int* port);
void lsb_server_close(void* server);
bool lsb_server_is_serving(void* server);
// *future (+1) completes when closed (serve_forever: raises CancelledError when closed); NULL: closed.
lsb_error_t lsb_server_wait_closed(void* server, void** future);
lsb_error_t lsb_server_serve_forever(void* server, void** future);
// Reader operations (0 read(n), 1 readline(), 2 readexactly(n), 3 readuntil(sep)): done with
// *data/*len (valid until the next call), or *waiter (+1 reference) to await before trying again.
lsb_error_t lsb_reader_try(void* reader, int op, long long n, const char* sep, size_t sep_len,
                           const char** data, size_t* len, void** waiter);
bool lsb_reader_at_eof(void* reader);
lsb_error_t lsb_writer_write(void* writer, const char* data, size_t len);
lsb_error_t lsb_writer_write_eof(void* writer);
bool lsb_writer_can_write_eof(void* writer);
void lsb_writer_close(void* writer);
bool lsb_writer_is_closing(void* writer);
// drain() in steps: stage 0 checks the reader's exception and asks for a bare yield (*yield_first)
// if the transport is closing; stage 1 raises if the connection is lost, else gives the waiter to
// await (+1 reference) or NULL when done.
lsb_error_t lsb_writer_drain(void* writer, int stage, bool* yield_first, void** waiter);
// The future wait_closed() awaits (+1 reference).
lsb_error_t lsb_writer_closed(void* writer, void** future);
// get_extra_info('peername' / 'sockname'): false for other names or when unknown.
bool lsb_writer_extra_info(void* writer, const char* name, size_t name_len, const char** host,
                           size_t* host_len, int* port);
// C side (asyncio_streams.c). A new connection for a server's callback: wraps the boxes (adopted),
// calls callback(reader, writer) and runs a coroutine result as a task. NULL or the exception raised.
void* lsp_streams_client_connected(void* callback, void* reader, void* writer);
// The Python exception for a stream error: kind 0 ConnectionError, 1 ConnectionRefusedError,
// 2 ConnectionResetError, 3 BrokenPipeError, 4 OSError, 5 IncompleteReadError(partial, expected:
// number < 0 is None), 6 LimitOverrunError(message, consumed = number). NULL if out of memory.
void* lsp_stream_exception(int kind, const char* message, size_t len, const char* partial, size_t partial_len,
                           long long number);

#ifdef __cplusplus
}
#endif

// ---- Combinators, TaskGroup, timeouts, Runner, all_tasks (src/py_wait.cpp, py_taskgroups.cpp,
// py_timeouts.cpp, py_runners.cpp) --------------------------------------------------------------
#ifdef __cplusplus
extern "C" {
#endif
// wait_for(future, timeout) for timeout != None: a new future (+1) done with inner's outcome or
// TimeoutError (CPython 3.11's wait_for, without a task of its own).
lsb_error_t lsb_wait_for(void* future, double timeout, void** waiter);
// wait(): a new future (+1) done when return_when (0 FIRST_COMPLETED, 1 FIRST_EXCEPTION,
// 2 ALL_COMPLETED) holds or the timeout passes.
lsb_error_t lsb_wait(void** futures, size_t n, bool has_timeout, double timeout, int return_when,
                     void** waiter);
// shield(future) of a pending future: the outer future (+1).
lsb_error_t lsb_shield(void* inner, void** outer);
// as_completed(): an owned state; getter() gives a new future (+1) to wait on or NULL when a
// result is ready; take() gives it (its result, or raises its exception / TimeoutError).
lsb_error_t lsb_as_completed_new(void** futures, size_t n, bool has_timeout, double timeout, void** state);
lsb_error_t lsb_as_completed_getter(void* state, void** getter);
void lsb_as_completed_abandon(void* state, void* getter);
lsb_error_t lsb_as_completed_take(void* state, void** value);
// The running loop's pending tasks (loop NULL: the running one): writes up to cap, returns how many.
size_t lsb_all_tasks(void* loop, void** out, size_t cap);
// TaskGroup (an owned object).
void* lsb_taskgroup_new(void);
lsb_error_t lsb_taskgroup_enter(void* tg);
lsb_error_t lsb_taskgroup_check(void* tg);
lsb_error_t lsb_taskgroup_add(void* tg, void* task);
void* lsb_taskgroup_loop(void* tg);
lsb_error_t lsb_taskgroup_begin_exit(void* tg, void* exception);
// The future to wait on next (+1), or NULL when every task is done.
lsb_error_t lsb_taskgroup_exit_waiter(void* tg, void** waiter);
void lsb_taskgroup_exit_cancelled(void* tg, void* cancelled_error);
// LSB_OK: re-raise what escaped the block (if anything); else the error to raise.
lsb_error_t lsb_taskgroup_finish_exit(void* tg);
// CPython's repr of the group / the timeout (valid until the next lsb_* call).
const char* lsb_taskgroup_repr(void* tg, size_t* len);
const char* lsb_timeout_repr(void* t, size_t* len);
// Timeout (an owned object). when: absolute loop time; has_when false: None.
void* lsb_timeout_new(bool has_when, double when);
lsb_error_t lsb_timeout_relative(double delay, double* when);
bool lsb_timeout_when(void* t, double* when);
lsb_error_t lsb_timeout_reschedule(void* t, bool has_when, double when);
bool lsb_timeout_expired(void* t);
lsb_error_t lsb_timeout_enter(void* t);
lsb_error_t lsb_timeout_exit(void* t, void* exception);
// Runner: a new runner of the session (kept until the end of the run) and its loop.
lsb_error_t lsb_runner_new(void** runner, void** loop);
// Runner.close(): suspends when it may (host mode); otherwise (also from __exit__) runs the short
// close sequence to its end.
lsb_error_t lsb_runner_close(void* runner, bool may_suspend);

// Implemented in C (port/exceptiongroup.c): ExceptionGroup(message, [items]) or, if an item is not
// an Exception, BaseExceptionGroup; NULL if it could not be made.
void* lsp_new_exception_group(const char* message, size_t len, void** items, size_t n);

// ---- fetch (port/modfetch.c, src/py_fetch.cpp, shim/loopscope.py) ------------------------------
// Starts aio::fetch(url) on the running loop; `future` (an asyncio.Future's runtime future) gets
// (status, "status text\nurl\nname: value...", body bytes) or an OSError.
lsb_error_t lsb_fetch_start(const char* url, size_t len, void* future);
// Made in C on the loop thread; NULL if out of memory.
void* lsp_fetch_result(int status, const char* meta, size_t meta_len, const char* body, size_t body_len);
void* lsp_fetch_error(const char* message, size_t len);
#ifdef __cplusplus
}
#endif
