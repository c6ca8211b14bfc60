// threads.h for a build without threads (the page's fallback when it is not cross-origin isolated:
// no SharedArrayBuffer, so no Web Workers; MICROPY_PY_THREAD is 0 there, see mpconfigport.h).
// There is one thread, the loop's: no GIL to hand over, nothing else to park for or to collect
// from, and starting a thread raises. Executor jobs run on the loop thread instead
// (shim/concurrent.futures.py, aio's ThreadPoolExecutor).
#include "py/mpconfig.h"
#if !MICROPY_PY_THREAD

#include <math.h>
#include <time.h>

#include "threads.h"
#include "py/bc.h"
#include "py/runtime.h"

// VM nesting at which the engine last entered Python from the loop (see thread_port.c).
static size_t safe_base;

void lsp_threads_init(size_t pystack_size, size_t c_stack_limit) {
    (void)pystack_size;
    (void)c_stack_limit;
    safe_base = 0;
}

void lsp_threads_deinit(void) {}

bool lsp_thread_is_main(void) { return true; }

bool lsp_thread_finished(uint64_t ident) {
    (void)ident;
    return true;
}

size_t lsp_safe_base_enter(void) {
    size_t saved = safe_base;
    safe_base = mp_vm_nesting;
    return saved;
}

void lsp_safe_base_leave(size_t saved) { safe_base = saved; }

bool lsp_thread_at_safe_depth(void) { return mp_vm_nesting <= safe_base + 1; }

size_t lsp_threads_alive(void) { return 0; }

// Pool jobs run as loop callbacks here: they never make an idle loop wait.
size_t lsp_threads_busy(void) { return 0; }

void lsp_thread_set_service(void) {}

void lsp_threads_jobs_add(int delta) { (void)delta; }

bool lsp_threads_may_collect(void) { return true; }

void lsp_threads_gc_roots(void) {
    // The one thread's state and Python stack are scanned by gc_collect_start.
}

void lsp_gil_park(const void* fn) { (void)fn; }

void lsp_gil_park_vm_direct(void) {}

void lsp_gil_unpark(void) {}

void lsp_gil_release_main(void) {}

void lsp_gil_acquire_main(void) {}

bool lsp_gil_held(void) { return true; }

void lsp_gil_yield(void) {}

double lsp_monotonic(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

uint64_t lsp_park_generation(void) { return 0; }

// A blocked wait (a held lock, Event.wait, Condition.wait): no other thread exists to end it. With a
// deadline, the wait lasts until then, as CPython's would (the loop thread is blocked meanwhile);
// without one it would never end: a RuntimeError says so instead of freezing the page.
bool lsp_park_block(uint64_t seen, double deadline) {
    (void)seen;
    if (isinf(deadline)) {
        mp_raise_msg(&mp_type_RuntimeError,
                     MP_ERROR_TEXT("deadlock: this wait can only end from another thread, and threads are "
                                   "unavailable in this page (it is not cross-origin isolated)"));
    }
    while (lsp_monotonic() < deadline) {}
    return true;
}

void lsp_park_notify(void) {}

void lsp_thread_sleep(double seconds, const void* fn) {
    (void)fn;
    double deadline = lsp_monotonic() + seconds;
    while (lsp_monotonic() < deadline) {}
}

uint64_t lsp_thread_start(void* target) {
    (void)target;
    mp_raise_msg(&mp_type_RuntimeError,
                 MP_ERROR_TEXT("can't start new thread: threads are unavailable in this page (it is not "
                               "cross-origin isolated, so there are no Web Workers); asyncio.to_thread and "
                               "run_in_executor run their jobs on the loop thread instead"));
}

// CPython's idents are opaque numbers; the one thread here has a fixed one.
uint64_t lsp_thread_ident(void) { return 1; }

uint64_t lsp_thread_main_ident(void) { return 1; }

size_t lsp_threads_stop_all(double grace) {
    (void)grace;
    return 0;
}

#endif  // !MICROPY_PY_THREAD
