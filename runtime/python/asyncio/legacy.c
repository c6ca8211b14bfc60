// asyncio of an older Python (see legacy.h): shim/_asyncio_legacy.py made the module `asyncio`.
#include "asyncio/legacy.h"

#include "py/builtin.h"
#include "py/runtime.h"

void* lsp_asyncio_legacy_install(int version) {
    if (version >= 311) { return NULL; }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t module =
            mp_import_name(qstr_from_str("_asyncio_legacy"), mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        mp_obj_dict_store(MP_OBJ_FROM_PTR(&MP_STATE_VM(mp_loaded_modules_dict)),
                          MP_OBJ_NEW_QSTR(MP_QSTR_asyncio), module);
        nlr_pop();
        return NULL;
    }
    return nlr.ret_val;
}
