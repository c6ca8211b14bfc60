// asyncio.sleep (see sleep.h).
#include "asyncio/sleep.h"

#include "asyncio/awaitable.h"
#include "asyncio/futures.h"
#include "asyncio/loop.h"
#include "py/runtime.h"

// ---- sleep --------------------------------------------------------------------------------------
// sleep(delay, result=None) is an awaitable that also works as a task's coroutine
// (create_task(asyncio.sleep(1)) and gather(asyncio.sleep(1))): a bare yield for delay <= 0
// (what CPython's __sleep0 does), else it yields a runtime future that a timer completes.

// a: the delay (an int or a float), b: the result.
static mp_obj_t sleep_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) {
    if (thrown != MP_OBJ_NULL) {
        if (waited != NULL && !lsb_future_done(waited)) {
            // CPython's `finally: h.cancel()` (a cancelled task has cancelled it already)
            bool cancelled;
            lsb_future_cancel(waited, NULL, 0, false, &cancelled);
        }
        nlr_raise(thrown);
    }
    if (aw->stage == 0) {
        aw->stage = 1;
        mp_obj_t delay = aw->a;
        if (mp_obj_is_small_int(delay) ? MP_OBJ_SMALL_INT_VALUE(delay) <= 0
                                       : !(mp_obj_get_float(delay) > 0)) {
            // a bare yield, loop or not: a coroutine driven by hand (coro.send(None)) sees None
            return mp_const_none;
        }
        void* f;
        lsp_check(lsb_sleep_future((double)mp_obj_get_float(delay), &f));
        return lsp_await_future(aw, f);
    }
    if (waited != NULL) {
        void* value;
        lsp_check(lsb_future_result(waited, &value));
    }
    return lsp_await_return(aw->b);
}

// CPython 3.11.7's tasks.py: `async def sleep` (637), `await __sleep0()` (640), `return await future` (649)
const lsp_awaitable_site_t lsp_site_sleep = {sleep_step, "sleep", LSP_CPYTHON_LIB "asyncio/tasks.py",
                                             637,        649,     640};

static mp_obj_t asyncio_sleep(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    enum { ARG_delay, ARG_result };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_delay, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_result, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos, kw, MP_ARRAY_SIZE(allowed), allowed, args);
    mp_obj_t delay = args[ARG_delay].u_obj;
    if (!mp_obj_is_int(delay) && !mp_obj_is_float(delay)) {
        // CPython's sleep starts with `if delay <= 0`: its TypeError for a str or None
        mp_binary_op(MP_BINARY_OP_LESS_EQUAL, delay, MP_OBJ_NEW_SMALL_INT(0));
        delay = mp_obj_new_float(mp_obj_get_float(delay));  // a bool: what it counts as
    }
    mp_obj_t s = lsp_awaitable_new(sleep_step, delay, args[ARG_result].u_obj, LSP_AWAIT_TRACKED);
    lsp_awaitable_t* aw = MP_OBJ_TO_PTR(s);
    aw->made_by = MP_OBJ_NEW_QSTR(MP_QSTR_sleep);  // never awaited: 'sleep'
    return s;
}
LSP_DEFINE_ASYNCIO_FUNCTION_KW(lsp_asyncio_sleep_obj, 0, asyncio_sleep);
