// Where a Python task's coroutine is suspended (implemented in port/task_location.c).
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    const char* file;  // an interned string: valid while the interpreter state lives
    size_t file_len;
    uint32_t line;
} lsp_location_t;

// The innermost generator of `coro`'s await chain (walking into `await inner()` delegations) and
// the line it is suspended at. False if `coro` is not a suspended generator (running, finished,
// not started by a step yet, or not a generator).
bool lsp_task_location(void* coro, lsp_location_t* out);

// The generators `coro`'s `await`s delegate through, `coro` first, into out[0..max): a suspended
// one to what sits below its yielded value, a running one whose YIELD_FROM is resuming the next
// to what sits at its saved stack top (the innermost running one is last). Returns how many.
size_t lsp_await_chain(void* coro, void** out, size_t max);

// The line the running bytecode frame is at (patch 0100's mp_vm_frame): where the native function
// being called was called from; when that frame is a standard module's (a shim), the frame that
// called into it (following the stackless callers' chain). False outside bytecode.
bool lsp_current_location(lsp_location_t* out);

// The innermost running frame outside the standard modules (the shims): its file, line and
// function name (`<module>` for the script's body), as logging's findCaller reports them. False
// when no such frame is on the stackless callers' chain.
bool lsp_current_script_frame(lsp_location_t* out, const char** function, size_t* function_len);

// Calls `visit` for each frame on the stackless callers' chain of the running code, innermost
// first (its line and function name, interned), until it returns false; returns how many it saw.
typedef bool (*lsp_frame_visitor_t)(void* ctx, const lsp_location_t* where, const char* function,
                                    size_t function_len);
size_t lsp_visit_frames(lsp_frame_visitor_t visit, void* ctx);

// The line a frame stopped at mid-code (a preempted step's innermost frame, port/preemption.h).
bool lsp_frame_location(const void* frame, lsp_location_t* out);

// Where exception `exc` was raised: the innermost entry of its traceback outside the standard
// modules (the shims). False if it has none.
bool lsp_exception_location(void* exc, lsp_location_t* out);

// Whether new coroutines and native awaitables get a finaliser that reports them to the bridge
// (lsb_coroutine_created / lsb_coroutine_finalised: the never-awaited pitfall). Traced runs only.
void lsp_track_unstarted(bool on);
// Whether `gen` is a coroutine made by calling a function (not a comprehension's own).
bool lsp_called_coroutine(void* gen);

// A coroutine's function name, file, first line and (while its frame lives) current line, as
// CPython's Task repr shows them (`worker() running at main.py:5`, `done, defined at main.py:3`).
typedef struct {
    const char* name;  // interned strings: valid while the interpreter state lives
    size_t name_len;
    const char* file;
    size_t file_len;
    uint32_t first_line;  // estimated from the line table (cheap): see lsp_coro_info_find_definition
    uint32_t line;
    uint32_t body_line;  // the line of the body's first statement
    void* function;      // the Python function whose code it runs
    bool alive;          // its frame lives (not started, suspended or running), else it finished
    bool line_is_first;  // `line` is first_line (not started, or a function)
} lsp_coro_info_t;
bool lsp_coro_describe(void* coro, lsp_coro_info_t* out);
// Replaces the estimated first line (and `line` where it is that line) with CPython's
// co_firstlineno read from the script's text: the `def` line, or its first decorator's; a lambda's
// or comprehension's own line. Reads the script, so only for what is printed.
void lsp_coro_info_find_definition(lsp_coro_info_t* info);
// The function a coroutine runs (NULL if `coro` is not a Python coroutine). No allocation.
void* lsp_coro_function(void* coro);
// Lets go of what a finished coroutine's frame still holds (its locals, its stack, its exception
// stack), as CPython clears a finished frame: a done task keeps its coroutine for get_coro()
// without keeping the objects the frame referred to (the task's own wrapper among them). Nothing
// happens to a coroutine that has not finished.
void lsp_coro_release_frame(void* coro);
// A Python function's name, file and first line (for `cb=[name() at FILE:LINE]`); false otherwise.
bool lsp_function_describe(void* fn, lsp_coro_info_t* out);

#ifdef __cplusplus
}
#endif
