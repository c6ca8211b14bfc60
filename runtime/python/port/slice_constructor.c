// slice(stop) and slice(start, stop[, step]) (patch 0202, MICROPY_PY_BUILTINS_311): MicroPython makes
// slices only for a[i:j:k]; CPython's constructor makes the same object, printed slice(1, 2, None).
#include "py/runtime.h"

#if MICROPY_PY_BUILTINS_311

mp_obj_t mp_slice_make_new(const mp_obj_type_t* type, size_t n_args, size_t n_kw, const mp_obj_t* args) {
    (void)type;
    if (n_kw != 0) mp_raise_TypeError(MP_ERROR_TEXT("slice() takes no keyword arguments"));
    if (n_args == 0) mp_raise_TypeError(MP_ERROR_TEXT("slice expected at least 1 argument, got 0"));
    if (n_args > 3)
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("slice expected at most 3 arguments, got %d"),
                          (int)n_args);
    if (n_args == 1) return mp_obj_new_slice(mp_const_none, args[0], mp_const_none);
    return mp_obj_new_slice(args[0], args[1], n_args == 3 ? args[2] : mp_const_none);
}

#endif
