// asyncio's module __getattr__ (see events.h): the names shim/_asyncio_events.py defines, and the
// submodules it makes (asyncio.tasks...; `import asyncio.tasks` asks here too: patch 0355).
#include "asyncio/events.h"

#include "py/objmodule.h"
#include "py/runtime.h"

// asyncio.__all__ (what `from asyncio import *` imports, patch 0366): the public names of the
// native tables (not the `exceptions` submodule), then the shim's.
static mp_obj_t asyncio_all(mp_obj_t shim) {
    mp_obj_t names = mp_obj_new_list(0, NULL);
    const mp_map_t* map = &mp_obj_module_get_globals(mp_module_get_builtin(MP_QSTR_asyncio, false))->map;
    for (size_t i = 0; i < map->alloc; ++i) {
        if (!mp_map_slot_is_filled(map, i)) continue;
        const char* key = mp_obj_str_get_str(map->table[i].key);
        if (key[0] == '_' || mp_obj_is_type(map->table[i].value, &mp_type_module)) continue;
        mp_obj_list_append(names, map->table[i].key);
    }
    mp_obj_t shim_names = mp_load_attr(shim, MP_QSTR___all__);
    mp_obj_t iter = mp_getiter(shim_names, NULL);
    for (mp_obj_t item; (item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION;) {
        if (item != MP_OBJ_NEW_QSTR(MP_QSTR_subprocess)) mp_obj_list_append(names, item);  // (a module)
    }
    return names;
}

// MP_OBJ_NULL (not a Python value) is how a native __getattr__ says "no such attribute": the
// module lookup then fails as for any missing name (the import system asks for `__init__`...).
static mp_obj_t asyncio_getattr(mp_obj_t name) {
    size_t len;
    const char* text = mp_obj_str_get_data(name, &len);
    if (mp_obj_str_get_qstr(name) == MP_QSTR___all__) {
        return asyncio_all(mp_import_name(MP_QSTR__asyncio_events, mp_const_none, MP_OBJ_NEW_SMALL_INT(0)));
    }
    if (len >= 2 && text[0] == '_' && text[1] == '_') { return MP_OBJ_NULL; }  // never the shim's
    mp_obj_t module = mp_import_name(MP_QSTR__asyncio_events, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    mp_obj_t names = mp_load_attr(module, MP_QSTR___all__);
    // Only the shim's public names: its helpers (and what it imports) stay out of `asyncio`. Its
    // `submodules` are asyncio.tasks & co (shim/_asyncio_submodules.py).
    if (!mp_obj_is_true(mp_binary_op(MP_BINARY_OP_CONTAINS, names, name)) &&
        !mp_obj_is_true(
            mp_binary_op(MP_BINARY_OP_CONTAINS, mp_load_attr(module, MP_QSTR_submodules), name))) {
        mp_raise_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("module 'asyncio' has no attribute '%s'"),
                          text);
    }
    return mp_load_attr(module, mp_obj_str_get_qstr(name));
}
MP_DEFINE_CONST_FUN_OBJ_1(lsp_asyncio_getattr_obj, asyncio_getattr);
