// __name__ and __qualname__ of a built-in function (patch 0202, MICROPY_PY_BUILTINS_311):
// print.__name__ == 'print', as decorators and logging code read them. The name is the one the
// function has in the builtins or a module (port/reprs.c finds it for <built-in function print>).
#include "asyncio/binding.h"
#include "asyncio/defining_modules.h"
#include "py/bc.h"
#include "py/builtin.h"
#include "py/objfun.h"
#include "py/objtype.h"
#include "py/runtime.h"

#if MICROPY_PY_BUILTINS_311

qstr mp_builtin_function_name(mp_obj_t fun);                    // port/reprs.c
mp_obj_t mp_builtin_function_module(mp_obj_t fun, qstr* name);  // port/reprs.c

// __module__: 'builtins' for print and len, the module that holds the function for the others (math,
// time), and for asyncio's the module CPython defines it in ('asyncio.tasks' for sleep); None when
// no module holds it.
static mp_obj_t builtin_function_module(mp_obj_t fun) {
    const mp_map_t* builtins = &mp_module_builtins_globals.map;
    for (size_t i = 0; i < builtins->alloc; ++i) {
        if (mp_map_slot_is_filled(builtins, i) && builtins->table[i].value == fun) {
            return MP_OBJ_NEW_QSTR(MP_QSTR_builtins);
        }
    }
    qstr name = MP_QSTRnull;
    mp_obj_t module = mp_builtin_function_module(fun, &name);
    if (module == MP_OBJ_NULL) return mp_const_none;
    mp_map_elem_t* module_name = mp_map_lookup(&mp_obj_module_get_globals(module)->map,
                                               MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
    if (module_name == NULL) return mp_const_none;
    if (module_name->value == MP_OBJ_NEW_QSTR(MP_QSTR_asyncio)) return lsp_asyncio_function_module(name);
    return module_name->value;
}

void mp_builtin_function_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    if (dest[0] != MP_OBJ_NULL) return;  // storing: built-in functions take no attributes
    if (attr == MP_QSTR___name__ || attr == MP_QSTR___qualname__) {
        qstr name = mp_builtin_function_name(self_in);
        if (name != MP_QSTRnull) dest[0] = MP_OBJ_NEW_QSTR(name);
    } else if (attr == MP_QSTR___module__) {
        dest[0] = builtin_function_module(self_in);
    }
}

#endif

#if MICROPY_ERROR_REPORTING > MICROPY_ERROR_REPORTING_TERSE
// MICROPY_ARG_ERROR_FUNCTION_NAME (patch 0241): the function whose arguments are being checked is
// the VM's latest callee if that is a built-in function of the same kind (one that takes keywords,
// or not); any other callee (a type, a bound method, map() calling its function) gives no name.
size_t lsp_arg_error_function_name(bool takes_kw) {
    mp_obj_t callee = mp_vm_callee;
    if (callee == MP_OBJ_NULL || !mp_obj_is_obj(callee)) return MP_QSTRnull;
    const mp_obj_type_t* type = mp_obj_get_type(callee);
    if (type == &mp_type_fun_builtin_var || type == &lsp_type_asyncio_function) {  // (same layout)
        const mp_obj_fun_builtin_var_t* fun = MP_OBJ_TO_PTR(callee);
        if ((fun->sig & 1) != (takes_kw ? 1u : 0u)) return MP_QSTRnull;
    } else if (type == &mp_type_fun_builtin_0 || type == &mp_type_fun_builtin_1 ||
               type == &mp_type_fun_builtin_2 || type == &mp_type_fun_builtin_3) {
        if (takes_kw) return MP_QSTRnull;
    } else {
        return MP_QSTRnull;
    }
    return mp_builtin_function_name(callee);
}

// MICROPY_ARG_ERROR_ONE_ARGUMENT (patch 0298): the latest callee is a one-argument function of the
// builtins module (len, abs, ord...), which CPython implements as METH_O.
bool lsp_arg_error_one_argument(void) {
    mp_obj_t callee = mp_vm_callee;
    if (callee == MP_OBJ_NULL || !mp_obj_is_type(callee, &mp_type_fun_builtin_1)) return false;
    const mp_map_t* map = &mp_module_builtins_globals.map;
    for (size_t i = 0; i < map->alloc; ++i) {
        if (map->table[i].value == callee) return true;
    }
    return false;
}
#endif
