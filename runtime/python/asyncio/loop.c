// The event loop object, its handles and the event-loop functions (see loop.h).
//
// Sections: Handles · The loop object.
#include "asyncio/loop.h"

#include <string.h>
#include "asyncio/defining_modules.h"

#include "contextvars.h"
#include "coroutines.h"
#include "task_location.h"
#include "py/objgenerator.h"
#include "py/objstr.h"
#include "py/builtin.h"
#include "py/runtime.h"

// ---- Handles ---------------------------------------------------------------------------------
// What call_soon / call_later / call_at return. The wrapper owns a C++ handle box, handed back by
// its finaliser (cancelling is up to the script: a dropped handle still runs its callback).

typedef struct {
    mp_obj_base_t base;
    void* owned;  // the HandleBox (lsp_owner_t)
    mp_obj_t fn;  // the callback and its arguments (for the repr; the loop keeps its own)
    mp_obj_t args;
    double when;  // a TimerHandle that owns nothing (an exception context's): its time
} handle_obj_t;

static handle_obj_t* handle_self(mp_obj_t self_in) { return MP_OBJ_TO_PTR(self_in); }

static mp_obj_t handle_cancel(mp_obj_t self_in) {
    handle_obj_t* self = handle_self(self_in);
    if (self->owned != NULL) { lsb_handle_cancel(self->owned); }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(handle_cancel_obj, handle_cancel);

// (A handle with nothing owned is one an exception context describes: its callback has run.)
static bool handle_is_cancelled(handle_obj_t* self) {
    return self->owned != NULL && lsb_handle_cancelled(self->owned);
}

static mp_obj_t handle_cancelled(mp_obj_t self_in) {
    return mp_obj_new_bool(handle_is_cancelled(handle_self(self_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(handle_cancelled_obj, handle_cancelled);

// A TimerHandle's time (an exception context's handle owns nothing: the time it was made with).
static double timer_handle_when(handle_obj_t* self) {
    return self->owned != NULL ? lsb_handle_when(self->owned) : self->when;
}

static mp_obj_t handle_when(mp_obj_t self_in) {
    return mp_obj_new_float(timer_handle_when(handle_self(self_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(handle_when_obj, handle_when);

// functools.partial (the shim's class): its func, args and keywords, else false.
static bool partial_parts(mp_obj_t fn, mp_obj_t* func, mp_obj_t* args, mp_obj_t* keywords) {
    if (!mp_obj_is_obj(fn) || mp_obj_get_type(fn)->name != MP_QSTR_partial) { return false; }
    mp_obj_t dest[2];
    mp_obj_t* outs[3] = {func, args, keywords};
    const qstr names[3] = {MP_QSTR_func, MP_QSTR_args, MP_QSTR_keywords};
    for (size_t i = 0; i < 3; ++i) {
        mp_load_method_maybe(fn, names[i], dest);
        if (dest[0] == MP_OBJ_NULL || dest[1] != MP_OBJ_NULL) { return false; }
        *outs[i] = dest[0];
    }
    return mp_obj_is_type(*args, &mp_type_tuple) && mp_obj_is_type(*keywords, &mp_type_dict);
}

// `(a, b, k=v)`, each value as reprlib.repr shortens it (CPython's _format_args_and_kwargs).
static void print_arguments(const mp_print_t* print, mp_obj_t args, mp_obj_t keywords) {
    size_t n = 0;
    mp_obj_t* items = NULL;
    if (args != MP_OBJ_NULL) { mp_obj_tuple_get(args, &n, &items); }
    mp_map_t* kw = keywords != MP_OBJ_NULL ? mp_obj_dict_get_map(keywords) : NULL;
    mp_obj_t short_repr = MP_OBJ_NULL;
    if (n > 0 || (kw != NULL && kw->used > 0)) {
        mp_obj_t reprlib = mp_import_name(MP_QSTR_reprlib, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        short_repr = mp_load_attr(reprlib, MP_QSTR_repr);
    }
    mp_print_str(print, "(");
    size_t shown = 0;
    for (size_t i = 0; i < n; ++i, ++shown) {
        if (shown > 0) { mp_print_str(print, ", "); }
        mp_obj_print_helper(print, mp_call_function_1(short_repr, items[i]), PRINT_STR);
    }
    for (size_t i = 0; kw != NULL && i < kw->alloc; ++i) {
        if (!mp_map_slot_is_filled(kw, i)) { continue; }
        if (shown++ > 0) { mp_print_str(print, ", "); }
        mp_obj_print_helper(print, kw->table[i].key, PRINT_STR);
        mp_print_str(print, "=");
        mp_obj_print_helper(print, mp_call_function_1(short_repr, kw->table[i].value), PRINT_STR);
    }
    mp_print_str(print, ")");
}

// `name(args)`, a partial's as `func(its args)(args)`.
static void print_callback_call(const mp_print_t* print, mp_obj_t fn, mp_obj_t args, mp_obj_t keywords,
                                int depth) {
    mp_obj_t func, p_args, p_keywords;
    if (depth < 16 && partial_parts(fn, &func, &p_args, &p_keywords)) {
        print_callback_call(print, func, p_args, p_keywords, depth + 1);
        print_arguments(print, args, keywords);
        return;
    }
    mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
    // A Python function (or a bound method's): its qualified name, `Service.on_tick`
    mp_obj_t function = fn;
    if (mp_obj_is_type(fn, &mp_type_bound_meth)) mp_load_method_maybe(fn, MP_QSTR___func__, dest);
    if (dest[0] != MP_OBJ_NULL) function = dest[0];
    dest[0] = MP_OBJ_NULL;
    if (mp_obj_is_type(function, &mp_type_fun_bc) || mp_obj_is_gen_or_coro_fun(function)) {
        dest[0] = lsp_code_name(function, true);
    }
    if (dest[0] == MP_OBJ_NULL) mp_load_method_maybe(fn, MP_QSTR___qualname__, dest);
    if (dest[0] == MP_OBJ_NULL || !mp_obj_is_str(dest[0])) {
        mp_load_method_maybe(fn, MP_QSTR___name__, dest);
    }
    if (dest[0] != MP_OBJ_NULL && mp_obj_is_str(dest[0])) {
        mp_print_str(print, mp_obj_str_get_str(dest[0]));
    } else {
        mp_obj_print_helper(print, fn, PRINT_REPR);
    }
    print_arguments(print, args, keywords);
}

// CPython's format_helpers._format_callback_source: `name(args) at FILE:LINE` (the place of a
// Python function, also behind partials).
void lsp_print_callback(const mp_print_t* print, mp_obj_t fn, mp_obj_t args) {
    print_callback_call(print, fn, args, MP_OBJ_NULL, 0);
    mp_obj_t func, p_args, p_keywords;
    for (int depth = 0; depth < 16 && partial_parts(fn, &func, &p_args, &p_keywords); ++depth) fn = func;
    lsp_coro_info_t where;
    if (lsp_function_describe(MP_OBJ_TO_PTR(fn), &where)) {
        lsp_coro_info_find_definition(&where);
        mp_printf(print, " at %.*s:%u", (int)where.file_len, where.file, (unsigned)where.first_line);
    }
}

// `<Handle cancelled>`, `<TimerHandle when=1.0 callback(1) at main.py:5>` (CPython's _repr_info).
static void handle_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    handle_obj_t* self = handle_self(self_in);
    bool timer = mp_obj_is_type(self_in, &lsp_type_TimerHandle);
    bool cancelled = handle_is_cancelled(self);
    mp_print_str(print, timer ? "<TimerHandle" : "<Handle");
    if (cancelled) { mp_print_str(print, " cancelled"); }
    if (timer) {
        mp_print_str(print, " when=");
        mp_obj_print_helper(print, mp_obj_new_float(timer_handle_when(self)), PRINT_REPR);
    }
    if (cancelled) {
        mp_print_str(print, ">");  // CPython drops the callback on cancel()
        return;
    }
    if (self->fn != MP_OBJ_NULL) {
        mp_print_str(print, " ");
        lsp_print_callback(print, self->fn, self->args);
    }
    mp_print_str(print, ">");
}

// TimerHandles order by their time, as CPython's (`h1 < h2` is `h1.when() < h2.when()`; `<=` and
// `>=` also hold for equal handles); two are equal when their time, callback, arguments and
// cancelled state are (a cancelled handle has dropped its callback); the hash is the time's.

static mp_obj_t timer_handle_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (!mp_obj_is_type(rhs, &lsp_type_TimerHandle)) { return MP_OBJ_NULL; }  // NotImplemented
    handle_obj_t* a = handle_self(lhs);
    handle_obj_t* b = handle_self(rhs);
    double wa = timer_handle_when(a);
    double wb = timer_handle_when(b);
    bool equal = false;
    if (op == MP_BINARY_OP_EQUAL || op == MP_BINARY_OP_LESS_EQUAL || op == MP_BINARY_OP_MORE_EQUAL) {
        bool ca = handle_is_cancelled(a);
        equal = wa == wb && ca == handle_is_cancelled(b) &&
                (ca || (mp_obj_equal(a->fn, b->fn) && mp_obj_equal(a->args, b->args)));
    }
    switch (op) {
        case MP_BINARY_OP_LESS: return mp_obj_new_bool(wa < wb);
        case MP_BINARY_OP_MORE: return mp_obj_new_bool(wa > wb);
        case MP_BINARY_OP_LESS_EQUAL: return mp_obj_new_bool(wa < wb || equal);
        case MP_BINARY_OP_MORE_EQUAL: return mp_obj_new_bool(wa > wb || equal);
        case MP_BINARY_OP_EQUAL: return mp_obj_new_bool(equal);
        default: return MP_OBJ_NULL;
    }
}

static mp_obj_t timer_handle_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    if (op != MP_UNARY_OP_HASH) { return MP_OBJ_NULL; }
    return mp_unary_op(MP_UNARY_OP_HASH, mp_obj_new_float(timer_handle_when(handle_self(self_in))));
}

#define HANDLE_METHODS                                                 \
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&lsp_owned_del_obj)},    \
        {MP_ROM_QSTR(MP_QSTR_cancel), MP_ROM_PTR(&handle_cancel_obj)}, \
        {MP_ROM_QSTR(MP_QSTR_cancelled), MP_ROM_PTR(&handle_cancelled_obj)},

static const mp_rom_map_elem_t handle_locals_table[] = {LSP_MODULE_ENTRY(asyncio_events), HANDLE_METHODS};
static MP_DEFINE_CONST_DICT(handle_locals_dict, handle_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_Handle, MP_QSTR_Handle, MP_TYPE_FLAG_NONE, print, handle_print, locals_dict,
                         &handle_locals_dict);

static const mp_rom_map_elem_t timer_handle_locals_table[] = {
    LSP_MODULE_ENTRY(asyncio_events),
    HANDLE_METHODS{MP_ROM_QSTR(MP_QSTR_when), MP_ROM_PTR(&handle_when_obj)},
};
static MP_DEFINE_CONST_DICT(timer_handle_locals_dict, timer_handle_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_TimerHandle, MP_QSTR_TimerHandle, MP_TYPE_FLAG_NONE, print, handle_print,
                         binary_op, timer_handle_binary_op, unary_op, timer_handle_unary_op, locals_dict,
                         &timer_handle_locals_dict, parent, &lsp_type_Handle);

// ---- The loop object ------------------------------------------------------------------------------

typedef struct {
    mp_obj_base_t base;
    void* loop;  // aio::EventLoop* (loops live until the end of the run)
    // Debug mode's settings, as the script sees them (get_debug(), slow_callback_duration)
    bool debug;
    mp_obj_t slow_callback_duration;
} loop_obj_t;

static void* loop_self(mp_obj_t self_in) { return ((loop_obj_t*)MP_OBJ_TO_PTR(self_in))->loop; }

void lsp_loop_start_in_debug_mode(void* loop) {
    nlr_buf_t nlr;  // (called from C++: nothing may jump out)
    if (nlr_push(&nlr) == 0) {
        loop_obj_t* o = MP_OBJ_TO_PTR(lsp_loop_obj(loop));
        o->debug = true;
        nlr_pop();
    }
}

static mp_obj_t loop_get_debug(mp_obj_t self_in) {
    return mp_obj_new_bool(((loop_obj_t*)MP_OBJ_TO_PTR(self_in))->debug);
}
MP_DEFINE_CONST_FUN_OBJ_1(lsp_loop_get_debug_obj, loop_get_debug);

static mp_obj_t loop_set_debug(mp_obj_t self_in, mp_obj_t enabled) {
    ((loop_obj_t*)MP_OBJ_TO_PTR(self_in))->debug = mp_obj_is_true(enabled);
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(lsp_loop_set_debug_obj, loop_set_debug);

// loop.slow_callback_duration (read and set; CPython's default 0.1), then the methods.
static void loop_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    loop_obj_t* self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_slow_callback_duration) {
        if (dest[0] == MP_OBJ_NULL) {
            dest[0] = self->slow_callback_duration;
        } else if (dest[1] != MP_OBJ_NULL) {
            mp_obj_get_float(dest[1]);  // a number, else TypeError
            self->slow_callback_duration = dest[1];
            dest[0] = MP_OBJ_NULL;
        }
        return;
    }
    if (dest[0] == MP_OBJ_NULL) { dest[1] = MP_OBJ_SENTINEL; }
}

static mp_obj_t loop_time(mp_obj_t self_in) { return mp_obj_new_float(lsb_loop_time(loop_self(self_in))); }
MP_DEFINE_CONST_FUN_OBJ_1(lsp_loop_time_obj, loop_time);

// call_later(delay=..., callback=...): the parameters before *args, taken by keyword when the
// call passes no *args (as CPython's signatures allow). Fills out[0..first]; the other keywords
// must be `context`, returned (None if absent).
static mp_obj_t keyword_parameters(int mode, size_t n_args, const mp_obj_t* pos, mp_map_t* kw,
                                   mp_obj_t* out) {
    static const qstr params[3][2] = {{MP_QSTR_callback, MP_QSTR_callback},
                                      {MP_QSTR_delay, MP_QSTR_callback},
                                      {MP_QSTR_when, MP_QSTR_callback}};
    static const char* const names[] = {"call_soon", "call_later", "call_at"};
    size_t first = mode == 0 ? 1 : 2;
    mp_obj_t context = mp_const_none;
    for (size_t i = 0; i <= first; ++i) { out[i] = i < n_args ? pos[i] : MP_OBJ_NULL; }
    for (size_t i = 0; i < kw->alloc; ++i) {
        if (!mp_map_slot_is_filled(kw, i)) { continue; }
        qstr key = mp_obj_str_get_qstr(kw->table[i].key);
        size_t slot = 0;
        for (size_t p = 1; p <= first; ++p) {
            if (params[mode][p - 1] == key) { slot = p; }
        }
        if (key == MP_QSTR_context) {
            context = kw->table[i].value;
        } else if (slot != 0 && slot < n_args) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%s() got multiple values for argument '%q'"),
                              names[mode], key);
        } else if (slot != 0 && n_args <= first) {
            out[slot] = kw->table[i].value;
        } else {
            mp_raise_msg_varg(&mp_type_TypeError,
                              MP_ERROR_TEXT("%s() got an unexpected keyword argument '%q'"), names[mode],
                              key);
        }
    }
    for (size_t p = 1; p <= first; ++p) {
        if (out[p] == MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_TypeError,
                              MP_ERROR_TEXT("%s() missing 1 required positional argument: '%q'"), names[mode],
                              params[mode][p - 1]);
        }
    }
    return lsp_context_argument(context);
}

// call_soon(fn, *args, context=None), call_later(delay, fn, *args), call_at(when, fn, *args).
static mp_obj_t loop_call(int mode, size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    static const char* const names[] = {"call_soon", "call_later", "call_at"};
    size_t first = mode == 0 ? 1 : 2;  // index of the callback
    mp_obj_t context;
    mp_obj_t given[3];
    if (n_args <= first) {
        context = keyword_parameters(mode, n_args, pos, kw, given);
        pos = given;
        n_args = first + 1;
    } else {
        context = lsp_context_keyword(kw, names[mode]);
    }
    mp_obj_t fn = pos[first];
    if (!mp_obj_is_callable(fn)) { mp_raise_TypeError(MP_ERROR_TEXT("a callable object was expected")); }
    double when = mode == 0 ? 0.0 : (double)mp_obj_get_float(pos[1]);
    mp_obj_t args = mp_obj_new_tuple(n_args - first - 1, pos + first + 1);
    void* box;
    lsp_check(lsb_loop_call(loop_self(pos[0]), mode, when, MP_OBJ_TO_PTR(fn), MP_OBJ_TO_PTR(args),
                            MP_OBJ_TO_PTR(context), &box));
    handle_obj_t* h =
        mp_obj_malloc_with_finaliser(handle_obj_t, mode == 0 ? &lsp_type_Handle : &lsp_type_TimerHandle);
    h->owned = box;
    h->when = 0.0;
    h->fn = fn;
    h->args = args;
    return MP_OBJ_FROM_PTR(h);
}

static mp_obj_t loop_call_soon(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    return loop_call(0, n_args, pos, kw);
}
MP_DEFINE_CONST_FUN_OBJ_KW(lsp_loop_call_soon_obj, 1, loop_call_soon);

static mp_obj_t loop_call_later(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    return loop_call(1, n_args, pos, kw);
}
MP_DEFINE_CONST_FUN_OBJ_KW(lsp_loop_call_later_obj, 1, loop_call_later);

static mp_obj_t loop_call_at(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    return loop_call(2, n_args, pos, kw);
}
MP_DEFINE_CONST_FUN_OBJ_KW(lsp_loop_call_at_obj, 1, loop_call_at);

static mp_obj_t loop_stop(mp_obj_t self_in) {
    lsb_loop_stop(loop_self(self_in));
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(lsp_loop_stop_obj, loop_stop);

static mp_obj_t loop_close(mp_obj_t self_in) {
    lsp_check(lsb_loop_close(loop_self(self_in)));
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(lsp_loop_close_obj, loop_close);

static mp_obj_t loop_is_running(mp_obj_t self_in) {
    return mp_obj_new_bool(lsb_loop_is_running(loop_self(self_in)));
}
MP_DEFINE_CONST_FUN_OBJ_1(lsp_loop_is_running_obj, loop_is_running);

static mp_obj_t loop_is_closed(mp_obj_t self_in) {
    return mp_obj_new_bool(lsb_loop_is_closed(loop_self(self_in)));
}
MP_DEFINE_CONST_FUN_OBJ_1(lsp_loop_is_closed_obj, loop_is_closed);

static mp_obj_t loop_set_exception_handler(mp_obj_t self_in, mp_obj_t handler) {
    if (handler != mp_const_none && !mp_obj_is_callable(handler)) {
        mp_obj_t text = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_builtin_repr_obj), handler);
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("A callable object or None is expected, got %s"),
                          mp_obj_str_get_str(text));
    }
    lsb_loop_set_exception_handler(loop_self(self_in),
                                   handler == mp_const_none ? NULL : MP_OBJ_TO_PTR(handler));
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(lsp_loop_set_exception_handler_obj, loop_set_exception_handler);

static mp_obj_t loop_get_exception_handler(mp_obj_t self_in) {
    void* h = lsb_loop_get_exception_handler(loop_self(self_in));
    return h == NULL ? mp_const_none : MP_OBJ_FROM_PTR(h);
}
MP_DEFINE_CONST_FUN_OBJ_1(lsp_loop_get_exception_handler_obj, loop_get_exception_handler);

// ---- Logging ----------------------------------------------------------------------------------

void lsp_loop_created(bool virtual_time) {
    mp_map_elem_t* logging = mp_map_lookup(&MP_STATE_VM(mp_loaded_modules_dict).map,
                                           MP_OBJ_NEW_QSTR(MP_QSTR_logging), MP_MAP_LOOKUP);
    if (logging == NULL) { return; }  // (no script logger can be listening)
    nlr_buf_t nlr;  // called from C++: nothing may jump out; a failing handler is the script's own
    if (nlr_push(&nlr) == 0) {
        mp_obj_t module = mp_import_name(MP_QSTR__asyncio_log, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        mp_call_function_1(mp_load_attr(module, MP_QSTR_loop_created), mp_obj_new_bool(virtual_time));
        nlr_pop();
    }
}

bool lsp_logging_imported(void) {
    return mp_map_lookup(&MP_STATE_VM(mp_loaded_modules_dict).map, MP_OBJ_NEW_QSTR(MP_QSTR_logging),
                         MP_MAP_LOOKUP) != NULL;
}

bool lsp_log_loop_error(const char* text, size_t len, void* exception) {
    if (!lsp_logging_imported()) { return false; }  // (printed as logging's last resort would)
    bool logged = false;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t module = mp_import_name(MP_QSTR__asyncio_log, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        mp_obj_t exc = exception != NULL ? MP_OBJ_FROM_PTR(exception) : mp_const_none;
        logged = mp_obj_is_true(
            mp_call_function_2(mp_load_attr(module, MP_QSTR_loop_error), mp_obj_new_str(text, len), exc));
        nlr_pop();
    }
    return logged;
}

// ---- Exception contexts ---------------------------------------------------------------------

void* lsp_callback_error_context(void* fn, void* args, void* lone_arg, void* exception, const double* when,
                                 const char** message, size_t* len) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t f = MP_OBJ_FROM_PTR(fn);
        mp_obj_t lone = MP_OBJ_FROM_PTR(lone_arg);
        mp_obj_t a = args != NULL       ? MP_OBJ_FROM_PTR(args)
                     : lone_arg != NULL ? mp_obj_new_tuple(1, &lone)
                                        : mp_const_empty_tuple;
        vstr_t text;
        mp_print_t print;
        vstr_init_print(&text, 64, &print);
        mp_print_str(&print, "Exception in callback ");
        lsp_print_callback(&print, f, a);
        mp_obj_t msg = mp_obj_new_str_from_vstr(&text);
        // owns nothing: no finaliser
        handle_obj_t* h =
            mp_obj_malloc(handle_obj_t, when != NULL ? &lsp_type_TimerHandle : &lsp_type_Handle);
        h->owned = NULL;
        h->when = when != NULL ? *when : 0.0;
        h->fn = f;
        h->args = a;
        mp_obj_t context = mp_obj_new_dict(3);
        mp_obj_dict_store(context, MP_OBJ_NEW_QSTR(MP_QSTR_message), msg);
        mp_obj_dict_store(context, MP_OBJ_NEW_QSTR(MP_QSTR_exception), MP_OBJ_FROM_PTR(exception));
        mp_obj_dict_store(context, MP_OBJ_NEW_QSTR(MP_QSTR_handle), MP_OBJ_FROM_PTR(h));
        *message = mp_obj_str_get_data(msg, len);
        nlr_pop();
        return MP_OBJ_TO_PTR(context);
    }
    return NULL;
}

size_t lsp_context_details(void* context, char* out, size_t capacity) {
    vstr_t text;
    mp_print_t print;
    vstr_init_print(&text, 64, &print);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t keys = mp_obj_new_list(0, NULL);
        mp_map_t* map = mp_obj_dict_get_map(MP_OBJ_FROM_PTR(context));
        for (size_t i = 0; i < map->alloc; ++i) {
            if (!mp_map_slot_is_filled(map, i)) { continue; }
            mp_obj_t key = map->table[i].key;
            if (mp_obj_is_str(key) && (mp_obj_equal(key, MP_OBJ_NEW_QSTR(MP_QSTR_message)) ||
                                       mp_obj_equal(key, MP_OBJ_NEW_QSTR(MP_QSTR_exception)))) {
                continue;
            }
            mp_obj_list_append(keys, key);
        }
        mp_obj_t sort_args[1] = {keys};
        mp_map_t no_keywords;
        mp_map_init(&no_keywords, 0);
        mp_obj_list_sort(1, sort_args, &no_keywords);
        size_t n;
        mp_obj_t* items;
        mp_obj_list_get(keys, &n, &items);
        for (size_t i = 0; i < n; ++i) {
            mp_obj_print_helper(&print, items[i], PRINT_STR);
            mp_print_str(&print, ": ");
            mp_obj_print_helper(&print, mp_obj_dict_get(MP_OBJ_FROM_PTR(context), items[i]), PRINT_REPR);
            mp_print_str(&print, "\n");
        }
        nlr_pop();
    }
    size_t needed = text.len;
    if (out != NULL && capacity > 0) { memcpy(out, text.buf, needed < capacity ? needed : capacity); }
    vstr_clear(&text);
    return needed;
}

// The message and the exception of a context dict (the handler is given the dict itself).
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
    lsb_loop_call_exception_handler(loop_self(self_in), msg, len, exc, MP_OBJ_TO_PTR(context));
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(lsp_loop_call_exception_handler_obj, loop_call_exception_handler);

static mp_obj_t loop_default_exception_handler(mp_obj_t self_in, mp_obj_t context) {
    (void)self_in;
    size_t len;
    void* exc;
    const char* msg = context_parts(context, &len, &exc);
    lsb_default_exception_handler(msg, len, exc, MP_OBJ_TO_PTR(context));
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(lsp_loop_default_exception_handler_obj, loop_default_exception_handler);

// asyncio.AbstractEventLoop and asyncio.BaseEventLoop: the loop's bases, for isinstance (CPython's
// loop classes derive from both). Not meant to be instantiated or subclassed into a new loop.
MP_DEFINE_CONST_OBJ_TYPE(lsp_type_AbstractEventLoop, MP_QSTR_AbstractEventLoop, MP_TYPE_FLAG_NONE,
                         locals_dict, &lsp_locals_asyncio_events);
MP_DEFINE_CONST_OBJ_TYPE(lsp_type_BaseEventLoop, MP_QSTR_BaseEventLoop, MP_TYPE_FLAG_NONE, locals_dict,
                         &lsp_locals_asyncio_base_events, parent, &lsp_type_AbstractEventLoop);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_BaseSelectorEventLoop, MP_QSTR_BaseSelectorEventLoop, MP_TYPE_FLAG_NONE,
                         locals_dict, &lsp_locals_asyncio_selector_events, parent, &lsp_type_BaseEventLoop);

// As CPython prints a loop: <_UnixSelectorEventLoop running=True closed=False debug=False>.
static void loop_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    void* loop = loop_self(self_in);
    mp_printf(print, "<_UnixSelectorEventLoop running=%s closed=%s debug=%s>",
              lsb_loop_is_running(loop) ? "True" : "False", lsb_loop_is_closed(loop) ? "True" : "False",
              ((loop_obj_t*)MP_OBJ_TO_PTR(self_in))->debug ? "True" : "False");
}

static mp_obj_t new_loop(void);

// asyncio.SelectorEventLoop(): a new loop, as new_event_loop() makes.
static mp_obj_t loop_make_new(const mp_obj_type_t* type, size_t n_args, size_t n_kw, const mp_obj_t* args) {
    (void)type;
    (void)args;
    mp_arg_check_num(n_args, n_kw, 0, 1, false);  // (selector=None): the run's own selector either way
    return new_loop();
}

// CPython's loop on Unix, asyncio.unix_events._UnixSelectorEventLoop (asyncio.SelectorEventLoop).
// Its methods are every unit's LSP_LOOP_METHODS_* (module.c assembles lsp_loop_locals_dict).
MP_DEFINE_CONST_OBJ_TYPE(lsp_type_EventLoop, MP_QSTR__UnixSelectorEventLoop, MP_TYPE_FLAG_NONE, make_new,
                         loop_make_new, print, loop_print, attr, loop_attr, locals_dict,
                         &lsp_loop_locals_dict, parent, &lsp_type_BaseSelectorEventLoop);

// The one Python object of `loop` (kept by the session, so `is` holds between calls).
mp_obj_t lsp_loop_obj(void* loop) {
    void* w = lsb_loop_wrapper(loop);
    if (w != NULL) { return MP_OBJ_FROM_PTR(w); }
    loop_obj_t* o = mp_obj_malloc(loop_obj_t, &lsp_type_EventLoop);
    o->loop = loop;
    o->debug = false;  // CPython's default (asyncio.run(debug=True) turns it on)
    o->slow_callback_duration = mp_obj_new_float(0.1);
    lsb_loop_set_wrapper(loop, o);
    return MP_OBJ_FROM_PTR(o);
}

bool lsp_is_loop_obj(mp_obj_t obj) { return mp_obj_is_type(obj, &lsp_type_EventLoop); }

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

const char* lsp_current_thread_name_repr(void) {
    static char text[128];
    strcpy(text, "'MainThread'");
    nlr_buf_t nlr;  // (called from C++: nothing may jump out)
    if (nlr_push(&nlr) == 0) {
        mp_obj_t threading = mp_import_name(MP_QSTR_threading, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        mp_obj_t thread = mp_call_function_0(mp_load_attr(threading, MP_QSTR_current_thread));
        mp_obj_t name = mp_load_attr(thread, MP_QSTR_name);
        mp_obj_t r = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_builtin_repr_obj), name);
        size_t len;
        const char* data = mp_obj_str_get_data(r, &len);
        if (len >= sizeof(text)) len = sizeof(text) - 1;
        memcpy(text, data, len);
        text[len] = '\0';
        nlr_pop();
    }
    return text;
}

static mp_obj_t asyncio_get_event_loop(void) {
    void* loop;
    lsp_check(lsb_get_event_loop(&loop));
    return lsp_loop_obj(loop);
}
MP_DEFINE_CONST_FUN_OBJ_0(lsp_asyncio_get_event_loop_obj, asyncio_get_event_loop);

static mp_obj_t new_loop(void) {
    void* loop;
    lsp_check(lsb_new_event_loop(&loop));
    return lsp_loop_obj(loop);
}

// The event loop policy the script set (asyncio.set_event_loop_policy, shim/_asyncio_events.py), or
// MP_OBJ_NULL for the default one: as CPython's, new_event_loop() and asyncio.run() make their loop
// with its new_event_loop() (the default policy's makes one here: asyncio.SelectorEventLoop()).
MP_REGISTER_ROOT_POINTER(mp_obj_t lsp_event_loop_policy);

static mp_obj_t asyncio_new_event_loop(size_t n_args, const mp_obj_t* args) {
    (void)n_args;
    (void)args;
    mp_obj_t policy = MP_STATE_VM(lsp_event_loop_policy);
    if (policy != MP_OBJ_NULL) return mp_call_function_0(mp_load_attr(policy, MP_QSTR_new_event_loop));
    return new_loop();
}
LSP_DEFINE_ASYNCIO_FUNCTION_VAR_BETWEEN(lsp_asyncio_new_event_loop_obj, 0, 0, asyncio_new_event_loop);

static mp_obj_t asyncio_set_event_loop(size_t n_args, const mp_obj_t* args) {
    (void)n_args;
    mp_obj_t loop = args[0];
    if (loop != mp_const_none && !mp_obj_is_type(loop, &lsp_type_EventLoop)) {
        mp_raise_TypeError(MP_ERROR_TEXT("loop must be an event loop or None"));
    }
    lsb_set_event_loop(loop == mp_const_none ? NULL : loop_self(loop));
    return mp_const_none;
}
static const mp_rom_obj_t set_event_loop_params_defaults[] = {MP_ROM_PTR(NULL)};
MP_FUN_PARAMS(set_event_loop_params, MP_QSTR_set_event_loop, MP_QSTR_loop);
LSP_DEFINE_ASYNCIO_FUNCTION_PARAMS(lsp_asyncio_set_event_loop_obj, 1, 1, asyncio_set_event_loop,
                                   &set_event_loop_params);

static mp_obj_t asyncio_get_running_loop(void) {
    void* loop = lsb_running_loop();
    if (loop == NULL) { mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("no running event loop")); }
    return lsp_loop_obj(loop);
}
MP_DEFINE_CONST_FUN_OBJ_0(lsp_asyncio_get_running_loop_obj, asyncio_get_running_loop);

// ---- `_lsloop`: what the policies of shim/_asyncio_events.py tell the native side -----------------

static mp_obj_t lsloop_set_policy(mp_obj_t policy) {
    MP_STATE_VM(lsp_event_loop_policy) = policy == mp_const_none ? MP_OBJ_NULL : policy;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(lsloop_set_policy_obj, lsloop_set_policy);

static const mp_rom_map_elem_t lsloop_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__lsloop)},
    {MP_ROM_QSTR(MP_QSTR_set_policy), MP_ROM_PTR(&lsloop_set_policy_obj)},
};
static MP_DEFINE_CONST_DICT(lsloop_globals, lsloop_globals_table);

const mp_obj_module_t lsp_module_lsloop = {
    .base = {&mp_type_module},
    .globals = (mp_obj_dict_t*)&lsloop_globals,
};

MP_REGISTER_MODULE(MP_QSTR__lsloop, lsp_module_lsloop);
