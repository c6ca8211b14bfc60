// Run-time half of the match statement (patch 0130, MICROPY_PY_MATCH_STATEMENT): the tests that
// CPython 3.11's MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS opcodes make, called
// from the bytecode the compiler makes of a pattern (py/compile.c, "The match statement").
//
// Sections: what is a Sequence or a Mapping · sequences · mappings · classes.
#include <string.h>

#include "py/builtin.h"
#include "py/objtype.h"
#include "py/runtime.h"

#if MICROPY_PY_MATCH_STATEMENT

static bool is_subclass(const mp_obj_type_t* type, const mp_obj_type_t* base) {
    return mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(base));
}

// A class of an imported module ("collections.abc", "Sequence"), or MP_OBJ_NULL: a class of a
// module nobody imported cannot be a base of the subject's class.
static mp_obj_t imported_class(const char* module, qstr name) {
    qstr module_name = qstr_find_strn(module, strlen(module));
    if (module_name == MP_QSTRnull) { return MP_OBJ_NULL; }
    mp_map_elem_t* elem =
        mp_map_lookup(&MP_STATE_VM(mp_loaded_modules_dict).map, MP_OBJ_NEW_QSTR(module_name), MP_MAP_LOOKUP);
    if (elem == NULL) { return MP_OBJ_NULL; }
    mp_obj_t dest[2];
    mp_load_method_maybe(elem->value, name, dest);
    return dest[0] != MP_OBJ_NULL && dest[1] == MP_OBJ_NULL && mp_obj_is_type(dest[0], &mp_type_type)
               ? dest[0]
               : MP_OBJ_NULL;
}

static bool derives_from_imported(const mp_obj_type_t* type, const char* module, qstr name) {
    mp_obj_t base = imported_class(module, name);
    return base != MP_OBJ_NULL && mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), base);
}

// CPython's Py_TPFLAGS_SEQUENCE: list, tuple, range, memoryview, array, deque and what derives
// from collections.abc.Sequence; never str, bytes or bytearray. The shim's collections.deque and
// UserList are plain classes here (no ABC registration), so they are named.
static bool is_sequence(mp_obj_t subject) {
    const mp_obj_type_t* type = mp_obj_get_type(subject);
    if (is_subclass(type, &mp_type_str) || is_subclass(type, &mp_type_bytes) ||
        is_subclass(type, &mp_type_bytearray)) {
        return false;
    }
    if (is_subclass(type, &mp_type_list) || is_subclass(type, &mp_type_tuple) ||
        is_subclass(type, &mp_type_range)
#if MICROPY_PY_BUILTINS_MEMORYVIEW
        || is_subclass(type, &mp_type_memoryview)
#endif
#if MICROPY_PY_ARRAY
        || is_subclass(type, &mp_type_array)
#endif
#if MICROPY_PY_COLLECTIONS_DEQUE
        || is_subclass(type, &mp_type_deque)
#endif
    ) {
        return true;
    }
    if (!mp_obj_is_instance_type(type)) { return false; }
    return derives_from_imported(type, "collections.abc", MP_QSTR_Sequence) ||
           derives_from_imported(type, "collections", MP_QSTR_deque) ||
           derives_from_imported(type, "collections", MP_QSTR_UserList);
}

// CPython's Py_TPFLAGS_MAPPING: dict (OrderedDict, defaultdict, Counter derive from it) and what
// derives from collections.abc.Mapping; the shim's ChainMap and UserDict are named.
static bool is_mapping(mp_obj_t subject) {
    const mp_obj_type_t* type = mp_obj_get_type(subject);
    if (is_subclass(type, &mp_type_dict)
#if MICROPY_PY_COLLECTIONS_ORDEREDDICT
        || is_subclass(type, &mp_type_ordereddict)
#endif
    ) {
        return true;
    }
    if (!mp_obj_is_instance_type(type)) { return false; }
    return derives_from_imported(type, "collections.abc", MP_QSTR_Mapping) ||
           derives_from_imported(type, "collections", MP_QSTR_ChainMap) ||
           derives_from_imported(type, "collections", MP_QSTR_UserDict);
}

static mp_int_t length_of(mp_obj_t subject) { return mp_obj_get_int(mp_obj_len(subject)); }

// --- sequences: [a, b, *rest] ----------------------------------------------------------------

// match_sequence(subject, n, at_least): a Sequence of n items (n or more with a star).
static mp_obj_t match_sequence(mp_obj_t subject, mp_obj_t n_in, mp_obj_t at_least) {
    if (!is_sequence(subject)) { return mp_const_false; }
    mp_int_t len = length_of(subject);
    mp_int_t n = MP_OBJ_SMALL_INT_VALUE(n_in);
    return mp_obj_new_bool(at_least == mp_const_true ? len >= n : len == n);
}
MP_DEFINE_CONST_FUN_OBJ_3(mp_match_sequence_obj, match_sequence);

// --- mappings: {"key": value, **rest} ----------------------------------------------------------

// match_mapping(subject, n_keys): a Mapping with at least n_keys items.
static mp_obj_t match_mapping(mp_obj_t subject, mp_obj_t n_keys) {
    if (!is_mapping(subject)) { return mp_const_false; }
    mp_int_t n = MP_OBJ_SMALL_INT_VALUE(n_keys);
    return mp_obj_new_bool(n == 0 || length_of(subject) >= n);
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_match_mapping_obj, match_mapping);

// What subject.get(key, missing) returns for a missing key: no script can hold it.
static const mp_obj_base_t match_missing_obj = {&mp_type_object};
#define MATCH_MISSING (MP_OBJ_FROM_PTR(&match_missing_obj))

static NORETURN void raise_duplicate_key(mp_obj_t key) {
    vstr_t vstr;
    mp_print_t print;
    vstr_init_print(&vstr, 16, &print);
    mp_obj_print_helper(&print, key, PRINT_REPR);
    mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("mapping pattern checks duplicate key (%s)"),
                      vstr_null_terminated_str(&vstr));
}

// A copy of the mapping as a dict (dict.update's way: a dict's entries, else keys() and [key]).
static mp_obj_t mapping_copy(mp_obj_t subject) {
    mp_obj_t copy = mp_obj_new_dict(0);
    if (is_subclass(mp_obj_get_type(subject), &mp_type_dict)) {
        mp_obj_t native = mp_obj_cast_to_native_base(subject, MP_OBJ_FROM_PTR(&mp_type_dict));
        mp_map_t* map = mp_obj_dict_get_map(native);
        for (size_t i = 0; i < map->alloc; ++i) {
            if (mp_map_slot_is_filled(map, i)) {
                mp_obj_dict_store(copy, map->table[i].key, map->table[i].value);
            }
        }
        return copy;
    }
    mp_obj_t keys[2];
    mp_load_method(subject, MP_QSTR_keys, keys);
    mp_obj_t iter = mp_getiter(mp_call_method_n_kw(0, 0, keys), NULL);
    mp_obj_t key;
    while ((key = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_dict_store(copy, key, mp_obj_subscr(subject, key, MP_OBJ_SENTINEL));
    }
    return copy;
}

// match_keys(subject, keys, with_rest): (subject.get(k) for k in keys) [+ a dict of the other
// items], or None when a key is missing. CPython's MATCH_KEYS: `get` is looked up once and called
// with a default, so a dict subclass's __missing__ is not called; a key twice is a ValueError.
static mp_obj_t match_keys(mp_obj_t subject, mp_obj_t keys_in, mp_obj_t with_rest) {
    size_t n;
    mp_obj_t* keys;
    mp_obj_tuple_get(keys_in, &n, &keys);
    bool rest = with_rest == mp_const_true;
    mp_obj_tuple_t* values = MP_OBJ_TO_PTR(mp_obj_new_tuple(n + rest, NULL));
    bool plain_dict = mp_obj_is_exact_type(subject, &mp_type_dict);
    mp_obj_t get[4];
    if (!plain_dict && n > 0) { mp_load_method(subject, MP_QSTR_get, get); }
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j < i; ++j) {
            if (mp_obj_equal(keys[j], keys[i])) { raise_duplicate_key(keys[i]); }
        }
        mp_obj_t value;
        if (plain_dict) {
            mp_map_elem_t* elem = mp_map_lookup(mp_obj_dict_get_map(subject), keys[i], MP_MAP_LOOKUP);
            value = elem != NULL ? elem->value : MATCH_MISSING;
        } else {
            mp_obj_t call[4] = {get[0], get[1], keys[i], MATCH_MISSING};
            value = mp_call_method_n_kw(2, 0, call);
        }
        if (value == MATCH_MISSING) { return mp_const_none; }
        values->items[i] = value;
    }
    if (rest) {
        mp_obj_t copy = mapping_copy(subject);
        for (size_t i = 0; i < n; ++i) { mp_obj_dict_delete(copy, keys[i]); }
        values->items[n] = copy;
    }
    return MP_OBJ_FROM_PTR(values);
}
MP_DEFINE_CONST_FUN_OBJ_3(mp_match_keys_obj, match_keys);

// --- classes: Point(x, y=0), int(n) ----------------------------------------------------------------

// The builtins whose one positional sub-pattern matches the subject itself (CPython's
// _Py_TPFLAGS_MATCH_SELF, inherited by subclasses).
static bool matches_self(const mp_obj_type_t* cls) {
    static const mp_obj_type_t* const self_matching[] = {
        &mp_type_bool,
        &mp_type_bytearray,
        &mp_type_bytes,
        &mp_type_dict,
        &mp_type_float,
        &mp_type_int,
        &mp_type_list,
        &mp_type_set,
        &mp_type_str,
        &mp_type_tuple,
#if MICROPY_PY_BUILTINS_FROZENSET
        &mp_type_frozenset,
#endif
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(self_matching); ++i) {
        if (is_subclass(cls, self_matching[i])) { return true; }
    }
    return false;
}

// getattr(subject, name), or MP_OBJ_NULL when it raises AttributeError (no match).
static mp_obj_t match_attribute(mp_obj_t subject, qstr name) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t dest[2];
        mp_load_method_maybe(subject, name, dest);
        nlr_pop();
        if (dest[0] == MP_OBJ_NULL || dest[1] == MP_OBJ_NULL) { return dest[0]; }
        return mp_obj_new_bound_meth(dest[0], dest[1]);
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(exc)),
                                MP_OBJ_FROM_PTR(&mp_type_AttributeError))) {
        return MP_OBJ_NULL;
    }
    nlr_jump(nlr.ret_val);
}

// The attributes a class pattern matches, in order; `seen` are their names so far.
typedef struct {
    mp_obj_t subject;
    const mp_obj_type_t* cls;
    mp_obj_tuple_t* values;
    size_t n_values;
    qstr* seen;
} class_match_t;

// Appends getattr(subject, name); false when the subject lacks it.
static bool take_attribute(class_match_t* m, qstr name) {
    for (size_t j = 0; j < m->n_values; ++j) {
        if (m->seen[j] == name) {
            mp_raise_msg_varg(&mp_type_TypeError,
                              MP_ERROR_TEXT("%q() got multiple sub-patterns for attribute '%q'"),
                              (qstr)m->cls->name, name);
        }
    }
    mp_obj_t value = match_attribute(m->subject, name);
    if (value == MP_OBJ_NULL) { return false; }
    m->seen[m->n_values] = name;
    m->values->items[m->n_values++] = value;
    return true;
}

// match_class(subject, cls, n_positional, keyword_names): the attributes the sub-patterns match
// (the positional ones named by cls.__match_args__), or None when the subject is no instance of
// cls or lacks one of them. CPython's order: isinstance, __match_args__, then each attribute.
static mp_obj_t match_class(size_t n_args, const mp_obj_t* args) {
    (void)n_args;
    mp_obj_t subject = args[0];
    mp_obj_t cls_in = args[1];
    size_t n_positional = MP_OBJ_SMALL_INT_VALUE(args[2]);
    size_t n_keywords;
    mp_obj_t* keywords;
    mp_obj_tuple_get(args[3], &n_keywords, &keywords);
    if (!mp_obj_is_type(cls_in, &mp_type_type)) {
        mp_raise_TypeError(MP_ERROR_TEXT("called match pattern must be a type"));
    }
    if (!mp_obj_is_true(mp_call_function_2(MP_OBJ_FROM_PTR(&mp_builtin_isinstance_obj), subject, cls_in))) {
        return mp_const_none;
    }
    size_t n = n_positional + n_keywords;
    qstr seen_here[8];  // (most class patterns name a few attributes: no allocation for them)
    class_match_t m = {subject, MP_OBJ_TO_PTR(cls_in), MP_OBJ_TO_PTR(mp_obj_new_tuple(n, NULL)), 0,
                       n + 1 <= MP_ARRAY_SIZE(seen_here) ? seen_here : m_new(qstr, n + 1)};
    bool matched = true;
    if (n_positional > 0) {
        mp_obj_t dest[2];
        mp_load_method_maybe(cls_in, MP_QSTR___match_args__, dest);
        bool match_self = false;
        size_t n_match_args = 0;
        mp_obj_t* match_args = NULL;
        if (dest[0] == MP_OBJ_NULL) {
            match_self = matches_self(m.cls);
        } else if (!mp_obj_is_exact_type(dest[0], &mp_type_tuple)) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%q.__match_args__ must be a tuple (got %s)"),
                              (qstr)m.cls->name, mp_obj_get_type_str(dest[0]));
        } else {
            mp_obj_tuple_get(dest[0], &n_match_args, &match_args);
        }
        size_t allowed = match_self ? 1 : n_match_args;
        if (allowed < n_positional) {
            mp_raise_msg_varg(&mp_type_TypeError,
                              MP_ERROR_TEXT("%q() accepts %d positional sub-pattern%s (%d given)"),
                              (qstr)m.cls->name, (int)allowed, allowed == 1 ? "" : "s", (int)n_positional);
        }
        if (match_self) {
            m.seen[0] = MP_QSTRnull;  // the subject itself: no attribute name
            m.values->items[m.n_values++] = subject;
        }
        for (size_t i = 0; matched && !match_self && i < n_positional; ++i) {
            if (!mp_obj_is_str(match_args[i])) {
                mp_raise_msg_varg(&mp_type_TypeError,
                                  MP_ERROR_TEXT("__match_args__ elements must be strings (got %s)"),
                                  mp_obj_get_type_str(match_args[i]));
            }
            matched = take_attribute(&m, mp_obj_str_get_qstr(match_args[i]));
        }
    }
    for (size_t i = 0; matched && i < n_keywords; ++i) {
        matched = take_attribute(&m, mp_obj_str_get_qstr(keywords[i]));
    }
    if (m.seen != seen_here) { m_del(qstr, m.seen, n + 1); }
    return matched ? MP_OBJ_FROM_PTR(m.values) : mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_match_class_obj, 4, 4, match_class);

#endif  // MICROPY_PY_MATCH_STATEMENT
