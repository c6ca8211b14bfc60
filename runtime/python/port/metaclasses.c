// A Python metaclass as the class's own type (patch 0206, MICROPY_PY_METACLASSES).
//
// MicroPython's classes are all of type `type` (their base.type is mp_type_type, which the whole
// interpreter relies on), so a metaclass cannot be stored in the object itself. Instead a class made
// by `type.__new__(M, ...)` (a metaclass's __new__ through super()) or by a class statement whose
// metaclass has no __new__ is recorded here, and MP_TYPE_FLAG_HAS_METACLASS marks it and every class
// derived from it. type's slots (py/objtype.c) then ask the metaclass first: type(C), C.__class__ and
// isinstance(C, M) name it; C(...) runs M.__call__; len(C), iter(C), `x in C`, C[key], repr(C) and
// str(C) run M's __len__/__iter__/__contains__/__getitem__/__repr__/__str__; an attribute the class
// does not have is looked up in M (methods bound to the class, properties read with it).
// Classes without the flag never reach this file.
#include "py/objtype.h"
#include "py/runtime.h"

#if MICROPY_PY_METACLASSES

MP_REGISTER_ROOT_POINTER(mp_obj_t lsp_metaclasses);  // dict: class -> its metaclass

void lsp_metaclasses_init(void) { MP_STATE_VM(lsp_metaclasses) = MP_OBJ_NULL; }

void mp_metaclass_register(mp_obj_t cls, mp_obj_t meta) {
    if (!mp_obj_is_type(cls, &mp_type_type) || !mp_obj_is_type(meta, &mp_type_type)) return;
    mp_obj_type_t* type = MP_OBJ_TO_PTR(cls);
    const mp_obj_type_t* meta_type = MP_OBJ_TO_PTR(meta);
    if (!mp_obj_is_instance_type(type) || !mp_obj_is_instance_type(meta_type)) return;  // natives stay `type`
    if (MP_STATE_VM(lsp_metaclasses) == MP_OBJ_NULL) MP_STATE_VM(lsp_metaclasses) = mp_obj_new_dict(0);
    mp_obj_dict_store(MP_STATE_VM(lsp_metaclasses), cls, meta);
    type->flags |= MP_TYPE_FLAG_HAS_METACLASS;
}

// The metaclass recorded for `type` or, depth-first as MicroPython looks attributes up, for a base.
static mp_obj_t find_metaclass(const mp_obj_type_t* type, int depth) {
    if (depth > 64 || !(type->flags & MP_TYPE_FLAG_HAS_METACLASS)) return MP_OBJ_NULL;
    mp_map_elem_t* own = mp_map_lookup(&((mp_obj_dict_t*)MP_OBJ_TO_PTR(MP_STATE_VM(lsp_metaclasses)))->map,
                                       MP_OBJ_FROM_PTR(type), MP_MAP_LOOKUP);
    if (own != NULL) return own->value;
    const void* parent = MP_OBJ_TYPE_GET_SLOT_OR_NULL(type, parent);
    if (parent == NULL) return MP_OBJ_NULL;
    if (((const mp_obj_base_t*)parent)->type == &mp_type_tuple) {
        const mp_obj_tuple_t* bases = parent;
        for (size_t i = 0; i < bases->len; ++i) {
            mp_obj_t found = find_metaclass(MP_OBJ_TO_PTR(bases->items[i]), depth + 1);
            if (found != MP_OBJ_NULL) return found;
        }
        return MP_OBJ_NULL;
    }
    return find_metaclass(parent, depth + 1);
}

mp_obj_t mp_metaclass_of(const mp_obj_type_t* cls) {
    if (MP_STATE_VM(lsp_metaclasses) == MP_OBJ_NULL) return MP_OBJ_NULL;
    return find_metaclass(cls, 0);
}

mp_obj_t mp_obj_class_of(mp_obj_t obj) {
    if (mp_obj_is_type(obj, &mp_type_type)) {
        mp_obj_t meta = mp_metaclass_of(MP_OBJ_TO_PTR(obj));
        if (meta != MP_OBJ_NULL) return meta;
    }
    const mp_obj_type_t* type = mp_obj_get_type(obj);
    // A built-in stand-in named as its built-in base (an instance's __dict__, a live view of its
    // attributes, is a `dict`): type(), __class__ and isinstance() answer the base, as CPython's
    // object really is one (`type(vars(obj)) is dict`, pprint's and copy's type dispatch).
    if (!mp_obj_is_instance_type(type) && MP_OBJ_TYPE_HAS_SLOT(type, parent)) {
        const mp_obj_base_t* parent = MP_OBJ_TYPE_GET_SLOT(type, parent);
        if (parent->type == &mp_type_type && ((const mp_obj_type_t*)parent)->name == type->name &&
            !mp_obj_is_instance_type((const mp_obj_type_t*)parent)) {
            return MP_OBJ_FROM_PTR(parent);
        }
    }
    return MP_OBJ_FROM_PTR(type);
}

// `name` in the body of the Python class `type` or of its Python bases (not in native ones: what
// type itself does is the caller's default), as stored.
static mp_obj_t python_member(const mp_obj_type_t* type, qstr name, int depth) {
    if (depth > 64 || !mp_obj_is_instance_type(type) || !MP_OBJ_TYPE_HAS_SLOT(type, locals_dict)) {
        return MP_OBJ_NULL;
    }
    mp_map_elem_t* elem =
        mp_map_lookup(&MP_OBJ_TYPE_GET_SLOT(type, locals_dict)->map, MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP);
    if (elem != NULL) return elem->value;
    const void* parent = MP_OBJ_TYPE_GET_SLOT_OR_NULL(type, parent);
    if (parent == NULL) return MP_OBJ_NULL;
    if (((const mp_obj_base_t*)parent)->type == &mp_type_tuple) {
        const mp_obj_tuple_t* bases = parent;
        for (size_t i = 0; i < bases->len; ++i) {
            mp_obj_t found = python_member(MP_OBJ_TO_PTR(bases->items[i]), name, depth + 1);
            if (found != MP_OBJ_NULL) return found;
        }
        return MP_OBJ_NULL;
    }
    return python_member(parent, name, depth + 1);
}

bool mp_metaclass_load(mp_obj_t cls, qstr attr, mp_obj_t* dest) {
    dest[0] = dest[1] = MP_OBJ_NULL;
    mp_obj_t meta = mp_metaclass_of(MP_OBJ_TO_PTR(cls));
    if (meta == MP_OBJ_NULL) return false;
    mp_obj_t member = python_member(MP_OBJ_TO_PTR(meta), attr, 0);
    if (member == MP_OBJ_NULL) return false;
#if MICROPY_PY_BUILTINS_PROPERTY
    if (mp_obj_is_type(member, &mp_type_property)) {
        const mp_obj_t* accessors = mp_obj_property_get(member);
        if (accessors[0] == mp_const_none) return false;
        dest[0] = mp_call_function_1(accessors[0], cls);
        return true;
    }
#endif
    mp_convert_member_lookup(cls, MP_OBJ_TO_PTR(meta), member, dest);
    return dest[0] != MP_OBJ_NULL;
}

mp_obj_t mp_metaclass_call(mp_obj_t cls, qstr attr, size_t n_args, size_t n_kw, const mp_obj_t* args) {
    mp_obj_t dest[2];
    if (!mp_metaclass_load(cls, attr, dest)) return MP_OBJ_NULL;
    if (dest[1] == MP_OBJ_NULL) return mp_call_function_n_kw(dest[0], n_args, n_kw, args);
    size_t n = 2 + n_args + 2 * n_kw;
    mp_obj_t on_stack[8];
    mp_obj_t* items = n <= MP_ARRAY_SIZE(on_stack) ? on_stack : m_new(mp_obj_t, n);
    items[0] = dest[0];
    items[1] = dest[1];
    for (size_t i = 0; i < n - 2; ++i) items[2 + i] = args[i];
    return mp_call_method_n_kw(n_args, n_kw, items);
}

#endif  // MICROPY_PY_METACLASSES
