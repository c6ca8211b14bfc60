// `_lsprocess`: the native layer under the multiprocessing shim (shim/multiprocessing.*.py).
// A Loopscope "process" is a thread of the one interpreter with its own copy of the script's
// `__main__` globals, taken when it starts (as fork copies the parent's memory). Functions find
// their globals through their module context, so the copy needs functions re-made with the new
// context: that is what this module does, for the callable kinds a class or a namespace holds.
//
//   rebind(obj, old_globals, new_globals, copy) -> a copy of `obj` whose code runs with new_globals,
//       or `obj` itself when it is not such a callable or belongs to another module. Defaults,
//       closure cells and a bound method's self are copied with `copy(value)`.
//   globals_of(fn) -> the globals dict `fn` runs with (a plain, generator or closure function),
//       else None.
//   trace_started(pid, name) -> job; trace_ended(job, pid, seconds): the process's trace lane
//       (port/processes.h).
#include "processes.h"

#include <string.h>

#include "py/bc.h"
#include "py/gc.h"
#include "py/obj.h"
#include "py/objfun.h"
#include "py/objgenerator.h"
#include "py/runtime.h"

// Private layouts of MicroPython 1.25 (py/objclosure.c, py/objboundmeth.c, py/objproperty.c),
// checked by type before use.
extern const mp_obj_type_t mp_type_closure;  // defined in py/objclosure.c, not declared in a header

typedef struct {
    mp_obj_base_t base;
    mp_obj_t fun;
#if MICROPY_PY_FUNCTION_WRITABLE_ATTRS
    void* attrs;
#endif
    size_t n_closed;
    mp_obj_t closed[];
} lsp_closure_t;

typedef struct {
    mp_obj_base_t base;
    mp_obj_t meth;
    mp_obj_t self;
} lsp_bound_meth_t;

typedef struct {
    mp_obj_base_t base;
    mp_obj_t proxy[3];
} lsp_property_t;

static bool is_bytecode_function(mp_obj_t obj) {
    return mp_obj_is_type(obj, &mp_type_fun_bc) || mp_obj_is_gen_or_coro_fun(obj);
}

static mp_obj_t globals_of(mp_obj_t fn) {
    if (is_bytecode_function(fn)) {
        const mp_obj_fun_bc_t* f = MP_OBJ_TO_PTR(fn);
        return MP_OBJ_FROM_PTR(f->context->module.globals);
    }
    if (mp_obj_is_type(fn, &mp_type_closure)) return globals_of(((lsp_closure_t*)MP_OBJ_TO_PTR(fn))->fun);
    return mp_const_none;
}

static mp_obj_t processes_globals_of(mp_obj_t fn) { return globals_of(fn); }
static MP_DEFINE_CONST_FUN_OBJ_1(processes_globals_of_obj, processes_globals_of);

// A function block copied whole (its defaults are in the same block), with a module context of its
// own: the same constants, new globals.
static mp_obj_t rebind_function(mp_obj_t fn, mp_obj_dict_t* globals, mp_obj_t copy) {
    const mp_obj_fun_bc_t* f = MP_OBJ_TO_PTR(fn);
    size_t size = gc_nbytes(f);
    if (size < sizeof(mp_obj_fun_bc_t)) return fn;  // not a heap block (never for a script's function)
    mp_obj_fun_bc_t* clone = m_malloc(size);
    memcpy(clone, f, size);
    mp_module_context_t* context = m_new_obj(mp_module_context_t);
    *context = *f->context;
    context->module.globals = globals;
    clone->context = context;
    size_t n_extra = (size - sizeof(mp_obj_fun_bc_t)) / sizeof(mp_obj_t);
    for (size_t i = 0; i < n_extra; ++i) {
        if (clone->extra_args[i] != MP_OBJ_NULL && clone->extra_args[i] != 0) {
            clone->extra_args[i] = mp_call_function_1(copy, clone->extra_args[i]);
        }
    }
    return MP_OBJ_FROM_PTR(clone);
}

static mp_obj_t rebind(mp_obj_t obj, mp_obj_t old_globals, mp_obj_dict_t* new_globals, mp_obj_t copy) {
    if (is_bytecode_function(obj)) {
        if (globals_of(obj) != old_globals) return obj;
        return rebind_function(obj, new_globals, copy);
    }
    if (mp_obj_is_type(obj, &mp_type_closure)) {
        const lsp_closure_t* c = MP_OBJ_TO_PTR(obj);
        if (globals_of(obj) != old_globals) return obj;
        mp_obj_t fun = rebind_function(c->fun, new_globals, copy);
        mp_obj_t* cells = m_new(mp_obj_t, c->n_closed);
        for (size_t i = 0; i < c->n_closed; ++i) {
            cells[i] = mp_obj_new_cell(mp_call_function_1(copy, mp_obj_cell_get(c->closed[i])));
        }
        mp_obj_t clone = mp_obj_new_closure(fun, c->n_closed, cells);
        m_del(mp_obj_t, cells, c->n_closed);
        return clone;
    }
    if (mp_obj_is_type(obj, &mp_type_bound_meth)) {
        const lsp_bound_meth_t* m = MP_OBJ_TO_PTR(obj);
        return mp_obj_new_bound_meth(mp_call_function_1(copy, m->meth), mp_call_function_1(copy, m->self));
    }
    if (mp_obj_is_type(obj, &mp_type_staticmethod) || mp_obj_is_type(obj, &mp_type_classmethod)) {
        const mp_obj_static_class_method_t* sm = MP_OBJ_TO_PTR(obj);
        mp_obj_static_class_method_t* clone = m_new_obj(mp_obj_static_class_method_t);
        clone->base = sm->base;
        clone->fun = mp_call_function_1(copy, sm->fun);
        return MP_OBJ_FROM_PTR(clone);
    }
    if (mp_obj_is_type(obj, &mp_type_property)) {
        const lsp_property_t* p = MP_OBJ_TO_PTR(obj);
        lsp_property_t* clone = m_new_obj(lsp_property_t);
        clone->base = p->base;
        for (int i = 0; i < 3; ++i) {
            clone->proxy[i] =
                p->proxy[i] == mp_const_none ? mp_const_none : mp_call_function_1(copy, p->proxy[i]);
        }
        return MP_OBJ_FROM_PTR(clone);
    }
    return obj;
}

static mp_obj_t processes_rebind(size_t n_args, const mp_obj_t* args) {
    (void)n_args;
    if (!mp_obj_is_type(args[1], &mp_type_dict) || !mp_obj_is_type(args[2], &mp_type_dict)) {
        mp_raise_TypeError(MP_ERROR_TEXT("rebind() needs two globals dicts"));
    }
    if (!mp_obj_is_callable(args[3])) { mp_raise_TypeError(MP_ERROR_TEXT("rebind() needs a copy callable")); }
    return rebind(args[0], args[1], MP_OBJ_TO_PTR(args[2]), args[3]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(processes_rebind_obj, 4, 4, processes_rebind);

static mp_obj_t processes_trace_started(mp_obj_t pid, mp_obj_t name) {
    size_t len;
    const char* text = mp_obj_str_get_data(name, &len);
    return mp_obj_new_int_from_ull(lsb_process_trace_started((uint32_t)mp_obj_get_int(pid), text, len));
}
static MP_DEFINE_CONST_FUN_OBJ_2(processes_trace_started_obj, processes_trace_started);

static mp_obj_t processes_trace_ended(mp_obj_t job, mp_obj_t pid, mp_obj_t seconds) {
    lsb_process_trace_ended((uint64_t)mp_obj_get_int_truncated(job), (uint32_t)mp_obj_get_int(pid),
                            (double)mp_obj_get_float(seconds));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(processes_trace_ended_obj, processes_trace_ended);

static const mp_rom_map_elem_t processes_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__lsprocess)},
    {MP_ROM_QSTR(MP_QSTR_rebind), MP_ROM_PTR(&processes_rebind_obj)},
    {MP_ROM_QSTR(MP_QSTR_globals_of), MP_ROM_PTR(&processes_globals_of_obj)},
    {MP_ROM_QSTR(MP_QSTR_trace_started), MP_ROM_PTR(&processes_trace_started_obj)},
    {MP_ROM_QSTR(MP_QSTR_trace_ended), MP_ROM_PTR(&processes_trace_ended_obj)},
};
static MP_DEFINE_CONST_DICT(processes_globals, processes_globals_table);

const mp_obj_module_t lsp_module_lsprocess = {
    .base = {&mp_type_module},
    .globals = (mp_obj_dict_t*)&processes_globals,
};

MP_REGISTER_MODULE(MP_QSTR__lsprocess, lsp_module_lsprocess);
