// Types subscripted and or-ed at run time as CPython 3.11 allows (patch 0066, MICROPY_PY_GENERIC_ALIAS):
//   list[str], dict[str, int], asyncio.Queue[int]  -> GenericAlias, printed "dict[str, int]"
//   int | None, list[int] | str                       -> UnionType, printed "int | None"
//   a class's __class_getitem__(cls, item)            -> called (an implicit classmethod)
// Both keep __origin__/__args__; calling a GenericAlias makes its origin (list[int]() == []).
// Subscription goes no further than CPython's: any class may be subscripted here (CPython refuses a
// class without __class_getitem__), so only a program CPython would reject behaves differently.
#include "py/objtype.h"
#include "py/runtime.h"

#include "generic_alias.h"

#if MICROPY_PY_GENERIC_ALIAS

typedef struct {
    mp_obj_base_t base;
    mp_obj_t origin;  // the class (GenericAlias) or MP_OBJ_NULL (UnionType)
    mp_obj_t args;    // tuple
} generic_alias_t;

// One argument as CPython's repr of an alias shows it: a class by its qualified name, None as None,
// ... as ..., anything else (nested aliases included) by repr.
static void print_arg(const mp_print_t* print, mp_obj_t arg) {
    if (mp_obj_is_type(arg, &mp_type_type)) {
        mp_print_class_name(print, MP_OBJ_TO_PTR(arg));
    } else if (arg == MP_OBJ_FROM_PTR(&mp_const_ellipsis_obj)) {
        mp_print_str(print, "...");
    } else {
        mp_obj_print_helper(print, arg, PRINT_REPR);
    }
}

static void alias_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    generic_alias_t* self = MP_OBJ_TO_PTR(self_in);
    size_t n;
    mp_obj_t* items;
    mp_obj_get_array(self->args, &n, &items);
    if (self->origin == MP_OBJ_NULL) {
        for (size_t i = 0; i < n; ++i) {
            if (i > 0) mp_print_str(print, " | ");
            print_arg(print, items[i]);
        }
        return;
    }
    print_arg(print, self->origin);
    mp_print_str(print, "[");
    for (size_t i = 0; i < n; ++i) {
        if (i > 0) mp_print_str(print, ", ");
        print_arg(print, items[i]);
    }
    if (n == 0) mp_print_str(print, "()");  // tuple[()]
    mp_print_str(print, "]");
}

static void alias_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    if (dest[0] != MP_OBJ_NULL) return;  // read-only
    generic_alias_t* self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR___origin__ && self->origin != MP_OBJ_NULL) {
        dest[0] = self->origin;
    } else if (attr == MP_QSTR___args__) {
        dest[0] = self->args;
    }
}

static mp_obj_t alias_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t* args) {
    generic_alias_t* self = MP_OBJ_TO_PTR(self_in);
    if (self->origin == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("'%s' object is not callable"),
                          "types.UnionType");
    }
    return mp_call_function_n_kw(self->origin, n_args, n_kw, args);
}

static bool union_member(mp_obj_t o) {
    return o == mp_const_none || mp_obj_is_type(o, &mp_type_type) ||
           mp_obj_is_type(o, &lsp_type_GenericAlias) || mp_obj_is_type(o, &lsp_type_UnionType);
}

static mp_obj_t new_alias(const mp_obj_type_t* type, mp_obj_t origin, mp_obj_t args) {
    generic_alias_t* o = mp_obj_malloc(generic_alias_t, type);
    o->origin = origin;
    o->args = args;
    return MP_OBJ_FROM_PTR(o);
}

// a | b: the members of both, in order, each once (None as NoneType, as CPython keeps it)
mp_obj_t mp_type_union(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op == MP_BINARY_OP_REVERSE_OR) {
        mp_obj_t t = lhs;
        lhs = rhs;
        rhs = t;
    } else if (op != MP_BINARY_OP_OR) {
        return MP_OBJ_NULL;
    }
    if (!union_member(lhs) || !union_member(rhs)) return MP_OBJ_NULL;
    mp_obj_t members = mp_obj_new_list(0, NULL);
    mp_obj_t sides[2] = {lhs, rhs};
    for (int s = 0; s < 2; ++s) {
        size_t n = 1;
        mp_obj_t* items = &sides[s];
        if (mp_obj_is_type(sides[s], &lsp_type_UnionType)) {
            mp_obj_get_array(((generic_alias_t*)MP_OBJ_TO_PTR(sides[s]))->args, &n, &items);
        }
        for (size_t i = 0; i < n; ++i) {
            size_t len;
            mp_obj_t* have;
            mp_obj_get_array(members, &len, &have);
            bool seen = false;
            for (size_t j = 0; j < len && !seen; ++j) seen = mp_obj_equal(have[j], items[i]);
            if (!seen) mp_obj_list_append(members, items[i]);
        }
    }
    size_t len;
    mp_obj_t* items;
    mp_obj_get_array(members, &len, &items);
    if (len == 1) return items[0];  // int | int is int
    return new_alias(&lsp_type_UnionType, MP_OBJ_NULL, mp_obj_new_tuple(len, items));
}

static mp_obj_t alias_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op == MP_BINARY_OP_EQUAL) {
        if (!mp_obj_is_type(rhs, mp_obj_get_type(lhs))) return mp_const_false;
        generic_alias_t* a = MP_OBJ_TO_PTR(lhs);
        generic_alias_t* b = MP_OBJ_TO_PTR(rhs);
        bool same_origin = a->origin == b->origin || (a->origin != MP_OBJ_NULL && b->origin != MP_OBJ_NULL &&
                                                      mp_obj_equal(a->origin, b->origin));
        return mp_obj_new_bool(same_origin && mp_obj_equal(a->args, b->args));
    }
    return mp_type_union(op, lhs, rhs);
}

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_GenericAlias, MP_QSTR_GenericAlias, MP_TYPE_FLAG_NONE, print, alias_print,
                         attr, alias_attr, call, alias_call, binary_op, alias_binary_op);
MP_DEFINE_CONST_OBJ_TYPE(lsp_type_UnionType, MP_QSTR_UnionType, MP_TYPE_FLAG_NONE, print, alias_print, attr,
                         alias_attr, call, alias_call, binary_op, alias_binary_op);

// cls[item]: a Python class's __class_getitem__, else a GenericAlias of the class.
mp_obj_t mp_type_subscript(mp_obj_t cls, mp_obj_t index) {
    mp_obj_t dest[3];
    mp_load_method_maybe(cls, MP_QSTR___class_getitem__, dest);
    if (dest[0] != MP_OBJ_NULL) {
        if (dest[1] != MP_OBJ_NULL) {
            // bound already (a classmethod): call it with the item
            dest[2] = index;
            return mp_call_method_n_kw(1, 0, dest);
        }
        // a plain function in the class body: CPython makes it a classmethod implicitly
        mp_obj_t args[2] = {cls, index};
        return mp_call_function_n_kw(dest[0], 2, 0, args);
    }
    mp_obj_t args = mp_obj_is_type(index, &mp_type_tuple) ? index : mp_obj_new_tuple(1, &index);
    return new_alias(&lsp_type_GenericAlias, cls, args);
}

#if MICROPY_PY_BUILTINS_311
// issubclass(cls, A | B) and so isinstance(x, int | None) (patch 0202): each member in order, as
// CPython does; None stands for NoneType, and reaching a parameterized generic is an error.
// MP_OBJ_NULL when `classinfo` is not a union.
mp_obj_t mp_union_is_subclass(mp_obj_t cls, mp_obj_t classinfo) {
    if (!mp_obj_is_type(classinfo, &lsp_type_UnionType)) return MP_OBJ_NULL;
    size_t len;
    mp_obj_t* items;
    mp_obj_tuple_get(((generic_alias_t*)MP_OBJ_TO_PTR(classinfo))->args, &len, &items);
    for (size_t i = 0; i < len; ++i) {
        mp_obj_t member = items[i] == mp_const_none ? MP_OBJ_FROM_PTR(&mp_type_NoneType) : items[i];
        if (!mp_obj_is_type(member, &mp_type_type)) {
            mp_raise_TypeError(MP_ERROR_TEXT("isinstance() argument 2 cannot be a parameterized generic"));
        }
        if (member == MP_OBJ_FROM_PTR(&mp_type_object) || mp_obj_is_subclass_fast(cls, member))
            return mp_const_true;
    }
    return mp_const_false;
}
#endif

#endif  // MICROPY_PY_GENERIC_ALIAS
