// Coroutine objects (patch 0120): how one prints and what attributes it has, as CPython 3.11's.
//
// An `async def` function is mp_type_coro_wrap and makes mp_type_coro_instance objects: generators
// of their own type, so type() says `coroutine` and `for x in coro` is a TypeError. This file gives
// what the core leaves to the port: `<coroutine object A.m at 0x...>`, __name__ / __qualname__,
// cr_running, cr_suspended, cr_await, cr_origin, cr_frame (None once finished, else a frame object of
// shim/_frame_objects.py), cr_code, and __await__ (a coroutine_wrapper, CPython's type of that name).
//
// Generator objects get their names and gi_* attributes here too (patch 0325).
//
// Sections: Qualified names · Printing · Attributes · coroutine_wrapper · yield from · Never awaited.
#include "py/bc0.h"
#include "py/objfun.h"
#include "py/objgenerator.h"
#include "py/objtype.h"
#include "py/runtime.h"

#include "bridge.h"
#include "coroutines.h"
#include "task_location.h"

#include <string.h>

// py/objgenerator.c keeps its instance type private; its layout in MicroPython 1.25 (as
// port/task_location.c reads it).
typedef struct {
    mp_obj_base_t base;
    mp_obj_t pend_exc;  // MP_OBJ_NULL while running
    mp_code_state_t code_state;
} coro_instance_t;

extern const mp_obj_type_t mp_type_closure;  // py/objclosure.c: the function comes first
typedef struct {
    mp_obj_base_t base;
    mp_obj_t fun;
} closure_head_t;

// ---- Qualified names -----------------------------------------------------------------------------

static bool holds_function(mp_obj_t value, mp_obj_t fun) {
    if (value == fun) return true;
    return mp_obj_is_type(value, &mp_type_closure) && ((closure_head_t*)MP_OBJ_TO_PTR(value))->fun == fun;
}

// A name the program gave the function (functools.wraps): `attr` of `fun`, if it is not the name the
// code has. MP_OBJ_NULL if none.
static mp_obj_t given_name(mp_obj_t fun, qstr attr, qstr code_name) {
    mp_obj_t dest[2];
    mp_load_method_maybe(fun, attr, dest);
    if (dest[0] == MP_OBJ_NULL || !mp_obj_is_str(dest[0])) return MP_OBJ_NULL;
    if (mp_obj_is_qstr(dest[0]) && MP_OBJ_QSTR_VALUE(dest[0]) == code_name) return MP_OBJ_NULL;
    return dest[0];
}

// A decorator's wrapper is a closure around one function shared by every function it decorates:
// the closure (which holds the names functools.wraps set) is known only when exactly one in the
// module's globals wraps `fun`.
static mp_obj_t only_closure_of(const mp_map_t* globals, mp_obj_t fun) {
    mp_obj_t found = MP_OBJ_NULL;
    for (size_t i = 0; i < globals->alloc; ++i) {
        if (!mp_map_slot_is_filled(globals, i)) continue;
        mp_obj_t value = globals->table[i].value;
        if (value != fun && holds_function(value, fun)) {
            if (found != MP_OBJ_NULL && found != value) return MP_OBJ_NULL;
            found = value;
        }
    }
    return found;
}

mp_obj_t lsp_code_name(mp_obj_t fun, bool qualified) {
    // the compiler's name: `m`, or qualified `A.m`, `f.<locals>.g`
    qstr name = qualified ? mp_obj_fun_get_qualname(fun) : mp_obj_fun_get_name(fun);
    qstr attr = qualified ? MP_QSTR___qualname__ : MP_QSTR___name__;
    mp_obj_t given = given_name(fun, attr, name);
    if (given != MP_OBJ_NULL) return given;
    const mp_obj_fun_bc_t* f = MP_OBJ_TO_PTR(fun);
    if (f->context == NULL) return MP_OBJ_NEW_QSTR(name);
    const mp_map_t* globals = &f->context->module.globals->map;
    mp_obj_t closure = only_closure_of(globals, fun);
    if (closure != MP_OBJ_NULL && (given = given_name(closure, attr, name)) != MP_OBJ_NULL) return given;
    return MP_OBJ_NEW_QSTR(name);
}

// ---- Printing ------------------------------------------------------------------------------------

void mp_coro_print(const mp_print_t* print, mp_obj_t coro) {
    const coro_instance_t* self = MP_OBJ_TO_PTR(coro);
    mp_print_str(print, "<coroutine object ");
    mp_obj_print_helper(print, lsp_code_name(MP_OBJ_FROM_PTR(self->code_state.fun_bc), true), PRINT_STR);
    mp_printf(print, " at 0x%p>", self);
}

// ---- Attributes ----------------------------------------------------------------------------------

static mp_obj_t coro_await(mp_obj_t self_in);
static MP_DEFINE_CONST_FUN_OBJ_1(coro_await_obj, coro_await);

// What a suspended coroutine awaits: at `await x` (a YIELD_FROM that re-executes on resume) the
// iterator it drives sits below the yielded value; else None.
static mp_obj_t awaited_object(const coro_instance_t* self) {
    const mp_code_state_t* cs = &self->code_state;
    bool suspended = cs->ip != NULL && self->pend_exc != MP_OBJ_NULL && cs->sp >= &cs->state[1];
    if (suspended && *cs->ip == MP_BC_YIELD_FROM) return cs->sp[-1];
    return mp_const_none;
}

// CPython: None once the coroutine or generator finished; else a frame object (here one made on
// each read, knowing its code and line: shim/_frame_objects.py).
static mp_obj_t frame_object(mp_obj_t gen) {
    const coro_instance_t* self = MP_OBJ_TO_PTR(gen);
    lsp_coro_info_t where;
    if (self->code_state.ip == NULL || !lsp_coro_describe(MP_OBJ_TO_PTR(gen), &where) || !where.alive) {
        return mp_const_none;
    }
    mp_obj_t module = mp_import_name(MP_QSTR__frame_objects, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    return mp_call_function_2(mp_load_attr(module, MP_QSTR_coroutine_frame),
                              MP_OBJ_FROM_PTR(self->code_state.fun_bc), MP_OBJ_NEW_SMALL_INT(where.line));
}

static mp_obj_t code_object(mp_obj_t fun) {
    mp_obj_t module = mp_import_name(MP_QSTR__frame_objects, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    return mp_call_function_1(mp_load_attr(module, MP_QSTR_function_code), fun);
}

void mp_coro_attr(mp_obj_t coro, qstr attr, mp_obj_t* dest) {
    if (dest[0] != MP_OBJ_NULL) return;  // store / delete: fails (AttributeError), as in CPython
    const coro_instance_t* self = MP_OBJ_TO_PTR(coro);
    mp_obj_t fun = MP_OBJ_FROM_PTR(self->code_state.fun_bc);
    switch (attr) {
        case MP_QSTR___name__: dest[0] = lsp_code_name(fun, false); return;
        case MP_QSTR___qualname__: dest[0] = lsp_code_name(fun, true); return;
        case MP_QSTR_cr_running: dest[0] = mp_obj_new_bool(self->pend_exc == MP_OBJ_NULL); return;
        case MP_QSTR_cr_await: dest[0] = awaited_object(self); return;
        // 3.11: paused (an async def pauses only at an await), not created, running or finished
        case MP_QSTR_cr_suspended: dest[0] = mp_obj_new_bool(awaited_object(self) != mp_const_none); return;
        case MP_QSTR_cr_origin: dest[0] = mp_const_none; return;
        case MP_QSTR_cr_frame: dest[0] = frame_object(coro); return;
        case MP_QSTR_cr_code: dest[0] = code_object(fun); return;
        case MP_QSTR___await__:
            dest[0] = MP_OBJ_FROM_PTR(&coro_await_obj);
            dest[1] = coro;
            return;
        default: break;
    }
    dest[1] = MP_OBJ_SENTINEL;  // go on to the generator methods: send, throw, close
}

// A generator object's attributes, as CPython 3.11's (inspect.getgeneratorstate reads them). Not
// started: sp is below the state (what send() checks); finished: ip is NULL; running: no pending
// exception slot.
void mp_gen_attr(mp_obj_t gen, qstr attr, mp_obj_t* dest) {
    if (dest[0] != MP_OBJ_NULL) return;
    const coro_instance_t* self = MP_OBJ_TO_PTR(gen);
    const mp_code_state_t* cs = &self->code_state;
    mp_obj_t fun = MP_OBJ_FROM_PTR(cs->fun_bc);
    bool running = self->pend_exc == MP_OBJ_NULL;
    bool started = cs->sp != cs->state - 1;
    switch (attr) {
        case MP_QSTR___name__: dest[0] = lsp_code_name(fun, false); return;
        case MP_QSTR___qualname__: dest[0] = lsp_code_name(fun, true); return;
        case MP_QSTR_gi_running: dest[0] = mp_obj_new_bool(running); return;
        case MP_QSTR_gi_suspended: dest[0] = mp_obj_new_bool(!running && started && cs->ip != NULL); return;
        case MP_QSTR_gi_yieldfrom: dest[0] = awaited_object(self); return;
        case MP_QSTR_gi_frame: dest[0] = frame_object(gen); return;
        case MP_QSTR_gi_code: dest[0] = code_object(fun); return;
        default: break;
    }
    dest[1] = MP_OBJ_SENTINEL;  // the generator methods: send, throw, close
}

// ---- coroutine_wrapper ---------------------------------------------------------------------------

// What coro.__await__() returns: an iterator over the coroutine's steps (CPython's type).
typedef struct {
    mp_obj_base_t base;
    mp_obj_t coro;
} coro_wrapper_t;

static mp_obj_t wrapper_step(mp_obj_t self_in, mp_obj_t send, mp_obj_t throw, bool raise_stop) {
    coro_wrapper_t* self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t ret;
    switch (mp_obj_gen_resume(self->coro, send, throw, &ret)) {
        case MP_VM_RETURN_YIELD: return ret;
        case MP_VM_RETURN_EXCEPTION: nlr_raise(ret);
        default:
            if (raise_stop) mp_raise_StopIteration(ret == mp_const_none ? MP_OBJ_NULL : ret);
            return mp_make_stop_iteration(ret);
    }
}

static mp_obj_t wrapper_iternext(mp_obj_t self_in) {
    return wrapper_step(self_in, mp_const_none, MP_OBJ_NULL, false);
}

static mp_obj_t wrapper_send(mp_obj_t self_in, mp_obj_t value) {
    return wrapper_step(self_in, value, MP_OBJ_NULL, true);
}
static MP_DEFINE_CONST_FUN_OBJ_2(wrapper_send_obj, wrapper_send);

static mp_obj_t wrapper_throw(size_t n_args, const mp_obj_t* args) {
    // throw(type[, value[, traceback]]), reduced to one object as the generator's throw() does
    mp_obj_t exc = (n_args > 2 && args[2] != mp_const_none) ? args[2] : args[1];
    return wrapper_step(args[0], mp_const_none, exc, true);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(wrapper_throw_obj, 2, 4, wrapper_throw);

static mp_obj_t wrapper_close(mp_obj_t self_in) {
    coro_wrapper_t* self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t dest[2];
    mp_load_method(self->coro, MP_QSTR_close, dest);
    return mp_call_method_n_kw(0, 0, dest);
}
static MP_DEFINE_CONST_FUN_OBJ_1(wrapper_close_obj, wrapper_close);

static void wrapper_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_printf(print, "<coroutine_wrapper object at 0x%p>", MP_OBJ_TO_PTR(self_in));
}

static const mp_rom_map_elem_t wrapper_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&wrapper_send_obj)},
    {MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&wrapper_throw_obj)},
    {MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&wrapper_close_obj)},
};
static MP_DEFINE_CONST_DICT(wrapper_locals, wrapper_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(coro_wrapper_type, MP_QSTR_coroutine_wrapper, MP_TYPE_FLAG_ITER_IS_ITERNEXT,
                                iter, wrapper_iternext, print, wrapper_print, locals_dict, &wrapper_locals);

static mp_obj_t coro_await(mp_obj_t self_in) {
    coro_wrapper_t* w = mp_obj_malloc(coro_wrapper_t, &coro_wrapper_type);
    w->coro = self_in;
    return MP_OBJ_FROM_PTR(w);
}

// ---- yield from ------------------------------------------------------------------------------------

// What `yield from x` drives (the compiler calls it instead of GET_ITER, patch 0120): a coroutine
// itself (3.7's generator-based coroutines delegate to native ones with `yield from`), else iter(x).
static mp_obj_t yield_from_iter(mp_obj_t obj) {
    if (mp_obj_is_type(obj, &mp_type_coro_instance)) return obj;
    return mp_getiter(obj, NULL);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_yield_from_iter_obj, yield_from_iter);

// ---- Never awaited ---------------------------------------------------------------------------------

// The value of a call alone on its line (`f()`, patch 0359: MP_BC_POP_TOP_DROPPED). CPython frees it
// there; a coroutine that never ran warns as it goes (warnings._warn_unawaited_coroutine: a
// RuntimeWarning "coroutine 'f' was never awaited" at the line that dropped it). Here coroutines
// (the script's, or a standard module's: asyncio.to_thread(f)) and the native awaitables that are
// coroutines in CPython (asyncio.sleep(1): 'sleep'), dropped by a statement of the script's.
// A coroutine kept elsewhere too (the callee stored it) warns here although CPython's would not.
void mp_vm_value_dropped(mp_obj_t value) {
    char buf[64];
    size_t len = 0;
    mp_obj_t qualname;
    mp_obj_t inner = MP_OBJ_NULL;
    if (mp_obj_is_type(value, &mp_type_coro_instance)) {
        if (!mp_obj_gen_unstarted(value) || !lsp_called_coroutine(MP_OBJ_TO_PTR(value))) return;
        const coro_instance_t* coro = MP_OBJ_TO_PTR(value);
        qualname = lsp_code_name(MP_OBJ_FROM_PTR(coro->code_state.fun_bc), true);
        const char* name = mp_obj_str_get_data(qualname, &len);
        lsb_coroutine_warned(MP_OBJ_TO_PTR(value), name, len);
    } else if (lsp_awaitable_unawaited_name(value, buf, sizeof buf, &len, &inner)) {
        qualname = mp_obj_new_str(buf, len);
        lsb_coroutine_warned(MP_OBJ_TO_PTR(value), buf, len);
        // (CPython frees what it holds next: asyncio.wait_for(f(), 1) warns of 'wait_for', then 'f')
    } else {
        return;
    }
    lsp_location_t where;
    if (!lsp_current_location(&where)) return;
    if (where.file_len >= 8 && memcmp(where.file, "<stdlib>", 8) == 0) return;  // a standard module's own
    // The source line, when the statement is the script's (a module or exec()'d text has none here).
    mp_obj_t line = mp_const_none;
    const char* filename = NULL;
    size_t src_len = 0;
    const char* src = lsb_script_source(&src_len, &filename);
    if (src != NULL && filename != NULL && strlen(filename) == where.file_len &&
        memcmp(filename, where.file, where.file_len) == 0) {
        const char *p = src, *end = src + src_len;
        for (uint32_t n = 1; n < where.line && p < end; ++n) {
            const char* nl = memchr(p, '\n', (size_t)(end - p));
            p = nl != NULL ? nl + 1 : end;
        }
        const char* nl = p < end ? memchr(p, '\n', (size_t)(end - p)) : NULL;
        if (p < end) line = mp_obj_new_str(p, (size_t)((nl != NULL ? nl : end) - p));
    }
    mp_obj_t warnings = mp_import_name(MP_QSTR_warnings, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    mp_obj_t args[5] = {value, qualname, mp_obj_new_str(where.file, where.file_len),
                        MP_OBJ_NEW_SMALL_INT(where.line), line};
    // (the shim prints what the warning raises, as CPython's unraisable hook: only a BaseException
    // that is no Exception leaves here, raised where the statement stands)
    mp_call_function_n_kw(mp_load_attr(warnings, MP_QSTR__warn_unawaited_coroutine), 5, 0, args);
    if (inner != MP_OBJ_NULL && mp_obj_is_type(inner, &mp_type_coro_instance)) mp_vm_value_dropped(inner);
}
