// int and float methods and attributes CPython 3.11 has and MicroPython lacks (patch 0203,
// MICROPY_PY_NUMBER_METHODS_311), through the types' attr slot:
//   int:   bit_length(), bit_count(), as_integer_ratio(), conjugate(), real, imag, numerator,
//          denominator (int.from_bytes/to_bytes stay in the core's method table)
//   float: is_integer(), as_integer_ratio(), conjugate(), hex(), real, imag; float.fromhex()
// A subclass of int or float (class Age(int)) does not see them: its lookup skips the attr slot.
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

// x.hex(): CPython's form, 0x1.<13 hex digits>p<exponent> (0x0.<...>p-1022 below the normal range).
static mp_obj_t float_hex(mp_obj_t self) {
    double x = (double)mp_obj_get_float(self);
    if (isnan(x)) return mp_obj_new_str("nan", 3);
    if (isinf(x)) return mp_obj_new_str(x < 0 ? "-inf" : "inf", x < 0 ? 4 : 3);
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    const char* sign = (bits >> 63) ? "-" : "";
    int biased = (int)((bits >> 52) & 0x7ff);
    unsigned long long fraction = (unsigned long long)(bits & ((UINT64_C(1) << 52) - 1));
    char text[40];
    if (biased == 0 && fraction == 0) {
        snprintf(text, sizeof text, "%s0x0.0p+0", sign);
    } else if (biased == 0) {
        snprintf(text, sizeof text, "%s0x0.%013llxp-1022", sign, fraction);
    } else {
        snprintf(text, sizeof text, "%s0x1.%013llxp%+d", sign, fraction, biased - 1023);
    }
    return mp_obj_new_str(text, strlen(text));
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_hex_obj, float_hex);

static NORETURN void bad_hex_float(void) {
    mp_raise_ValueError(MP_ERROR_TEXT("invalid hexadecimal floating-point string"));
}

// float.fromhex(s): [sign] [0x] digits [. digits] [p [sign] digits], or inf / infinity / nan.
static mp_obj_t float_fromhex(mp_obj_t cls, mp_obj_t text_in) {
    (void)cls;
    size_t len;
    const char* s = mp_obj_str_get_data(text_in, &len);
    const char* end = s + len;
    while (s < end && unichar_isspace((unichar)*s)) ++s;
    while (end > s && unichar_isspace((unichar)end[-1])) --end;
    vstr_t clean;
    vstr_init(&clean, (size_t)(end - s) + 4);
    if (s < end && (*s == '+' || *s == '-')) vstr_add_char(&clean, *s++);
    size_t word = (size_t)(end - s);
    if ((word == 3 && strncasecmp(s, "inf", 3) == 0) || (word == 8 && strncasecmp(s, "infinity", 8) == 0) ||
        (word == 3 && strncasecmp(s, "nan", 3) == 0)) {
        vstr_add_strn(&clean, s, word);
        return mp_obj_new_float((mp_float_t)strtod(vstr_null_terminated_str(&clean), NULL));
    }
    if (end - s >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s += 2;
    vstr_add_str(&clean, "0x");
    size_t digits = 0;
    for (; s < end && unichar_isxdigit((unichar)*s); ++s, ++digits) vstr_add_char(&clean, *s);
    if (s < end && *s == '.') {
        vstr_add_char(&clean, *s++);
        for (; s < end && unichar_isxdigit((unichar)*s); ++s, ++digits) vstr_add_char(&clean, *s);
    }
    if (digits == 0) bad_hex_float();
    if (s < end && (*s == 'p' || *s == 'P')) {
        vstr_add_char(&clean, *s++);
        if (s < end && (*s == '+' || *s == '-')) vstr_add_char(&clean, *s++);
        size_t exponent_digits = 0;
        for (; s < end && unichar_isdigit((unichar)*s); ++s, ++exponent_digits) vstr_add_char(&clean, *s);
        if (exponent_digits == 0) bad_hex_float();
    }
    if (s != end) bad_hex_float();
    double value = strtod(vstr_null_terminated_str(&clean), NULL);
    vstr_clear(&clean);
    if (isinf(value))
        mp_raise_msg(&mp_type_OverflowError,
                     MP_ERROR_TEXT("hexadecimal value too large to represent as a float"));
    return mp_obj_new_float((mp_float_t)value);
}
static MP_DEFINE_CONST_FUN_OBJ_2(float_fromhex_fun_obj, float_fromhex);
static MP_DEFINE_CONST_CLASSMETHOD_OBJ(float_fromhex_obj, MP_ROM_PTR(&float_fromhex_fun_obj));

// The float type's own table (patch 0235): float.fromhex.
static const mp_rom_map_elem_t float_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_fromhex), MP_ROM_PTR(&float_fromhex_obj)},
};
MP_DEFINE_CONST_DICT(mp_float_locals_dict, float_locals_table);

void mp_float_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    if (dest[0] != MP_OBJ_NULL) return;  // floats take no attributes
    switch (attr) {
        case MP_QSTR_real: dest[0] = self_in; return;
        case MP_QSTR_imag: dest[0] = mp_obj_new_float(0); return;
        case MP_QSTR_is_integer: bind(dest, &float_is_integer_obj, self_in); return;
        case MP_QSTR_as_integer_ratio: bind(dest, &float_as_integer_ratio_obj, self_in); return;
        case MP_QSTR_conjugate: bind(dest, &number_conjugate_obj, self_in); return;
        case MP_QSTR_hex: bind(dest, &float_hex_obj, self_in); return;
        default: dest[1] = MP_OBJ_SENTINEL; return;  // then the type's table (fromhex)
    }
}

#endif
