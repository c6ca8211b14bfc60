// int and float methods and attributes CPython 3.11 has and MicroPython lacks (patch 0203,
// MICROPY_PY_NUMBER_METHODS_311), through the types' attr slot:
//   int:   bit_length(), bit_count(), as_integer_ratio(), conjugate(), real, imag, numerator,
//          denominator (int.from_bytes/to_bytes stay in the core's method table)
//   float: is_integer(), as_integer_ratio(), conjugate(), real, imag
// A subclass of int or float (class Age(int)) does not see them: its lookup skips the attr slot.
#include <math.h>

#include "py/runtime.h"

#if MICROPY_PY_NUMBER_METHODS_311

static bool int_is_negative(mp_obj_t n) {
    return mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, n, MP_OBJ_NEW_SMALL_INT(0)));
}

// Bits in |n|, 16 at a time while it is big.
static mp_obj_t int_bit_length(mp_obj_t self) {
    mp_obj_t n = int_is_negative(self) ? mp_unary_op(MP_UNARY_OP_NEGATIVE, self) : self;
    mp_int_t bits = 0;
    mp_obj_t limit = MP_OBJ_NEW_SMALL_INT((mp_int_t)1 << 29);  // a small int in wasm too (31 bits)
    while (mp_obj_is_true(mp_binary_op(MP_BINARY_OP_MORE_EQUAL, n, limit))) {
        n = mp_binary_op(MP_BINARY_OP_RSHIFT, n, MP_OBJ_NEW_SMALL_INT(16));
        bits += 16;
    }
    for (mp_uint_t v = (mp_uint_t)mp_obj_get_int(n); v != 0; v >>= 1) ++bits;
    return MP_OBJ_NEW_SMALL_INT(bits);
}
static MP_DEFINE_CONST_FUN_OBJ_1(int_bit_length_obj, int_bit_length);

// Ones in the binary form of |n|.
static mp_obj_t int_bit_count(mp_obj_t self) {
    mp_obj_t n = int_is_negative(self) ? mp_unary_op(MP_UNARY_OP_NEGATIVE, self) : self;
    mp_int_t ones = 0;
    mp_obj_t mask = mp_obj_new_int_from_uint(0xffff);
    while (mp_obj_is_true(n)) {
        mp_uint_t chunk = (mp_uint_t)mp_obj_get_int(mp_binary_op(MP_BINARY_OP_AND, n, mask));
        for (; chunk != 0; chunk &= chunk - 1) ++ones;
        n = mp_binary_op(MP_BINARY_OP_RSHIFT, n, MP_OBJ_NEW_SMALL_INT(16));
    }
    return MP_OBJ_NEW_SMALL_INT(ones);
}
static MP_DEFINE_CONST_FUN_OBJ_1(int_bit_count_obj, int_bit_count);

static mp_obj_t int_as_integer_ratio(mp_obj_t self) {
    mp_obj_t pair[2] = {self, MP_OBJ_NEW_SMALL_INT(1)};
    return mp_obj_new_tuple(2, pair);
}
static MP_DEFINE_CONST_FUN_OBJ_1(int_as_integer_ratio_obj, int_as_integer_ratio);

static mp_obj_t number_conjugate(mp_obj_t self) { return self; }
static MP_DEFINE_CONST_FUN_OBJ_1(number_conjugate_obj, number_conjugate);

static void bind(mp_obj_t* dest, const void* fun, mp_obj_t self) {
    dest[0] = MP_OBJ_FROM_PTR(fun);
    dest[1] = self;
}

void mp_int_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    if (dest[0] != MP_OBJ_NULL) return;  // ints take no attributes
    switch (attr) {
        case MP_QSTR_real:
        case MP_QSTR_numerator: dest[0] = self_in; return;
        case MP_QSTR_imag: dest[0] = MP_OBJ_NEW_SMALL_INT(0); return;
        case MP_QSTR_denominator: dest[0] = MP_OBJ_NEW_SMALL_INT(1); return;
        case MP_QSTR_bit_length: bind(dest, &int_bit_length_obj, self_in); return;
        case MP_QSTR_bit_count: bind(dest, &int_bit_count_obj, self_in); return;
        case MP_QSTR_as_integer_ratio: bind(dest, &int_as_integer_ratio_obj, self_in); return;
        case MP_QSTR_conjugate: bind(dest, &number_conjugate_obj, self_in); return;
        default: dest[1] = MP_OBJ_SENTINEL;  // go on to the method table (from_bytes, to_bytes)
    }
}

static mp_obj_t float_is_integer(mp_obj_t self) {
    mp_float_t x = mp_obj_get_float(self);
    return mp_obj_new_bool(isfinite(x) && MICROPY_FLOAT_C_FUN(floor)(x) == x);
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_is_integer_obj, float_is_integer);

// The exact fraction of a float: double the mantissa until it is whole.
static mp_obj_t float_as_integer_ratio(mp_obj_t self) {
    mp_float_t x = mp_obj_get_float(self);
    if (isinf(x))
        mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("cannot convert Infinity to integer ratio"));
    if (isnan(x)) mp_raise_ValueError(MP_ERROR_TEXT("cannot convert NaN to integer ratio"));
    int exponent;
    mp_float_t mantissa = MICROPY_FLOAT_C_FUN(frexp)(x, &exponent);
    for (int i = 0; i < 300 && MICROPY_FLOAT_C_FUN(floor)(mantissa) != mantissa; ++i) {
        mantissa *= 2;
        --exponent;
    }
    mp_obj_t numerator = mp_obj_new_int_from_float(mantissa);
    mp_obj_t denominator = MP_OBJ_NEW_SMALL_INT(1);
    if (exponent > 0) {
        numerator = mp_binary_op(MP_BINARY_OP_LSHIFT, numerator, MP_OBJ_NEW_SMALL_INT(exponent));
    } else {
        denominator = mp_binary_op(MP_BINARY_OP_LSHIFT, denominator, MP_OBJ_NEW_SMALL_INT(-exponent));
    }
    mp_obj_t pair[2] = {numerator, denominator};
    return mp_obj_new_tuple(2, pair);
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_as_integer_ratio_obj, float_as_integer_ratio);

void mp_float_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    if (dest[0] != MP_OBJ_NULL) return;  // floats take no attributes
    switch (attr) {
        case MP_QSTR_real: dest[0] = self_in; return;
        case MP_QSTR_imag: dest[0] = mp_obj_new_float(0); return;
        case MP_QSTR_is_integer: bind(dest, &float_is_integer_obj, self_in); return;
        case MP_QSTR_as_integer_ratio: bind(dest, &float_as_integer_ratio_obj, self_in); return;
        case MP_QSTR_conjugate: bind(dest, &number_conjugate_obj, self_in); return;
        default: return;
    }
}

#endif
