// Async generators and the loop (see asyncgens.h): the registry of unfinished async generators per
// loop and loop.shutdown_asyncgens() (written in Python: shim/_asyncio_asyncgens.py).
#include "asyncio/asyncgens.h"

#include "asyncio/loop.h"
#include "py/objtuple.h"
#include "py/runtime.h"

// {async generator: its loop's object}, in first-iteration order; created on first use.
MP_REGISTER_ROOT_POINTER(mp_obj_t lsp_asyncgens);

static mp_obj_dict_t* registry(bool create) {
    if (MP_STATE_VM(lsp_asyncgens) == MP_OBJ_NULL) {
        if (!create) { return NULL; }
        MP_STATE_VM(lsp_asyncgens) = mp_obj_new_dict(0);
    }
    return MP_OBJ_TO_PTR(MP_STATE_VM(lsp_asyncgens));
}

void lsp_asyncgen_first_iteration(mp_obj_t agen) {
    void* loop = lsb_running_loop();
    if (loop == NULL) { return; }  // driven by hand (agen.asend(None).send(None)): no loop's
    mp_obj_dict_store(MP_OBJ_FROM_PTR(registry(true)), agen, lsp_loop_obj(loop));
}

void lsp_asyncgen_finished(mp_obj_t agen) {
    mp_obj_dict_t* r = registry(false);
    if (r == NULL) { return; }
    mp_map_lookup(&r->map, agen, MP_MAP_LOOKUP_REMOVE_IF_FOUND);
}

// The unfinished async generators of `loop_obj`, taken out of the registry (a list; NULL if none).
static mp_obj_t take_asyncgens(mp_obj_t loop_obj) {
    mp_obj_dict_t* r = registry(false);
    if (r == NULL || r->map.used == 0) { return MP_OBJ_NULL; }
    mp_obj_t taken = mp_obj_new_list(0, NULL);
    for (size_t i = 0; i < r->map.alloc; ++i) {
        if (mp_map_slot_is_filled(&r->map, i) && r->map.table[i].value == loop_obj) {
            mp_obj_list_append(taken, r->map.table[i].key);
        }
    }
    size_t n;
    mp_obj_t* items;
    mp_obj_list_get(taken, &n, &items);
    if (n == 0) { return MP_OBJ_NULL; }
    for (size_t i = 0; i < n; ++i) { mp_map_lookup(&r->map, items[i], MP_MAP_LOOKUP_REMOVE_IF_FOUND); }
    return taken;
}

static mp_obj_t shutdown_coroutine(mp_obj_t loop_obj) {
    mp_obj_t agens = take_asyncgens(loop_obj);
    mp_obj_t module = mp_import_name(MP_QSTR__asyncio_asyncgens, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    mp_obj_t fn = mp_load_attr(module, MP_QSTR_shutdown_asyncgens);
    return mp_call_function_2(fn, loop_obj, agens == MP_OBJ_NULL ? mp_obj_new_list(0, NULL) : agens);
}

// loop.shutdown_asyncgens(): a coroutine, as CPython's.
static mp_obj_t loop_shutdown_asyncgens(mp_obj_t self) {
    lsp_loop_from_obj(self);  // a loop object, else TypeError
    return shutdown_coroutine(self);
}
MP_DEFINE_CONST_FUN_OBJ_1(lsp_loop_shutdown_asyncgens_obj, loop_shutdown_asyncgens);

void* lsp_asyncgen_shutdown(void* loop, void** error) {
    *error = NULL;
    mp_obj_dict_t* r = registry(false);
    if (r == NULL || r->map.used == 0) { return NULL; }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t loop_obj = lsp_loop_obj(loop);
        mp_obj_t coro = MP_OBJ_NULL;
        bool any = false;
        for (size_t i = 0; i < r->map.alloc && !any; ++i) {
            any = mp_map_slot_is_filled(&r->map, i) && r->map.table[i].value == loop_obj;
        }
        if (any) { coro = shutdown_coroutine(loop_obj); }
        nlr_pop();
        return coro == MP_OBJ_NULL ? NULL : MP_OBJ_TO_PTR(coro);
    }
    *error = nlr.ret_val;
    return NULL;
}
