// __name__ and __qualname__ of a built-in function (patch 0202, MICROPY_PY_BUILTINS_311):
// print.__name__ == 'print', as decorators and logging code read them. The name is the one the
// function has in the builtins or a module (port/reprs.c finds it for <built-in function print>).
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
