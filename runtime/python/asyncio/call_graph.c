// `_lsgraph` (see call_graph.h): the runtime's half of asyncio's call graph introspection.
#include "asyncio/call_graph.h"

#include "asyncio/futures.h"
#include "py/runtime.h"

// The runtime future of a Future or Task (a subclass's too); TypeError otherwise.
static void* future_of(mp_obj_t obj) {
    mp_obj_t native = mp_obj_cast_to_native_base(obj, MP_OBJ_FROM_PTR(&lsp_type_Future));
    if (native == MP_OBJ_NULL || LSP_FUTURE_PTR(native) == NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("a Future or Task is required"));
    }
    return LSP_FUTURE_PTR(native);
}

// _lsgraph.awaited_by(future): the Tasks and Futures awaiting it now.
static mp_obj_t graph_awaited_by(mp_obj_t future_in) {
    void* future = future_of(future_in);
    size_t n = lsb_awaited_by(future, NULL, 0);
    void** awaiters = m_new(void*, n ? n : 1);
    n = lsb_awaited_by(future, awaiters, n);
    mp_obj_t out = mp_obj_new_tuple(n, NULL);
    mp_obj_tuple_t* items = MP_OBJ_TO_PTR(out);
    for (size_t i = 0; i < n; ++i) { items->items[i] = lsp_future_obj(awaiters[i]); }
    return out;
}
static MP_DEFINE_CONST_FUN_OBJ_1(graph_awaited_by_obj, graph_awaited_by);

// _lsgraph.exception(future): what it finished with, not marked retrieved.
static mp_obj_t graph_exception(mp_obj_t future_in) {
    void* e = lsb_future_peek_exception(future_of(future_in));
    return e != NULL ? MP_OBJ_FROM_PTR(e) : mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(graph_exception_obj, graph_exception);

static const mp_rom_map_elem_t graph_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__lsgraph)},
    {MP_ROM_QSTR(MP_QSTR_awaited_by), MP_ROM_PTR(&graph_awaited_by_obj)},
    {MP_ROM_QSTR(MP_QSTR_exception), MP_ROM_PTR(&graph_exception_obj)},
};
static MP_DEFINE_CONST_DICT(graph_globals, graph_globals_table);

const mp_obj_module_t lsp_module_graph = {
    .base = {&mp_type_module},
    .globals = (mp_obj_dict_t*)&graph_globals,
};

MP_REGISTER_MODULE(MP_QSTR__lsgraph, lsp_module_graph);
