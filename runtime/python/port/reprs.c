// Classes, instances and bound methods print as CPython 3.11's (patch 0063, MICROPY_PY_CPYTHON_REPRS):
//   <class '__main__.MyError'>, <__main__.Foo object at 0x...>,
//   <bound method Foo.run of <__main__.Foo object at 0x...>>, <built-in method append of list object at 0x...>
// A class defined in Python is named by its __module__ (left out for "builtins") and __qualname__;
// native types keep their bare name (as CPython's builtins do) unless they have a __module__.
#include <string.h>

#include "py/builtin.h"
#include "py/objmodule.h"
#include "py/objtype.h"
#include "py/objgenerator.h"
#include "py/runtime.h"

#include "generic_alias.h"

#if MICROPY_PY_CPYTHON_REPRS

static mp_map_t* class_locals(const mp_obj_type_t* type) {
    if (!MP_OBJ_TYPE_HAS_SLOT(type, locals_dict)) return NULL;
    return &MP_OBJ_TYPE_GET_SLOT(type, locals_dict)->map;
}

static mp_obj_t class_local_str(const mp_obj_type_t* type, qstr attr) {
    mp_map_t* locals = class_locals(type);
    if (locals == NULL) return MP_OBJ_NULL;
    mp_map_elem_t* elem = mp_map_lookup(locals, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
    return elem != NULL && mp_obj_is_str(elem->value) ? elem->value : MP_OBJ_NULL;
}

static void print_qualname(const mp_print_t* print, const mp_obj_type_t* type) {
    mp_obj_t qualname =
        mp_obj_is_instance_type(type) ? class_local_str(type, MP_QSTR___qualname__) : MP_OBJ_NULL;
    if (qualname != MP_OBJ_NULL) {
        mp_obj_print_helper(print, qualname, PRINT_STR);
    } else {
        mp_printf(print, "%q", type->name);
    }
}

void mp_print_class_name(const mp_print_t* print, const mp_obj_type_t* type) {
#if MICROPY_PY_GENERIC_ALIAS
    if (type == &lsp_type_GenericAlias || type == &lsp_type_UnionType) {
        mp_print_str(print, "types.");  // CPython's module for them
    }
#endif
    // A native type names its module the same way when its locals say (asyncio's Task and Future:
    // `_asyncio`, as CPython's C accelerator module).
    mp_obj_t module = class_local_str(type, MP_QSTR___module__);
    if (module != MP_OBJ_NULL && strcmp(mp_obj_str_get_str(module), "builtins") != 0) {
        mp_obj_print_helper(print, module, PRINT_STR);
        mp_print_str(print, ".");
    }
    print_qualname(print, type);
}

// The class (type or one of its bases) whose body defines `meth` (directly or as the function of a
// classmethod/staticmethod), and the name it has there; NULL when none does.
static const mp_obj_type_t* defining_class(const mp_obj_type_t* type, mp_obj_t meth, mp_obj_t* name,
                                           int depth) {
    if (depth > 64) return NULL;  // bases nest only as deep as the program wrote them
    mp_map_t* locals = class_locals(type);
    for (size_t i = 0; locals != NULL && i < locals->alloc; ++i) {
        if (!mp_map_slot_is_filled(locals, i)) continue;
        mp_obj_t value = locals->table[i].value;
        if (mp_obj_is_type(value, &mp_type_classmethod) || mp_obj_is_type(value, &mp_type_staticmethod)) {
            value = ((mp_obj_static_class_method_t*)MP_OBJ_TO_PTR(value))->fun;
        }
        if (value == meth) {
            *name = locals->table[i].key;
            return type;
        }
    }
    const void* parent = MP_OBJ_TYPE_GET_SLOT_OR_NULL(type, parent);
    if (parent == NULL) return NULL;
    if (((const mp_obj_base_t*)parent)->type == &mp_type_tuple) {
        const mp_obj_tuple_t* bases = parent;
        for (size_t i = 0; i < bases->len; ++i) {
            const mp_obj_type_t* found =
                defining_class(MP_OBJ_TO_PTR(bases->items[i]), meth, name, depth + 1);
            if (found != NULL) return found;
        }
        return NULL;
    }
    return defining_class(parent, meth, name, depth + 1);
}

void mp_print_bound_method(const mp_print_t* print, mp_obj_t meth, mp_obj_t self) {
    const mp_obj_type_t* type =
        mp_obj_is_type(self, &mp_type_type) ? MP_OBJ_TO_PTR(self) : mp_obj_get_type(self);
    mp_obj_t name = MP_OBJ_NULL;
    const mp_obj_type_t* owner = defining_class(type, meth, &name, 0);
    // Python code: a function or a closure (the closure type is private to py/objclosure.c)
    bool python_function = mp_obj_is_type(meth, &mp_type_fun_bc) || mp_obj_is_gen_or_coro_fun(meth) ||
                           strcmp(mp_obj_get_type_str(meth), "closure") == 0;
    if (!python_function) {
        // a native method: CPython's "built-in method" form
        mp_print_str(print, "<built-in method ");
        if (name != MP_OBJ_NULL) mp_obj_print_helper(print, name, PRINT_STR);
        mp_printf(print, " of %s object at 0x%p>", mp_obj_get_type_str(self), MP_OBJ_TO_PTR(self));
        return;
    }
    mp_print_str(print, "<bound method ");
    print_qualname(print, owner != NULL ? owner : type);
    mp_print_str(print, ".");
    if (name != MP_OBJ_NULL) {
        mp_obj_print_helper(print, name, PRINT_STR);
    } else if (mp_obj_is_type(meth, &mp_type_fun_bc) || mp_obj_is_gen_or_coro_fun(meth)) {
        mp_printf(print, "%q", mp_obj_fun_get_name(meth));
    }
    mp_print_str(print, " of ");
    mp_obj_print_helper(print, self, PRINT_REPR);
    mp_print_str(print, ">");
}

// A bound built-in method's __name__ (`[].append.__name__` == 'append'): the name the defining
// class gives it; its __qualname__ ('list.append') puts the class of __self__ before it (patch 0301).
mp_obj_t mp_bound_method_name(mp_obj_t meth, mp_obj_t self, qstr attr) {
    const mp_obj_type_t* type =
        mp_obj_is_type(self, &mp_type_type) ? MP_OBJ_TO_PTR(self) : mp_obj_get_type(self);
    mp_obj_t name = MP_OBJ_NULL;
    const mp_obj_type_t* owner = defining_class(type, meth, &name, 0);
    if (owner == NULL || !mp_obj_is_str(name)) return MP_OBJ_NULL;
    if (attr == MP_QSTR___name__) return name;
    vstr_t vstr;
    mp_print_t print;
    vstr_init_print(&vstr, 16, &print);
    print_qualname(&print, type);  // CPython: the class of __self__, not the defining one
    vstr_add_char(&vstr, '.');
    vstr_add_str(&vstr, mp_obj_str_get_str(name));
    return mp_obj_new_str_from_vstr(&vstr);
}

#if MICROPY_PY_METHOD_DESCRIPTOR_NAMES
// A built-in method read from its class (`str.upper`, patch 0343): CPython's method descriptor names
// it by the class that defines it ('str.upper'; `bool.bit_length` is 'int.bit_length').
void mp_method_descriptor_attr(const mp_obj_type_t* type, mp_obj_t fun, qstr attr, mp_obj_t* dest) {
    if (attr != MP_QSTR___name__ && attr != MP_QSTR___qualname__) return;
    mp_obj_t name = MP_OBJ_NULL;
    const mp_obj_type_t* owner = defining_class(type, fun, &name, 0);
    if (owner == NULL || !mp_obj_is_str(name)) return;
    if (attr == MP_QSTR___name__) {
        dest[0] = name;
        return;
    }
    vstr_t vstr;
    mp_print_t print;
    vstr_init_print(&vstr, 16, &print);
    print_qualname(&print, owner);
    vstr_add_char(&vstr, '.');
    vstr_add_str(&vstr, mp_obj_str_get_str(name));
    dest[0] = mp_obj_new_str_from_vstr(&vstr);
}

void mp_method_descriptor_print(const mp_print_t* print, const mp_obj_type_t* type, mp_obj_t fun) {
    mp_obj_t name = MP_OBJ_NULL;
    const mp_obj_type_t* owner = defining_class(type, fun, &name, 0);
    mp_print_str(print, "<method '");
    if (owner != NULL && mp_obj_is_str(name)) mp_obj_print_helper(print, name, PRINT_STR);
    mp_print_str(print, "' of '");
    print_qualname(print, owner != NULL ? owner : type);
    mp_print_str(print, "' objects>");
}
#endif

#endif  // MICROPY_PY_CPYTHON_REPRS

#if MICROPY_PY_CPYTHON_REPRS
// The key under which `map` holds `value` (MP_QSTRnull if none).
static qstr key_of(const mp_map_t* map, mp_obj_t value) {
    for (size_t i = 0; i < map->alloc; ++i) {
        if (mp_map_slot_is_filled(map, i) && map->table[i].value == value) {
            return mp_obj_str_get_qstr(map->table[i].key);
        }
    }
    return MP_QSTRnull;
}

// The name of `fun` in the globals of one of the modules `modules` holds.
static qstr name_in_modules(const mp_map_t* modules, mp_obj_t fun) {
    for (size_t m = 0; m < modules->alloc; ++m) {
        if (!mp_map_slot_is_filled(modules, m) || !mp_obj_is_type(modules->table[m].value, &mp_type_module) ||
            mp_obj_module_get_globals(modules->table[m].value) == &MP_STATE_VM(dict_main)) {
            continue;  // never the script's own (sys.modules["__main__"]): any variable may hold it
        }
        qstr name = key_of(&mp_obj_module_get_globals(modules->table[m].value)->map, fun);
        if (name != MP_QSTRnull) return name;
    }
    return MP_QSTRnull;
}

// The module whose globals hold `fun`, and its name there: the built-in modules first (a module
// written in Python may have imported it), never the script's own (any of its variables may hold
// it); MP_OBJ_NULL if none does.
mp_obj_t mp_builtin_function_module(mp_obj_t fun, qstr* name);
mp_obj_t mp_builtin_function_module(mp_obj_t fun, qstr* name) {
    const mp_map_t* maps[] = {&mp_builtin_module_map, &mp_builtin_extensible_module_map,
                              &MP_STATE_VM(mp_loaded_modules_dict).map};
    for (size_t k = 0; k < MP_ARRAY_SIZE(maps); ++k) {
        const mp_map_t* modules = maps[k];
        for (size_t m = 0; m < modules->alloc; ++m) {
            if (!mp_map_slot_is_filled(modules, m) ||
                !mp_obj_is_type(modules->table[m].value, &mp_type_module) ||
                mp_obj_module_get_globals(modules->table[m].value) == &MP_STATE_VM(dict_main)) {
                continue;
            }
            *name = key_of(&mp_obj_module_get_globals(modules->table[m].value)->map, fun);
            if (*name != MP_QSTRnull) return modules->table[m].value;
        }
    }
    return MP_OBJ_NULL;
}

// The name `fun` has in the builtins or in a module's globals (imported, or built in); also
// __name__ of a built-in function (port/builtin_function_attrs.c).
qstr mp_builtin_function_name(mp_obj_t fun);
qstr mp_builtin_function_name(mp_obj_t fun) {
    qstr name = key_of(&mp_module_builtins_globals.map, fun);
    if (name == MP_QSTRnull) name = name_in_modules(&MP_STATE_VM(mp_loaded_modules_dict).map, fun);
    if (name == MP_QSTRnull) name = name_in_modules(&mp_builtin_module_map, fun);
    if (name == MP_QSTRnull) name = name_in_modules(&mp_builtin_extensible_module_map, fun);
    return name;
}

void mp_print_builtin_function(const mp_print_t* print, mp_obj_t fun) {
    qstr name = mp_builtin_function_name(fun);
    if (name == MP_QSTRnull) {
        mp_print_str(print, "<built-in function>");
    } else {
        mp_printf(print, "<built-in function %q>", name);
    }
}
#endif  // MICROPY_PY_CPYTHON_REPRS
