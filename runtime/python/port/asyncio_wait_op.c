// The awaitable of blocking primitive and queue operations (see asyncio_wait_op.h), the objects
// that own runtime primitives, and the exceptions of asyncio.locks / asyncio.queues.
#include "asyncio_wait_op.h"

#include "py/objexcept.h"
#include "py/runtime.h"

enum { PHASE_NEW, PHASE_RUNNING, PHASE_OVER };

// ---- Exceptions ---------------------------------------------------------------------------------

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_QueueEmpty, MP_QSTR_QueueEmpty, MP_TYPE_FLAG_NONE, make_new,
                         mp_obj_exception_make_new, print, mp_obj_exception_print, attr,
                         mp_obj_exception_attr, parent, &mp_type_Exception);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_QueueFull, MP_QSTR_QueueFull, MP_TYPE_FLAG_NONE, make_new,
                         mp_obj_exception_make_new, print, mp_obj_exception_print, attr,
                         mp_obj_exception_attr, parent, &mp_type_Exception);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_BrokenBarrierError, MP_QSTR_BrokenBarrierError, MP_TYPE_FLAG_NONE, make_new,
                         mp_obj_exception_make_new, print, mp_obj_exception_print, attr,
                         mp_obj_exception_attr, parent, &mp_type_RuntimeError);

void* lsp_primitive_exception(int kind, const char* message, size_t len) {
    static const mp_obj_type_t* const types[] = {
        &lsp_type_QueueEmpty,
        &lsp_type_QueueFull,
        &lsp_type_BrokenBarrierError,
    };
    if (kind < 0 || kind > 2) { return NULL; }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t e = message == NULL ? mp_obj_new_exception(types[kind])
                                     : mp_obj_new_exception_arg1(types[kind], mp_obj_new_str(message, len));
        nlr_pop();
        return MP_OBJ_TO_PTR(e);
    }
    return nlr.ret_val;  // the MemoryError raised while making it
}

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

static mp_obj_t primitive_del(mp_obj_t self_in) {
    lsp_primitive_obj_t* self = MP_OBJ_TO_PTR(self_in);
    if (self->owned != NULL) {
        lsb_owned_finalised(self->owned);
        self->owned = NULL;
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(lsp_primitive_del_obj, primitive_del);

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

static mp_obj_t wait_op_del(mp_obj_t self_in) {
    lsp_wait_op_t* op = MP_OBJ_TO_PTR(self_in);
    if (op->state != NULL) {
        lsb_owned_finalised(op->state);
        op->state = NULL;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(wait_op_del_obj, wait_op_del);

static const mp_rom_map_elem_t wait_op_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&wait_op_del_obj)},
    {MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&wait_op_throw_obj)},
};
static MP_DEFINE_CONST_DICT(wait_op_locals_dict, wait_op_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(wait_op_type, MP_QSTR_coroutine, MP_TYPE_FLAG_ITER_IS_ITERNEXT, iter,
                                wait_op_iternext, locals_dict, &wait_op_locals_dict);

mp_obj_t lsp_wait_op_new(lsp_wait_step_t step, mp_obj_t target, mp_obj_t arg, bool with_state) {
    lsp_wait_op_t* op = with_state ? mp_obj_malloc_with_finaliser(lsp_wait_op_t, &wait_op_type)
                                   : mp_obj_malloc(lsp_wait_op_t, &wait_op_type);
    op->step = step;
    op->target = target;
    op->arg = arg;
    op->waiter = MP_OBJ_NULL;
    op->state = NULL;
    op->phase = PHASE_NEW;
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
