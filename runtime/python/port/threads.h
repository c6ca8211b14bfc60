// Threads that run Python (port/thread_port.c): the GIL handover, blocking waits that release it,
// the registry the collector and the end of a run use.
//
// GC rule: a collection runs only at a safe point of the collecting thread and only when every
// other thread that is inside Python is *parked safely*: it released the GIL between two opcodes,
// or in a blocking call made directly by bytecode, of the VM invocation right above its base (the
// thread's entry, or the engine's latest entry from the loop: a task step, a callback), so
// everything it refers to is on its Python stack, in its thread state or rooted, which the
// collector scans. A thread that lost the GIL anywhere else (the VM's periodic bounce, a blocking
// call below a native frame) defers collections until it parks safely or leaves Python.
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// Run start (before the heap exists) / end (after every thread ended or was abandoned).
void lsp_threads_init(size_t pystack_size, size_t c_stack_limit);
void lsp_threads_deinit(void);

bool lsp_thread_is_main(void);
// Has the thread `ident` left Python for good (its C side is done)? True for unknown idents.
bool lsp_thread_finished(uint64_t ident);
// The engine enters Python from the loop (lsp_resume, lsp_call_args): frames one VM invocation
// deeper count as "directly below a safe point" for parking (see the GC rule above).
size_t lsp_safe_base_enter(void);
void lsp_safe_base_leave(size_t saved);
// Is the calling thread's running VM invocation at most one above that entry (nothing of its own on
// the C stack in between)? The VM's own collections in wasm need it (port/interp.c).
bool lsp_thread_at_safe_depth(void);
// Other threads that run (or will run) Python and have not finished.
size_t lsp_threads_alive(void);
// Work other threads are doing for the script: threads that are not pool workers, plus pool jobs
// queued or running. While there is some, an idle virtual-time loop keeps pace with real time
// instead of jumping to its next timer (the threads need real time to progress).
size_t lsp_threads_busy(void);
// The calling thread is a pool worker (idle, it is no work of its own).
void lsp_thread_set_service(void);
// A pool job was submitted (+1) / ran or was dropped (-1).
void lsp_threads_jobs_add(int delta);
// May the calling thread (at a safe point) collect now?
bool lsp_threads_may_collect(void);
// Marks the other threads' Python stacks, thread states and targets (collector only).
void lsp_threads_gc_roots(void);

// The GIL around a blocking call. park(fn): `fn` is the native function object the VM called
// (decides "parked safely"); NULL: unsafe. unpark() raises SystemExit in a thread asked to stop.
void lsp_gil_park(const void* fn);
// The same for a method the VM calls itself without a call opcode (`with`'s __enter__): safe when
// the VM's only invocation on this thread made the call.
void lsp_gil_park_vm_direct(void);
void lsp_gil_unpark(void);
// The main thread around its idle waits and host returns: always a safe park; never raises.
void lsp_gil_release_main(void);
void lsp_gil_acquire_main(void);
// Does the calling thread hold the GIL?
bool lsp_gil_held(void);
// The main thread between loop iterations: hands the GIL to a thread waiting for it, if any.
void lsp_gil_yield(void);

// Monotonic seconds (deadlines of the waits below).
double lsp_monotonic(void);
// Blocking without the GIL (the caller parked): waits until lsp_park_notify() advanced the
// generation past `seen`, `deadline` (lsp_monotonic seconds; INFINITY: none) passed, or this thread
// was asked to stop. True if the deadline passed.
uint64_t lsp_park_generation(void);
bool lsp_park_block(uint64_t seen, double deadline);
// Something a parked thread may wait for changed (a lock released...).
void lsp_park_notify(void);
// time.sleep on a thread other than the main one: sleeps that thread only.
void lsp_thread_sleep(double seconds, const void* fn);

// Starts a thread running target() (a Python callable). Returns its ident; raises on failure.
uint64_t lsp_thread_start(void* target);
uint64_t lsp_thread_ident(void);
uint64_t lsp_thread_main_ident(void);

// End of a run (main thread, GIL held): asks every thread still running to stop (SystemExit at its
// next bytecode branch or blocking call), waits up to `grace` seconds for them, abandons the rest
// (they never get the GIL again). Returns how many were abandoned.
size_t lsp_threads_stop_all(double grace);
// EngineOptions::thread_exit_timeout of the run (_lsthread.exit_timeout()): how long the end of
// asyncio.run and of the main program wait for threads before they are abandoned.
extern double lsp_thread_exit_timeout;

#ifdef __cplusplus
}
#endif
