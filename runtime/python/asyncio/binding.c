// The C helpers every asyncio unit uses (see binding.h).
#include "asyncio/binding.h"

#include "py/runtime.h"

NORETURN void lsp_raise_error(const lsb_error_t* e) { nlr_raise(lsp_exception_from_error(e)); }

void lsp_check(lsb_error_t e) {
    if (e.kind != LSB_OK) { lsp_raise_error(&e); }
}

void lsp_check_init_keywords(qstr init_owner, size_t n_args, size_t n_kw, const mp_obj_t* args,
                             const qstr* known, size_t n_known) {
    for (size_t i = 0; i < n_kw; ++i) {
        mp_obj_t key = args[n_args + 2 * i];
        bool found = false;
        for (size_t j = 0; j < n_known && !found; ++j) { found = key == MP_OBJ_NEW_QSTR(known[j]); }
        if (!found) {
            mp_raise_msg_varg(&mp_type_TypeError,
                              MP_ERROR_TEXT("%q.__init__() got an unexpected keyword argument '%q'"),
                              init_owner, mp_obj_str_get_qstr(key));
        }
    }
}

static mp_obj_t owned_del(mp_obj_t self_in) {
    lsp_owner_t* self = MP_OBJ_TO_PTR(self_in);
    if (self->owned != NULL) {
        lsb_owned_finalised(self->owned);
        self->owned = NULL;
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(lsp_owned_del_obj, owned_del);
