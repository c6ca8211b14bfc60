// The class statement's protocols CPython 3.11 runs (patch 0065, MICROPY_PY_CPYTHON_BUILTIN_METHODS):
//   * class keywords: `class C(Base, metaclass=M, **kw)`;
//   * a Python metaclass (`class M(type)`): its __new__(mcls, name, bases, ns) makes the class (else
//     type does) and its __init__(cls, name, bases, ns) runs on it; the class's type is then M
//     (port/metaclasses.c, patch 0206);
//   * __set_name__(owner, name) of each attribute that has one, then the first base's
//     __init_subclass__(cls, **kw) (an implicit classmethod, as in CPython).
#include "py/objtype.h"
#include "py/runtime.h"

#if MICROPY_PY_CPYTHON_BUILTIN_METHODS

// The function `name` in the body of `type` or of one of its Python bases (depth-first, as
// MicroPython's lookup goes), unwrapped from staticmethod/classmethod; MP_OBJ_NULL if none.
static mp_obj_t python_class_function(const mp_obj_type_t* type, qstr name, int depth) {
    if (depth > 64 || !mp_obj_is_instance_type(type) || !MP_OBJ_TYPE_HAS_SLOT(type, locals_dict)) {
        return MP_OBJ_NULL;
    }
    mp_map_elem_t* elem =
        mp_map_lookup(&MP_OBJ_TYPE_GET_SLOT(type, locals_dict)->map, MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP);
    if (elem != NULL) {
        mp_obj_t value = elem->value;
        if (mp_obj_is_type(value, &mp_type_staticmethod) || mp_obj_is_type(value, &mp_type_classmethod)) {
            value = ((mp_obj_static_class_method_t*)MP_OBJ_TO_PTR(value))->fun;
        }
        return value;
    }
    const void* parent = MP_OBJ_TYPE_GET_SLOT_OR_NULL(type, parent);
    if (parent == NULL) return MP_OBJ_NULL;
    if (((const mp_obj_base_t*)parent)->type == &mp_type_tuple) {
        const mp_obj_tuple_t* bases = parent;
        for (size_t i = 0; i < bases->len; ++i) {
            mp_obj_t found = python_class_function(MP_OBJ_TO_PTR(bases->items[i]), name, depth + 1);
            if (found != MP_OBJ_NULL) return found;
        }
        return MP_OBJ_NULL;
    }
    return python_class_function(parent, name, depth + 1);
}

mp_obj_t mp_class_make(mp_obj_t meta, mp_obj_t name, mp_obj_t bases, mp_obj_t ns) {
    mp_obj_t args[4] = {meta, name, bases, ns};
    if (!mp_obj_is_type(meta, &mp_type_type) ||
        !mp_obj_is_instance_type((const mp_obj_type_t*)MP_OBJ_TO_PTR(meta))) {
        return mp_call_function_n_kw(meta, 3, 0, args + 1);  // type, or any callable
    }
    // a metaclass written in Python
    mp_obj_t make = python_class_function((const mp_obj_type_t*)MP_OBJ_TO_PTR(meta), MP_QSTR___new__, 0);
    mp_obj_t cls = make != MP_OBJ_NULL
                       ? mp_call_function_n_kw(make, 4, 0, args)
                       : mp_call_function_n_kw(MP_OBJ_FROM_PTR(&mp_type_type), 3, 0, args + 1);
#if MICROPY_PY_METACLASSES
    if (make == MP_OBJ_NULL) mp_metaclass_register(cls, meta);  // M.__new__'s type.__new__(M) records it
#endif
    mp_obj_t init = python_class_function((const mp_obj_type_t*)MP_OBJ_TO_PTR(meta), MP_QSTR___init__, 0);
    if (init != MP_OBJ_NULL && mp_obj_is_type(cls, &mp_type_type)) {
        args[0] = cls;
        mp_call_function_n_kw(init, 4, 0, args);
    }
    return cls;
}

void mp_class_created(mp_obj_t cls, mp_obj_t bases_in, mp_map_t* kw) {
    if (!mp_obj_is_type(cls, &mp_type_type)) return;  // a metaclass returned something else
    const mp_obj_type_t* type = MP_OBJ_TO_PTR(cls);
    // __set_name__ of the attributes (a copy of the items: a hook may add attributes)
    if (mp_obj_is_instance_type(type) && MP_OBJ_TYPE_HAS_SLOT(type, locals_dict)) {
        mp_map_t* locals = &MP_OBJ_TYPE_GET_SLOT(type, locals_dict)->map;
        size_t n = locals->used;
        mp_obj_t* items = m_new(mp_obj_t, 2 * n + 1);
        size_t k = 0;
        for (size_t i = 0; i < locals->alloc && k < 2 * n; ++i) {
            if (!mp_map_slot_is_filled(locals, i)) continue;
            items[k++] = locals->table[i].key;
            items[k++] = locals->table[i].value;
        }
        for (size_t i = 0; i < k; i += 2) {
            if (!mp_obj_is_instance_type(mp_obj_get_type(items[i + 1]))) continue;  // only Python objects
            mp_obj_t dest[4];
            mp_load_method_maybe(items[i + 1], MP_QSTR___set_name__, dest);
            if (dest[0] != MP_OBJ_NULL) {
                dest[2] = cls;
                dest[3] = items[i];
                mp_call_method_n_kw(2, 0, dest);
            }
        }
        m_del(mp_obj_t, items, 2 * n + 1);
    }
    // the bases' __init_subclass__(cls, **kw)
    size_t n_bases;
    mp_obj_t* bases;
    mp_obj_get_array(bases_in, &n_bases, &bases);
    mp_obj_t hook = MP_OBJ_NULL;
    for (size_t i = 0; i < n_bases && hook == MP_OBJ_NULL; ++i) {
        if (mp_obj_is_type(bases[i], &mp_type_type)) {
            hook = python_class_function(MP_OBJ_TO_PTR(bases[i]), MP_QSTR___init_subclass__, 0);
        }
    }
    mp_obj_t metaclass_key = MP_OBJ_NEW_QSTR(MP_QSTR_metaclass);  // not passed on
    size_t n_kw = 0;
    for (size_t i = 0; kw != NULL && i < kw->alloc; ++i) {
        n_kw += mp_map_slot_is_filled(kw, i) && kw->table[i].key != metaclass_key;
    }
    if (hook == MP_OBJ_NULL) {
        if (n_kw > 0) {
            mp_raise_msg_varg(&mp_type_TypeError,
                              MP_ERROR_TEXT("%q.__init_subclass__() takes no keyword arguments"), type->name);
        }
        return;
    }
    mp_obj_t* args = m_new(mp_obj_t, 1 + 2 * n_kw);
    args[0] = cls;
    size_t k = 1;
    for (size_t i = 0; kw != NULL && i < kw->alloc; ++i) {
        if (!mp_map_slot_is_filled(kw, i) || kw->table[i].key == metaclass_key) continue;
        args[k++] = kw->table[i].key;
        args[k++] = kw->table[i].value;
    }
    mp_call_function_n_kw(hook, 1, (k - 1) / 2, args);
    m_del(mp_obj_t, args, 1 + 2 * n_kw);
}

#endif  // MICROPY_PY_CPYTHON_BUILTIN_METHODS
