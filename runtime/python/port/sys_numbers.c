// sys.float_info and sys.int_info (MICROPY_PY_SYS_PORT_ENTRIES lists them in sys), with CPython
// 3.11's values on a 64-bit build: floats are IEEE doubles here as there. Programs print
// float_info.max / epsilon when they teach float limits, and int_info.default_max_str_digits is the
// 4300-digit limit this interpreter enforces too (patch 0020).
#include <float.h>

#include "py/obj.h"
#include "py/objtuple.h"

#include "sys_numbers.h"

// py/objfloat.c keeps its float layout private; the same layout, for objects in ROM.
typedef struct {
    mp_obj_base_t base;
    mp_float_t value;
} rom_float_t;

static const rom_float_t float_max = {{&mp_type_float}, DBL_MAX};
static const rom_float_t float_min = {{&mp_type_float}, DBL_MIN};
static const rom_float_t float_epsilon = {{&mp_type_float}, DBL_EPSILON};

static const qstr float_info_fields[] = {
    MP_QSTR_max, MP_QSTR_max_exp,  MP_QSTR_max_10_exp, MP_QSTR_min,   MP_QSTR_min_exp, MP_QSTR_min_10_exp,
    MP_QSTR_dig, MP_QSTR_mant_dig, MP_QSTR_epsilon,    MP_QSTR_radix, MP_QSTR_rounds,
};
MP_DEFINE_ATTRTUPLE(lsp_sys_float_info_obj, float_info_fields, 11, MP_ROM_PTR(&float_max),
                    MP_ROM_INT(DBL_MAX_EXP), MP_ROM_INT(DBL_MAX_10_EXP), MP_ROM_PTR(&float_min),
                    MP_ROM_INT(DBL_MIN_EXP), MP_ROM_INT(DBL_MIN_10_EXP), MP_ROM_INT(DBL_DIG),
                    MP_ROM_INT(DBL_MANT_DIG), MP_ROM_PTR(&float_epsilon), MP_ROM_INT(FLT_RADIX),
                    MP_ROM_INT(1));

static const qstr int_info_fields[] = {
    MP_QSTR_bits_per_digit,
    MP_QSTR_sizeof_digit,
    MP_QSTR_default_max_str_digits,
    MP_QSTR_str_digits_check_threshold,
};
MP_DEFINE_ATTRTUPLE(lsp_sys_int_info_obj, int_info_fields, 4, MP_ROM_INT(30), MP_ROM_INT(4), MP_ROM_INT(4300),
                    MP_ROM_INT(640));
