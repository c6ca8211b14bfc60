// _lsfetch: the native half of `loopscope.fetch` (shim/loopscope.py): the browser's fetch() for
// same-origin URLs as an asyncio future (aio::fetch, fetch.cpp).
#include "asyncio/fetch.h"

#include "asyncio/futures.h"
#include "py/objstr.h"
#include "py/runtime.h"

static mp_obj_t lsfetch_start(mp_obj_t url_in, mp_obj_t future_in) {
    size_t len;
    const char* url = mp_obj_str_get_data(url_in, &len);
    if (!mp_obj_is_exact_type(future_in, &lsp_type_Future)) {
        mp_raise_TypeError(MP_ERROR_TEXT("_lsfetch.start needs a future made by loop.create_future()"));
    }
    future_obj_t* f = MP_OBJ_TO_PTR(future_in);
    lsp_check(lsb_fetch_start(url, len, f->future));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(lsfetch_start_obj, lsfetch_start);

void* lsp_fetch_result(int status, const char* meta, size_t meta_len, const char* body, size_t body_len) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t items[3] = {
            mp_obj_new_int(status),
            mp_obj_new_str(meta, meta_len),
            mp_obj_new_bytes((const byte*)body, body_len),
        };
        mp_obj_t result = mp_obj_new_tuple(3, items);
        nlr_pop();
        return MP_OBJ_TO_PTR(result);
    }
    return NULL;
}

void* lsp_fetch_error(const char* message, size_t len) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t error = mp_obj_new_exception_arg1(&mp_type_OSError, mp_obj_new_str(message, len));
        nlr_pop();
        return MP_OBJ_TO_PTR(error);
    }
    return NULL;
}

static const mp_rom_map_elem_t lsfetch_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__lsfetch)},
    {MP_ROM_QSTR(MP_QSTR_start), MP_ROM_PTR(&lsfetch_start_obj)},
};
static MP_DEFINE_CONST_DICT(lsfetch_globals, lsfetch_globals_table);

const mp_obj_module_t lsp_module_lsfetch = {
    .base = {&mp_type_module},
    .globals = (mp_obj_dict_t*)&lsfetch_globals,
};

MP_REGISTER_MODULE(MP_QSTR__lsfetch, lsp_module_lsfetch);
