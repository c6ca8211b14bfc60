// asyncio's threads and executors (see threads.h): to_thread, wrap_future,
// run_coroutine_threadsafe and the loop's executor and thread-safe methods (written in Python over
// shim/_asyncio_threads.py), and the internal module `_lsthread` under the threading,
// concurrent.futures and asyncio-executor shims.
//
// Sections: asyncio's functions and loop methods · `_lsthread`: Lock · Threads · Executor trace
//  hooks.
#include <math.h>
#include <unistd.h>

#include "asyncio/threads.h"

#include "asyncio/futures.h"
#include "asyncio/loop.h"
#include "contextvars.h"
#include "watchdog.h"
#include "py/bc.h"
#include "py/builtin.h"
#include "py/objstr.h"
#include "py/objtuple.h"
#include "py/runtime.h"
#include "port/threads.h"

// _asyncio_threads.<name>, imported on first use (the run's fresh interpreter imports it again).
static mp_obj_t shim_function(qstr name) {
    mp_obj_t module = mp_import_name(MP_QSTR__asyncio_threads, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    return mp_load_attr(module, name);
}

static mp_obj_t call_with_map(mp_obj_t fn, size_t n_args, const mp_obj_t* args, mp_map_t* kw) {
    size_t n_kw = kw == NULL ? 0 : kw->used;
    mp_obj_t* all = m_new(mp_obj_t, n_args + 2 * n_kw);
    for (size_t i = 0; i < n_args; ++i) { all[i] = args[i]; }
    size_t k = n_args;
    if (kw != NULL) {
        for (size_t i = 0; i < kw->alloc; ++i) {
            if (mp_map_slot_is_filled(kw, i)) {
                all[k++] = kw->table[i].key;
                all[k++] = kw->table[i].value;
            }
        }
    }
    mp_obj_t result = mp_call_function_n_kw(fn, n_args, n_kw, all);
    m_del(mp_obj_t, all, n_args + 2 * n_kw);
    return result;
}

// to_thread(func, /, *args, **kwargs): a coroutine (nothing runs until it is awaited).
static mp_obj_t asyncio_to_thread_kw(size_t n_args, const mp_obj_t* args, mp_map_t* kw) {
    return call_with_map(shim_function(MP_QSTR_to_thread), n_args, args, kw);
}
LSP_DEFINE_ASYNCIO_FUNCTION_KW(lsp_asyncio_to_thread_obj, 1, asyncio_to_thread_kw);

// loop.run_in_executor(executor, func, *args) -> asyncio.Future
// Keyword arguments are the function's own parameters only (executor=, func=); anything else, such
// as a keyword meant for func (which takes functools.partial), is CPython's TypeError naming it.
static mp_obj_t loop_run_in_executor(size_t n_args, const mp_obj_t* args, mp_map_t* kw) {
    for (size_t i = 0; kw != NULL && i < kw->alloc; ++i) {
        if (!mp_map_slot_is_filled(kw, i)) continue;
        mp_obj_t key = kw->table[i].key;
        if (key != MP_OBJ_NEW_QSTR(MP_QSTR_executor) && key != MP_OBJ_NEW_QSTR(MP_QSTR_func)) {
            mp_raise_msg_varg(
                &mp_type_TypeError,
                MP_ERROR_TEXT("BaseEventLoop.run_in_executor() got an unexpected keyword argument '%q'"),
                mp_obj_str_get_qstr(key));
        }
    }
    return call_with_map(shim_function(MP_QSTR_run_in_executor), n_args, args, kw);
}
MP_DEFINE_CONST_FUN_OBJ_KW(lsp_loop_run_in_executor_obj, 1, loop_run_in_executor);

static mp_obj_t loop_set_default_executor(mp_obj_t self, mp_obj_t executor) {
    return mp_call_function_2(shim_function(MP_QSTR_set_default_executor), self, executor);
}
MP_DEFINE_CONST_FUN_OBJ_2(lsp_loop_set_default_executor_obj, loop_set_default_executor);

static mp_obj_t loop_shutdown_default_executor(mp_obj_t self) {
    return mp_call_function_1(shim_function(MP_QSTR_shutdown_default_executor), self);
}
MP_DEFINE_CONST_FUN_OBJ_1(lsp_loop_shutdown_default_executor_obj, loop_shutdown_default_executor);

// loop.call_soon_threadsafe(callback, *args, context=None)
static mp_obj_t loop_call_soon_threadsafe(size_t n_args, const mp_obj_t* args, mp_map_t* kw) {
    mp_obj_t fn = args[1];
    if (!mp_obj_is_callable(fn)) {
        mp_raise_TypeError(MP_ERROR_TEXT("a callable object was expected by call_soon_threadsafe()"));
    }
    mp_obj_t context = lsp_context_keyword(kw, "call_soon_threadsafe");
    mp_obj_t tuple = mp_obj_new_tuple(n_args - 2, args + 2);
    lsp_check(lsb_loop_call_soon_threadsafe(lsp_loop_from_obj(args[0]), MP_OBJ_TO_PTR(fn),
                                            MP_OBJ_TO_PTR(tuple), MP_OBJ_TO_PTR(context)));
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_KW(lsp_loop_call_soon_threadsafe_obj, 2, loop_call_soon_threadsafe);

// wrap_future(future, *, loop=None), run_coroutine_threadsafe(coro, loop) (shim/_asyncio_threads.py).
static mp_obj_t asyncio_wrap_future(size_t n_args, const mp_obj_t* args, mp_map_t* kw) {
    return call_with_map(shim_function(MP_QSTR_wrap_future), n_args, args, kw);
}
LSP_DEFINE_ASYNCIO_FUNCTION_KW(lsp_asyncio_wrap_future_obj, 1, asyncio_wrap_future);

static mp_obj_t asyncio_run_coroutine_threadsafe(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_coro, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_loop, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos, kw, MP_ARRAY_SIZE(allowed), allowed, args);
    return mp_call_function_2(shim_function(MP_QSTR_run_coroutine_threadsafe), args[0].u_obj, args[1].u_obj);
}
// Minimum 0: mp_arg_parse_all names what is missing (CPython's argument errors).
LSP_DEFINE_ASYNCIO_FUNCTION_KW(lsp_asyncio_run_coroutine_threadsafe_obj, 0, asyncio_run_coroutine_threadsafe);

// ---- `_lsthread` ----------------------------------------------------------------------------------
// `_lsthread`: the native layer under the `threading`, `concurrent.futures` and asyncio-executor
// shims (shim/threading.py, shim/concurrent.futures.py, shim/_asyncio_threads.py): a lock whose
// blocking acquire releases the GIL, thread start and identity, and the executor trace hooks.

// ---- Lock ---------------------------------------------------------------------------------------
// The state is Python data (protected by the GIL); a blocked acquire parks without the GIL and is
// woken by any release (lsp_park_notify), then checks again.

typedef struct {
    mp_obj_base_t base;
    bool locked;
} lock_obj_t;

static mp_obj_t lock_make_new(const mp_obj_type_t* type, size_t n_args, size_t n_kw, const mp_obj_t* args) {
    mp_arg_check_num(n_args, n_kw, 0, 0, false);
    lock_obj_t* self = mp_obj_malloc(lock_obj_t, type);
    self->locked = false;
    return MP_OBJ_FROM_PTR(self);
}

static bool lock_take(lock_obj_t* self, bool blocking, mp_float_t timeout) {
    if (!self->locked) {
        self->locked = true;
        return true;
    }
    if (!blocking) { return false; }
    const double start = lsp_monotonic();
    double deadline = timeout < 0 ? INFINITY : start + (double)timeout;
    for (;;) {
        uint64_t seen = lsp_park_generation();
        lsp_gil_park_vm_direct();
        bool timed_out = lsp_park_block(seen, deadline);
        lsp_gil_unpark();
        bool taken = !self->locked;
        if (taken || timed_out) {
            // Thread.join, Future.result(), Event.wait... all wait here: on a loop's thread that
            // is a blocking call holding the loop (the blocking-call pitfall).
            static const char what[] = "a blocking wait for another thread";
            const double waited = lsp_monotonic() - start;
            lsb_loop_blocked(what, sizeof what - 1, waited);
            // A wait with a timeout ends by itself: blocked, not running, as time.sleep (a wait
            // without one stays under the watchdog, which ends a deadlock).
            if (timeout >= 0) { lsp_watchdog_exclude(waited); }
        }
        if (taken) {
            self->locked = true;
            return true;
        }
        if (timed_out) { return false; }
    }
}

static mp_obj_t lock_acquire(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    enum { ARG_blocking, ARG_timeout };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_blocking, MP_ARG_OBJ, {.u_obj = mp_const_true}},
        {MP_QSTR_timeout, MP_ARG_OBJ, {.u_obj = MP_OBJ_NEW_SMALL_INT(-1)}},
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args - 1, pos + 1, kw, MP_ARRAY_SIZE(allowed), allowed, args);
    bool blocking = mp_obj_is_true(args[ARG_blocking].u_obj);
    mp_float_t timeout = mp_obj_get_float(args[ARG_timeout].u_obj);
    if (!blocking && timeout != -1) {
        mp_raise_ValueError(MP_ERROR_TEXT("can't specify a timeout for a non-blocking call"));
    }
    if (timeout < 0 && timeout != -1) {
        mp_raise_ValueError(MP_ERROR_TEXT("timeout value must be a non-negative number"));
    }
    lock_obj_t* self = MP_OBJ_TO_PTR(pos[0]);
    // Called as lock.acquire(), a bound method or from `with`: with the VM's only invocation on the
    // thread below, the thread parks safely (lsp_gil_park_vm_direct).
    return mp_obj_new_bool(lock_take(self, blocking, timeout));
}
MP_DEFINE_CONST_FUN_OBJ_KW(lsp_lock_acquire_obj, 1, lock_acquire);

static mp_obj_t lock_enter(mp_obj_t self_in) {
    lock_take(MP_OBJ_TO_PTR(self_in), true, -1);
    return mp_const_true;
}
static MP_DEFINE_CONST_FUN_OBJ_1(lock_enter_obj, lock_enter);

static mp_obj_t lock_release(mp_obj_t self_in) {
    lock_obj_t* self = MP_OBJ_TO_PTR(self_in);
    if (!self->locked) { mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("release unlocked lock")); }
    self->locked = false;
    lsp_park_notify();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(lock_release_obj, lock_release);

static mp_obj_t lock_exit(size_t n_args, const mp_obj_t* args) {
    (void)n_args;
    return lock_release(args[0]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(lock_exit_obj, 1, 4, lock_exit);

static mp_obj_t lock_locked(mp_obj_t self_in) {
    return mp_obj_new_bool(((lock_obj_t*)MP_OBJ_TO_PTR(self_in))->locked);
}
static MP_DEFINE_CONST_FUN_OBJ_1(lock_locked_obj, lock_locked);

static void lock_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    lock_obj_t* self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<%s _thread.lock object at 0x%p>", self->locked ? "locked" : "unlocked", self);
}

static const mp_rom_map_elem_t lock_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_acquire), MP_ROM_PTR(&lsp_lock_acquire_obj)},
    {MP_ROM_QSTR(MP_QSTR_release), MP_ROM_PTR(&lock_release_obj)},
    {MP_ROM_QSTR(MP_QSTR_locked), MP_ROM_PTR(&lock_locked_obj)},
    {MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&lock_enter_obj)},
    {MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&lock_exit_obj)},
};
static MP_DEFINE_CONST_DICT(lock_locals_dict, lock_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(lsp_type_thread_lock, MP_QSTR_lock, MP_TYPE_FLAG_NONE, make_new,
                                lock_make_new, print, lock_print, locals_dict, &lock_locals_dict);

// ---- Threads ------------------------------------------------------------------------------------

static mp_obj_t threads_start(mp_obj_t target) {
    if (!mp_obj_is_callable(target)) { mp_raise_TypeError(MP_ERROR_TEXT("first arg must be callable")); }
    return mp_obj_new_int_from_ull(lsp_thread_start(MP_OBJ_TO_PTR(target)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(threads_start_obj, threads_start);

static mp_obj_t threads_get_ident(void) { return mp_obj_new_int_from_ull(lsp_thread_ident()); }
static MP_DEFINE_CONST_FUN_OBJ_0(threads_get_ident_obj, threads_get_ident);

static mp_obj_t threads_finished(mp_obj_t ident) {
    return mp_obj_new_bool(lsp_thread_finished((uint64_t)mp_obj_get_int_truncated(ident)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(threads_finished_obj, threads_finished);

static mp_obj_t threads_main_ident(void) { return mp_obj_new_int_from_ull(lsp_thread_main_ident()); }
static MP_DEFINE_CONST_FUN_OBJ_0(threads_main_ident_obj, threads_main_ident);

// CPython's ThreadPoolExecutor default: min(32, cpu count + 4); the browser build has 4 pre-started
// Web Workers, so 4 there.
static mp_obj_t threads_default_max_workers(void) {
#ifdef __EMSCRIPTEN__
    return MP_OBJ_NEW_SMALL_INT(4);
#else
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    if (cpus < 1) { cpus = 1; }
    return MP_OBJ_NEW_SMALL_INT(cpus + 4 < 32 ? cpus + 4 : 32);
#endif
}
static MP_DEFINE_CONST_FUN_OBJ_0(threads_default_max_workers_obj, threads_default_max_workers);

// os.cpu_count(): the processors the system reports. In the browser 1: its 4 pre-started Web Workers
// are all the threads a run has, shared by thread pools, Pool() and ProcessPoolExecutor (whose
// default size is cpu_count()); a larger default pool beside a thread pool could wait forever for a
// worker.
static mp_obj_t threads_cpu_count(void) {
#ifdef __EMSCRIPTEN__
    return MP_OBJ_NEW_SMALL_INT(1);
#else
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    return MP_OBJ_NEW_SMALL_INT(cpus < 1 ? 1 : cpus);
#endif
}
static MP_DEFINE_CONST_FUN_OBJ_0(threads_cpu_count_obj, threads_cpu_count);

static mp_obj_t threads_set_service(void) {
    lsp_thread_set_service();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(threads_set_service_obj, threads_set_service);

static mp_obj_t threads_jobs_add(mp_obj_t delta) {
    lsp_threads_jobs_add((int)mp_obj_get_int(delta));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(threads_jobs_add_obj, threads_jobs_add);

double lsp_thread_exit_timeout = 5.0;

static mp_obj_t threads_exit_timeout(void) { return mp_obj_new_float((mp_float_t)lsp_thread_exit_timeout); }
static MP_DEFINE_CONST_FUN_OBJ_0(threads_exit_timeout_obj, threads_exit_timeout);

static mp_obj_t threads_monotonic(void) { return mp_obj_new_float((mp_float_t)lsp_monotonic()); }
static MP_DEFINE_CONST_FUN_OBJ_0(threads_monotonic_obj, threads_monotonic);

// loop_blocked(what, seconds): a shim's blocking call (a blocking HTTP request...) held the calling
// thread; on a loop's thread the trace shows the loop blocked by `what` (the blocking-call pitfall).
static mp_obj_t threads_loop_blocked(mp_obj_t what_in, mp_obj_t seconds_in) {
    size_t len = 0;
    const char* what = mp_obj_str_get_data(what_in, &len);
    mp_float_t seconds = mp_obj_get_float(seconds_in);
    if (seconds > 0) lsb_loop_blocked(what, len, (double)seconds);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(threads_loop_blocked_obj, threads_loop_blocked);

extern const mp_obj_fun_builtin_fixed_t lsp_threads_safe_point_obj;

// A pool worker between jobs: a safe point only when called by the thread's outermost bytecode
// frame itself (nothing of the thread's lives on its C stack then).
static mp_obj_t threads_safe_point(void) {
    if (!lsp_thread_is_main() && mp_vm_nesting == 1 &&
        mp_vm_callee == MP_OBJ_FROM_PTR(&lsp_threads_safe_point_obj)) {  // worker base 0
        lsb_thread_safe_point();
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_0(lsp_threads_safe_point_obj, threads_safe_point);

static void append_to_vstr(void* ctx, const char* text, size_t len) {
    vstr_add_strn((vstr_t*)ctx, text, len);
}

static mp_obj_t threads_format_exception(mp_obj_t exc) {
    if (!mp_obj_is_exception_instance(exc)) { mp_raise_TypeError(MP_ERROR_TEXT("an exception is required")); }
    vstr_t text;
    vstr_init(&text, 128);
    lsb_format_exception(MP_OBJ_TO_PTR(exc), append_to_vstr, &text);
    return mp_obj_new_str_from_vstr(&text);
}
static MP_DEFINE_CONST_FUN_OBJ_1(threads_format_exception_obj, threads_format_exception);

// ---- Executor trace hooks -----------------------------------------------------------------------

static mp_obj_t threads_new_executor_id(void) { return mp_obj_new_int_from_ull(lsb_new_executor_id()); }
static MP_DEFINE_CONST_FUN_OBJ_0(threads_new_executor_id_obj, threads_new_executor_id);

static mp_obj_t threads_job_queued(mp_obj_t loop, mp_obj_t executor_id) {
    uint64_t id =
        lsb_executor_job_queued(lsp_loop_from_obj(loop), (uint64_t)mp_obj_get_int_truncated(executor_id));
    return mp_obj_new_int_from_ull(id);
}
static MP_DEFINE_CONST_FUN_OBJ_2(threads_job_queued_obj, threads_job_queued);

// job_done(loop, job, executor_id, worker, waited, ran)
static mp_obj_t threads_job_done(size_t n_args, const mp_obj_t* args) {
    (void)n_args;
    lsb_executor_job_done(lsp_loop_from_obj(args[0]), (uint64_t)mp_obj_get_int_truncated(args[1]),
                          (uint64_t)mp_obj_get_int_truncated(args[2]), (int)mp_obj_get_int(args[3]),
                          (double)mp_obj_get_float(args[4]), (double)mp_obj_get_float(args[5]));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(threads_job_done_obj, 6, 6, threads_job_done);

static mp_obj_t threads_on_loop_close(mp_obj_t loop, mp_obj_t fn) {
    lsp_check(lsb_loop_on_close(lsp_loop_from_obj(loop), MP_OBJ_TO_PTR(fn)));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(threads_on_loop_close_obj, threads_on_loop_close);

static const mp_rom_map_elem_t threads_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__lsthread)},
    {MP_ROM_QSTR(MP_QSTR_Lock), MP_ROM_PTR(&lsp_type_thread_lock)},
    {MP_ROM_QSTR(MP_QSTR_start), MP_ROM_PTR(&threads_start_obj)},
// False in the page's no-threads build (not cross-origin isolated): start() raises there and
// executor jobs run on the loop thread (shim/concurrent.futures.py).
#if MICROPY_PY_THREAD
    {MP_ROM_QSTR(MP_QSTR_available), MP_ROM_TRUE},
#else
    {MP_ROM_QSTR(MP_QSTR_available), MP_ROM_FALSE},
#endif
    {MP_ROM_QSTR(MP_QSTR_get_ident), MP_ROM_PTR(&threads_get_ident_obj)},
    {MP_ROM_QSTR(MP_QSTR_main_ident), MP_ROM_PTR(&threads_main_ident_obj)},
    {MP_ROM_QSTR(MP_QSTR_finished), MP_ROM_PTR(&threads_finished_obj)},
    {MP_ROM_QSTR(MP_QSTR_monotonic), MP_ROM_PTR(&threads_monotonic_obj)},
    {MP_ROM_QSTR(MP_QSTR_exit_timeout), MP_ROM_PTR(&threads_exit_timeout_obj)},
    {MP_ROM_QSTR(MP_QSTR_loop_blocked), MP_ROM_PTR(&threads_loop_blocked_obj)},
    {MP_ROM_QSTR(MP_QSTR_set_service), MP_ROM_PTR(&threads_set_service_obj)},
    {MP_ROM_QSTR(MP_QSTR_jobs_add), MP_ROM_PTR(&threads_jobs_add_obj)},
    {MP_ROM_QSTR(MP_QSTR_default_max_workers), MP_ROM_PTR(&threads_default_max_workers_obj)},
    {MP_ROM_QSTR(MP_QSTR_cpu_count), MP_ROM_PTR(&threads_cpu_count_obj)},
    {MP_ROM_QSTR(MP_QSTR_safe_point), MP_ROM_PTR(&lsp_threads_safe_point_obj)},
    {MP_ROM_QSTR(MP_QSTR_format_exception), MP_ROM_PTR(&threads_format_exception_obj)},
    {MP_ROM_QSTR(MP_QSTR_new_executor_id), MP_ROM_PTR(&threads_new_executor_id_obj)},
    {MP_ROM_QSTR(MP_QSTR_job_queued), MP_ROM_PTR(&threads_job_queued_obj)},
    {MP_ROM_QSTR(MP_QSTR_job_done), MP_ROM_PTR(&threads_job_done_obj)},
    {MP_ROM_QSTR(MP_QSTR_on_loop_close), MP_ROM_PTR(&threads_on_loop_close_obj)},
};
static MP_DEFINE_CONST_DICT(threads_globals, threads_globals_table);

const mp_obj_module_t lsp_module_lsthread = {
    .base = {&mp_type_module},
    .globals = (mp_obj_dict_t*)&threads_globals,
};

MP_REGISTER_MODULE(MP_QSTR__lsthread, lsp_module_lsthread);
