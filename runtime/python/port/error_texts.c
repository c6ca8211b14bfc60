// TypeError texts as CPython 3.11 words them (patch 0061, MICROPY_CPYTHON_ERROR_MESSAGES): the
// core calls these where it raised MicroPython's shorter forms ("unsupported types for __add__:
// 'int', 'str'", "function missing required positional argument #1"). Only error paths come here.
#include <string.h>

#include "py/runtime.h"

#if MICROPY_CPYTHON_ERROR_MESSAGES

// The operator as CPython's messages spell it, NULL for the comparisons (worded apart).
static const char* binary_op_symbol(mp_binary_op_t op) {
    switch (op) {
        case MP_BINARY_OP_OR: return "|";
        case MP_BINARY_OP_XOR: return "^";
        case MP_BINARY_OP_AND: return "&";
        case MP_BINARY_OP_LSHIFT: return "<<";
        case MP_BINARY_OP_RSHIFT: return ">>";
        case MP_BINARY_OP_ADD: return "+";
        case MP_BINARY_OP_SUBTRACT: return "-";
        case MP_BINARY_OP_MULTIPLY: return "*";
        case MP_BINARY_OP_MAT_MULTIPLY: return "@";
        case MP_BINARY_OP_FLOOR_DIVIDE: return "//";
        case MP_BINARY_OP_TRUE_DIVIDE: return "/";
        case MP_BINARY_OP_MODULO: return "%";
        case MP_BINARY_OP_POWER: return "**";
        case MP_BINARY_OP_DIVMOD: return "divmod()";
        default: return NULL;
    }
}

static const char* comparison_symbol(mp_binary_op_t op) {
    switch (op) {
        case MP_BINARY_OP_LESS: return "<";
        case MP_BINARY_OP_MORE: return ">";
        case MP_BINARY_OP_LESS_EQUAL: return "<=";
        case MP_BINARY_OP_MORE_EQUAL: return ">=";
        default: return NULL;
    }
}

static bool is_sequence(mp_obj_t o) {
    return mp_obj_is_str(o) || mp_obj_is_type(o, &mp_type_list) || mp_obj_is_type(o, &mp_type_tuple) ||
           mp_obj_is_type(o, &mp_type_bytes);
}

NORETURN void mp_raise_unsupported_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs, bool inplace) {
    const char* lhs_type = mp_obj_get_type_str(lhs);
    const char* rhs_type = mp_obj_get_type_str(rhs);
    const char* compared = comparison_symbol(op);
    if (compared != NULL) {
        mp_raise_msg_varg(&mp_type_TypeError,
                          MP_ERROR_TEXT("'%s' not supported between instances of '%s' and '%s'"), compared,
                          lhs_type, rhs_type);
    }
    if (op == MP_BINARY_OP_ADD &&
        (mp_obj_is_str(lhs) || mp_obj_is_type(lhs, &mp_type_list) || mp_obj_is_type(lhs, &mp_type_tuple))) {
        // "abc" + 1: the sequence's own concatenation refused the other operand
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("can only concatenate %s (not \"%s\") to %s"),
                          lhs_type, rhs_type, lhs_type);
    }
    if (op == MP_BINARY_OP_MULTIPLY && (is_sequence(lhs) || is_sequence(rhs))) {
        mp_obj_t other = is_sequence(lhs) ? rhs : lhs;
        if (!mp_obj_is_int(other)) {
            mp_raise_msg_varg(&mp_type_TypeError,
                              MP_ERROR_TEXT("can't multiply sequence by non-int of type '%s'"),
                              mp_obj_get_type_str(other));
        }
    }
    const char* symbol = binary_op_symbol(op);
    if (symbol == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError,
                          MP_ERROR_TEXT("unsupported operand type(s) for %q: '%s' and '%s'"),
                          mp_binary_op_method_name[op], lhs_type, rhs_type);
    }
    if (op == MP_BINARY_OP_POWER) symbol = inplace ? "**=" : "** or pow()";
    mp_raise_msg_varg(&mp_type_TypeError,
                      MP_ERROR_TEXT("unsupported operand type(s) for %s%s: '%s' and '%s'"), symbol,
                      inplace && op != MP_BINARY_OP_POWER ? "=" : "", lhs_type, rhs_type);
}

NORETURN void mp_raise_unsupported_unary_op(mp_unary_op_t op, mp_obj_t arg) {
    const char* type = mp_obj_get_type_str(arg);
    switch (op) {
        case MP_UNARY_OP_HASH:
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("unhashable type: '%s'"), type);
        case MP_UNARY_OP_LEN:
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("object of type '%s' has no len()"), type);
        case MP_UNARY_OP_ABS:
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("bad operand type for abs(): '%s'"), type);
        case MP_UNARY_OP_NEGATIVE:
        case MP_UNARY_OP_POSITIVE:
        case MP_UNARY_OP_INVERT:
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("bad operand type for unary %s: '%s'"),
                              op == MP_UNARY_OP_NEGATIVE   ? "-"
                              : op == MP_UNARY_OP_POSITIVE ? "+"
                                                           : "~",
                              type);
        default:
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("unsupported type for %q: '%s'"),
                              mp_unary_op_method_name[op], type);
    }
}

NORETURN void mp_raise_missing_args(qstr fun_name, const qstr* names, size_t n, bool keyword_only) {
    // 'a'; 'a' and 'b'; 'a', 'b', and 'c' (CPython's list)
    vstr_t list;
    vstr_init(&list, 32);
    for (size_t i = 0; i < n; ++i) {
        if (i > 0) vstr_add_str(&list, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
        vstr_add_char(&list, '\'');
        vstr_add_str(&list, qstr_str(names[i]));
        vstr_add_char(&list, '\'');
    }
    mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%q() missing %d required %s argument%s: %s"),
                      fun_name, (int)n, keyword_only ? "keyword-only" : "positional", n == 1 ? "" : "s",
                      vstr_null_terminated_str(&list));
}

#endif  // MICROPY_CPYTHON_ERROR_MESSAGES

#if MICROPY_CPYTHON_ERROR_MESSAGES
NORETURN void mp_raise_with_repr(const mp_obj_type_t* exc_type, const char* prefix, mp_obj_t obj,
                                 const char* suffix) {
    vstr_t text;
    mp_print_t print;
    vstr_init_print(&text, 32, &print);
    mp_print_str(&print, prefix);
    mp_obj_print_helper(&print, obj, PRINT_REPR);
    mp_print_str(&print, suffix);
    nlr_raise(mp_obj_new_exception_arg1(exc_type, mp_obj_new_str_from_utf8_vstr(&text)));
}
#endif  // MICROPY_CPYTHON_ERROR_MESSAGES
