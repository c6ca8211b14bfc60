// Special methods of built-in objects as attributes (patch 0332): `[1].__len__()`,
// `(1).__add__(2)`, `"ab".__contains__("a")`, `hasattr(x, "__len__")`, `list.__len__([1])`,
// `int.__add__(1, 2)`, and `super().__len__()` / `super().__contains__(k)` in a subclass of a
// built-in. MicroPython's built-in types implement these as C slots (unary_op, binary_op, subscr,
// iter) without names; a lookup that found nothing else asks mp_native_dunder_attr, which answers a
// method object calling the operation, for the names the type has in CPython:
//   every object: __eq__ __ne__ __lt__ __le__ __gt__ __ge__
//   sized / iterable / subscriptable built-ins: __len__ __iter__ __getitem__ (and __setitem__,
//   __delitem__ for the mutable ones), __contains__ for containers, __hash__ (None for the
//   unhashable ones, as in CPython)
//   numbers: __bool__ __neg__ __pos__ __abs__ __int__ __float__ and the arithmetic operators with
//   their reflected forms; ints also __invert__ __index__ and the bitwise ones
//   str, bytes, bytearray, list, tuple: __add__ __mul__ __rmul__ (str and bytes: __mod__)
//   set, frozenset: | & - ^ and their reflected forms; dict: __or__ __ror__
// A binary method answers NotImplemented when the operation raises TypeError, as CPython's slot
// wrappers do for an operand of another type.
#include "py/objtype.h"
#include "py/runtime.h"

#if MICROPY_PY_NATIVE_DUNDERS

typedef struct {
    mp_obj_base_t base;
    qstr attr;
    const mp_obj_type_t* owner;
    mp_obj_t self;  // MP_OBJ_NULL: unbound (list.__len__), the instance is the first argument
} native_dunder_t;

static bool is_type_of(const mp_obj_type_t* type, const mp_obj_type_t* const* types, size_t n) {
    for (size_t i = 0; i < n; ++i) {
        if (type == types[i]) return true;
    }
    return false;
}

static bool is_int_type(const mp_obj_type_t* t) { return t == &mp_type_int || t == &mp_type_bool; }

static bool is_number_type(const mp_obj_type_t* t) {
    return is_int_type(t)
#if MICROPY_PY_BUILTINS_FLOAT
           || t == &mp_type_float
#endif
#if MICROPY_PY_BUILTINS_COMPLEX
           || t == &mp_type_complex
#endif
        ;
}

static bool is_set_type(const mp_obj_type_t* t) {
#if MICROPY_PY_BUILTINS_SET
    if (t == &mp_type_set) return true;
#endif
#if MICROPY_PY_BUILTINS_FROZENSET
    if (t == &mp_type_frozenset) return true;
#endif
    return false;
}

static bool is_sequence_type(const mp_obj_type_t* t) {
    static const mp_obj_type_t* const types[] = {
        &mp_type_str,
        &mp_type_bytes,
        &mp_type_list,
        &mp_type_tuple,
#if MICROPY_PY_BUILTINS_BYTEARRAY
        &mp_type_bytearray,
#endif
    };
    return is_type_of(t, types, MP_ARRAY_SIZE(types));
}

static bool is_mutable_container(const mp_obj_type_t* t) {
    static const mp_obj_type_t* const types[] = {
        &mp_type_list,
        &mp_type_dict,
#if MICROPY_PY_BUILTINS_BYTEARRAY
        &mp_type_bytearray,
#endif
    };
    return is_type_of(t, types, MP_ARRAY_SIZE(types)) ||
           mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(&mp_type_dict));
}

static bool is_unhashable(const mp_obj_type_t* t) {
    return is_mutable_container(t)
#if MICROPY_PY_BUILTINS_SET
           || t == &mp_type_set
#endif
        ;
}

static bool is_container(const mp_obj_type_t* t) {
    return is_sequence_type(t) || is_set_type(t) || is_mutable_container(t) || t == &mp_type_range;
}

// The binary operator named `attr` (MP_BINARY_OP_NUM_RUNTIME if none).
static mp_binary_op_t binary_op_of(qstr attr) {
    for (size_t op = 0; op < MP_BINARY_OP_NUM_RUNTIME; ++op) {
        if (mp_binary_op_method_name[op] == attr && attr != MP_QSTRnull) return (mp_binary_op_t)op;
    }
    return MP_BINARY_OP_NUM_RUNTIME;
}

static bool is_comparison(mp_binary_op_t op) {
    return op == MP_BINARY_OP_LESS || op == MP_BINARY_OP_MORE || op == MP_BINARY_OP_EQUAL ||
           op == MP_BINARY_OP_LESS_EQUAL || op == MP_BINARY_OP_MORE_EQUAL || op == MP_BINARY_OP_NOT_EQUAL;
}

// The plain form of a reflected operator (__radd__ -> ADD); `reflected` says whether it was one.
static mp_binary_op_t plain_op(mp_binary_op_t op, bool* reflected) {
    *reflected = false;
#if MICROPY_PY_REVERSE_SPECIAL_METHODS
    if (op >= MP_BINARY_OP_REVERSE_OR && op <= MP_BINARY_OP_REVERSE_POWER) {
        *reflected = true;
        return (mp_binary_op_t)(op - (MP_BINARY_OP_REVERSE_OR - MP_BINARY_OP_OR));
    }
#endif
    return op;
}

static bool has_binary(const mp_obj_type_t* t, mp_binary_op_t op) {
    if (is_comparison(op)) return true;
    bool reflected;
    mp_binary_op_t plain = plain_op(op, &reflected);
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        // in-place forms: the mutable types that change themselves
        plain = (mp_binary_op_t)(op - (MP_BINARY_OP_INPLACE_OR - MP_BINARY_OP_OR));
        if (t == &mp_type_list) return plain == MP_BINARY_OP_ADD || plain == MP_BINARY_OP_MULTIPLY;
#if MICROPY_PY_BUILTINS_SET
        if (t == &mp_type_set)
            return plain == MP_BINARY_OP_OR || plain == MP_BINARY_OP_AND || plain == MP_BINARY_OP_SUBTRACT ||
                   plain == MP_BINARY_OP_XOR;
#endif
        if (t == &mp_type_dict) return plain == MP_BINARY_OP_OR;
        return false;
    }
    if (is_number_type(t)) {
        switch (plain) {
            case MP_BINARY_OP_ADD:
            case MP_BINARY_OP_SUBTRACT:
            case MP_BINARY_OP_MULTIPLY:
            case MP_BINARY_OP_TRUE_DIVIDE:
            case MP_BINARY_OP_POWER: return true;
            case MP_BINARY_OP_FLOOR_DIVIDE:
            case MP_BINARY_OP_MODULO:
#if MICROPY_PY_BUILTINS_COMPLEX
                return t != &mp_type_complex;
#else
                return true;
#endif
            case MP_BINARY_OP_OR:
            case MP_BINARY_OP_AND:
            case MP_BINARY_OP_XOR:
            case MP_BINARY_OP_LSHIFT:
            case MP_BINARY_OP_RSHIFT: return is_int_type(t);
            default: return false;
        }
    }
    if (is_sequence_type(t)) {
        if (plain == MP_BINARY_OP_MULTIPLY) return true;
        if (plain == MP_BINARY_OP_ADD) return !reflected;
        if (plain == MP_BINARY_OP_MODULO) return !reflected && (t == &mp_type_str || t == &mp_type_bytes);
        return false;
    }
    if (is_set_type(t)) {
        return plain == MP_BINARY_OP_OR || plain == MP_BINARY_OP_AND || plain == MP_BINARY_OP_SUBTRACT ||
               plain == MP_BINARY_OP_XOR;
    }
    if (t == &mp_type_dict) return plain == MP_BINARY_OP_OR;
    return false;
}

// Whether an object of type `t` (`obj`, or MP_OBJ_NULL when asked of the type) has `attr`.
static bool has_dunder(const mp_obj_type_t* t, mp_obj_t obj, qstr attr) {
    switch (attr) {
        case MP_QSTR___len__:
            if (obj != MP_OBJ_NULL) return mp_obj_len_maybe(obj) != MP_OBJ_NULL;
            return is_container(t);
        case MP_QSTR___iter__: return MP_OBJ_TYPE_HAS_SLOT(t, iter);
        case MP_QSTR___getitem__:
            // the containers only: a type that subscripts without being one (re.Match) must not
            // become iterable through the __getitem__ protocol
            return MP_OBJ_TYPE_HAS_SLOT(t, subscr) && is_container(t);
        case MP_QSTR___setitem__:
        case MP_QSTR___delitem__: return MP_OBJ_TYPE_HAS_SLOT(t, subscr) && is_mutable_container(t);
        case MP_QSTR___contains__: return is_container(t);
        case MP_QSTR___hash__: return true;
        case MP_QSTR___bool__:
        case MP_QSTR___neg__:
        case MP_QSTR___pos__:
        case MP_QSTR___abs__: return is_number_type(t);
        case MP_QSTR___int__:
        case MP_QSTR___float__:
            return is_number_type(t)
#if MICROPY_PY_BUILTINS_COMPLEX
                   && t != &mp_type_complex
#endif
                ;
        case MP_QSTR___invert__:
        case MP_QSTR___index__: return is_int_type(t);
        default: break;
    }
    mp_binary_op_t op = binary_op_of(attr);
    return op != MP_BINARY_OP_NUM_RUNTIME && op != MP_BINARY_OP_CONTAINS && has_binary(t, op);
}

static mp_obj_t binary_or_notimplemented(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t result = mp_binary_op(op, lhs, rhs);
        nlr_pop();
        return result;
    }
    if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(((mp_obj_base_t*)nlr.ret_val)->type),
                                MP_OBJ_FROM_PTR(&mp_type_TypeError))) {
        return mp_const_notimplemented;
    }
    nlr_jump(nlr.ret_val);
}

static mp_obj_t native_dunder_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t* args) {
    native_dunder_t* self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t obj = self->self;
    if (obj == MP_OBJ_NULL) {
        if (n_args == 0) {
            mp_raise_msg_varg(&mp_type_TypeError,
                              MP_ERROR_TEXT("descriptor '%q' of '%q' object needs an argument"), self->attr,
                              self->owner->name);
        }
        // list.__iter__(self) in a subclass's __iter__: the built-in's operation on its part of the
        // instance, never the subclass's override again
        obj = mp_obj_cast_to_native_base(args[0], MP_OBJ_FROM_PTR(self->owner));
        if (obj == MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_TypeError,
                              MP_ERROR_TEXT("descriptor '%q' requires a '%q' object but received a '%s'"),
                              self->attr, self->owner->name, mp_obj_get_type_str(args[0]));
        }
        ++args;
        --n_args;
    }
    size_t wanted = 1;
    switch (self->attr) {
        case MP_QSTR___len__:
        case MP_QSTR___iter__:
        case MP_QSTR___hash__:
        case MP_QSTR___bool__:
        case MP_QSTR___neg__:
        case MP_QSTR___pos__:
        case MP_QSTR___abs__:
        case MP_QSTR___int__:
        case MP_QSTR___float__:
        case MP_QSTR___invert__:
        case MP_QSTR___index__: wanted = 0; break;
        case MP_QSTR___setitem__: wanted = 2; break;
        default: break;
    }
    if (n_kw != 0 || n_args != wanted) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("expected %d argument%s, got %d"), (int)wanted,
                          wanted == 1 ? "" : "s", (int)n_args);
    }
    switch (self->attr) {
        case MP_QSTR___len__: return mp_obj_len(obj);
        case MP_QSTR___iter__: return mp_getiter(obj, NULL);
        case MP_QSTR___hash__: return mp_obj_new_int_from_ll(mp_obj_hash64(obj));  // whole in wasm too
        case MP_QSTR___bool__: return mp_unary_op(MP_UNARY_OP_BOOL, obj);
        case MP_QSTR___neg__: return mp_unary_op(MP_UNARY_OP_NEGATIVE, obj);
        case MP_QSTR___pos__: return mp_unary_op(MP_UNARY_OP_POSITIVE, obj);
        case MP_QSTR___abs__: return mp_unary_op(MP_UNARY_OP_ABS, obj);
        case MP_QSTR___invert__: return mp_unary_op(MP_UNARY_OP_INVERT, obj);
        case MP_QSTR___int__:
        case MP_QSTR___index__: return mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_int), obj);
#if MICROPY_PY_BUILTINS_FLOAT
        case MP_QSTR___float__: return mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_float), obj);
#endif
        case MP_QSTR___getitem__: return mp_obj_subscr(obj, args[0], MP_OBJ_SENTINEL);
        case MP_QSTR___setitem__: mp_obj_subscr(obj, args[0], args[1]); return mp_const_none;
        case MP_QSTR___delitem__: mp_obj_subscr(obj, args[0], MP_OBJ_NULL); return mp_const_none;
        case MP_QSTR___contains__: return mp_binary_op(MP_BINARY_OP_CONTAINS, obj, args[0]);
        default: break;
    }
    bool reflected;
    mp_binary_op_t op = plain_op(binary_op_of(self->attr), &reflected);
    return reflected ? binary_or_notimplemented(op, args[0], obj)
                     : binary_or_notimplemented(op, obj, args[0]);
}

static void native_dunder_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    native_dunder_t* self = MP_OBJ_TO_PTR(self_in);
    if (self->self == MP_OBJ_NULL) {
        mp_printf(print, "<slot wrapper '%q' of '%q' objects>", self->attr, self->owner->name);
    } else {
        mp_printf(print, "<method-wrapper '%q' of %q object at 0x%p>", self->attr, self->owner->name,
                  MP_OBJ_TO_PTR(self->self));
    }
}

static MP_DEFINE_CONST_OBJ_TYPE(native_dunder_type, MP_QSTR_method_wrapper, MP_TYPE_FLAG_NONE, call,
                                native_dunder_call, print, native_dunder_print);

static mp_obj_t new_dunder(const mp_obj_type_t* owner, qstr attr, mp_obj_t self) {
    native_dunder_t* o = mp_obj_malloc(native_dunder_t, &native_dunder_type);
    o->attr = attr;
    o->owner = owner;
    o->self = self;
    return MP_OBJ_FROM_PTR(o);
}

static bool is_dunder(qstr attr) {
    size_t len;
    const char* s = (const char*)qstr_data(attr, &len);
    return len > 4 && s[0] == '_' && s[1] == '_' && s[len - 1] == '_' && s[len - 2] == '_';
}

void mp_native_dunder_attr(mp_obj_t obj, qstr attr, mp_obj_t* dest) {
    const mp_obj_type_t* type = mp_obj_get_type(obj);
    // a class's own lookups (type_attr, then a metaclass) answered already: `type` has slots for
    // metaclasses (iteration over an Enum class), not methods its instances (classes) have
    if (mp_obj_is_instance_type(type) || type == &mp_type_type || !is_dunder(attr) ||
        !has_dunder(type, obj, attr)) {
        return;
    }
    if (attr == MP_QSTR___hash__ && is_unhashable(type)) {
        dest[0] = mp_const_none;
        return;
    }
    dest[0] = new_dunder(type, attr, obj);
}

void mp_native_dunder_type_attr(const mp_obj_type_t* type, qstr attr, mp_obj_t* dest) {
    if (mp_obj_is_instance_type(type) || type == &mp_type_object || type == &mp_type_type ||
        !is_dunder(attr) || !has_dunder(type, MP_OBJ_NULL, attr)) {
        return;
    }
    if (attr == MP_QSTR___hash__ && is_unhashable(type)) {
        dest[0] = mp_const_none;
        return;
    }
    dest[0] = new_dunder(type, attr, MP_OBJ_NULL);
}

#endif  // MICROPY_PY_NATIVE_DUNDERS
