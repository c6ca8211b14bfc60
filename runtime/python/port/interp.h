// The interpreter as the C++ engine drives it (implemented in port/interp.c). Every function that
// runs Python code catches Python exceptions itself and returns the exception object instead.
#pragma once
#include <stdbool.h>
#include <stddef.h>

#include "bridge.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    void* heap;  // the first GC area (more are added on demand up to the engine's cap)
    size_t heap_size;
    size_t heap_cap;  // all areas together, the first one included
    void* pystack;    // the Python stack (frames of Python functions)
    size_t pystack_size;
    void* stack_top;      // the C stack at the engine's entry point
    size_t stack_limit;   // C stack bytes Python may use below stack_top
    const char* argv0;    // sys.argv[0]
    bool toplevel_await;  // notebook mode: the main script's module body may await (asyncio/notebook.h)
} lsp_init_t;

// Creates a fresh interpreter state. Automatic collection is switched off (safe points only).
void lsp_init(const lsp_init_t* config);
// Runs every finaliser (wrappers release their runtime objects) and tears the state down.
void lsp_deinit(void);

// Compiles `src` as __main__'s code (sets __file__) and returns the module function. Raises (C
// callers only, under nlr_push): the syntax error.
void* lsp_compile_main(const char* src, size_t len, const char* filename);
// Compiles and runs `src` as __main__ (port/main_program.c; a module body that awaits runs as the
// main task of an event loop, asyncio/notebook.h). NULL on success, else the uncaught exception.
void* lsp_exec(const char* src, size_t len, const char* filename);

// ---- The main program under a host (port/main_program.c) ----
// In host mode, blocking loop entry points called from the main program suspend it instead of
// running the loop (LSB_SUSPEND); the host runs the loop and resumes the program.
void lsp_set_host_mode(bool on);
bool lsp_host_mode(void);
// May the blocking entry point whose function object is `fn` suspend the main program now? (host
// mode, and the VM itself called `fn` from the main program's own frames: no native call between.)
// The entry point passes the answer to its lsb_* function.
bool lsp_may_suspend(const void* fn);
// The C stack measure starts at `top` (each time the host enters the interpreter).
void lsp_set_stack_top(void* top);
// LSP_MAIN_PREEMPTED (hosted runs, port/preemption.h): the main program gave the thread back in the
// middle of its code; lsp_main_continue goes on.
typedef enum { LSP_MAIN_FINISHED, LSP_MAIN_RAISED, LSP_MAIN_SUSPENDED, LSP_MAIN_PREEMPTED } lsp_main_kind_t;
// Compiles and runs `src` as __main__ until it ends or suspends. *out: the uncaught exception.
lsp_main_kind_t lsp_main_start(const char* src, size_t len, const char* filename, void** out);
// Resumes the suspended main program: the blocking call returns `value`, or raises `error`.
lsp_main_kind_t lsp_main_resume(void* value, const lsb_error_t* error, void** out);
lsp_main_kind_t lsp_main_continue(void** out);
// The main program's innermost frame while it is suspended or preempted.
void* lsp_main_preempted_frame(void);
bool lsp_main_suspended(void);

// LSP_PREEMPTED (hosted runs, port/preemption.h): the step gave the thread back before it suspended;
// *out is its innermost frame, for lsp_resume_preempted.
typedef enum { LSP_RETURNED, LSP_YIELDED, LSP_RAISED, LSP_PREEMPTED } lsp_resume_kind_t;
// Sends None (throw == NULL) or throws the described exception into a coroutine / generator /
// native awaitable. *out: the returned value, the yielded value or the raised exception.
lsp_resume_kind_t lsp_resume(void* coro, const lsb_error_t* throw_, void** out);
// Goes on with a coroutine step that lsp_resume (or this) reported preempted at `frame`.
lsp_resume_kind_t lsp_resume_preempted(void* coro, void* frame, void** out);
// Calls fn(arg); NULL on success, else the exception it raised.
void* lsp_call1(void* fn, void* arg);
// A new Python exception for `error`; on failure (no memory) the MemoryError singleton.
void* lsp_make_exception(const lsb_error_t* error);
// A new list of `n` objects, or NULL when out of memory.
void* lsp_new_list(void* const* items, size_t n);
bool lsp_is_coroutine(void* obj);
bool lsp_is_syntax_error(void* obj);
// Clears __main__'s globals (end of a run: lets their objects be collected).
void lsp_clear_main(void);
bool lsp_is_exception(void* obj);
bool lsp_is_none(void* obj);
void* lsp_none(void);

// A full collection: state root pointers, the Python stack and the C++ roots. Only at safe points
// (no Python code running on the C stack above the caller, except frames whose objects are all on
// the Python stack or rooted). False: not now, another thread in Python is not parked safely (a
// collection is requested for a later safe point).
bool lsp_collect(void);
// The allocation amount (bytes) after which the VM collects at its next branch (SIZE_MAX: never).
void lsp_set_vm_collect_interval(size_t bytes);
// Bytes allocated since the last collection; current heap size.
size_t lsp_allocated_since_collect(void);
size_t lsp_heap_total(void);
// Bytes held by live (and not yet collected) objects: right after a collection, what survived it.
size_t lsp_heap_in_use(void);
// The run's memory cap (lsp_init_t.heap_cap): the heap's areas and the loop's objects together.
size_t lsp_memory_cap(void);
// Bytes of the event loop's own objects outside the heap (tasks, futures, handles' callbacks:
// src/loop_memory.hpp). They count against the cap with the areas; changed under the GIL only.
extern size_t lsp_loop_bytes;

// The end of the main program (finish_threads): threading._shutdown(timeout) if the script
// imported threading. NULL, or the exception it raised.
void* lsp_threading_shutdown(double timeout);
// Then atexit._run_exitfuncs() if the script imported atexit. NULL, or the exception it raised.
void* lsp_atexit_run(void);
// The empty tuple (calls without arguments).
void* lsp_empty_tuple(void);

// Puts the shims' directory on sys.path (port/shims.c); called by lsp_init.
void lsp_shims_init(void);

// Describing exceptions (for tracebacks). A frame: file, line, function (NULL: unknown).
typedef struct {
    const char* file;
    size_t line;
    const char* block;
} lsp_frame_t;
// Frames outermost first; returns the total count (fills at most `max`).
size_t lsp_traceback(void* exc, lsp_frame_t* frames, size_t max);
// Where a SyntaxError that carries CPython's details (compile(), exec(), eval(), or made as
// SyntaxError(msg, (filename, lineno, offset, text, ...))) points: false without a line number. The
// texts stay valid while the exception lives; offsets count characters from 1 (0: none).
typedef struct {
    const char* file;  // NULL: None
    size_t line;
    long offset;
    long end_offset;
    const char* text;  // NULL: None
    size_t text_len;
} lsp_syntax_place_t;
bool lsp_syntax_error_place(void* exc, lsp_syntax_place_t* place);
// Writes "Type: message" (what the last line of a traceback shows) through `out`.
void lsp_exception_line(void* exc, void (*out)(void* ctx, const char* text, size_t len), void* ctx);
const char* lsp_type_name(void* obj);
// True for SystemExit; *code is its exit status (0 for None, 1 for a non-int message, which
// is then written to stderr through `out` as CPython does).
bool lsp_system_exit(void* exc, int* code, void (*out)(void* ctx, const char* text, size_t len), void* ctx);
// Chaining (patches/0004): the exception this one was raised from (`raise X from cause`), or NULL;
// the one being handled when it was raised (__context__), or NULL; __suppress_context__.
void* lsp_exception_cause(void* exc);
void* lsp_exception_context(void* exc);
bool lsp_exception_suppress_context(void* exc);
// The exception's __notes__ (add_note), written one per line through `out`; str() of each.
void lsp_exception_notes(void* exc, void (*out)(void* ctx, const char* text, size_t len), void* ctx);
// CPython's ". Did you mean: 'x'?" for a NameError/AttributeError the runtime raised (patch 0064), written
// through `out` (nothing when there is no close name).
void lsp_exception_suggestion(void* exc, void (*out)(void* ctx, const char* text, size_t len), void* ctx);
// The syntax error position recorded by the parser for the last SyntaxError (0 if unknown).
void lsp_syntax_error_position(size_t* line, size_t* column);
// Where CPython's caret range under that position ends (exclusive; SIZE_MAX: the end of the line; 0: one
// caret).
size_t lsp_syntax_error_end_column(void);

#ifdef __cplusplus
}
#endif
