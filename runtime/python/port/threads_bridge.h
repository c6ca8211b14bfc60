// The C++ half of threads and executors (src/py_threads.cpp), called from C (port/modthreads.c,
// port/asyncio_threads.c). Same rules as bridge.h: never throws, never raises.
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bridge.h"

#ifdef __cplusplus
extern "C" {
#endif

// loop.call_soon_threadsafe(fn, *args) from any thread holding the GIL (`args`: a tuple).
lsb_error_t lsb_loop_call_soon_threadsafe(void* loop, void* fn, void* args);
// An executor job of a Python pool was submitted on `loop` (loop thread): counts as outstanding
// work (an idle virtual-time loop waits for it) and traces executor_queued. Returns the job id.
uint64_t lsb_executor_job_queued(void* loop, uint64_t executor_id);
// Its outcome reached the loop: traces executor_started (worker >= 0: it ran on that worker,
// `waited` seconds after it was queued) and executor_finished (`ran` seconds; worker < 0: cancelled
// before it started).
void lsb_executor_job_done(void* loop, uint64_t job, uint64_t executor_id, int worker, double waited,
                           double ran);
// fn() runs when `loop` closes (asyncio.run's end, loop.close()), while the run is alive.
lsb_error_t lsb_loop_on_close(void* loop, void* fn);
// Process-wide ids for Python thread pools (the trace's executor lanes).
uint64_t lsb_new_executor_id(void);
// A worker thread's safe point (between jobs): collects if enough was allocated and every other
// thread is parked safely. The runtime objects released by it are dropped by the loop thread.
void lsb_thread_safe_point(void);
// The CPython-style traceback of `exc` (threading's excepthook); out(ctx, text, len).
void lsb_format_exception(void* exc, void (*out)(void* ctx, const char* text, size_t len), void* ctx);

#ifdef __cplusplus
}
#endif
