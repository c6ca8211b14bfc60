// The boundary between the C side (MicroPython objects, compiled with the interpreter) and the
// C++ side (the engine session and the aio runtime): the error type every boundary function
// returns and the interpreter's own services. Each asyncio unit declares its own boundary in
// asyncio/<unit>.h with the same rules.
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
// The one ownership path: a Python object that owns a C++ object (a PyOwned: a lock, a queue, a
// stream box, a handle box, an operation's state...) was finalised; the object is deleted at the
// next safe point, never inside the sweep.
void lsb_owned_finalised(void* owned);
// The GC roots held by C++ (scanned by every collection).
void** lsb_roots(size_t* count);

// What the step watchdog reports (port/watchdog.c): 2 and the name of the running task (valid until
// the next call), 1 a callback of a running loop, 0 the main program.
int lsb_current_step(const char** task_name, size_t* len);
// Stops the running loop, if any (a step ran past its limit).
void lsb_stop_running_loop(void);

// The run uses virtual time.
bool lsb_virtual_time(void);
// The clock time.time()/monotonic()/perf_counter() read: the shared virtual clock under virtual time
// (kind is ignored), else 0: wall clock, 1: monotonic, 2: perf counter.
double lsb_clock_now(int kind);
// time.sleep(s): the running loop (if any) shows as blocked; under virtual time the clock advances
// at once, else the thread sleeps.
void lsb_blocking_sleep(double seconds);
// A blocking call other than time.sleep (a thread join, Future.result(), a threading lock...) held
// the calling thread for `seconds`: if a loop runs on it, the trace shows the loop blocked by `what`.
void lsb_loop_blocked(const char* what, size_t len, double seconds);
// The never-awaited pitfall (traced runs only: mp_gen_track_unstarted). A coroutine or native
// awaitable was made (the line calling it is noted), and later finalised by the collector's sweep:
// if it never started, the trace gets a coroutine_dropped event named `name`. Must not allocate on
// the Python heap (called from the sweep).
void lsb_coroutine_created(void* obj);
// The watchdog: the current step has run `seconds` (past 0.1) without ending: the trace gets a
// long_step event with the script line it runs at (the slow-step pitfall's line).
void lsb_step_running_long(double seconds);
void lsb_coroutine_finalised(void* obj, bool unstarted, const char* name, size_t len);
// A coroutine or native awaitable that never started was dropped by an expression statement and
// warned of at once (patch 0359): traced runs note the pitfall now, not again when it is collected.
void lsb_coroutine_warned(void* obj, const char* name, size_t len);
// The seed the random module starts from: true and *seed set if the run is seeded (EngineOptions::seed,
// else 0 under virtual time); false: seed from lsb_random_entropy().
bool lsb_random_seed(uint64_t* seed);
// 64 bits from the OS (random.seed(None), unseeded real-time runs).
uint64_t lsb_random_entropy(void);
// Identifies the run in progress (never 0; different for every run of the process).
uint64_t lsb_run_id(void);
// The run's script: its text (*len bytes) and its file name (NUL-terminated), for inspect.getsource.
const char* lsb_script_source(size_t* len, const char** filename);

// ---- Implemented in C (asyncio/futures.c): what the engine's runtime objects ask of Python's ----
// The runtime future a Python object wraps, or NULL if it is not a Future/Task wrapper.
void* lsp_py_to_future(void* obj);
// True if obj is an asyncio.CancelledError instance.
bool lsp_is_cancelled_error(void* obj);

// True if obj is a KeyboardInterrupt or SystemExit instance (port/interp.c): raised in a task, it
// also leaves the loop, as CPython's Task.__step re-raises them.
bool lsp_is_exit_exception(void* obj);

// ---- Implemented in C (asyncio/loop.c): what CPython logs, exception contexts ---------------
// The default exception handler's report (`text`: the message and the context's other keys; the
// exception or NULL) as CPython's logs it, through the 'asyncio' logger, once the script imported
// logging (its handlers and format apply). False if not logged: the caller prints it.
bool lsp_log_loop_error(const char* text, size_t len, void* exception);
// Whether the script imported logging (the default handler's reports may then be its output).
bool lsp_logging_imported(void);
// A new event loop: the 'asyncio' logger's "Using selector: ..." debug line, if the script listens.
void lsp_loop_created(bool virtual_time);
// The context of an exception raised by the callback fn(*args) (args: a tuple; or NULL, and then
// lone_arg its one argument or NULL for none), as CPython's Handle makes it: {'message':
// 'Exception in callback NAME(ARGS) at FILE:LINE', 'exception': ..., 'handle': <Handle ...>}
// (`when` not NULL: a timer's time, <TimerHandle when=...>). NULL if it could not be made.
// *message, *len: the message (alive as long as the dict).
void* lsp_callback_error_context(void* fn, void* args, void* lone_arg, void* exception, const double* when,
                                 const char** message, size_t* len);
// The context of an exception nobody retrieved from `future` (an aio::FutureBase*), as CPython's
// Future.__del__ makes it: {'message': ..., 'exception': ..., 'future': <its Future/Task object,
// made if it has none>}. NULL if it could not be made (asyncio/futures.c).
void* lsp_future_error_context(void* future, const char* message, size_t len, void* exception);
// What CPython's default handler prints after the message: "key: repr(value)\n" for each key but
// message and exception, sorted. Writes at most `capacity` bytes; returns the whole length.
size_t lsp_context_details(void* context, char* out, size_t capacity);

// ---- Implemented in C (port/interp.c) -------------------------------------------------------
// Calls fn(*args) (args: a tuple); NULL on success, else the exception it raised.
void* lsp_call_args(void* fn, void* args);
// Calls handler(loop, context): the given context dict, or {'message': ..., 'exception': ...} when
// it is NULL. NULL on success, else the exception; then *error_context (if not NULL) is CPython's
// context for the default handler: {'message': 'Unhandled error in exception handler',
// 'exception': <it>, 'context': <the context>} (NULL if it could not be made).
void* lsp_call_exception_handler(void* handler, void* loop_wrapper, const char* message, size_t len,
                                 void* exception, void* context, void** error_context);
// A short description of a callable for messages ("cb", "print"...).
const char* lsp_callable_name(void* fn);

#ifdef __cplusplus
}
#endif
