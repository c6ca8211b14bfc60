// asyncio.sleep (see sleep.h).
#include "asyncio/sleep.h"

#include "asyncio/awaitable.h"
#include "asyncio/futures.h"
#include "asyncio/loop.h"
#include "py/objgenerator.h"
#include "py/runtime.h"

// ---- sleep --------------------------------------------------------------------------------------
// sleep(delay, result=None) is an awaitable that also works as a task's coroutine
// (create_task(asyncio.sleep(1)) and gather(asyncio.sleep(1))): a bare yield for delay <= 0
// (what CPython's __sleep0 does), else it yields a runtime future that a timer completes.

typedef struct {
    mp_obj_base_t base;
    mp_float_t delay;
    mp_obj_t result;
    mp_obj_t future;  // MP_OBJ_NULL until the timer is armed
    uint8_t state;    // 0 not started, 1 waiting, 2 done
} sleep_obj_t;

static mp_obj_t sleep_iternext(mp_obj_t self_in) {
    sleep_obj_t* self = MP_OBJ_TO_PTR(self_in);
    if (self->state == 0) {
        self->state = 1;
        if (!(self->delay > 0)) {
            // a bare yield, loop or not: a coroutine driven by hand (coro.send(None)) sees None
            return mp_const_none;
        }
        void* f;
        lsp_check(lsb_sleep_future((double)self->delay, &f));
        self->future = lsp_adopt_future(f);
        return self->future;
    }
    if (self->state == 1) {
        self->state = 2;
        if (self->future != MP_OBJ_NULL) {
            void* value;
            lsp_check(lsb_future_result(LSP_FUTURE_PTR(self->future), &value));
        }
        return mp_make_stop_iteration(self->result);
    }
    mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("cannot reuse already awaited coroutine"));
}

// Only traced runs allocate sleeps with a finaliser (mp_gen_track_unstarted): one never awaited is
// the never-awaited pitfall.
static mp_obj_t sleep_del(mp_obj_t self_in) {
    sleep_obj_t* self = MP_OBJ_TO_PTR(self_in);
    static const char name[] = "sleep";
    lsb_coroutine_finalised(self, self->state == 0, name, sizeof name - 1);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(sleep_del_obj, sleep_del);

static const mp_rom_map_elem_t sleep_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&sleep_del_obj)},
};
static MP_DEFINE_CONST_DICT(sleep_locals_dict, sleep_locals_table);

// Named `coroutine`: asyncio.sleep() returns one in CPython.
static MP_DEFINE_CONST_OBJ_TYPE(sleep_type, MP_QSTR_coroutine, MP_TYPE_FLAG_ITER_IS_ITERNEXT, iter,
                                sleep_iternext, locals_dict, &sleep_locals_dict, protocol,
                                &lsp_native_awaitable);

static mp_obj_t asyncio_sleep(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    enum { ARG_delay, ARG_result };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_delay, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_result, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos, kw, MP_ARRAY_SIZE(allowed), allowed, args);
    sleep_obj_t* s = mp_gen_track_unstarted ? mp_obj_malloc_with_finaliser(sleep_obj_t, &sleep_type)
                                            : mp_obj_malloc(sleep_obj_t, &sleep_type);
    mp_obj_t delay = args[ARG_delay].u_obj;
    if (!mp_obj_is_int(delay) && !mp_obj_is_float(delay)) {
        // CPython's sleep starts with `if delay <= 0`: its TypeError for a str or None
        mp_binary_op(MP_BINARY_OP_LESS_EQUAL, delay, MP_OBJ_NEW_SMALL_INT(0));
    }
    s->delay = mp_obj_get_float(delay);
    s->result = args[ARG_result].u_obj;
    s->future = MP_OBJ_NULL;
    s->state = 0;
    if (mp_gen_track_unstarted) { lsb_coroutine_created(s); }
    return MP_OBJ_FROM_PTR(s);
}
MP_DEFINE_CONST_FUN_OBJ_KW(lsp_asyncio_sleep_obj, 0, asyncio_sleep);
