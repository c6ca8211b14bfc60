// The step-function awaitable (see asyncio_stepper.h).
#include "asyncio_stepper.h"

#include "py/runtime.h"

static mp_obj_t stepper_iternext(mp_obj_t self_in) {
    lsp_stepper_t* self = MP_OBJ_TO_PTR(self_in);
    if (self->step == NULL) {
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("cannot reuse already awaited coroutine"));
    }
    mp_obj_t out = self->step(self, MP_OBJ_NULL);
    if (out == MP_OBJ_STOP_ITERATION) {
        self->step = NULL;
        return mp_make_stop_iteration(self->result);
    }
    return out;
}

// throw(exc): the step function sees the exception; finishing from here means raising
// StopIteration(value), which the VM's `yield from` turns into the await's value.
static mp_obj_t stepper_throw(size_t n_args, const mp_obj_t* args) {
    lsp_stepper_t* self = MP_OBJ_TO_PTR(args[0]);
    mp_obj_t exc = args[1];
    if (mp_obj_is_type(exc, &mp_type_type)) { exc = mp_call_function_0(exc); }
    if (self->step == NULL) { nlr_raise(exc); }
    mp_obj_t out = self->step(self, exc);
    if (out == MP_OBJ_STOP_ITERATION) {
        self->step = NULL;
        nlr_raise(mp_obj_new_exception_arg1(&mp_type_StopIteration, self->result));
    }
    return out;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(stepper_throw_obj, 2, 4, stepper_throw);

static const mp_rom_map_elem_t stepper_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&stepper_throw_obj)},
};
static MP_DEFINE_CONST_DICT(stepper_locals_dict, stepper_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_stepper, MP_QSTR_coroutine, MP_TYPE_FLAG_ITER_IS_ITERNEXT, iter,
                         stepper_iternext, locals_dict, &stepper_locals_dict);

mp_obj_t lsp_stepper_new(lsp_step_fn step, mp_obj_t a, mp_obj_t b, mp_obj_t c) {
    lsp_stepper_t* s = mp_obj_malloc(lsp_stepper_t, &lsp_type_stepper);
    s->step = step;
    s->result = mp_const_none;
    s->a = a;
    s->b = b;
    s->c = c;
    s->p = NULL;
    s->state = 0;
    return MP_OBJ_FROM_PTR(s);
}

static mp_obj_t ready_step(lsp_stepper_t* self, mp_obj_t thrown) {
    if (thrown != MP_OBJ_NULL) { nlr_raise(thrown); }
    self->result = self->a;
    return MP_OBJ_STOP_ITERATION;
}

mp_obj_t lsp_ready_awaitable(mp_obj_t value) {
    return lsp_stepper_new(ready_step, value, MP_OBJ_NULL, MP_OBJ_NULL);
}
