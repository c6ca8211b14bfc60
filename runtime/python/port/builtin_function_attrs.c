// __name__ and __qualname__ of a built-in function (patch 0202, MICROPY_PY_BUILTINS_311):
// print.__name__ == 'print', as decorators and logging code read them. The name is the one the
// function has in the builtins or a module (port/reprs.c finds it for <built-in function print>).
#include "py/bc.h"
#include "py/builtin.h"
#include "py/objfun.h"
#include "py/objtype.h"
#include "py/runtime.h"

#if MICROPY_PY_BUILTINS_311

qstr mp_builtin_function_name(mp_obj_t fun);  // port/reprs.c

void mp_builtin_function_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    if (dest[0] != MP_OBJ_NULL) return;  // storing: built-in functions take no attributes
    if (attr == MP_QSTR___name__ || attr == MP_QSTR___qualname__) {
        qstr name = mp_builtin_function_name(self_in);
        if (name != MP_QSTRnull) dest[0] = MP_OBJ_NEW_QSTR(name);
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
    if (type == &mp_type_fun_builtin_var) {
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
