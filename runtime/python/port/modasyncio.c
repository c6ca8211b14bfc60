// The `asyncio` module: Python objects that stand for aio runtime objects (see README.md).
//
// A Future/Task object wraps an aio::FutureBase and holds one reference to it; the runtime object
// knows its wrapper only weakly (the wrapper's finaliser clears that link and hands the reference
// back at the next safe point). Awaiting a future yields the future object itself to the task
// driving the coroutine, which then waits on the runtime future, as CPython's Task.__step does.
#include <string.h>

#include "asyncio_threads.h"
#include "asyncio_module.h"
#include "asyncio_wait_op.h"
#include "asyncio_stepper.h"
#include "error_object.h"
#include "interp.h"
#include "py/mpprint.h"
#include "py/objexcept.h"
#include "py/objstr.h"
#include "py/runtime.h"

// ---- Exceptions ---------------------------------------------------------------------------------

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_CancelledError, MP_QSTR_CancelledError, MP_TYPE_FLAG_NONE, make_new,
                         mp_obj_exception_make_new, print, mp_obj_exception_print, attr,
                         mp_obj_exception_attr, parent, &mp_type_BaseException);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_InvalidStateError, MP_QSTR_InvalidStateError, MP_TYPE_FLAG_NONE, make_new,
                         mp_obj_exception_make_new, print, mp_obj_exception_print, attr,
                         mp_obj_exception_attr, parent, &mp_type_Exception);

// The builtin TimeoutError (an OSError, as in CPython 3.11; asyncio.TimeoutError is the same class).
MP_DEFINE_CONST_OBJ_TYPE(lsp_type_TimeoutError, MP_QSTR_TimeoutError, MP_TYPE_FLAG_NONE, make_new,
                         mp_obj_exception_make_new, print, mp_obj_exception_print, attr,
                         mp_obj_exception_attr, parent, &mp_type_OSError);

bool lsp_is_cancelled_error(void* obj) {
    mp_obj_t o = MP_OBJ_FROM_PTR(obj);
    return mp_obj_is_exception_instance(o) &&
           mp_obj_exception_match(o, MP_OBJ_FROM_PTR(&lsp_type_CancelledError));
}

NORETURN void lsp_raise_error(const lsb_error_t* e) { nlr_raise(lsp_exception_from_error(e)); }

void lsp_check(lsb_error_t e) {
    if (e.kind != LSB_OK) { lsp_raise_error(&e); }
}

// ---- Future and Task ----------------------------------------------------------------------------

static future_obj_t* future_self(mp_obj_t self_in) { return MP_OBJ_TO_PTR(self_in); }

// The wrapper for `future`; raises MemoryError.
mp_obj_t lsp_future_obj(void* future) {
    void* w = lsb_future_wrapper(future);
    if (w != NULL) { return MP_OBJ_FROM_PTR(w); }
    const mp_obj_type_t* type = lsb_future_is_task(future) ? &lsp_type_Task : &lsp_type_Future;
    future_obj_t* o = mp_obj_malloc_with_finaliser(future_obj_t, type);
    o->future = future;
    lsb_future_set_wrapper(future, o);
    return MP_OBJ_FROM_PTR(o);
}

// A new runtime object (+1 reference from the bridge) as a Python object.
mp_obj_t lsp_adopt_future(void* future) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t w = lsp_future_obj(future);
        nlr_pop();
        lsb_future_release(future);
        return w;
    }
    lsb_future_release(future);
    nlr_jump(nlr.ret_val);
}

void* lsp_future_to_py(void* future) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t w = lsp_future_obj(future);
        nlr_pop();
        return MP_OBJ_TO_PTR(w);
    }
    return NULL;
}

void* lsp_py_to_future(void* obj) {
    mp_obj_t o = MP_OBJ_FROM_PTR(obj);
    if (mp_obj_is_type(o, &lsp_type_Future) || mp_obj_is_type(o, &lsp_type_Task)) {
        return future_self(o)->future;
    }
    return NULL;
}

static mp_obj_t future_del(mp_obj_t self_in) {
    future_obj_t* self = future_self(self_in);
    if (self->future != NULL) {
        lsb_wrapper_finalised(self->future, self);
        self->future = NULL;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(future_del_obj, future_del);

static mp_obj_t future_make_new(const mp_obj_type_t* type, size_t n_args, size_t n_kw, const mp_obj_t* args) {
    mp_arg_check_num(n_args, n_kw, 0, 0, true);
    void* loop;
    lsp_check(lsb_get_event_loop(&loop));
    void* f;
    lsp_check(lsb_loop_create_future(loop, &f));
    return lsp_adopt_future(f);
}

static mp_obj_t future_done(mp_obj_t self_in) {
    return mp_obj_new_bool(lsb_future_done(future_self(self_in)->future));
}
static MP_DEFINE_CONST_FUN_OBJ_1(future_done_obj, future_done);

static mp_obj_t future_cancelled(mp_obj_t self_in) {
    return mp_obj_new_bool(lsb_future_cancelled(future_self(self_in)->future));
}
static MP_DEFINE_CONST_FUN_OBJ_1(future_cancelled_obj, future_cancelled);

static mp_obj_t future_result(mp_obj_t self_in) {
    void* value;
    lsp_check(lsb_future_result(future_self(self_in)->future, &value));
    return MP_OBJ_FROM_PTR(value);
}
static MP_DEFINE_CONST_FUN_OBJ_1(future_result_obj, future_result);

static mp_obj_t future_exception(mp_obj_t self_in) {
    void* value;
    lsp_check(lsb_future_exception(future_self(self_in)->future, &value));
    return MP_OBJ_FROM_PTR(value);
}
static MP_DEFINE_CONST_FUN_OBJ_1(future_exception_obj, future_exception);

static mp_obj_t future_cancel(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    enum { ARG_msg };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_msg, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args - 1, pos + 1, kw, MP_ARRAY_SIZE(allowed), allowed, args);
    mp_obj_t msg = args[ARG_msg].u_obj;
    size_t len = 0;
    const char* text = NULL;
    if (msg != mp_const_none) {
        // CPython keeps any object; the runtime keeps its str().
        mp_obj_t s = mp_obj_is_str(msg) ? msg : mp_obj_str_make_new(&mp_type_str, 1, 0, &msg);
        text = mp_obj_str_get_data(s, &len);
    }
    return mp_obj_new_bool(lsb_future_cancel(future_self(pos[0])->future, text, len, msg != mp_const_none));
}
static MP_DEFINE_CONST_FUN_OBJ_KW(future_cancel_obj, 1, future_cancel);

static mp_obj_t future_set_result(mp_obj_t self_in, mp_obj_t value) {
    lsp_check(lsb_future_set_result(future_self(self_in)->future, MP_OBJ_TO_PTR(value)));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(future_set_result_obj, future_set_result);

static mp_obj_t future_set_exception(mp_obj_t self_in, mp_obj_t exc) {
    if (mp_obj_is_type(exc, &mp_type_type)) {
        exc = mp_call_function_0(exc);  // set_exception(ValueError) instantiates the class
    }
    if (!mp_obj_is_exception_instance(exc)) {
        mp_raise_TypeError(MP_ERROR_TEXT("exception must derive from BaseException"));
    }
    if (mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_StopIteration))) {
        mp_raise_TypeError(MP_ERROR_TEXT(
            "StopIteration interacts badly with generators and cannot be raised into a Future"));
    }
    lsp_check(lsb_future_set_exception(future_self(self_in)->future, MP_OBJ_TO_PTR(exc)));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(future_set_exception_obj, future_set_exception);

static mp_obj_t future_add_done_callback(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    // context= is accepted and ignored (no contextvars).
    lsp_check(lsb_future_add_done_callback(future_self(pos[0])->future, MP_OBJ_TO_PTR(pos[1])));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(future_add_done_callback_obj, 2, future_add_done_callback);

static mp_obj_t future_remove_done_callback(mp_obj_t self_in, mp_obj_t fn) {
    return MP_OBJ_NEW_SMALL_INT(
        lsb_future_remove_done_callback(future_self(self_in)->future, MP_OBJ_TO_PTR(fn)));
}
static MP_DEFINE_CONST_FUN_OBJ_2(future_remove_done_callback_obj, future_remove_done_callback);

// ---- await: the future yields itself to the task, then gives its result ----------------------

typedef struct {
    mp_obj_base_t base;
    mp_obj_t future;  // the Future/Task object
    bool yielded;
} await_iter_t;

static mp_obj_t await_iter_next(mp_obj_t self_in) {
    await_iter_t* self = MP_OBJ_TO_PTR(self_in);
    void* f = future_self(self->future)->future;
    if (!lsb_future_done(f)) {
        if (self->yielded) {
            mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("await wasn't used with future"));
        }
        self->yielded = true;
        return self->future;
    }
    void* value;
    lsp_check(lsb_future_result(f, &value));
    return mp_make_stop_iteration(MP_OBJ_FROM_PTR(value));
}

static MP_DEFINE_CONST_OBJ_TYPE(await_iter_type, MP_QSTR_FutureIter, MP_TYPE_FLAG_ITER_IS_ITERNEXT, iter,
                                await_iter_next);

static mp_obj_t future_getiter(mp_obj_t self_in, mp_obj_iter_buf_t* iter_buf) {
    (void)iter_buf;
    await_iter_t* it = mp_obj_malloc(await_iter_t, &await_iter_type);
    it->future = self_in;
    it->yielded = false;
    return MP_OBJ_FROM_PTR(it);
}

static mp_obj_t future_get_loop(mp_obj_t self_in);
static MP_DEFINE_CONST_FUN_OBJ_1(future_get_loop_obj, future_get_loop);

// Native types do not inherit methods through `parent` (only isinstance does): Task repeats these.
#define FUTURE_METHODS                                                                             \
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&future_del_obj)},                                   \
        {MP_ROM_QSTR(MP_QSTR_done), MP_ROM_PTR(&future_done_obj)},                                 \
        {MP_ROM_QSTR(MP_QSTR_cancelled), MP_ROM_PTR(&future_cancelled_obj)},                       \
        {MP_ROM_QSTR(MP_QSTR_result), MP_ROM_PTR(&future_result_obj)},                             \
        {MP_ROM_QSTR(MP_QSTR_exception), MP_ROM_PTR(&future_exception_obj)},                       \
        {MP_ROM_QSTR(MP_QSTR_cancel), MP_ROM_PTR(&future_cancel_obj)},                             \
        {MP_ROM_QSTR(MP_QSTR_set_result), MP_ROM_PTR(&future_set_result_obj)},                     \
        {MP_ROM_QSTR(MP_QSTR_set_exception), MP_ROM_PTR(&future_set_exception_obj)},               \
        {MP_ROM_QSTR(MP_QSTR_add_done_callback), MP_ROM_PTR(&future_add_done_callback_obj)},       \
        {MP_ROM_QSTR(MP_QSTR_remove_done_callback), MP_ROM_PTR(&future_remove_done_callback_obj)}, \
        {MP_ROM_QSTR(MP_QSTR_get_loop), MP_ROM_PTR(&future_get_loop_obj)},

static const mp_rom_map_elem_t future_locals_table[] = {FUTURE_METHODS};
static MP_DEFINE_CONST_DICT(future_locals_dict, future_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_Future, MP_QSTR_Future, MP_TYPE_FLAG_ITER_IS_GETITER, make_new,
                         future_make_new, iter, future_getiter, locals_dict, &future_locals_dict);

static mp_obj_t task_get_name(mp_obj_t self_in) {
    size_t len;
    const char* name = lsb_task_name(future_self(self_in)->future, &len);
    return mp_obj_new_str(name, len);
}
static MP_DEFINE_CONST_FUN_OBJ_1(task_get_name_obj, task_get_name);

static mp_obj_t task_set_name(mp_obj_t self_in, mp_obj_t name) {
    mp_obj_t s = mp_obj_is_str(name) ? name : mp_obj_str_make_new(&mp_type_str, 1, 0, &name);
    size_t len;
    const char* text = mp_obj_str_get_data(s, &len);
    lsb_task_set_name(future_self(self_in)->future, text, len);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(task_set_name_obj, task_set_name);

static mp_obj_t task_get_coro(mp_obj_t self_in) {
    return MP_OBJ_FROM_PTR(lsb_task_coro(future_self(self_in)->future));
}
static MP_DEFINE_CONST_FUN_OBJ_1(task_get_coro_obj, task_get_coro);

static mp_obj_t task_cancelling(mp_obj_t self_in) {
    return MP_OBJ_NEW_SMALL_INT(lsb_task_cancelling(future_self(self_in)->future));
}
static MP_DEFINE_CONST_FUN_OBJ_1(task_cancelling_obj, task_cancelling);

static mp_obj_t task_uncancel(mp_obj_t self_in) {
    return MP_OBJ_NEW_SMALL_INT(lsb_task_uncancel(future_self(self_in)->future));
}
static MP_DEFINE_CONST_FUN_OBJ_1(task_uncancel_obj, task_uncancel);

static const mp_rom_map_elem_t task_locals_table[] = {
    FUTURE_METHODS{MP_ROM_QSTR(MP_QSTR_get_name), MP_ROM_PTR(&task_get_name_obj)},
    {MP_ROM_QSTR(MP_QSTR_set_name), MP_ROM_PTR(&task_set_name_obj)},
    {MP_ROM_QSTR(MP_QSTR_get_coro), MP_ROM_PTR(&task_get_coro_obj)},
    {MP_ROM_QSTR(MP_QSTR_cancelling), MP_ROM_PTR(&task_cancelling_obj)},
    {MP_ROM_QSTR(MP_QSTR_uncancel), MP_ROM_PTR(&task_uncancel_obj)},
};
static MP_DEFINE_CONST_DICT(task_locals_dict, task_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_Task, MP_QSTR_Task, MP_TYPE_FLAG_ITER_IS_GETITER, iter, future_getiter,
                         locals_dict, &task_locals_dict, parent, &lsp_type_Future);

// ---- sleep --------------------------------------------------------------------------------------
// sleep(delay, result=None) is an awaitable that also works as a task's coroutine
// (create_task(asyncio.sleep(1)) and gather(asyncio.sleep(1))): a bare yield for delay <= 0
// (what CPython's __sleep0 does), else it yields a runtime future that a timer completes.

typedef struct {
    mp_obj_base_t base;
    mp_float_t delay;
    mp_obj_t result;
    mp_obj_t future;  // MP_OBJ_NULL until the timer is armed
    uint8_t state;    // 0 not started, 1 waiting, 2 done
} sleep_obj_t;

static mp_obj_t sleep_iternext(mp_obj_t self_in) {
    sleep_obj_t* self = MP_OBJ_TO_PTR(self_in);
    if (self->state == 0) {
        self->state = 1;
        if (!(self->delay > 0)) {
            if (lsb_running_loop() == NULL) {
                mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("no running event loop"));
            }
            return mp_const_none;
        }
        void* f;
        lsp_check(lsb_sleep_future((double)self->delay, &f));
        self->future = lsp_adopt_future(f);
        return self->future;
    }
    if (self->state == 1) {
        self->state = 2;
        if (self->future != MP_OBJ_NULL) {
            void* value;
            lsp_check(lsb_future_result(future_self(self->future)->future, &value));
        }
        return mp_make_stop_iteration(self->result);
    }
    mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("cannot reuse already awaited coroutine"));
}

static MP_DEFINE_CONST_OBJ_TYPE(sleep_type, MP_QSTR_sleep, MP_TYPE_FLAG_ITER_IS_ITERNEXT, iter,
                                sleep_iternext);

static mp_obj_t asyncio_sleep(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    enum { ARG_delay, ARG_result };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_delay, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_result, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos, kw, MP_ARRAY_SIZE(allowed), allowed, args);
    sleep_obj_t* s = mp_obj_malloc(sleep_obj_t, &sleep_type);
    s->delay = mp_obj_get_float(args[ARG_delay].u_obj);
    s->result = args[ARG_result].u_obj;
    s->future = MP_OBJ_NULL;
    s->state = 0;
    return MP_OBJ_FROM_PTR(s);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(asyncio_sleep_obj, 1, asyncio_sleep);

// What create_task() accepts: coroutines, and sleep() (a coroutine in CPython).
bool lsp_is_awaitable_coroutine(mp_obj_t obj) {
    return mp_obj_is_type(obj, &mp_type_gen_instance) || mp_obj_is_type(obj, &sleep_type) ||
           lsp_is_wait_op(obj) || lsp_is_stream_coroutine(obj) || mp_obj_is_type(obj, &lsp_type_stepper);
}

// ---- Handles ---------------------------------------------------------------------------------
// What call_soon / call_later / call_at return. The wrapper owns a C++ handle box, handed back by
// its finaliser (cancelling is up to the script: a dropped handle still runs its callback).

typedef struct {
    mp_obj_base_t base;
    void* box;
} handle_obj_t;

static handle_obj_t* handle_self(mp_obj_t self_in) { return MP_OBJ_TO_PTR(self_in); }

static mp_obj_t handle_del(mp_obj_t self_in) {
    handle_obj_t* self = handle_self(self_in);
    if (self->box != NULL) {
        lsb_handle_finalised(self->box);
        self->box = NULL;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(handle_del_obj, handle_del);

static mp_obj_t handle_cancel(mp_obj_t self_in) {
    lsb_handle_cancel(handle_self(self_in)->box);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(handle_cancel_obj, handle_cancel);

static mp_obj_t handle_cancelled(mp_obj_t self_in) {
    return mp_obj_new_bool(lsb_handle_cancelled(handle_self(self_in)->box));
}
static MP_DEFINE_CONST_FUN_OBJ_1(handle_cancelled_obj, handle_cancelled);

static mp_obj_t handle_when(mp_obj_t self_in) {
    return mp_obj_new_float(lsb_handle_when(handle_self(self_in)->box));
}
static MP_DEFINE_CONST_FUN_OBJ_1(handle_when_obj, handle_when);

#define HANDLE_METHODS                                                 \
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&handle_del_obj)},       \
        {MP_ROM_QSTR(MP_QSTR_cancel), MP_ROM_PTR(&handle_cancel_obj)}, \
        {MP_ROM_QSTR(MP_QSTR_cancelled), MP_ROM_PTR(&handle_cancelled_obj)},

static const mp_rom_map_elem_t handle_locals_table[] = {HANDLE_METHODS};
static MP_DEFINE_CONST_DICT(handle_locals_dict, handle_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_Handle, MP_QSTR_Handle, MP_TYPE_FLAG_NONE, locals_dict,
                         &handle_locals_dict);

static const mp_rom_map_elem_t timer_handle_locals_table[] = {
    HANDLE_METHODS{MP_ROM_QSTR(MP_QSTR_when), MP_ROM_PTR(&handle_when_obj)},
};
static MP_DEFINE_CONST_DICT(timer_handle_locals_dict, timer_handle_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_TimerHandle, MP_QSTR_TimerHandle, MP_TYPE_FLAG_NONE, locals_dict,
                         &timer_handle_locals_dict, parent, &lsp_type_Handle);

// ---- The loop object ------------------------------------------------------------------------------

typedef struct {
    mp_obj_base_t base;
    void* loop;  // aio::EventLoop* (loops live until the end of the run)
} loop_obj_t;

static void* loop_self(mp_obj_t self_in) { return ((loop_obj_t*)MP_OBJ_TO_PTR(self_in))->loop; }

static mp_obj_t loop_time(mp_obj_t self_in) { return mp_obj_new_float(lsb_loop_time(loop_self(self_in))); }
static MP_DEFINE_CONST_FUN_OBJ_1(loop_time_obj, loop_time);

static mp_obj_t loop_create_future(mp_obj_t self_in) {
    void* f;
    lsp_check(lsb_loop_create_future(loop_self(self_in), &f));
    return lsp_adopt_future(f);
}
static MP_DEFINE_CONST_FUN_OBJ_1(loop_create_future_obj, loop_create_future);

static mp_obj_t create_task_on(void* loop, size_t n_args, const mp_obj_t* pos, mp_map_t* kw);

static mp_obj_t loop_create_task(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    return create_task_on(loop_self(pos[0]), n_args - 1, pos + 1, kw);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(loop_create_task_obj, 2, loop_create_task);

// call_soon(fn, *args, context=None), call_later(delay, fn, *args), call_at(when, fn, *args).
static mp_obj_t loop_call(int mode, size_t n_args, const mp_obj_t* pos) {
    size_t first = mode == 0 ? 1 : 2;  // index of the callback
    if (n_args <= first) { mp_raise_TypeError(MP_ERROR_TEXT("missing callback")); }
    mp_obj_t fn = pos[first];
    if (!mp_obj_is_callable(fn)) { mp_raise_TypeError(MP_ERROR_TEXT("a callable object was expected")); }
    double when = mode == 0 ? 0.0 : (double)mp_obj_get_float(pos[1]);
    mp_obj_t args = mp_obj_new_tuple(n_args - first - 1, pos + first + 1);
    void* box;
    lsp_check(lsb_loop_call(loop_self(pos[0]), mode, when, MP_OBJ_TO_PTR(fn), MP_OBJ_TO_PTR(args), &box));
    handle_obj_t* h =
        mp_obj_malloc_with_finaliser(handle_obj_t, mode == 0 ? &lsp_type_Handle : &lsp_type_TimerHandle);
    h->box = box;
    return MP_OBJ_FROM_PTR(h);
}

static mp_obj_t loop_call_soon(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    (void)kw;  // context= is accepted and ignored (no contextvars)
    return loop_call(0, n_args, pos);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(loop_call_soon_obj, 2, loop_call_soon);

static mp_obj_t loop_call_later(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    (void)kw;
    return loop_call(1, n_args, pos);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(loop_call_later_obj, 3, loop_call_later);

static mp_obj_t loop_call_at(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    (void)kw;
    return loop_call(2, n_args, pos);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(loop_call_at_obj, 3, loop_call_at);

static const mp_obj_fun_builtin_fixed_t loop_run_until_complete_obj;
static mp_obj_t loop_run_until_complete(mp_obj_t self_in, mp_obj_t aw) {
    bool may_suspend = lsp_may_suspend(&loop_run_until_complete_obj);
    void* result;
    void* f = lsp_py_to_future(MP_OBJ_TO_PTR(aw));
    if (f != NULL) {
        lsb_error_t e = lsb_loop_run_until_complete(loop_self(self_in), f, false, may_suspend, &result);
        return lsp_result_or_suspend(e, result);
    } else if (lsp_is_awaitable_coroutine(aw)) {
        lsb_error_t e =
            lsb_loop_run_until_complete(loop_self(self_in), MP_OBJ_TO_PTR(aw), true, may_suspend, &result);
        return lsp_result_or_suspend(e, result);
    }
    mp_raise_TypeError(MP_ERROR_TEXT("An asyncio.Future, a coroutine or an awaitable is required"));
}
static MP_DEFINE_CONST_FUN_OBJ_2(loop_run_until_complete_obj, loop_run_until_complete);

static const mp_obj_fun_builtin_fixed_t loop_run_forever_obj;
static mp_obj_t loop_run_forever(mp_obj_t self_in) {
    bool may_suspend = lsp_may_suspend(&loop_run_forever_obj);
    return lsp_result_or_suspend(lsb_loop_run_forever(loop_self(self_in), may_suspend),
                                 MP_OBJ_TO_PTR(mp_const_none));
}
static MP_DEFINE_CONST_FUN_OBJ_1(loop_run_forever_obj, loop_run_forever);

static mp_obj_t loop_stop(mp_obj_t self_in) {
    lsb_loop_stop(loop_self(self_in));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(loop_stop_obj, loop_stop);

static mp_obj_t loop_close(mp_obj_t self_in) {
    lsp_check(lsb_loop_close(loop_self(self_in)));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(loop_close_obj, loop_close);

static mp_obj_t loop_is_running(mp_obj_t self_in) {
    return mp_obj_new_bool(lsb_loop_is_running(loop_self(self_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(loop_is_running_obj, loop_is_running);

static mp_obj_t loop_is_closed(mp_obj_t self_in) {
    return mp_obj_new_bool(lsb_loop_is_closed(loop_self(self_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(loop_is_closed_obj, loop_is_closed);

static mp_obj_t loop_set_exception_handler(mp_obj_t self_in, mp_obj_t handler) {
    if (handler != mp_const_none && !mp_obj_is_callable(handler)) {
        mp_raise_TypeError(MP_ERROR_TEXT("A callable object or None is expected"));
    }
    lsb_loop_set_exception_handler(loop_self(self_in),
                                   handler == mp_const_none ? NULL : MP_OBJ_TO_PTR(handler));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(loop_set_exception_handler_obj, loop_set_exception_handler);

static mp_obj_t loop_get_exception_handler(mp_obj_t self_in) {
    void* h = lsb_loop_get_exception_handler(loop_self(self_in));
    return h == NULL ? mp_const_none : MP_OBJ_FROM_PTR(h);
}
static MP_DEFINE_CONST_FUN_OBJ_1(loop_get_exception_handler_obj, loop_get_exception_handler);

// The message and the exception of a context dict (other keys are not kept).
static const char* context_parts(mp_obj_t context, size_t* len, void** exception) {
    if (!mp_obj_is_type(context, &mp_type_dict)) {
        mp_raise_TypeError(MP_ERROR_TEXT("context must be a dict"));
    }
    mp_map_t* map = mp_obj_dict_get_map(context);
    mp_map_elem_t* m = mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR_message), MP_MAP_LOOKUP);
    mp_obj_t msg = m != NULL ? m->value : MP_OBJ_NEW_QSTR(MP_QSTR_);
    if (!mp_obj_is_str(msg)) { msg = mp_obj_str_make_new(&mp_type_str, 1, 0, &msg); }
    mp_map_elem_t* e = mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR_exception), MP_MAP_LOOKUP);
    *exception = (e != NULL && mp_obj_is_exception_instance(e->value)) ? MP_OBJ_TO_PTR(e->value) : NULL;
    return mp_obj_str_get_data(msg, len);
}

static mp_obj_t loop_call_exception_handler(mp_obj_t self_in, mp_obj_t context) {
    size_t len;
    void* exc;
    const char* msg = context_parts(context, &len, &exc);
    lsb_loop_call_exception_handler(loop_self(self_in), msg, len, exc);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(loop_call_exception_handler_obj, loop_call_exception_handler);

static mp_obj_t loop_default_exception_handler(mp_obj_t self_in, mp_obj_t context) {
    (void)self_in;
    size_t len;
    void* exc;
    const char* msg = context_parts(context, &len, &exc);
    lsb_default_exception_handler(msg, len, exc);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(loop_default_exception_handler_obj, loop_default_exception_handler);

static const mp_rom_map_elem_t loop_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_time), MP_ROM_PTR(&loop_time_obj)},
    {MP_ROM_QSTR(MP_QSTR_create_future), MP_ROM_PTR(&loop_create_future_obj)},
    {MP_ROM_QSTR(MP_QSTR_create_task), MP_ROM_PTR(&loop_create_task_obj)},
    {MP_ROM_QSTR(MP_QSTR_call_soon), MP_ROM_PTR(&loop_call_soon_obj)},
    {MP_ROM_QSTR(MP_QSTR_call_later), MP_ROM_PTR(&loop_call_later_obj)},
    {MP_ROM_QSTR(MP_QSTR_call_at), MP_ROM_PTR(&loop_call_at_obj)},
    {MP_ROM_QSTR(MP_QSTR_run_until_complete), MP_ROM_PTR(&loop_run_until_complete_obj)},
    {MP_ROM_QSTR(MP_QSTR_run_forever), MP_ROM_PTR(&loop_run_forever_obj)},
    {MP_ROM_QSTR(MP_QSTR_stop), MP_ROM_PTR(&loop_stop_obj)},
    {MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&loop_close_obj)},
    {MP_ROM_QSTR(MP_QSTR_is_running), MP_ROM_PTR(&loop_is_running_obj)},
    {MP_ROM_QSTR(MP_QSTR_is_closed), MP_ROM_PTR(&loop_is_closed_obj)},
    {MP_ROM_QSTR(MP_QSTR_set_exception_handler), MP_ROM_PTR(&loop_set_exception_handler_obj)},
    {MP_ROM_QSTR(MP_QSTR_get_exception_handler), MP_ROM_PTR(&loop_get_exception_handler_obj)},
    {MP_ROM_QSTR(MP_QSTR_call_exception_handler), MP_ROM_PTR(&loop_call_exception_handler_obj)},
    {MP_ROM_QSTR(MP_QSTR_default_exception_handler), MP_ROM_PTR(&loop_default_exception_handler_obj)},
    // Threads (asyncio_threads.c).
    {MP_ROM_QSTR(MP_QSTR_run_in_executor), MP_ROM_PTR(&lsp_loop_run_in_executor_obj)},
    {MP_ROM_QSTR(MP_QSTR_call_soon_threadsafe), MP_ROM_PTR(&lsp_loop_call_soon_threadsafe_obj)},
    {MP_ROM_QSTR(MP_QSTR_set_default_executor), MP_ROM_PTR(&lsp_loop_set_default_executor_obj)},
    {MP_ROM_QSTR(MP_QSTR_shutdown_default_executor), MP_ROM_PTR(&lsp_loop_shutdown_default_executor_obj)},
};
static MP_DEFINE_CONST_DICT(loop_locals_dict, loop_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(loop_type, MP_QSTR_EventLoop, MP_TYPE_FLAG_NONE, locals_dict,
                                &loop_locals_dict);

// The one Python object of `loop` (kept by the session, so `is` holds between calls).
mp_obj_t lsp_loop_obj(void* loop) {
    void* w = lsb_loop_wrapper(loop);
    if (w != NULL) { return MP_OBJ_FROM_PTR(w); }
    loop_obj_t* o = mp_obj_malloc(loop_obj_t, &loop_type);
    o->loop = loop;
    lsb_loop_set_wrapper(loop, o);
    return MP_OBJ_FROM_PTR(o);
}

bool lsp_is_loop_obj(mp_obj_t obj) { return mp_obj_is_type(obj, &loop_type); }

// Every loop argument the binding turns into an aio::EventLoop* comes through here: anything but a
// loop object is a TypeError, so no script-chosen value ever becomes a runtime pointer.
void* lsp_loop_from_obj(mp_obj_t obj) {
    if (!lsp_is_loop_obj(obj)) {
        mp_raise_msg_varg(&mp_type_TypeError,
                          MP_ERROR_TEXT("loop must be an instance of AbstractEventLoop, not '%s'"),
                          mp_obj_get_type_str(obj));
    }
    return loop_self(obj);
}

static mp_obj_t future_get_loop(mp_obj_t self_in) {
    return lsp_loop_obj(lsb_future_loop(future_self(self_in)->future));
}

static mp_obj_t asyncio_get_event_loop(void) {
    void* loop;
    lsp_check(lsb_get_event_loop(&loop));
    return lsp_loop_obj(loop);
}
static MP_DEFINE_CONST_FUN_OBJ_0(asyncio_get_event_loop_obj, asyncio_get_event_loop);

static mp_obj_t asyncio_new_event_loop(void) {
    void* loop;
    lsp_check(lsb_new_event_loop(&loop));
    return lsp_loop_obj(loop);
}
static MP_DEFINE_CONST_FUN_OBJ_0(asyncio_new_event_loop_obj, asyncio_new_event_loop);

static mp_obj_t asyncio_set_event_loop(mp_obj_t loop) {
    if (loop != mp_const_none && !mp_obj_is_type(loop, &loop_type)) {
        mp_raise_TypeError(MP_ERROR_TEXT("loop must be an event loop or None"));
    }
    lsb_set_event_loop(loop == mp_const_none ? NULL : loop_self(loop));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(asyncio_set_event_loop_obj, asyncio_set_event_loop);

static mp_obj_t asyncio_get_running_loop(void) {
    void* loop = lsb_running_loop();
    if (loop == NULL) { mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("no running event loop")); }
    return lsp_loop_obj(loop);
}
static MP_DEFINE_CONST_FUN_OBJ_0(asyncio_get_running_loop_obj, asyncio_get_running_loop);

// ---- Module functions -----------------------------------------------------------------------------

static const mp_obj_fun_builtin_var_t asyncio_run_obj;
static mp_obj_t asyncio_run(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    bool may_suspend = lsp_may_suspend(&asyncio_run_obj);
    enum { ARG_main, ARG_debug };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_main, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_debug, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos, kw, MP_ARRAY_SIZE(allowed), allowed, args);
    if (!lsp_is_awaitable_coroutine(args[ARG_main].u_obj)) {
        mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("a coroutine was expected, got %s"),
                          mp_obj_get_type_str(args[ARG_main].u_obj));
    }
    void* result;
    lsb_error_t e = lsb_asyncio_run(MP_OBJ_TO_PTR(args[ARG_main].u_obj),
                                    mp_obj_is_true(args[ARG_debug].u_obj), may_suspend, &result);
    return lsp_result_or_suspend(e, result);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(asyncio_run_obj, 1, asyncio_run);

static mp_obj_t create_task_on(void* loop, size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    enum { ARG_coro, ARG_name, ARG_context };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_coro, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_name, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_context, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos, kw, MP_ARRAY_SIZE(allowed), allowed, args);
    if (!lsp_is_awaitable_coroutine(args[ARG_coro].u_obj)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("a coroutine was expected, got %s"),
                          mp_obj_get_type_str(args[ARG_coro].u_obj));
    }
    mp_obj_t name = args[ARG_name].u_obj;
    const char* text = NULL;
    size_t len = 0;
    if (name != mp_const_none) {
        if (!mp_obj_is_str(name)) { name = mp_obj_str_make_new(&mp_type_str, 1, 0, &name); }
        text = mp_obj_str_get_data(name, &len);
    }
    void* t;
    lsp_check(lsb_loop_create_task(loop, MP_OBJ_TO_PTR(args[ARG_coro].u_obj), text, len,
                                   name != mp_const_none, &t));
    return lsp_adopt_future(t);
}

static mp_obj_t asyncio_create_task(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    return create_task_on(NULL, n_args, pos, kw);  // the running loop
}
static MP_DEFINE_CONST_FUN_OBJ_KW(asyncio_create_task_obj, 1, asyncio_create_task);

// A future as it is; a coroutine wrapped in a new task.
static mp_obj_t asyncio_ensure_future(mp_obj_t aw) {
    if (lsp_py_to_future(MP_OBJ_TO_PTR(aw)) != NULL) { return aw; }
    if (!lsp_is_awaitable_coroutine(aw)) {
        mp_raise_TypeError(MP_ERROR_TEXT("An asyncio.Future, a coroutine or an awaitable is required"));
    }
    void* loop;
    lsp_check(lsb_get_event_loop(&loop));
    void* t;
    lsp_check(lsb_loop_create_task(loop, MP_OBJ_TO_PTR(aw), NULL, 0, false, &t));
    return lsp_adopt_future(t);
}
static MP_DEFINE_CONST_FUN_OBJ_1(asyncio_ensure_future_obj, asyncio_ensure_future);

mp_obj_t lsp_ensure_future(mp_obj_t aw) { return asyncio_ensure_future(aw); }

static mp_obj_t asyncio_gather(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    bool return_exceptions = false;
    if (kw != NULL) {
        for (size_t i = 0; i < kw->alloc; ++i) {
            if (!mp_map_slot_is_filled(kw, i)) { continue; }
            if (kw->table[i].key == MP_OBJ_NEW_QSTR(MP_QSTR_return_exceptions)) {
                return_exceptions = mp_obj_is_true(kw->table[i].value);
            } else {
                mp_raise_TypeError(MP_ERROR_TEXT("unexpected keyword argument"));
            }
        }
    }
    // The children as runtime futures (coroutines become tasks, in argument order). The list keeps
    // their wrappers alive, and so the runtime objects, until the gathering future holds them.
    mp_obj_t children = mp_obj_new_list(0, NULL);
    void** futs = m_new(void*, n_args ? n_args : 1);
    for (size_t i = 0; i < n_args; ++i) {
        mp_obj_t w = asyncio_ensure_future(pos[i]);
        mp_obj_list_append(children, w);
        futs[i] = future_self(w)->future;
    }
    void* g;
    lsp_check(lsb_gather(futs, n_args, return_exceptions, &g));
    return lsp_adopt_future(g);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(asyncio_gather_obj, 0, asyncio_gather);

static mp_obj_t asyncio_current_task(size_t n_args, const mp_obj_t* args) {
    (void)n_args;
    (void)args;
    void* t;
    lsp_check(lsb_current_task(&t));
    return t == NULL ? mp_const_none : lsp_future_obj(t);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(asyncio_current_task_obj, 0, 1, asyncio_current_task);

static mp_obj_t asyncio_iscoroutine(mp_obj_t obj) {
    return mp_obj_new_bool(mp_obj_is_type(obj, &mp_type_gen_instance));
}
static MP_DEFINE_CONST_FUN_OBJ_1(asyncio_iscoroutine_obj, asyncio_iscoroutine);

static mp_obj_t asyncio_isfuture(mp_obj_t obj) {
    return mp_obj_new_bool(lsp_py_to_future(MP_OBJ_TO_PTR(obj)) != NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_1(asyncio_isfuture_obj, asyncio_isfuture);

// ---- Combinators, TaskGroup, timeouts, Runner (asyncio_wait.c, asyncio_taskgroups.c, ...) ------
extern const mp_obj_fun_builtin_var_t lsp_asyncio_wait_for_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_wait_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_as_completed_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_asyncio_shield_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_all_tasks_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_asyncio_timeout_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_asyncio_timeout_at_obj;
extern const mp_obj_type_t lsp_type_TaskGroup;
extern const mp_obj_type_t lsp_type_Timeout;
extern const mp_obj_type_t lsp_type_Runner;
extern const mp_obj_module_t lsp_module_asyncio_exceptions;

static const mp_rom_map_elem_t asyncio_exceptions_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_asyncio_dot_exceptions)},
    {MP_ROM_QSTR(MP_QSTR_CancelledError), MP_ROM_PTR(&lsp_type_CancelledError)},
    {MP_ROM_QSTR(MP_QSTR_InvalidStateError), MP_ROM_PTR(&lsp_type_InvalidStateError)},
    {MP_ROM_QSTR(MP_QSTR_TimeoutError), MP_ROM_PTR(&lsp_type_TimeoutError)},
    {MP_ROM_QSTR(MP_QSTR_BrokenBarrierError), MP_ROM_PTR(&lsp_type_BrokenBarrierError)},
    {MP_ROM_QSTR(MP_QSTR_IncompleteReadError), MP_ROM_PTR(&lsp_type_IncompleteReadError)},
    {MP_ROM_QSTR(MP_QSTR_LimitOverrunError), MP_ROM_PTR(&lsp_type_LimitOverrunError)},
};
static MP_DEFINE_CONST_DICT(asyncio_exceptions_globals, asyncio_exceptions_globals_table);

// asyncio.exceptions: the error classes (importable as a submodule: MICROPY_MODULE_BUILTIN_SUBPACKAGES).
const mp_obj_module_t lsp_module_asyncio_exceptions = {
    .base = {&mp_type_module},
    .globals = (mp_obj_dict_t*)&asyncio_exceptions_globals,
};

static const mp_rom_map_elem_t asyncio_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_asyncio)},
    {MP_ROM_QSTR(MP_QSTR_run), MP_ROM_PTR(&asyncio_run_obj)},
    {MP_ROM_QSTR(MP_QSTR_create_task), MP_ROM_PTR(&asyncio_create_task_obj)},
    {MP_ROM_QSTR(MP_QSTR_ensure_future), MP_ROM_PTR(&asyncio_ensure_future_obj)},
    {MP_ROM_QSTR(MP_QSTR_sleep), MP_ROM_PTR(&asyncio_sleep_obj)},
    {MP_ROM_QSTR(MP_QSTR_gather), MP_ROM_PTR(&asyncio_gather_obj)},
    {MP_ROM_QSTR(MP_QSTR_get_running_loop), MP_ROM_PTR(&asyncio_get_running_loop_obj)},
    {MP_ROM_QSTR(MP_QSTR_get_event_loop), MP_ROM_PTR(&asyncio_get_event_loop_obj)},
    {MP_ROM_QSTR(MP_QSTR_new_event_loop), MP_ROM_PTR(&asyncio_new_event_loop_obj)},
    {MP_ROM_QSTR(MP_QSTR_set_event_loop), MP_ROM_PTR(&asyncio_set_event_loop_obj)},
    {MP_ROM_QSTR(MP_QSTR_Handle), MP_ROM_PTR(&lsp_type_Handle)},
    {MP_ROM_QSTR(MP_QSTR_TimerHandle), MP_ROM_PTR(&lsp_type_TimerHandle)},
    {MP_ROM_QSTR(MP_QSTR_current_task), MP_ROM_PTR(&asyncio_current_task_obj)},
    {MP_ROM_QSTR(MP_QSTR_iscoroutine), MP_ROM_PTR(&asyncio_iscoroutine_obj)},
    {MP_ROM_QSTR(MP_QSTR_isfuture), MP_ROM_PTR(&asyncio_isfuture_obj)},
    {MP_ROM_QSTR(MP_QSTR_Future), MP_ROM_PTR(&lsp_type_Future)},
    {MP_ROM_QSTR(MP_QSTR_Task), MP_ROM_PTR(&lsp_type_Task)},
    {MP_ROM_QSTR(MP_QSTR_CancelledError), MP_ROM_PTR(&lsp_type_CancelledError)},
    {MP_ROM_QSTR(MP_QSTR_InvalidStateError), MP_ROM_PTR(&lsp_type_InvalidStateError)},
    {MP_ROM_QSTR(MP_QSTR_TimeoutError), MP_ROM_PTR(&lsp_type_TimeoutError)},
    // Primitives and queues (asyncio_locks.c, asyncio_queues.c, asyncio_wait_op.c).
    {MP_ROM_QSTR(MP_QSTR_Lock), MP_ROM_PTR(&lsp_type_Lock)},
    {MP_ROM_QSTR(MP_QSTR_Event), MP_ROM_PTR(&lsp_type_Event)},
    {MP_ROM_QSTR(MP_QSTR_Condition), MP_ROM_PTR(&lsp_type_Condition)},
    {MP_ROM_QSTR(MP_QSTR_Semaphore), MP_ROM_PTR(&lsp_type_Semaphore)},
    {MP_ROM_QSTR(MP_QSTR_BoundedSemaphore), MP_ROM_PTR(&lsp_type_BoundedSemaphore)},
    {MP_ROM_QSTR(MP_QSTR_Barrier), MP_ROM_PTR(&lsp_type_Barrier)},
    {MP_ROM_QSTR(MP_QSTR_BrokenBarrierError), MP_ROM_PTR(&lsp_type_BrokenBarrierError)},
    {MP_ROM_QSTR(MP_QSTR_Queue), MP_ROM_PTR(&lsp_type_Queue)},
    {MP_ROM_QSTR(MP_QSTR_PriorityQueue), MP_ROM_PTR(&lsp_type_PriorityQueue)},
    {MP_ROM_QSTR(MP_QSTR_LifoQueue), MP_ROM_PTR(&lsp_type_LifoQueue)},
    {MP_ROM_QSTR(MP_QSTR_QueueEmpty), MP_ROM_PTR(&lsp_type_QueueEmpty)},
    {MP_ROM_QSTR(MP_QSTR_QueueFull), MP_ROM_PTR(&lsp_type_QueueFull)},
    // Streams (asyncio_streams.c).
    {MP_ROM_QSTR(MP_QSTR_open_connection), MP_ROM_PTR(&lsp_asyncio_open_connection_obj)},
    {MP_ROM_QSTR(MP_QSTR_start_server), MP_ROM_PTR(&lsp_asyncio_start_server_obj)},
    {MP_ROM_QSTR(MP_QSTR_StreamReader), MP_ROM_PTR(&lsp_type_StreamReader)},
    {MP_ROM_QSTR(MP_QSTR_StreamWriter), MP_ROM_PTR(&lsp_type_StreamWriter)},
    {MP_ROM_QSTR(MP_QSTR_Server), MP_ROM_PTR(&lsp_type_Server)},
    {MP_ROM_QSTR(MP_QSTR_IncompleteReadError), MP_ROM_PTR(&lsp_type_IncompleteReadError)},
    {MP_ROM_QSTR(MP_QSTR_LimitOverrunError), MP_ROM_PTR(&lsp_type_LimitOverrunError)},
    // combinators, TaskGroup, timeouts, Runner, all_tasks, asyncio.exceptions
    {MP_ROM_QSTR(MP_QSTR_wait_for), MP_ROM_PTR(&lsp_asyncio_wait_for_obj)},
    {MP_ROM_QSTR(MP_QSTR_wait), MP_ROM_PTR(&lsp_asyncio_wait_obj)},
    {MP_ROM_QSTR(MP_QSTR_as_completed), MP_ROM_PTR(&lsp_asyncio_as_completed_obj)},
    {MP_ROM_QSTR(MP_QSTR_shield), MP_ROM_PTR(&lsp_asyncio_shield_obj)},
    {MP_ROM_QSTR(MP_QSTR_all_tasks), MP_ROM_PTR(&lsp_asyncio_all_tasks_obj)},
    {MP_ROM_QSTR(MP_QSTR_FIRST_COMPLETED), MP_ROM_QSTR(MP_QSTR_FIRST_COMPLETED)},
    {MP_ROM_QSTR(MP_QSTR_FIRST_EXCEPTION), MP_ROM_QSTR(MP_QSTR_FIRST_EXCEPTION)},
    {MP_ROM_QSTR(MP_QSTR_ALL_COMPLETED), MP_ROM_QSTR(MP_QSTR_ALL_COMPLETED)},
    {MP_ROM_QSTR(MP_QSTR_TaskGroup), MP_ROM_PTR(&lsp_type_TaskGroup)},
    {MP_ROM_QSTR(MP_QSTR_Timeout), MP_ROM_PTR(&lsp_type_Timeout)},
    {MP_ROM_QSTR(MP_QSTR_timeout), MP_ROM_PTR(&lsp_asyncio_timeout_obj)},
    {MP_ROM_QSTR(MP_QSTR_timeout_at), MP_ROM_PTR(&lsp_asyncio_timeout_at_obj)},
    {MP_ROM_QSTR(MP_QSTR_Runner), MP_ROM_PTR(&lsp_type_Runner)},
    {MP_ROM_QSTR(MP_QSTR_exceptions), MP_ROM_PTR(&lsp_module_asyncio_exceptions)},
    {MP_ROM_QSTR(MP_QSTR_to_thread), MP_ROM_PTR(&lsp_asyncio_to_thread_obj)},  // asyncio_threads.c
    {MP_ROM_QSTR(MP_QSTR_wrap_future), MP_ROM_PTR(&lsp_asyncio_wrap_future_obj)},
    {MP_ROM_QSTR(MP_QSTR_run_coroutine_threadsafe), MP_ROM_PTR(&lsp_asyncio_run_coroutine_threadsafe_obj)},
};
static MP_DEFINE_CONST_DICT(asyncio_globals, asyncio_globals_table);

const mp_obj_module_t lsp_module_asyncio = {
    .base = {&mp_type_module},
    .globals = (mp_obj_dict_t*)&asyncio_globals,
};

MP_REGISTER_MODULE(MP_QSTR_asyncio, lsp_module_asyncio);
