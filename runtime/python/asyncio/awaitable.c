// The native awaitables (see awaitable.h).
//
// Sections: The operation awaitable · An awaitable that is over at once · The step-function
//  awaitable.
#include "asyncio/awaitable.h"

#include <stdio.h>

#include "asyncio/futures.h"

#include "py/bc.h"
#include "py/objexcept.h"
#include "py/objgenerator.h"
#include "py/runtime.h"

enum { PHASE_NEW, PHASE_RUNNING, PHASE_OVER };

// ---- The operation awaitable ----------------------------------------------------------------------

// Runs op->step and marks the operation over when it ends or raises.
static mp_obj_t run_step(lsp_wait_op_t* op, void* waiter, mp_obj_t thrown) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = op->step(op, waiter, thrown);
        nlr_pop();
        if (r == MP_OBJ_STOP_ITERATION) { op->phase = PHASE_OVER; }
        return r;
    }
    op->phase = PHASE_OVER;
    nlr_jump(nlr.ret_val);
}

// Runs the next step; `thrown`: the exception thrown into the awaiting coroutine, or MP_OBJ_NULL.
static mp_obj_t wait_op_resume(mp_obj_t self_in, mp_obj_t thrown) {
    lsp_wait_op_t* op = MP_OBJ_TO_PTR(self_in);
    if (op->phase == PHASE_OVER) {
        if (thrown != MP_OBJ_NULL) { nlr_raise(thrown); }
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("cannot reuse already awaited coroutine"));
    }
    if (op->phase == PHASE_NEW && thrown != MP_OBJ_NULL) {
        // Thrown into before its first step (a task cancelled before it started): like a coroutine,
        // the exception comes out without the operation having done anything.
        op->phase = PHASE_OVER;
        nlr_raise(thrown);
    }
    if (op->phase == PHASE_RUNNING && op->waiter == MP_OBJ_NULL) {
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("await wasn't used with future"));
    }
    op->phase = PHASE_RUNNING;
    // The Future object (which holds the runtime future) is dropped here; nothing is collected
    // before the step is over (collections only happen at safe points).
    void* waiter = op->waiter != MP_OBJ_NULL ? lsp_py_to_future(MP_OBJ_TO_PTR(op->waiter)) : NULL;
    op->waiter = MP_OBJ_NULL;
    return run_step(op, waiter, thrown);
}

static mp_obj_t wait_op_iternext(mp_obj_t self_in) { return wait_op_resume(self_in, MP_OBJ_NULL); }

// throw(exc) / throw(type[, value]): what the task does to deliver a cancellation.
static mp_obj_t wait_op_throw(size_t n_args, const mp_obj_t* args) {
    mp_obj_t exc = args[1];
    if (mp_obj_is_type(exc, &mp_type_type)) {
        exc = n_args > 2 && args[2] != mp_const_none ? mp_call_function_1(exc, args[2])
                                                     : mp_call_function_0(exc);
    }
    if (!mp_obj_is_exception_instance(exc)) {
        mp_raise_TypeError(MP_ERROR_TEXT("exceptions must derive from BaseException"));
    }
    mp_obj_t r = wait_op_resume(args[0], exc);
    if (r == MP_OBJ_STOP_ITERATION) {
        // throw() that ends the operation normally: its result travels in StopIteration.
        mp_obj_t value = MP_STATE_THREAD(stop_iteration_arg);
        nlr_raise(
            mp_obj_new_exception_arg1(&mp_type_StopIteration, value == MP_OBJ_NULL ? mp_const_none : value));
    }
    return r;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(wait_op_throw_obj, 2, 4, wait_op_throw);

// "Lock.acquire": the target's type and the method the script called (made_by), found in the
// type's table; no allocation (this runs in the collector's sweep).
static size_t wait_op_name(const lsp_wait_op_t* op, char* buf, size_t size) {
    const mp_obj_type_t* type = mp_obj_get_type(op->target);
    size_t n = (size_t)snprintf(buf, size, "%s", qstr_str(type->name));
    mp_obj_t fn = op->made_by;
    if (fn != MP_OBJ_NULL && mp_obj_is_type(fn, &mp_type_bound_meth)) {
        fn = ((mp_obj_t*)MP_OBJ_TO_PTR(fn))[1];
    }  // the bound method's function
    if (fn != MP_OBJ_NULL && MP_OBJ_TYPE_HAS_SLOT(type, locals_dict)) {
        const mp_map_t* map = &((mp_obj_dict_t*)MP_OBJ_TYPE_GET_SLOT(type, locals_dict))->map;
        for (size_t i = 0; i < map->alloc; ++i) {
            if (map->table[i].value == fn && mp_obj_is_qstr(map->table[i].key)) {
                n += (size_t)snprintf(buf + n, n < size ? size - n : 0, ".%s",
                                      qstr_str(MP_OBJ_QSTR_VALUE(map->table[i].key)));
                break;
            }
        }
    }
    return n < size ? n : size - 1;
}

static mp_obj_t wait_op_del(mp_obj_t self_in) {
    lsp_wait_op_t* op = MP_OBJ_TO_PTR(self_in);
    if (mp_gen_track_unstarted || op->made_by != MP_OBJ_NULL) {
        char name[64];
        size_t len = wait_op_name(op, name, sizeof name);
        lsb_coroutine_finalised(op, op->phase == PHASE_NEW, name, len);
    }
    if (op->state != NULL) { lsp_owned_del_obj.fun._1(self_in); }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(wait_op_del_obj, wait_op_del);

static const mp_rom_map_elem_t wait_op_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&wait_op_del_obj)},
    {MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&wait_op_throw_obj)},
};
static MP_DEFINE_CONST_DICT(wait_op_locals_dict, wait_op_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(wait_op_type, MP_QSTR_coroutine, MP_TYPE_FLAG_ITER_IS_ITERNEXT, iter,
                                wait_op_iternext, locals_dict, &wait_op_locals_dict, protocol,
                                &lsp_native_awaitable);

mp_obj_t lsp_wait_op_new(lsp_wait_step_t step, mp_obj_t target, mp_obj_t arg, bool with_state) {
    const bool traced = mp_gen_track_unstarted;  // the never-awaited pitfall (patch 0101)
    lsp_wait_op_t* op = with_state || traced ? mp_obj_malloc_with_finaliser(lsp_wait_op_t, &wait_op_type)
                                             : mp_obj_malloc(lsp_wait_op_t, &wait_op_type);
    op->step = step;
    op->target = target;
    op->arg = arg;
    op->waiter = MP_OBJ_NULL;
    op->state = NULL;
    op->how = NULL;
    op->made_by = traced ? mp_vm_callee : MP_OBJ_NULL;
    op->phase = PHASE_NEW;
    if (traced) { lsb_coroutine_created(op); }
    return MP_OBJ_FROM_PTR(op);
}

mp_obj_t lsp_wait_op_wait(lsp_wait_op_t* op, void* future) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        op->waiter = lsp_adopt_future(future);
        nlr_pop();
        return op->waiter;
    }
    // No memory for the Future object. The runtime still has the waiter queued (and referenced):
    // let the operation clean up as if that error had interrupted the wait (its finish step raises
    // it again), so that no primitive keeps a waiter nobody will ever finish.
    mp_obj_t error = MP_OBJ_FROM_PTR(nlr.ret_val);
    op->step(op, future, error);
    nlr_raise(error);
}

bool lsp_is_wait_op(mp_obj_t obj) { return mp_obj_is_type(obj, &wait_op_type); }

// ---- An awaitable that is over at once ----------------------------------------------------------

static mp_obj_t done_iternext(mp_obj_t self_in) {
    (void)self_in;
    return mp_make_stop_iteration(mp_const_none);
}

static MP_DEFINE_CONST_OBJ_TYPE(done_awaitable_type, MP_QSTR_coroutine, MP_TYPE_FLAG_ITER_IS_ITERNEXT, iter,
                                done_iternext);

const mp_obj_base_t lsp_done_awaitable_obj = {&done_awaitable_type};

// ---- The step-function awaitable ---------------------------------------------------------------

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
                         stepper_iternext, locals_dict, &stepper_locals_dict, protocol,
                         &lsp_native_awaitable);

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
