// sys.getrecursionlimit() and sys.setrecursionlimit() (patch 0218 lists them in sys).
//
// Programs ask for the limit and raise it before deep recursion, as CPython teaches. The interpreter
// here bounds recursion by the C stack it measures (RecursionError "maximum recursion depth
// exceeded" when it runs out), not by a count of frames: the limit is kept and reported as CPython
// does, and it is checked as CPython checks it, but it does not change how deep a run may recurse.
#include "py/runtime.h"

#include "sys_recursion.h"

#define DEFAULT_RECURSION_LIMIT 1000  // CPython 3.11's

static mp_int_t recursion_limit = DEFAULT_RECURSION_LIMIT;

void lsp_sys_recursion_init(void) { recursion_limit = DEFAULT_RECURSION_LIMIT; }

static mp_obj_t sys_getrecursionlimit(void) { return MP_OBJ_NEW_SMALL_INT(recursion_limit); }
MP_DEFINE_CONST_FUN_OBJ_0(lsp_sys_getrecursionlimit_obj, sys_getrecursionlimit);

static mp_obj_t sys_setrecursionlimit(mp_obj_t limit_in) {
    if (!mp_obj_is_int(limit_in)) {
        mp_raise_msg_varg(&mp_type_TypeError,
                          MP_ERROR_TEXT("'%s' object cannot be interpreted as an integer"),
                          mp_obj_get_type_str(limit_in));
    }
    if (!mp_obj_is_small_int(limit_in)) {
        mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("Python int too large to convert to C int"));
    }
    mp_int_t limit = MP_OBJ_SMALL_INT_VALUE(limit_in);
    if (limit < 1) { mp_raise_ValueError(MP_ERROR_TEXT("recursion limit must be greater or equal than 1")); }
    if (limit > INT32_MAX) {
        mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("Python int too large to convert to C int"));
    }
    recursion_limit = limit;
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(lsp_sys_setrecursionlimit_obj, sys_setrecursionlimit);
