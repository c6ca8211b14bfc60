// The builtins BaseExceptionGroup and ExceptionGroup (PEP 654, CPython 3.11): `message`,
// `exceptions`, subgroup(), split(), derive(); str() is "message (N sub-exceptions)".
//
// The objects are plain native exceptions whose args are (message, exceptions), so the VM treats
// them like any other exception (tracebacks, raise, except). make_new must stay MicroPython's own
// (the VM recognises native exceptions by it); patch 0295 lets it ask
// lsp_exception_group_new_type() to check the arguments as CPython's constructor does.
#include <string.h>

#include "exceptiongroup.h"
#include "py/builtin.h"
#include "py/objexcept.h"
#include "py/objstr.h"
#include "py/objtuple.h"
#include "py/runtime.h"
#include "py/stackctrl.h"

extern const mp_obj_type_t lsp_type_BaseExceptionGroup;
extern const mp_obj_type_t lsp_type_ExceptionGroup;

static mp_obj_tuple_t* group_args(mp_obj_t self_in) {
    mp_obj_exception_t* self = MP_OBJ_TO_PTR(self_in);
    return self->args;
}

static mp_obj_t group_message(mp_obj_t self_in) {
    mp_obj_tuple_t* a = group_args(self_in);
    return (a != NULL && a->len > 0) ? a->items[0] : MP_OBJ_NEW_QSTR(MP_QSTR_);
}

// The sub-exceptions as a tuple.
static mp_obj_t group_exceptions(mp_obj_t self_in) {
    mp_obj_tuple_t* a = group_args(self_in);
    if (a == NULL || a->len < 2) { return mp_const_empty_tuple; }
    mp_obj_t items = a->items[1];
    if (mp_obj_is_type(items, &mp_type_tuple)) { return items; }
    size_t n;
    mp_obj_t* list;
    mp_obj_get_array(items, &n, &list);
    return mp_obj_new_tuple(n, list);
}

static bool is_group(mp_obj_t o) {
    return mp_obj_is_exception_instance(o) &&
           mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(o)),
                                   MP_OBJ_FROM_PTR(&lsp_type_BaseExceptionGroup));
}

// BaseExceptionGroup(message, excs) as CPython builds it: an ExceptionGroup when every item is an
// Exception.
static mp_obj_t new_group(mp_obj_t message, mp_obj_t list) {
    size_t n;
    mp_obj_t* items;
    mp_obj_get_array(list, &n, &items);
    const mp_obj_type_t* type = &lsp_type_ExceptionGroup;
    for (size_t i = 0; i < n; ++i) {
        if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(items[i])),
                                     MP_OBJ_FROM_PTR(&mp_type_Exception))) {
            type = &lsp_type_BaseExceptionGroup;
        }
    }
    mp_obj_t args[2] = {message, list};
    return mp_obj_exception_make_new(type, 2, 0, args);
}

// BaseExceptionGroup.__new__'s checks, before MicroPython's own make_new builds the object (patch
// 0295 calls this for the two group types): exactly (message, exceptions), a str message, a
// non-empty sequence of exception instances. BaseExceptionGroup of Exceptions only is an
// ExceptionGroup; an ExceptionGroup refuses a BaseException that is not an Exception.
const mp_obj_type_t* lsp_exception_group_new_type(const mp_obj_type_t* type, size_t n_args,
                                                  const mp_obj_t* args) {
    if (n_args != 2) {
        mp_raise_msg_varg(&mp_type_TypeError,
                          MP_ERROR_TEXT("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)"),
                          (int)n_args);
    }
    if (!mp_obj_is_str(args[0])) {
        mp_raise_msg_varg(&mp_type_TypeError,
                          MP_ERROR_TEXT("BaseExceptionGroup.__new__() argument 1 must be str, not %s"),
                          mp_obj_get_type_str(args[0]));
    }
    mp_obj_t seq = args[1];
    if (!mp_obj_is_type(seq, &mp_type_list) && !mp_obj_is_type(seq, &mp_type_tuple)) {
        const mp_obj_type_t* seq_type = mp_obj_get_type(seq);
        if (!MP_OBJ_TYPE_HAS_SLOT(seq_type, subscr) || mp_obj_is_dict_or_ordereddict(seq) ||
            mp_obj_is_exception_instance(seq)) {
            mp_raise_TypeError(MP_ERROR_TEXT("second argument (exceptions) must be a sequence"));
        }
        seq = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_list), seq);
    }
    size_t n;
    mp_obj_t* items;
    mp_obj_get_array(seq, &n, &items);
    if (n == 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("second argument (exceptions) must be a non-empty sequence"));
    }
    bool nested_base = false;
    for (size_t i = 0; i < n; ++i) {
        if (!mp_obj_is_exception_instance(items[i])) {
            mp_raise_msg_varg(&mp_type_ValueError,
                              MP_ERROR_TEXT("Item %d of second argument (exceptions) is not an exception"),
                              (int)i);
        }
        if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(items[i])),
                                     MP_OBJ_FROM_PTR(&mp_type_Exception))) {
            nested_base = true;
        }
    }
    if (type == &lsp_type_BaseExceptionGroup) { return nested_base ? type : &lsp_type_ExceptionGroup; }
    if (nested_base) { mp_raise_TypeError(MP_ERROR_TEXT("Cannot nest BaseExceptions in an ExceptionGroup")); }
    return type;
}

void* lsp_new_exception_group(const char* message, size_t len, void** items, size_t n) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t list = mp_obj_new_list(n, (mp_obj_t*)items);
        mp_obj_t g = new_group(mp_obj_new_str(message, len), list);
        nlr_pop();
        return MP_OBJ_TO_PTR(g);
    }
    return NULL;
}

// What split()/subgroup() match with: an exception type, a tuple of them, or a predicate.
static bool condition_matches(mp_obj_t condition, mp_obj_t exc) {
    if (mp_obj_is_type(condition, &mp_type_type) || mp_obj_is_type(condition, &mp_type_tuple)) {
        return mp_obj_is_true(
            mp_call_function_2(MP_OBJ_FROM_PTR(&mp_builtin_isinstance_obj), exc, condition));
    }
    return mp_obj_is_true(mp_call_function_1(condition, exc));
}

static void check_condition(mp_obj_t condition) {
    if (mp_obj_is_type(condition, &mp_type_type) || mp_obj_is_type(condition, &mp_type_tuple) ||
        mp_obj_is_callable(condition)) {
        return;
    }
    mp_raise_TypeError(MP_ERROR_TEXT("expected a function, exception type or tuple of exception types"));
}

// Splits `self` into what matches (*match) and the rest (*rest); MP_OBJ_NULL for an empty part.
static void group_split(mp_obj_t self, mp_obj_t condition, bool want_rest, mp_obj_t* match, mp_obj_t* rest) {
    mp_cstack_check();  // groups nested 10^5 deep: RecursionError, as in CPython
    if (condition_matches(condition, self)) {
        *match = self;
        *rest = MP_OBJ_NULL;
        return;
    }
    mp_obj_t excs = group_exceptions(self);
    size_t n;
    mp_obj_t* items;
    mp_obj_tuple_get(excs, &n, &items);
    mp_obj_t match_list = mp_obj_new_list(0, NULL);
    mp_obj_t rest_list = mp_obj_new_list(0, NULL);
    bool unchanged = true;
    for (size_t i = 0; i < n; ++i) {
        mp_obj_t e = items[i];
        if (is_group(e)) {
            mp_obj_t m, r;
            group_split(e, condition, want_rest, &m, &r);
            if (m != MP_OBJ_NULL) { mp_obj_list_append(match_list, m); }
            if (m != e) { unchanged = false; }
            if (want_rest && r != MP_OBJ_NULL) { mp_obj_list_append(rest_list, r); }
        } else if (condition_matches(condition, e)) {
            mp_obj_list_append(match_list, e);
        } else {
            unchanged = false;
            if (want_rest) { mp_obj_list_append(rest_list, e); }
        }
    }
    size_t nm, nr;
    mp_obj_t* unused;
    mp_obj_list_get(match_list, &nm, &unused);
    mp_obj_list_get(rest_list, &nr, &unused);
    // derive() as CPython: a (Base)ExceptionGroup with the same message.
    *match = nm == 0 ? MP_OBJ_NULL : (unchanged ? self : new_group(group_message(self), match_list));
    *rest = nr == 0 ? MP_OBJ_NULL : new_group(group_message(self), rest_list);
}

static mp_obj_t group_subgroup(mp_obj_t self_in, mp_obj_t condition) {
    check_condition(condition);
    mp_obj_t m, r;
    group_split(self_in, condition, false, &m, &r);
    return m == MP_OBJ_NULL ? mp_const_none : m;
}
static MP_DEFINE_CONST_FUN_OBJ_2(group_subgroup_obj, group_subgroup);

static mp_obj_t group_split_method(mp_obj_t self_in, mp_obj_t condition) {
    check_condition(condition);
    mp_obj_t m, r;
    group_split(self_in, condition, true, &m, &r);
    mp_obj_t pair[2] = {m == MP_OBJ_NULL ? mp_const_none : m, r == MP_OBJ_NULL ? mp_const_none : r};
    return mp_obj_new_tuple(2, pair);
}
static MP_DEFINE_CONST_FUN_OBJ_2(group_split_obj, group_split_method);

static mp_obj_t group_derive(mp_obj_t self_in, mp_obj_t excs) {
    return new_group(group_message(self_in), excs);
}
static MP_DEFINE_CONST_FUN_OBJ_2(group_derive_obj, group_derive);

static void group_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    if (dest[0] == MP_OBJ_NULL) {
        switch (attr) {
            case MP_QSTR_message: dest[0] = group_message(self_in); return;
            case MP_QSTR_exceptions: dest[0] = group_exceptions(self_in); return;
            case MP_QSTR_subgroup:
                dest[0] = MP_OBJ_FROM_PTR(&group_subgroup_obj);
                dest[1] = self_in;
                return;
            case MP_QSTR_split:
                dest[0] = MP_OBJ_FROM_PTR(&group_split_obj);
                dest[1] = self_in;
                return;
            case MP_QSTR_derive:
                dest[0] = MP_OBJ_FROM_PTR(&group_derive_obj);
                dest[1] = self_in;
                return;
            default: break;
        }
    }
    mp_obj_exception_attr(self_in, attr, dest);
}

// str(): "message (N sub-exceptions)"; repr() is the usual Type(args...).
static void group_print(const mp_print_t* print, mp_obj_t o_in, mp_print_kind_t kind) {
    mp_print_kind_t k = kind & ~PRINT_EXC_SUBCLASS;
    if (k != PRINT_STR && k != PRINT_EXC) {
        mp_obj_exception_print(print, o_in, kind);
        return;
    }
    if (k == PRINT_EXC && !(kind & PRINT_EXC_SUBCLASS)) {
        mp_printf(print, "%q: ", (qstr)mp_obj_get_type(o_in)->name);
    }
    size_t n;
    mp_obj_t* items;
    mp_obj_tuple_get(group_exceptions(o_in), &n, &items);
    mp_obj_print_helper(print, group_message(o_in), PRINT_STR);
    mp_printf(print, " (%u sub-exception%s)", (unsigned)n, n == 1 ? "" : "s");
}

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_BaseExceptionGroup, MP_QSTR_BaseExceptionGroup, MP_TYPE_FLAG_NONE, make_new,
                         mp_obj_exception_make_new, print, group_print, attr, group_attr, parent,
                         &mp_type_BaseException);

// ExceptionGroup(BaseExceptionGroup, Exception).
static const mp_rom_obj_tuple_t exception_group_parents = {
    {&mp_type_tuple}, 2, {MP_ROM_PTR(&lsp_type_BaseExceptionGroup), MP_ROM_PTR(&mp_type_Exception)}};

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_ExceptionGroup, MP_QSTR_ExceptionGroup, MP_TYPE_FLAG_NONE, make_new,
                         mp_obj_exception_make_new, print, group_print, attr, group_attr, parent,
                         &exception_group_parents);
