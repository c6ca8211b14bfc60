// str and bytes slices with a step (patch 0200, MICROPY_PY_STR_EXTENDED_SLICES): "abc"[::-1],
// s[::2], b"abc"[::-1]. MicroPython only slices them with step 1; the core's subscr hands any other
// step here. A str steps over characters (UTF-8 sequences), bytes over bytes, as CPython's do.
#include <string.h>

#include "py/objstr.h"
#include "py/runtime.h"

#if MICROPY_PY_STR_EXTENDED_SLICES

// Start and length in bytes of each UTF-8 character of data[0..len): starts[i] for i in [0, count].
static size_t utf8_character_starts(const byte* data, size_t len, size_t* starts) {
    size_t count = 0;
    for (size_t i = 0; i < len; ++i) {
        if (!UTF8_IS_CONT(data[i])) starts[count++] = i;
    }
    starts[count] = len;
    return count;
}

// A slice index as a small int (None kept): a big int means "past either end", so it becomes
// +-bound, which slices the same way; anything else is CPython's TypeError.
static mp_obj_t clamp_index(mp_obj_t index, mp_int_t bound) {
    if (index == mp_const_none || mp_obj_is_small_int(index)) return index;
    if (mp_obj_is_bool(index)) return MP_OBJ_NEW_SMALL_INT(index == mp_const_true);
    if (!mp_obj_is_int(index)) {
        mp_raise_TypeError(
            MP_ERROR_TEXT("slice indices must be integers or None or have an __index__ method"));
    }
    bool negative = mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, index, MP_OBJ_NEW_SMALL_INT(0)));
    return MP_OBJ_NEW_SMALL_INT(negative ? -bound : bound);
}

mp_obj_t mp_str_slice_with_step(mp_obj_t self_in, mp_obj_t slice_in) {
    const mp_obj_type_t* type = mp_obj_get_type(self_in);
    GET_STR_DATA_LEN(self_in, data, len);
    bool characters = MICROPY_PY_BUILTINS_STR_UNICODE && type == &mp_type_str;
    size_t count = len;
    size_t* starts = NULL;  // byte offset of each character, for a non-ASCII str
    if (characters) {
        count = utf8_charlen(data, len);
        if (count == len) {
            characters = false;  // ASCII: a character is a byte
        } else {
            starts = m_new(size_t, count + 1);
            utf8_character_starts(data, len, starts);
        }
    }
    mp_obj_slice_t* slice = MP_OBJ_TO_PTR(slice_in);
    mp_int_t bound = (mp_int_t)count + 1;
    mp_obj_slice_t clamped = {{&mp_type_slice},
                              clamp_index(slice->start, bound),
                              clamp_index(slice->stop, bound),
                              clamp_index(slice->step, bound)};
    if (clamped.step == MP_OBJ_NEW_SMALL_INT(0)) {
        mp_raise_ValueError(MP_ERROR_TEXT("slice step cannot be zero"));  // CPython's words
    }
    mp_bound_slice_t bounds;
    mp_obj_slice_indices(MP_OBJ_FROM_PTR(&clamped), count, &bounds);
    vstr_t out;
    vstr_init(&out, 16);
    for (mp_int_t i = bounds.start; bounds.step > 0 ? i < bounds.stop : i > bounds.stop; i += bounds.step) {
        if (characters) {
            vstr_add_strn(&out, (const char*)data + starts[i], starts[i + 1] - starts[i]);
        } else {
            vstr_add_byte(&out, data[i]);
        }
    }
    if (starts != NULL) m_del(size_t, starts, count + 1);
    return type == &mp_type_str ? mp_obj_new_str_from_vstr(&out) : mp_obj_new_bytes_from_vstr(&out);
}

#endif
