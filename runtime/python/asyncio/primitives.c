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

static mp_obj_t phased_step(lsp_wait_op_t* op, void* waiter, mp_obj_t thrown) {
    const lsp_wait_phases_t* phases = op->how;
    void* owned = lsp_primitive(op->target);
    if (waiter == NULL) {
        void* w;
        lsp_check(phases->start(owned, &w));
        if (w != NULL) { return lsp_wait_op_wait(op, w); }
    } else {
        lsp_check(phases->finish(owned, waiter, MP_OBJ_TO_PTR(thrown)));
    }
    return lsp_wait_op_return(op->arg);
}

mp_obj_t lsp_primitive_wait(mp_obj_t self, const lsp_wait_phases_t* phases, mp_obj_t result) {
    mp_obj_t op = lsp_wait_op_new(phased_step, self, result, false);
    ((lsp_wait_op_t*)MP_OBJ_TO_PTR(op))->how = phases;
    return op;
}
