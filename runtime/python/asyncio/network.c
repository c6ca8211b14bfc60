// The loop's networking methods (see network.h): each forwards (loop, *args, **kwargs) to the
// function of the same name in shim/_asyncio_network.py.
#include "asyncio/network.h"

#include "py/runtime.h"

static mp_obj_t forward(qstr name, size_t n_args, const mp_obj_t* args, mp_map_t* kw) {
    mp_obj_t module = mp_import_name(MP_QSTR__asyncio_network, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    mp_obj_t function = mp_load_attr(module, name);
    size_t n_kw = kw->used;
    // Positional arguments, then (name, value) pairs: mp_call_function_n_kw's layout.
    mp_obj_t* all = m_new(mp_obj_t, n_args + 2 * n_kw);
    for (size_t i = 0; i < n_args; ++i) all[i] = args[i];
    size_t at = n_args;
    for (size_t i = 0; i < kw->alloc; ++i) {
        if (!mp_map_slot_is_filled(kw, i)) continue;
        all[at++] = kw->table[i].key;
        all[at++] = kw->table[i].value;
    }
    mp_obj_t result = mp_call_function_n_kw(function, n_args, n_kw, all);
    m_del(mp_obj_t, all, n_args + 2 * n_kw);
    return result;
}

#define LSP_NETWORK_DEFINE(name)                                                         \
    static mp_obj_t loop_net_##name(size_t n_args, const mp_obj_t* args, mp_map_t* kw) { \
        return forward(MP_QSTR_##name, n_args, args, kw);                                \
    }                                                                                    \
    MP_DEFINE_CONST_FUN_OBJ_KW(lsp_loop_net_##name##_obj, 1, loop_net_##name);
LSP_NETWORK_METHOD_NAMES(LSP_NETWORK_DEFINE)
#undef LSP_NETWORK_DEFINE
