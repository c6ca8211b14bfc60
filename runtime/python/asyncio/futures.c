// asyncio.Future and asyncio.Task (see futures.h), create_task, ensure_future, current_task,
// iscoroutine, isfuture, and what create_task accepts.
//
// Sections: Future and Task · await · The loop methods create_future and create_task · Which
//  objects are awaitable.
#include "asyncio/futures.h"

#include <string.h>

#include "asyncio/exceptions.h"
#include "asyncio/legacy.h"
#include "asyncio/loop.h"
#include "asyncio/task_stacks.h"
#include "contextvars.h"
#include "coroutines.h"
#include "py/objexcept.h"
#include "py/objgenerator.h"
#include "py/objstr.h"
#include "py/builtin.h"
#include "py/runtime.h"

// ---- Future and Task ----------------------------------------------------------------------------

static future_obj_t* future_self(mp_obj_t self_in) { return MP_OBJ_TO_PTR(self_in); }

// The wrapper for `future`; raises MemoryError.
mp_obj_t lsp_future_obj(void* future) {
    void* w = lsb_future_wrapper(future);
    if (w != NULL) { return MP_OBJ_FROM_PTR(w); }
    const mp_obj_type_t* type = lsb_future_is_task(future)     ? &lsp_type_Task
                                : lsb_future_is_gather(future) ? &lsp_type_GatheringFuture
                                                               : &lsp_type_Future;
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
    if (mp_obj_is_type(o, &lsp_type_Future) || mp_obj_is_type(o, &lsp_type_Task) ||
        mp_obj_is_type(o, &lsp_type_GatheringFuture)) {
        return future_self(o)->future;
    }
    return NULL;
}

void* lsp_future_error_context(void* future, const char* message, size_t len, void* exception) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t context = mp_obj_new_dict(3);
        mp_obj_dict_store(context, MP_OBJ_NEW_QSTR(MP_QSTR_message), mp_obj_new_str(message, len));
        mp_obj_dict_store(context, MP_OBJ_NEW_QSTR(MP_QSTR_exception), MP_OBJ_FROM_PTR(exception));
        mp_obj_dict_store(context, MP_OBJ_NEW_QSTR(MP_QSTR_future), lsp_future_obj(future));
        nlr_pop();
        return MP_OBJ_TO_PTR(context);
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

// The `loop=` keyword of Future() / Task(): a loop object, else get_event_loop() (3.11 allows both
// with and without a running loop).
static void* loop_argument(mp_obj_t loop_obj) {
    if (loop_obj != mp_const_none) { return lsp_loop_from_obj(loop_obj); }
    void* loop;
    lsp_check(lsb_get_event_loop(&loop));
    return loop;
}

static mp_obj_t future_make_new(const mp_obj_type_t* type, size_t n_args, size_t n_kw, const mp_obj_t* args) {
    (void)type;
    enum { ARG_loop };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_loop, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
    };
    mp_arg_val_t parsed[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all_kw_array(n_args, n_kw, args, MP_ARRAY_SIZE(allowed), allowed, parsed);
    void* loop = loop_argument(parsed[ARG_loop].u_obj);
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
    bool cancelled;
    lsp_check(lsb_future_cancel(future_self(pos[0])->future, text, len, msg != mp_const_none, &cancelled));
    return mp_obj_new_bool(cancelled);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(future_cancel_obj, 1, future_cancel);

static mp_obj_t future_set_result(mp_obj_t self_in, mp_obj_t value) {
    lsp_check(lsb_future_set_result(future_self(self_in)->future, MP_OBJ_TO_PTR(value)));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(future_set_result_obj, future_set_result);

static mp_obj_t future_set_exception(mp_obj_t self_in, mp_obj_t exc) {
    if (lsb_future_is_task(future_self(self_in)->future)) {
        // CPython's Task refuses before looking at its state or the argument
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("Task does not support set_exception operation"));
    }
    if (lsb_future_done(future_self(self_in)->future)) {
        // the state first, as CPython's: a done future refuses any exception, even a bad one
        mp_raise_msg(&lsp_type_InvalidStateError, MP_ERROR_TEXT("invalid state"));
    }
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
    mp_obj_t context = lsp_context_keyword(kw, "add_done_callback");
    lsp_check(lsb_future_add_done_callback(future_self(pos[0])->future, MP_OBJ_TO_PTR(pos[1]),
                                           MP_OBJ_TO_PTR(context)));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(future_add_done_callback_obj, 2, future_add_done_callback);

static mp_obj_t future_remove_done_callback(mp_obj_t self_in, mp_obj_t fn) {
    return MP_OBJ_NEW_SMALL_INT(
        lsb_future_remove_done_callback(future_self(self_in)->future, MP_OBJ_TO_PTR(fn)));
}
static MP_DEFINE_CONST_FUN_OBJ_2(future_remove_done_callback_obj, future_remove_done_callback);

// ---- repr: CPython's _future_repr_info / _task_repr_info ------------------------------------------

// The callbacks this binding can name: task wake-ups and Python callables (the runtime's own are
// left out: CPython's would name its library files).
static void print_callbacks(const mp_print_t* print, void* f) {
    size_t shown = 0, count = 0;
    for (size_t i = 0;; ++i) {
        void* fn = NULL;
        int kind = lsb_future_callback(f, i, &fn);
        if (kind == 0) { break; }
        if (kind != 3) { ++count; }
    }
    if (count == 0) { return; }
    mp_print_str(print, " cb=[");
    for (size_t i = 0;; ++i) {
        void* fn = NULL;
        int kind = lsb_future_callback(f, i, &fn);
        if (kind == 0) { break; }
        if (kind == 3) { continue; }
        ++shown;
        if (count > 2 && shown > 1 && shown < count) {
            if (shown == 2) { mp_printf(print, ", <%u more>", (unsigned)(count - 2)); }
            continue;
        }
        if (shown > 1) { mp_print_str(print, ", "); }
        if (kind == 1) {
            mp_print_str(print, "Task.task_wakeup()");
        } else if (kind == 4) {
            mp_print_str(print, "_run_until_complete_cb() at " LSP_CPYTHON_LIB "asyncio/base_events.py:180");
        } else {
            lsp_print_callback(print, MP_OBJ_FROM_PTR(fn), MP_OBJ_NULL);
        }
    }
    mp_print_str(print, "]");
}

static void print_outcome(const mp_print_t* print, void* f) {
    if (!lsb_future_done(f) || lsb_future_cancelled(f)) { return; }
    void* value;
    if (lsb_future_exception(f, &value).kind == LSB_OK && MP_OBJ_FROM_PTR(value) != mp_const_none) {
        mp_print_str(print, " exception=");
        mp_obj_print_helper(print, MP_OBJ_FROM_PTR(value), PRINT_REPR);
    } else if (lsb_future_result(f, &value).kind == LSB_OK) {
        // reprlib.repr, as CPython's base_futures (long strings and containers are shortened).
        mp_obj_t reprlib = mp_import_name(MP_QSTR_reprlib, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        mp_obj_t text = mp_call_function_1(mp_load_attr(reprlib, MP_QSTR_repr), MP_OBJ_FROM_PTR(value));
        mp_print_str(print, " result=");
        mp_print_str(print, mp_obj_str_get_str(text));
    }
}

static const char* future_state(void* f) {
    if (lsb_future_cancelled(f)) { return "cancelled"; }
    return lsb_future_done(f) ? "finished" : "pending";
}

static void print_future(const mp_print_t* print, void* f);

static void print_task(const mp_print_t* print, void* t) {
    const char* state = future_state(t);
    if (!lsb_future_done(t) && lsb_task_cancelling(t) > 0) { state = "cancelling"; }
    size_t len;
    const char* name = lsb_task_name(t, &len);
    mp_printf(print, "<Task %s name=", state);
    mp_obj_print_helper(print, mp_obj_new_str(name, len), PRINT_REPR);
    lsp_coro_info_t coro;
    bool described = lsb_task_coro_info(t, &coro);
    if (described) {
        lsp_coro_info_find_definition(&coro);
    } else if (lsp_awaitable_describe(MP_OBJ_FROM_PTR(lsb_task_coro(t)), &coro)) {
        // a native operation (create_task(asyncio.sleep(1))): CPython's coroutine of that name
        described = true;
        coro.alive = coro.alive && !lsb_future_done(t);
    }
    if (described) {
        // the coroutine's __qualname__, as CPython's repr: `Service.run`, a functools.wraps name
        size_t name_len = coro.name_len;
        const char* name = coro.name;
        if (coro.function != NULL) {
            mp_obj_t qualname = lsp_code_name(MP_OBJ_FROM_PTR(coro.function), true);
            if (mp_obj_is_str(qualname)) name = mp_obj_str_get_data(qualname, &name_len);
        }
        if (coro.alive) {
            mp_printf(print, " coro=<%.*s() running at %.*s:%u>", (int)name_len, name, (int)coro.file_len,
                      coro.file, (unsigned)coro.line);
        } else {
            mp_printf(print, " coro=<%.*s() done, defined at %.*s:%u>", (int)name_len, name,
                      (int)coro.file_len, coro.file, (unsigned)coro.first_line);
        }
    }
    void* waiter = lsb_task_waiter(t);
    if (waiter != NULL) {
        mp_print_str(print, " wait_for=");
        print_future(print, waiter);
    }
    print_outcome(print, t);
    print_callbacks(print, t);
    mp_print_str(print, ">");
}

static void print_future(const mp_print_t* print, void* f) {
    if (lsb_future_is_task(f)) {
        print_task(print, f);
        return;
    }
    mp_printf(print, "<%s %s", lsb_future_is_gather(f) ? "_GatheringFuture" : "Future", future_state(f));
    print_outcome(print, f);
    print_callbacks(print, f);
    mp_print_str(print, ">");
}

static void future_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    print_future(print, future_self(self_in)->future);
}

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

static const mp_rom_map_elem_t future_locals_table[] = {
    FUTURE_METHODS{MP_ROM_QSTR(MP_QSTR___module__), MP_ROM_QSTR(MP_QSTR__asyncio)}, /* CPython's C module */
};
static MP_DEFINE_CONST_DICT(future_locals_dict, future_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_Future, MP_QSTR_Future, MP_TYPE_FLAG_ITER_IS_GETITER, make_new,
                         future_make_new, print, future_print, iter, future_getiter, locals_dict,
                         &future_locals_dict);

// gather()'s future: CPython's asyncio.tasks._GatheringFuture, a Future subclass (gather() of
// nothing gives a plain Future, as in CPython).
static MP_DEFINE_STR_OBJ(asyncio_tasks_name_obj, "asyncio.tasks");  // a qstr cannot hold the dot
static const mp_rom_map_elem_t gathering_future_locals_table[] = {
    FUTURE_METHODS{MP_ROM_QSTR(MP_QSTR___module__), MP_ROM_PTR(&asyncio_tasks_name_obj)},
};
static MP_DEFINE_CONST_DICT(gathering_future_locals_dict, gathering_future_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_GatheringFuture, MP_QSTR__GatheringFuture, MP_TYPE_FLAG_ITER_IS_GETITER,
                         print, future_print, iter, future_getiter, locals_dict,
                         &gathering_future_locals_dict, parent, &lsp_type_Future);

static mp_obj_t create_task_on(void* loop, bool name_after, size_t n_args, const mp_obj_t* pos, mp_map_t* kw);

// asyncio.Task(coro, *, loop=None, name=None, context=None): a name given here uses no Task-N.
static mp_obj_t task_make_new(const mp_obj_type_t* type, size_t n_args, size_t n_kw, const mp_obj_t* args) {
    (void)type;
    mp_map_t kw;
    mp_map_init_fixed_table(&kw, n_kw, args + n_args);
    mp_obj_t loop_obj = mp_const_none;
    mp_map_elem_t* loop_kw = mp_map_lookup(&kw, MP_OBJ_NEW_QSTR(MP_QSTR_loop), MP_MAP_LOOKUP);
    if (loop_kw != NULL) {
        // The fixed table cannot lose an entry: parse the rest from a copy without `loop`.
        loop_obj = loop_kw->value;
        mp_map_t rest;
        mp_map_init(&rest, n_kw);
        for (size_t i = 0; i < n_kw; ++i) {
            if (kw.table[i].key != MP_OBJ_NEW_QSTR(MP_QSTR_loop)) {
                mp_map_lookup(&rest, kw.table[i].key, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value =
                    kw.table[i].value;
            }
        }
        return create_task_on(loop_argument(loop_obj), false, n_args, args, &rest);
    }
    return create_task_on(loop_argument(loop_obj), false, n_args, args, &kw);
}

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
    FUTURE_METHODS{MP_ROM_QSTR(MP_QSTR___module__), MP_ROM_QSTR(MP_QSTR__asyncio)},
    {MP_ROM_QSTR(MP_QSTR_get_name), MP_ROM_PTR(&task_get_name_obj)},
    {MP_ROM_QSTR(MP_QSTR_set_name), MP_ROM_PTR(&task_set_name_obj)},
    {MP_ROM_QSTR(MP_QSTR_get_coro), MP_ROM_PTR(&task_get_coro_obj)},
    {MP_ROM_QSTR(MP_QSTR_cancelling), MP_ROM_PTR(&task_cancelling_obj)},
    {MP_ROM_QSTR(MP_QSTR_uncancel), MP_ROM_PTR(&task_uncancel_obj)},
    LSP_TASK_STACK_METHODS       // Task.get_stack(), Task.print_stack()
        LSP_TASK_LEGACY_METHODS  // Task.all_tasks(), Task.current_task(): asyncio of Python 3.7
};
static MP_DEFINE_CONST_DICT(task_locals_dict, task_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_Task, MP_QSTR_Task, MP_TYPE_FLAG_ITER_IS_GETITER, make_new, task_make_new,
                         print, future_print, iter, future_getiter, locals_dict, &task_locals_dict, parent,
                         &lsp_type_Future);

static mp_obj_t future_get_loop(mp_obj_t self_in) {
    return lsp_loop_obj(lsb_future_loop(future_self(self_in)->future));
}

// name_after: asyncio.create_task names the task after creating it (a name uses up a Task-N).
static mp_obj_t create_task_on(void* loop, bool name_after, size_t n_args, const mp_obj_t* pos,
                               mp_map_t* kw) {
    enum { ARG_coro, ARG_name, ARG_context };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_coro, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_name, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_context, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos, kw, MP_ARRAY_SIZE(allowed), allowed, args);
    if (!lsp_is_awaitable_coroutine(args[ARG_coro].u_obj)) {
        mp_obj_t shown = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_builtin_repr_obj), args[ARG_coro].u_obj);
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("a coroutine was expected, got %s"),
                          mp_obj_str_get_str(shown));
    }
    mp_obj_t name = args[ARG_name].u_obj;
    const char* text = NULL;
    size_t len = 0;
    if (name != mp_const_none) {
        if (!mp_obj_is_str(name)) { name = mp_obj_str_make_new(&mp_type_str, 1, 0, &name); }
        text = mp_obj_str_get_data(name, &len);
    }
    mp_obj_t context = lsp_context_argument(args[ARG_context].u_obj);
    void* t;
    lsp_check(lsb_loop_create_task(loop, MP_OBJ_TO_PTR(args[ARG_coro].u_obj), text, len,
                                   name != mp_const_none, name_after, MP_OBJ_TO_PTR(context), &t));
    return lsp_adopt_future(t);
}

static mp_obj_t asyncio_create_task(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    return create_task_on(NULL, true, n_args, pos, kw);  // the running loop
}
LSP_DEFINE_ASYNCIO_FUNCTION_KW(lsp_asyncio_create_task_obj, 0, asyncio_create_task);

// An object whose class defines __await__ (not a coroutine, not a future): CPython awaits it in a
// coroutine of its own, _wrap_awaitable (shim/_asyncio_awaitables.py).
static bool has_await_method(mp_obj_t obj) {
    mp_obj_t dest[2];
    mp_load_method_maybe(obj, MP_QSTR___await__, dest);
    return dest[0] != MP_OBJ_NULL;
}

bool lsp_is_awaitable(mp_obj_t obj) {
    return lsp_py_to_future(MP_OBJ_TO_PTR(obj)) != NULL || lsp_is_awaitable_coroutine(obj) ||
           has_await_method(obj);
}

mp_obj_t lsp_awaitable_coroutine(mp_obj_t aw) {
    if (!has_await_method(aw)) {
        mp_raise_TypeError(MP_ERROR_TEXT("An asyncio.Future, a coroutine or an awaitable is required"));
    }
    mp_obj_t module = mp_import_name(MP_QSTR__asyncio_awaitables, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    return mp_call_function_1(mp_load_attr(module, MP_QSTR__wrap_awaitable), aw);
}

// A future as it is; a coroutine wrapped in a new task; another awaitable awaited by a coroutine
// that becomes the task. On `loop_obj` when it is not None (asyncio's loop= argument), which a
// future must then belong to.
static mp_obj_t ensure_future_on(mp_obj_t aw, mp_obj_t loop_obj) {
    void* future = lsp_py_to_future(MP_OBJ_TO_PTR(aw));
    if (future != NULL) {
        if (loop_obj != mp_const_none && lsb_future_loop(future) != lsp_loop_from_obj(loop_obj)) {
            mp_raise_ValueError(MP_ERROR_TEXT(
                "The future belongs to a different loop than the one specified as the loop argument"));
        }
        return aw;
    }
    if (!lsp_is_awaitable_coroutine(aw)) aw = lsp_awaitable_coroutine(aw);
    void* loop;
    if (loop_obj != mp_const_none) {
        loop = lsp_loop_from_obj(loop_obj);
    } else {
        lsp_check(lsb_get_event_loop(&loop));
    }
    mp_obj_t context = lsp_context_argument(mp_const_none);
    void* t;
    lsp_check(
        lsb_loop_create_task(loop, MP_OBJ_TO_PTR(aw), NULL, 0, false, false, MP_OBJ_TO_PTR(context), &t));
    return lsp_adopt_future(t);
}

// ensure_future(coro_or_future, *, loop=None)
static mp_obj_t asyncio_ensure_future(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_coro_or_future, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_loop, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_ROM_NONE}},
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos, kw, MP_ARRAY_SIZE(allowed), allowed, args);
    return ensure_future_on(args[0].u_obj, args[1].u_obj);
}
LSP_DEFINE_ASYNCIO_FUNCTION_KW(lsp_asyncio_ensure_future_obj, 0, asyncio_ensure_future);

mp_obj_t lsp_ensure_future(mp_obj_t aw) { return ensure_future_on(aw, mp_const_none); }

// current_task(loop=None): the loop's current task (a loop object that is not running has none).
static mp_obj_t asyncio_current_task(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    static const mp_arg_t allowed[] = {{MP_QSTR_loop, MP_ARG_OBJ, {.u_obj = MP_ROM_NONE}}};
    mp_arg_val_t args[1];
    mp_arg_parse_all(n_args, pos, kw, 1, allowed, args);
    if (args[0].u_obj != mp_const_none) {
        // not a loop, or one that is not running: no task is current on it (CPython: a dict lookup)
        if (!lsp_is_loop_obj(args[0].u_obj) || lsp_loop_from_obj(args[0].u_obj) != lsb_running_loop()) {
            return mp_const_none;
        }
    }
    void* t;
    lsp_check(lsb_current_task(&t));
    return t == NULL ? mp_const_none : lsp_future_obj(t);
}
LSP_DEFINE_ASYNCIO_FUNCTION_KW(lsp_asyncio_current_task_obj, 0, asyncio_current_task);

// As 3.11's asyncio.iscoroutine: a coroutine, and still a generator (3.12 dropped those); the
// runtime's native awaitables are coroutines too (CPython's sleep(), Queue.put()... are).
static mp_obj_t asyncio_iscoroutine(size_t n_args, const mp_obj_t* args) {
    (void)n_args;
    return mp_obj_new_bool(lsp_is_awaitable_coroutine(args[0]));
}
static const mp_rom_obj_t iscoroutine_params_defaults[] = {MP_ROM_PTR(NULL)};
MP_FUN_PARAMS(iscoroutine_params, MP_QSTR_iscoroutine, MP_QSTR_obj);
LSP_DEFINE_ASYNCIO_FUNCTION_PARAMS(lsp_asyncio_iscoroutine_obj, 1, 1, asyncio_iscoroutine,
                                   &iscoroutine_params);

static mp_obj_t asyncio_isfuture(size_t n_args, const mp_obj_t* args) {
    (void)n_args;
    return mp_obj_new_bool(lsp_py_to_future(MP_OBJ_TO_PTR(args[0])) != NULL);
}
static const mp_rom_obj_t isfuture_params_defaults[] = {MP_ROM_PTR(NULL)};
MP_FUN_PARAMS(isfuture_params, MP_QSTR_isfuture, MP_QSTR_obj);
LSP_DEFINE_ASYNCIO_FUNCTION_PARAMS(lsp_asyncio_isfuture_obj, 1, 1, asyncio_isfuture, &isfuture_params);

// ---- The loop methods create_future and create_task ------------------------------------------

static mp_obj_t loop_create_future(mp_obj_t self_in) {
    void* f;
    lsp_check(lsb_loop_create_future(lsp_loop_from_obj(self_in), &f));
    return lsp_adopt_future(f);
}
MP_DEFINE_CONST_FUN_OBJ_1(lsp_loop_create_future_obj, loop_create_future);

static mp_obj_t loop_create_task(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    return create_task_on(lsp_loop_from_obj(pos[0]), false, n_args - 1, pos + 1, kw);
}
MP_DEFINE_CONST_FUN_OBJ_KW(lsp_loop_create_task_obj, 1, loop_create_task);

// ---- Which objects are awaitable: coroutines and the native awaitables (awaitable.h) -----------------------------------------------------------------

const lsp_awaitable_protocol_t lsp_native_awaitable = {"a native awaitable (a coroutine in CPython)"};

bool lsp_is_awaitable_coroutine(mp_obj_t obj) {
    if (mp_obj_is_gen_or_coro(obj)) { return true; }  // 3.11's tasks still take generators
    if (!mp_obj_is_obj(obj)) { return false; }
    const mp_obj_type_t* type = mp_obj_get_type(obj);
    return MP_OBJ_TYPE_HAS_SLOT(type, protocol) &&
           MP_OBJ_TYPE_GET_SLOT(type, protocol) == &lsp_native_awaitable;
}
