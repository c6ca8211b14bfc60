// The objects that own a runtime primitive or queue (see primitives.h).
#include "asyncio/primitives.h"

#include "py/runtime.h"

// ---- Primitive objects --------------------------------------------------------------------------

void* lsp_primitive(mp_obj_t self_in) {
    lsp_primitive_obj_t* self = MP_OBJ_TO_PTR(self_in);
    if (self->owned == NULL) {
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("primitive used after it was finalised"));
    }
    return self->owned;
}

mp_obj_t lsp_primitive_new(const mp_obj_type_t* type, void* owned) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        lsp_primitive_obj_t* o = mp_obj_malloc_with_finaliser(lsp_primitive_obj_t, type);
        o->owned = owned;
        o->lock = MP_OBJ_NULL;
        nlr_pop();
        return MP_OBJ_FROM_PTR(o);
    }
    lsb_owned_finalised(owned);  // no object to own it
    nlr_jump(nlr.ret_val);
}

// ---- Two-phase blocking methods --------------------------------------------------------------------

mp_obj_t lsp_phased_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown,
                         const lsp_wait_phases_t* phases) {
    void* owned = lsp_primitive(aw->a);
    if (waited == NULL) {
        void* w;
        lsp_check(phases->start(owned, &w));
        if (w != NULL) { return lsp_await_future(aw, w); }
    } else {
        lsp_check(phases->finish(owned, waited, MP_OBJ_TO_PTR(thrown)));
    }
    return lsp_await_return(aw->b);
}
