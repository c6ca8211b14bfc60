// The str methods CPython 3.11 has and py/objstr.c lacks (patch 0201, MICROPY_PY_STR_METHODS_311):
// each entry the patch adds to str's method table is a thunk here that calls the function of the
// same name in shim/_strmethods.py with the string first. The shim is imported on the first call
// (then found in sys.modules): the methods are rare in hot loops and read best as Python.
#include "py/objstr.h"
#include "py/unicode.h"
#include "py/runtime.h"

#if MICROPY_PY_STR_METHODS_311

// Calls _strmethods.<name>(*args, **kw).
static mp_obj_t call_shim(qstr name, size_t n_args, const mp_obj_t* args, mp_map_t* kw) {
    mp_obj_t module = mp_import_name(MP_QSTR__strmethods, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    mp_obj_t function = mp_load_attr(module, name);
    size_t n_kw = kw == NULL ? 0 : kw->used;
    if (n_kw == 0) return mp_call_function_n_kw(function, n_args, 0, args);
    mp_obj_t* all = m_new(mp_obj_t, n_args + 2 * n_kw);
    for (size_t i = 0; i < n_args; ++i) all[i] = args[i];
    size_t at = n_args;
    for (size_t i = 0; i < kw->alloc; ++i) {
        if (mp_map_slot_is_filled(kw, i)) {
            all[at++] = kw->table[i].key;
            all[at++] = kw->table[i].value;
        }
    }
    mp_obj_t result = mp_call_function_n_kw(function, n_args, n_kw, all);
    m_del(mp_obj_t, all, n_args + 2 * n_kw);
    return result;
}

#define LSP_STR_METHOD(name)                                                               \
    static mp_obj_t str_method_##name(size_t n_args, const mp_obj_t* args, mp_map_t* kw) { \
        return call_shim(MP_QSTR_##name, n_args, args, kw);                                \
    }                                                                                      \
    MP_DEFINE_CONST_FUN_OBJ_KW(lsp_str_##name##_obj, 1, str_method_##name);

LSP_STR_METHOD(center)
LSP_STR_METHOD(swapcase)
LSP_STR_METHOD(title)
LSP_STR_METHOD(istitle)
LSP_STR_METHOD(casefold)
LSP_STR_METHOD(expandtabs)
LSP_STR_METHOD(isidentifier)
LSP_STR_METHOD(isascii)
LSP_STR_METHOD(isdecimal)
LSP_STR_METHOD(isnumeric)
LSP_STR_METHOD(removeprefix)
LSP_STR_METHOD(removesuffix)
LSP_STR_METHOD(format_map)
LSP_STR_METHOD(translate)
LSP_STR_METHOD(capitalize)
LSP_STR_METHOD(isalnum)

bool mp_unichar_is_printable(unichar c);  // port/str_printable.c (what repr() leaves as it is)

// str.isprintable(): every character is one repr() shows as itself (the empty string is printable).
static mp_obj_t str_isprintable(size_t n_args, const mp_obj_t* args, mp_map_t* kw) {
    mp_arg_check_num(n_args, kw->used, 1, 1, false);
    if (!mp_obj_is_str(args[0]))
        mp_raise_TypeError(MP_ERROR_TEXT("descriptor 'isprintable' requires a 'str' object"));
    GET_STR_DATA_LEN(args[0], data, len);
    for (const byte *p = data, *top = data + len; p < top;) {
        unichar c = utf8_get_char(p);
        p = utf8_next_char(p);
        if (c < 0x20 || !mp_unichar_is_printable(c)) return mp_const_false;
    }
    return mp_const_true;
}
MP_DEFINE_CONST_FUN_OBJ_KW(lsp_str_isprintable_obj, 1, str_isprintable);

// str.maketrans is a static method: "abc".maketrans(...) and str.maketrans(...) take no self
static mp_obj_t str_maketrans(size_t n_args, const mp_obj_t* args) {
    return call_shim(MP_QSTR_maketrans, n_args, args, NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(str_maketrans_fun_obj, 0, str_maketrans);  // the shim counts
MP_DEFINE_CONST_STATICMETHOD_OBJ(lsp_str_maketrans_obj, MP_ROM_PTR(&str_maketrans_fun_obj));

#endif
