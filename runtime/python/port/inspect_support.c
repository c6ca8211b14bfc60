// `_lsinspect`, the native layer under shim/inspect.py: what a function's code says about it, and the
// script's text (for getsource).
//
//   _lsinspect.script() -> (filename, text)
//   _lsinspect.unbind(obj) -> (function, self) of a bound method, else None
//   _lsinspect.stack() -> [(file, line, function name)] of every running frame, innermost first
//   _lsinspect.caller() -> (file, line, function name) of the innermost frame outside the standard
//       modules (the script's code that called into them), else None
//   _lsinspect.await_chain(coro) -> [coroutine] its `await`s delegate through now, coro first
//   _lsinspect.code(obj) -> None, or (kind, file, line, positional names, keyword-only names,
//       has *args, has **kwargs, positional defaults, keyword-only defaults dict or None)
//   kind: "function", "generator" (a def with yield), "coroutine" (an async def), "asyncgen" (an
//   async generator function), "generator_instance" / "coroutine_instance" (a generator or
//   coroutine object; file and line are its function's). line is the first line of the function's
//   code (its `def`).
#include <string.h>

#include "py/bc.h"
#include "py/obj.h"
#include "py/objfun.h"
#include "py/objstr.h"
#include "py/objgenerator.h"
#include "py/objlist.h"
#include "py/runtime.h"

#include "bridge.h"
#include "task_location.h"

mp_obj_t lsp_async_gen_function_wrapped(mp_obj_t obj);  // port/asyncgen.c
extern const mp_obj_type_t mp_type_closure;             // py/objclosure.c

// py/objgenerator.c keeps its instance type private; its layout in MicroPython 1.25 (as
// port/task_location.c reads it).
typedef struct {
    mp_obj_base_t base;
    mp_obj_t pend_exc;
    mp_code_state_t code_state;
} gen_instance_t;

// py/objboundmeth.c's layout.
typedef struct {
    mp_obj_base_t base;
    mp_obj_t meth;
    mp_obj_t self;
} bound_meth_t;

// py/objclosure.c's layout: the function comes first.
typedef struct {
    mp_obj_base_t base;
    mp_obj_t fun;
} closure_head_t;

static mp_obj_t inspect_script(void) {
    size_t len;
    const char* filename;
    const char* text = lsb_script_source(&len, &filename);
    mp_obj_t items[2] = {mp_obj_new_str(filename, strlen(filename)), mp_obj_new_str(text, len)};
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_0(inspect_script_obj, inspect_script);

static mp_obj_t names_tuple(const mp_module_context_t* context, const byte** ip, size_t n) {
    mp_obj_t tuple = mp_obj_new_tuple(n, NULL);
    mp_obj_tuple_t* t = MP_OBJ_TO_PTR(tuple);
    for (size_t i = 0; i < n; ++i) {
        size_t index = mp_decode_uint(ip);
#if MICROPY_EMIT_BYTECODE_USES_QSTR_TABLE
        t->items[i] = MP_OBJ_NEW_QSTR(context->constants.qstr_table[index]);
#else
        (void)context;
        t->items[i] = MP_OBJ_NEW_QSTR(index);
#endif
    }
    return tuple;
}

static mp_obj_t describe(const char* kind, const mp_obj_fun_bc_t* fun) {
    const byte* ip = fun->bytecode;
    MP_BC_PRELUDE_SIG_DECODE(ip);
    MP_BC_PRELUDE_SIZE_DECODE(ip);
    (void)n_state;
    (void)n_exc_stack;
    (void)n_cell;
    const byte* line_info_top = ip + n_info;
    ip = mp_decode_uint_skip(ip);  // the block name
    const mp_module_context_t* context = fun->context;
    mp_obj_t positional = names_tuple(context, &ip, n_pos_args);
    mp_obj_t keyword_only = names_tuple(context, &ip, n_kwonly_args);
#if MICROPY_EMIT_BYTECODE_USES_QSTR_TABLE
    qstr source_file = context->constants.qstr_table[0];
#else
    qstr source_file = context->constants.source_file;
#endif
    size_t line = mp_bytecode_get_source_line(ip, line_info_top, 0);
    mp_obj_t defaults = mp_obj_new_tuple(n_def_pos_args, fun->extra_args);
    mp_obj_t kw_defaults = mp_const_none;
    if (scope_flags & MP_SCOPE_FLAG_DEFKWARGS) { kw_defaults = fun->extra_args[n_def_pos_args]; }
    mp_obj_t items[9] = {
        mp_obj_new_str(kind, strlen(kind)),
        MP_OBJ_NEW_QSTR(source_file),
        MP_OBJ_NEW_SMALL_INT(line),
        positional,
        keyword_only,
        mp_obj_new_bool(scope_flags & MP_SCOPE_FLAG_VARARGS),
        mp_obj_new_bool(scope_flags & MP_SCOPE_FLAG_VARKEYWORDS),
        defaults,
        kw_defaults,
    };
    return mp_obj_new_tuple(9, items);
}

static mp_obj_t inspect_unbind(mp_obj_t obj) {
    if (!mp_obj_is_type(obj, &mp_type_bound_meth)) { return mp_const_none; }
    const bound_meth_t* m = MP_OBJ_TO_PTR(obj);
    mp_obj_t items[2] = {m->meth, m->self};
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_1(inspect_unbind_obj, inspect_unbind);

static mp_obj_t inspect_code(mp_obj_t obj) {
    const char* kind = "function";
    mp_obj_t wrapped = lsp_async_gen_function_wrapped(obj);
    if (wrapped != MP_OBJ_NULL) {
        obj = wrapped;
        kind = "asyncgen";
    }
    if (mp_obj_is_gen_or_coro(obj)) {
        const gen_instance_t* gen = MP_OBJ_TO_PTR(obj);
        if (gen->code_state.fun_bc == NULL) { return mp_const_none; }
        bool coro = mp_obj_is_type(obj, &mp_type_coro_instance);
        return describe(coro ? "coroutine_instance" : "generator_instance", gen->code_state.fun_bc);
    }
    if (mp_obj_is_type(obj, &mp_type_closure)) { obj = ((const closure_head_t*)MP_OBJ_TO_PTR(obj))->fun; }
    if (mp_obj_is_type(obj, &mp_type_coro_wrap)) {
        kind = "coroutine";
    } else if (mp_obj_is_type(obj, &mp_type_gen_wrap)) {
        if (kind[0] == 'f') { kind = "generator"; }
    } else if (!mp_obj_is_type(obj, &mp_type_fun_bc)) {
        return mp_const_none;
    }
    return describe(kind, MP_OBJ_TO_PTR(obj));
}
static MP_DEFINE_CONST_FUN_OBJ_1(inspect_code_obj, inspect_code);

static mp_obj_t inspect_caller(void) {
    lsp_location_t where;
    const char* function;
    size_t function_len;
    if (!lsp_current_script_frame(&where, &function, &function_len)) { return mp_const_none; }
    mp_obj_t items[3] = {mp_obj_new_str(where.file, where.file_len), MP_OBJ_NEW_SMALL_INT(where.line),
                         mp_obj_new_str(function, function_len)};
    return mp_obj_new_tuple(3, items);
}
static MP_DEFINE_CONST_FUN_OBJ_0(inspect_caller_obj, inspect_caller);

static bool append_frame(void* ctx, const lsp_location_t* where, const char* function, size_t function_len) {
    mp_obj_t items[3] = {mp_obj_new_str(where->file, where->file_len), MP_OBJ_NEW_SMALL_INT(where->line),
                         mp_obj_new_str(function, function_len)};
    mp_obj_list_append(MP_OBJ_FROM_PTR(ctx), mp_obj_new_tuple(3, items));
    return true;
}

static mp_obj_t inspect_stack(void) {
    mp_obj_t frames = mp_obj_new_list(0, NULL);
    lsp_visit_frames(append_frame, MP_OBJ_TO_PTR(frames));
    return frames;
}
static MP_DEFINE_CONST_FUN_OBJ_0(inspect_stack_obj, inspect_stack);

// The coroutines a task's `await`s go through now, outermost first (port/task_location.c).
static mp_obj_t inspect_await_chain(mp_obj_t coro) {
    void* chain[64];
    size_t n = lsp_await_chain(MP_OBJ_TO_PTR(coro), chain, MP_ARRAY_SIZE(chain));
    mp_obj_t out = mp_obj_new_list(n, NULL);
    for (size_t i = 0; i < n; ++i) {
        ((mp_obj_list_t*)MP_OBJ_TO_PTR(out))->items[i] = MP_OBJ_FROM_PTR(chain[i]);
    }
    return out;
}
static MP_DEFINE_CONST_FUN_OBJ_1(inspect_await_chain_obj, inspect_await_chain);

static const mp_rom_map_elem_t inspect_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__lsinspect)},
    {MP_ROM_QSTR(MP_QSTR_script), MP_ROM_PTR(&inspect_script_obj)},
    {MP_ROM_QSTR(MP_QSTR_code), MP_ROM_PTR(&inspect_code_obj)},
    {MP_ROM_QSTR(MP_QSTR_unbind), MP_ROM_PTR(&inspect_unbind_obj)},
    {MP_ROM_QSTR(MP_QSTR_caller), MP_ROM_PTR(&inspect_caller_obj)},
    {MP_ROM_QSTR(MP_QSTR_stack), MP_ROM_PTR(&inspect_stack_obj)},
    {MP_ROM_QSTR(MP_QSTR_await_chain), MP_ROM_PTR(&inspect_await_chain_obj)},
};
static MP_DEFINE_CONST_DICT(inspect_globals, inspect_globals_table);

const mp_obj_module_t lsp_module_inspect = {
    .base = {&mp_type_module},
    .globals = (mp_obj_dict_t*)&inspect_globals,
};

MP_REGISTER_MODULE(MP_QSTR__lsinspect, lsp_module_inspect);
