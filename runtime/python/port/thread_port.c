// MicroPython's thread port on pthreads, and the registry of Loopscope's Python threads (threads.h).
//
// Every thread that runs Python has a record: its own mp_state_thread_t (thread-local through
// mp_thread_get_state), its own Python stack (PYSTACK: frames never live on the C stack), its park
// state for the collector, and its saved VM nesting / latest callee (patch 0050's globals are only
// touched with the GIL held, so they are swapped with the GIL to be per thread).
//
// Sections: MicroPython's thread API · The fair mutex (the GIL) · GIL around blocking calls ·
//  Registry.
#include "py/mpconfig.h"
#if MICROPY_PY_THREAD  // without threads (the page's no-threads build): port/thread_none.c

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "contextvars.h"
#include "threads.h"
#include "py/bc.h"
#include "py/gc.h"
#include "py/mpthread.h"
#include "py/pystack.h"
#include "py/runtime.h"
#include "py/stackctrl.h"

enum { PARK_RUNNING, PARK_SAFE, PARK_UNSAFE };

typedef struct lsp_thread {
    mp_state_thread_t ts;  // unused by the main thread (it has mp_state_ctx.thread)
    mp_state_thread_t* state;
    void* pystack;
    mp_obj_t target;    // what the thread runs; scanned by collections
    size_t vm_nesting;  // patch 0050's globals while the thread does not hold the GIL
    mp_obj_t vm_callee;
    mp_code_state_t* vm_frame;  // patch 0100's running frame, likewise
    bool vm_preemptible;        // patch 0140's: is the thread's running VM invocation preemptible
    mp_obj_t context;           // its current contextvars.Context while it does not hold the GIL (scanned)
    uint64_t ident;
    pthread_t handle;
    int park;
    bool is_main;
    bool started;    // has taken the GIL at least once
    unsigned turns;  // GIL acquisitions so far (counted up to NEW_THREAD_TURNS)
    bool service;    // a pool worker
    bool finished;   // left Python for good (registry mutex)
    bool stop;       // asked to stop (end of the run)
    bool abandoned;  // never gets the GIL again
    struct lsp_thread* next;
} lsp_thread_t;

__thread mp_state_thread_t* lsp_thread_state;
static __thread lsp_thread_t* tls_thread;
// The VM's bounce released the GIL while nobody waited for it: it was kept (see
// mp_thread_mutex_unlock); the thread's next GIL lock is then a no-op.
static __thread bool tls_gil_kept;
// VM nesting at which the engine last entered Python from the event loop (a task step, a loop
// callback; 0: the thread's entry). Frames one VM invocation above it have nothing of their own on
// the C stack: everything the C++ side keeps is rooted (PyRef), as at the engine's safe points.
static __thread size_t tls_safe_base;

size_t lsp_safe_base_enter(void) {
    size_t saved = tls_safe_base;
    tls_safe_base = mp_vm_nesting;
    return saved;
}

void lsp_safe_base_leave(size_t saved) { tls_safe_base = saved; }

static bool at_safe_depth(void) { return mp_vm_nesting <= tls_safe_base + 1; }

bool lsp_thread_at_safe_depth(void) { return at_safe_depth(); }

// The registry: the list is changed with the GIL held; `finished` is also signalled through
// registry_cv for the end-of-run wait, which does not hold the GIL.
static pthread_mutex_t registry_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t registry_cv = PTHREAD_COND_INITIALIZER;
static lsp_thread_t* threads;
static lsp_thread_t main_record;
static size_t thread_pystack_size;
static size_t thread_c_stack_limit;
static long jobs_in_flight;  // GIL

// Parked threads wait here for a change (lock released, stop request).
static pthread_mutex_t park_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t park_cv = PTHREAD_COND_INITIALIZER;
static uint64_t park_gen;

// Abandoned threads end up here, forever.
static pthread_mutex_t grave_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t grave_cv = PTHREAD_COND_INITIALIZER;

double lsp_monotonic(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static struct timespec abs_time(double monotonic_deadline) {
    // pthread condition variables wait on CLOCK_REALTIME by default: translate.
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    double wait = monotonic_deadline - lsp_monotonic();
    if (wait < 0) wait = 0;
    if (wait > 1e6) wait = 1e6;
    double whole = floor(wait);
    struct timespec t;
    t.tv_sec = now.tv_sec + (time_t)whole;
    t.tv_nsec = now.tv_nsec + (long)((wait - whole) * 1e9);
    if (t.tv_nsec >= 1000000000L) {
        t.tv_sec += 1;
        t.tv_nsec -= 1000000000L;
    }
    return t;
}

static void graveyard(void) {
    pthread_mutex_lock(&grave_mutex);
    for (;;) { pthread_cond_wait(&grave_cv, &grave_mutex); }
}

// ---- MicroPython's thread API -------------------------------------------------------------------

void mp_thread_set_state(mp_state_thread_t* state) { lsp_thread_state = state; }

mp_uint_t mp_thread_get_id(void) { return (mp_uint_t)pthread_self(); }

mp_uint_t mp_thread_create(void* (*entry)(void*), void* arg, size_t* stack_size) {
    (void)entry;
    (void)arg;
    (void)stack_size;
    mp_raise_msg(&mp_type_RuntimeError,
                 MP_ERROR_TEXT("_thread.start_new_thread is not supported: use threading.Thread"));
}

void mp_thread_start(void) {}

void mp_thread_finish(void) {}

// ---- The fair mutex (the GIL) -------------------------------------------------------------------

static bool is_gil(mp_thread_mutex_t* mutex) { return mutex == &MP_STATE_VM(gil_mutex); }

// A new thread's first GIL turns (its start-up, which Thread.start() waits for) go first, as the
// main thread's do (thread_port.h).
#define NEW_THREAD_TURNS 64

void mp_thread_mutex_init(mp_thread_mutex_t* mutex) {
    pthread_mutex_init(&mutex->m, NULL);
    pthread_cond_init(&mutex->available, NULL);
    pthread_cond_init(&mutex->switched, NULL);
    mutex->switches = 0;
    mutex->waiters = 0;
    mutex->locked = false;
    mutex->drop_request = false;
    mutex->first_waiters = 0;
}

// The GIL was just taken / is about to be dropped by the calling thread.
static void gil_taken(void) {
    lsp_thread_t* t = tls_thread;
    if (t != NULL) {
        mp_vm_nesting = t->vm_nesting;
        mp_vm_callee = t->vm_callee;
        mp_vm_frame = t->vm_frame;
        mp_vm_preemptible = t->vm_preemptible;
        lsp_context_set_current(t->context);
        t->park = PARK_RUNNING;
        t->started = true;
        if (t->turns < NEW_THREAD_TURNS) { ++t->turns; }
    }
}

static void gil_dropping(void) {
    lsp_thread_t* t = tls_thread;
    if (t != NULL) {
        t->vm_nesting = mp_vm_nesting;
        t->vm_callee = mp_vm_callee;
        t->vm_frame = mp_vm_frame;
        t->vm_preemptible = mp_vm_preemptible;
        t->context = lsp_context_current();
        if (t->park == PARK_RUNNING) {
            // The VM's periodic bounce (or a `_thread` lock): between two opcodes of the only VM
            // invocation on this thread, every object it uses is on its Python stack; deeper, a
            // native frame between two VM invocations may hold objects only its C stack sees.
            t->park = at_safe_depth() ? PARK_SAFE : PARK_UNSAFE;
        }
    }
}

static void mutex_release(mp_thread_mutex_t* mutex, bool force_switch);

int mp_thread_mutex_lock(mp_thread_mutex_t* mutex, int wait) {
    bool gil = is_gil(mutex);
    if (tls_gil_kept) {
        tls_gil_kept = false;
        if (gil) {
            return 1;  // the second half of a bounce nobody waited for
        }
        // Anything else after a kept release (a `_thread` lock's wait): really release first.
        mutex_release(&MP_STATE_VM(gil_mutex), false);
    }
    lsp_thread_t* self = gil ? tls_thread : NULL;
    const bool first =
        gil && (mp_thread_is_main_thread() || (self != NULL && self->turns < NEW_THREAD_TURNS));
    const bool gives_way = gil && !first;  // to the main thread and threads yet to start
    pthread_mutex_lock(&mutex->m);
    if (mutex->locked || (self != NULL && self->abandoned) || (gives_way && mutex->first_waiters > 0)) {
        if (!wait) {
            pthread_mutex_unlock(&mutex->m);
            return 0;
        }
        // Atomic although under the mutex: mp_thread_mutex_unlock reads it without the mutex
        // (a plain write beside that read is a data race, which ThreadSanitizer reports).
        __atomic_add_fetch(&mutex->waiters, 1, __ATOMIC_RELAXED);
        if (first) { ++mutex->first_waiters; }
        unsigned long seen = mutex->switches;
        while (mutex->locked || (self != NULL && self->abandoned) ||
               (gives_way && mutex->first_waiters > 0)) {
            if (self != NULL && self->abandoned) {
                __atomic_sub_fetch(&mutex->waiters, 1, __ATOMIC_RELAXED);
                if (first) { --mutex->first_waiters; }
                pthread_cond_broadcast(&mutex->switched);
                pthread_mutex_unlock(&mutex->m);
                graveyard();
            }
            struct timespec deadline = abs_time(lsp_monotonic() + 0.005);
            int rc = pthread_cond_timedwait(&mutex->available, &mutex->m, &deadline);
            if (rc == ETIMEDOUT && mutex->locked && mutex->switches == seen) {
                mutex->drop_request = true;  // the holder kept it for a whole interval
            }
            seen = mutex->switches;
        }
        __atomic_sub_fetch(&mutex->waiters, 1, __ATOMIC_RELAXED);
        if (first) { --mutex->first_waiters; }
    }
    mutex->locked = true;
    mutex->drop_request = false;
    ++mutex->switches;
    pthread_cond_broadcast(&mutex->switched);
    pthread_mutex_unlock(&mutex->m);
    if (gil) { gil_taken(); }
    return 1;
}

// Really releases the GIL (blocking calls, idle waits): never kept.
static void gil_release_now(void) {
    tls_gil_kept = false;
    gil_dropping();
    mutex_release(&MP_STATE_VM(gil_mutex), false);
}

static void mutex_release(mp_thread_mutex_t* mutex, bool force_switch) {
    pthread_mutex_lock(&mutex->m);
    mutex->locked = false;
    if (mutex->waiters > 0) {
        pthread_cond_broadcast(&mutex->available);
        if (mutex->drop_request || force_switch) {
            unsigned long s = mutex->switches;
            while (mutex->switches == s && mutex->waiters > 0) {
                pthread_cond_wait(&mutex->switched, &mutex->m);
            }
        }
    }
    pthread_mutex_unlock(&mutex->m);
}

void mp_thread_mutex_unlock(mp_thread_mutex_t* mutex) {
    if (is_gil(mutex)) {
        // The VM's periodic bounce (unlock, then lock at once) is the common case: when no thread
        // waits, keep the GIL and skip both halves. A thread that starts waiting now gets it at a
        // later bounce.
        if (__atomic_load_n(&mutex->waiters, __ATOMIC_RELAXED) == 0 && tls_thread != NULL &&
            !tls_thread->abandoned) {
            tls_gil_kept = true;
            return;
        }
        gil_dropping();
    }
    mutex_release(mutex, false);
}

// ---- GIL around blocking calls --------------------------------------------------------------------

void lsp_gil_park(const void* fn) {
    lsp_thread_t* t = tls_thread;
    if (t != NULL) {
        bool direct = fn != NULL && at_safe_depth() && mp_vm_callee == MP_OBJ_FROM_PTR(fn);
        t->park = direct ? PARK_SAFE : PARK_UNSAFE;
    }
    gil_release_now();
}

void lsp_gil_park_vm_direct(void) {
    lsp_thread_t* t = tls_thread;
    if (t != NULL) { t->park = at_safe_depth() ? PARK_SAFE : PARK_UNSAFE; }
    gil_release_now();
}

void lsp_gil_unpark(void) {
    MP_THREAD_GIL_ENTER();
    lsp_thread_t* t = tls_thread;
    if (t != NULL && t->stop && !t->is_main) { mp_raise_type(&mp_type_SystemExit); }
}

void lsp_gil_release_main(void) {
    lsp_thread_t* t = tls_thread;
    if (t != NULL) { t->park = PARK_SAFE; }
    gil_release_now();
}

void lsp_gil_acquire_main(void) { MP_THREAD_GIL_ENTER(); }

void lsp_gil_yield(void) {
    mp_thread_mutex_t* gil = &MP_STATE_VM(gil_mutex);
    pthread_mutex_lock(&gil->m);
    bool someone_waits = gil->waiters > 0;
    pthread_mutex_unlock(&gil->m);
    if (!someone_waits) { return; }
    lsp_thread_t* t = tls_thread;
    if (t != NULL) {
        t->park = PARK_SAFE;  // between loop iterations: a safe point of the main thread
    }
    gil_dropping();
    mutex_release(gil, true);
    MP_THREAD_GIL_ENTER();
}

uint64_t lsp_park_generation(void) {
    pthread_mutex_lock(&park_mutex);
    uint64_t g = park_gen;
    pthread_mutex_unlock(&park_mutex);
    return g;
}

bool lsp_park_block(uint64_t seen, double deadline) {
    lsp_thread_t* self = tls_thread;
    bool timed_out = false;
    pthread_mutex_lock(&park_mutex);
    while (park_gen == seen && !(self != NULL && self->stop)) {
        if (isinf(deadline)) {
            pthread_cond_wait(&park_cv, &park_mutex);
        } else {
            if (lsp_monotonic() >= deadline) {
                timed_out = true;
                break;
            }
            struct timespec t = abs_time(deadline);
            pthread_cond_timedwait(&park_cv, &park_mutex, &t);
        }
    }
    pthread_mutex_unlock(&park_mutex);
    return timed_out;
}

void lsp_park_notify(void) {
    pthread_mutex_lock(&park_mutex);
    ++park_gen;
    pthread_cond_broadcast(&park_cv);
    pthread_mutex_unlock(&park_mutex);
}

void lsp_thread_sleep(double seconds, const void* fn) {
    double deadline = lsp_monotonic() + seconds;
    lsp_gil_park(fn);
    lsp_thread_t* self = tls_thread;
    pthread_mutex_lock(&park_mutex);
    while (!(self != NULL && self->stop)) {
        if (lsp_monotonic() >= deadline) break;
        struct timespec t = abs_time(deadline);
        pthread_cond_timedwait(&park_cv, &park_mutex, &t);
    }
    pthread_mutex_unlock(&park_mutex);
    lsp_gil_unpark();
}

// ---- Registry -----------------------------------------------------------------------------------

void lsp_threads_init(size_t pystack_size, size_t c_stack_limit) {
    memset(&main_record, 0, sizeof(main_record));
    main_record.state = &mp_state_ctx.thread;
    main_record.is_main = true;
    main_record.ident = (uint64_t)mp_thread_get_id();
    main_record.handle = pthread_self();
    main_record.park = PARK_RUNNING;
    threads = &main_record;
    jobs_in_flight = 0;
    thread_pystack_size = pystack_size;
    thread_c_stack_limit = c_stack_limit;
    tls_thread = &main_record;
    lsp_thread_state = &mp_state_ctx.thread;
    tls_gil_kept = false;
    tls_safe_base = 0;
}

void lsp_threads_deinit(void) {
    // mp_deinit's GIL release may have been kept (nobody waits): the next run starts clean.
    tls_gil_kept = false;
    main_record.park = PARK_SAFE;
    // Every thread left here finished (joined) or was abandoned (leaked on purpose).
    lsp_thread_t* t = threads;
    while (t != NULL) {
        lsp_thread_t* next = t->next;
        if (!t->is_main && !t->abandoned) {
            pthread_join(t->handle, NULL);
            free(t);
        }
        t = next;
    }
    threads = NULL;
}

bool lsp_thread_finished(uint64_t ident) {
    bool finished = true;
    pthread_mutex_lock(&registry_mutex);
    for (lsp_thread_t* t = threads; t != NULL; t = t->next) {
        if (t->ident == ident && !t->is_main) finished = t->finished || t->abandoned;
    }
    pthread_mutex_unlock(&registry_mutex);
    return finished;
}

bool lsp_thread_is_main(void) { return tls_thread == NULL || tls_thread->is_main; }

size_t lsp_threads_alive(void) {
    size_t n = 0;
    pthread_mutex_lock(&registry_mutex);
    for (lsp_thread_t* t = threads; t != NULL; t = t->next) {
        if (!t->is_main && !t->finished && !t->abandoned) ++n;
    }
    pthread_mutex_unlock(&registry_mutex);
    return n;
}

size_t lsp_threads_busy(void) {
    size_t n = jobs_in_flight > 0 ? (size_t)jobs_in_flight : 0;
    pthread_mutex_lock(&registry_mutex);
    for (lsp_thread_t* t = threads; t != NULL; t = t->next) {
        if (!t->is_main && !t->service && !t->finished && !t->abandoned) ++n;
    }
    pthread_mutex_unlock(&registry_mutex);
    return n;
}

void lsp_thread_set_service(void) {
    if (tls_thread != NULL && !tls_thread->is_main) tls_thread->service = true;
}

void lsp_threads_jobs_add(int delta) { jobs_in_flight += delta; }

bool lsp_threads_may_collect(void) {
    for (lsp_thread_t* t = threads; t != NULL; t = t->next) {
        if (t == tls_thread || t->finished || t->abandoned || !t->started) continue;
        if (t->park != PARK_SAFE) return false;
    }
    return true;
}

void lsp_threads_gc_roots(void) {
    for (lsp_thread_t* t = threads; t != NULL; t = t->next) {
        if (t->target != MP_OBJ_NULL) { gc_collect_root((void**)&t->target, 1); }
        if (t->context != MP_OBJ_NULL) { gc_collect_root((void**)&t->context, 1); }
        if (t->finished || t->abandoned) continue;
        mp_state_thread_t* s = t->state;
        void** start = (void**)&s->dict_locals;
        void** end = (void**)(s + 1);
        gc_collect_root(start, (size_t)(end - start));
        if (s->pystack_start != NULL) {
            gc_collect_root((void**)s->pystack_start,
                            (size_t)(s->pystack_cur - s->pystack_start) / sizeof(void*));
        }
    }
}

uint64_t lsp_thread_ident(void) { return (uint64_t)mp_thread_get_id(); }

uint64_t lsp_thread_main_ident(void) { return main_record.ident; }

static void* thread_main(void* arg) {
    lsp_thread_t* t = arg;
    tls_thread = t;
    lsp_thread_state = &t->ts;
    volatile char top = 0;
    mp_stack_set_top((void*)&top);
    mp_stack_set_limit(thread_c_stack_limit);
    t->ts.gc_lock_depth = 0;
    t->ts.nlr_jump_callback_top = NULL;
#if MICROPY_PY_RECURSIVE_REPR
    t->ts.repr_guard_top = NULL;
#endif
    t->ts.mp_pending_exception = MP_OBJ_NULL;
    mp_pystack_init(t->pystack, (char*)t->pystack + thread_pystack_size);

    MP_THREAD_GIL_ENTER();
    mp_locals_set(mp_state_ctx.thread.dict_locals);
    mp_globals_set(mp_state_ctx.thread.dict_globals);
    if (!t->stop) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_call_function_0(t->target);
            nlr_pop();
        } else if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(((mp_obj_base_t*)nlr.ret_val)->type),
                                            MP_OBJ_FROM_PTR(&mp_type_SystemExit))) {
            // threading.Thread reports its target's exceptions itself; this is its own failure.
            mp_printf(MICROPY_ERROR_PRINTER, "Unhandled exception in thread: ");
            mp_obj_print_exception(MICROPY_ERROR_PRINTER, MP_OBJ_FROM_PTR(nlr.ret_val));
        }
    }
    t->target = MP_OBJ_NULL;
    pthread_mutex_lock(&registry_mutex);
    t->finished = true;
    pthread_cond_broadcast(&registry_cv);
    pthread_mutex_unlock(&registry_mutex);
    t->park = PARK_SAFE;
    free(t->pystack);
    t->pystack = NULL;
    t->ts.pystack_start = t->ts.pystack_cur = NULL;
    tls_thread = NULL;  // no more GIL bookkeeping for this record
    gil_release_now();
    return NULL;
}

#ifdef __EMSCRIPTEN__
// The browser build's threads are Web Workers pre-started at load (PTHREAD_POOL_SIZE=4): a thread
// created beyond the pool only starts once the main thread returns to the browser, which a script
// blocked in join() never does. So at most this many Python threads run at once there.
#define LSP_MAX_THREADS 4
#endif

static size_t threads_running(void) {
    size_t n = 0;
    for (lsp_thread_t* t = threads; t != NULL; t = t->next) {
        if (!t->is_main && !t->finished) ++n;
    }
    return n;
}

// Threads that finished are joined and forgotten when the next one starts (their OS resources, and in
// the browser their Web Worker, go back).
static void reap_finished(void) {
    lsp_thread_t** link = &threads;
    while (*link != NULL) {
        lsp_thread_t* t = *link;
        if (!t->is_main && t->finished && !t->abandoned) {
            pthread_mutex_lock(&registry_mutex);
            *link = t->next;
            pthread_mutex_unlock(&registry_mutex);
            pthread_join(t->handle, NULL);  // it is past its last GIL release: returns at once
            free(t);
        } else {
            link = &t->next;
        }
    }
}

uint64_t lsp_thread_start(void* target) {
    reap_finished();
#ifdef LSP_MAX_THREADS
    if (threads_running() >= LSP_MAX_THREADS) {
        mp_raise_msg(
            &mp_type_RuntimeError,
            MP_ERROR_TEXT("can't start new thread: the browser build runs at most 4 threads at once"));
    }
#else
    (void)threads_running;
#endif
    lsp_thread_t* t = calloc(1, sizeof(lsp_thread_t));
    void* pystack = t != NULL ? malloc(thread_pystack_size) : NULL;
    if (pystack == NULL) {
        free(t);
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("can't start new thread"));
    }
    t->state = &t->ts;
    t->pystack = pystack;
    t->target = MP_OBJ_FROM_PTR(target);
    t->park = PARK_SAFE;  // not in Python yet
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, thread_c_stack_limit + 256 * 1024);
    int rc = pthread_create(&t->handle, &attr, thread_main, t);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        free(pystack);
        free(t);
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("can't start new thread"));
    }
    t->ident = (uint64_t)(mp_uint_t)t->handle;
    pthread_mutex_lock(&registry_mutex);
    t->next = threads;
    threads = t;
    pthread_mutex_unlock(&registry_mutex);
    return t->ident;
}

size_t lsp_threads_stop_all(double grace) {
    if (lsp_threads_alive() == 0) return 0;
    // `stop` under park_mutex: parked threads (sleep, lock waits) read it under it, without the GIL.
    pthread_mutex_lock(&park_mutex);
    for (lsp_thread_t* t = threads; t != NULL; t = t->next) {
        if (t->is_main || t->finished) continue;
        t->stop = true;
    }
    pthread_mutex_unlock(&park_mutex);
    for (lsp_thread_t* t = threads; t != NULL; t = t->next) {
        if (t->is_main || t->finished) continue;
        // A thread running bytecode sees it at its next branch (it cannot hold the GIL now).
        t->ts.mp_pending_exception = mp_obj_new_exception(&mp_type_SystemExit);
    }
    lsp_park_notify();
    double deadline = lsp_monotonic() + grace;
    lsp_gil_release_main();
    pthread_mutex_lock(&registry_mutex);
    for (;;) {
        bool running = false;
        for (lsp_thread_t* t = threads; t != NULL; t = t->next) {
            if (!t->is_main && !t->finished) running = true;
        }
        if (!running || lsp_monotonic() >= deadline) break;
        struct timespec ts = abs_time(deadline);
        pthread_cond_timedwait(&registry_cv, &registry_mutex, &ts);
    }
    pthread_mutex_unlock(&registry_mutex);
    // Abandon the rest before taking the GIL back: they must never get it again.
    size_t abandoned = 0;
    mp_thread_mutex_t* gil = &MP_STATE_VM(gil_mutex);
    pthread_mutex_lock(&gil->m);
    pthread_mutex_lock(&registry_mutex);
    for (lsp_thread_t* t = threads; t != NULL; t = t->next) {
        if (!t->is_main && !t->finished) {
            t->abandoned = true;
            ++abandoned;
        }
    }
    pthread_mutex_unlock(&registry_mutex);
    pthread_cond_broadcast(&gil->available);
    pthread_mutex_unlock(&gil->m);
    lsp_gil_acquire_main();
    return abandoned;
}

bool lsp_gil_held(void) { return tls_thread != NULL && tls_thread->park == PARK_RUNNING; }

#endif  // MICROPY_PY_THREAD
