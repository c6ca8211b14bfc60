// The C helpers every asyncio unit uses (see binding.h).
#include "asyncio/binding.h"

#include "py/runtime.h"

NORETURN void lsp_raise_error(const lsb_error_t* e) { nlr_raise(lsp_exception_from_error(e)); }

void lsp_check(lsb_error_t e) {
    if (e.kind != LSB_OK) { lsp_raise_error(&e); }
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
