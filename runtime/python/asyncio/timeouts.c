// asyncio.timeout / timeout_at / Timeout (CPython 3.11 timeouts.py) on aio::Timeout. Entering and
// leaving never wait, but __aenter__ / __aexit__ are coroutines in CPython: each returns an
// awaitable that does its work when awaited (one never awaited does nothing).
#include "asyncio/timeouts.h"
#include "asyncio/defining_modules.h"

#include "asyncio/awaitable.h"
#include "asyncio/futures.h"
#include "py/objexcept.h"
#include "py/runtime.h"

typedef struct {
    mp_obj_base_t base;
    void* owned;  // the aio::Timeout (lsp_owner_t)
} timeout_obj_t;

static void* t_of(mp_obj_t self_in) { return ((timeout_obj_t*)MP_OBJ_TO_PTR(self_in))->owned; }

static mp_obj_t new_timeout(const mp_obj_type_t* type, mp_obj_t when) {
    timeout_obj_t* o = mp_obj_malloc_with_finaliser(timeout_obj_t, type);
    o->owned = NULL;
    o->owned =
        lsb_timeout_new(when != mp_const_none, when != mp_const_none ? (double)mp_obj_get_float(when) : 0.0);
    if (o->owned == NULL) { mp_raise_type(&mp_type_MemoryError); }
    return MP_OBJ_FROM_PTR(o);
}

static mp_obj_t timeout_make_new(const mp_obj_type_t* type, size_t n_args, size_t n_kw,
                                 const mp_obj_t* args) {
    mp_arg_check_num(n_args, n_kw, 1, 1, false);
    return new_timeout(type, args[0]);
}

static mp_obj_t timeout_when(mp_obj_t self_in) {
    double when;
    return lsb_timeout_when(t_of(self_in), &when) ? mp_obj_new_float(when) : mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(timeout_when_obj, timeout_when);

static mp_obj_t timeout_reschedule(mp_obj_t self_in, mp_obj_t when) {
    double w = when != mp_const_none ? (double)mp_obj_get_float(when) : 0.0;
    lsp_check(lsb_timeout_reschedule(t_of(self_in), when != mp_const_none, w));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(timeout_reschedule_obj, timeout_reschedule);

static mp_obj_t timeout_expired(mp_obj_t self_in) {
    return mp_obj_new_bool(lsb_timeout_expired(t_of(self_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(timeout_expired_obj, timeout_expired);

// a: the Timeout.
static mp_obj_t timeout_enter_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) {
    (void)waited;
    (void)thrown;  // never seen: it is over at its first step
    lsp_check(lsb_timeout_enter(t_of(aw->a)));
    return lsp_await_return(aw->a);
}

static mp_obj_t timeout_aenter(mp_obj_t self_in) {
    return lsp_awaitable_new(timeout_enter_step, self_in, MP_OBJ_NULL, 0);
}
static MP_DEFINE_CONST_FUN_OBJ_1(timeout_aenter_obj, timeout_aenter);

// a: the Timeout, b: the exception that escaped the block (or None).
static mp_obj_t timeout_exit_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) {
    (void)waited;
    (void)thrown;  // never seen: it is over at its first step
    mp_obj_t exc = aw->b;
    lsb_error_t e = lsb_timeout_exit(t_of(aw->a), exc == mp_const_none ? NULL : MP_OBJ_TO_PTR(exc));
    if (e.kind == LSB_TIMEOUT && exc != mp_const_none) {
        // CPython: `raise TimeoutError from exc_val` (the CancelledError the timeout caused).
        mp_obj_t timeout_error = lsp_exception_from_error(&e);
        mp_obj_exception_t* native = mp_obj_exception_native_or_null(timeout_error);
        if (native != NULL) {
            native->cause = exc;
            native->suppress_context = true;
        }
        nlr_raise(timeout_error);
    }
    lsp_check(e);
    return lsp_await_return(mp_const_none);  // the block's own exception (if any) goes on
}

static mp_obj_t timeout_aexit(size_t n_args, const mp_obj_t* args) {
    (void)n_args;
    return lsp_awaitable_new(timeout_exit_step, args[0], args[2], 0);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(timeout_aexit_obj, 4, 4, timeout_aexit);

static void timeout_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    size_t len;
    const char* text = lsb_timeout_repr(t_of(self_in), &len);
    mp_print_strn(print, text, len, 0, ' ', 0);
}

static const mp_rom_map_elem_t timeout_locals_table[] = {
    LSP_MODULE_ENTRY(asyncio_timeouts),
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&lsp_owned_del_obj)},
    {MP_ROM_QSTR(MP_QSTR_when), MP_ROM_PTR(&timeout_when_obj)},
    {MP_ROM_QSTR(MP_QSTR_reschedule), MP_ROM_PTR(&timeout_reschedule_obj)},
    {MP_ROM_QSTR(MP_QSTR_expired), MP_ROM_PTR(&timeout_expired_obj)},
    {MP_ROM_QSTR(MP_QSTR___aenter__), MP_ROM_PTR(&timeout_aenter_obj)},
    {MP_ROM_QSTR(MP_QSTR___aexit__), MP_ROM_PTR(&timeout_aexit_obj)},
};
static MP_DEFINE_CONST_DICT(timeout_locals_dict, timeout_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_Timeout, MP_QSTR_Timeout, MP_TYPE_FLAG_NONE, make_new, timeout_make_new,
                         print, timeout_print, locals_dict, &timeout_locals_dict);

// timeout(delay): a Timeout at loop.time() + delay (None: no deadline).
static mp_obj_t asyncio_timeout(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    static const mp_arg_t allowed[] = {{MP_QSTR_delay, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}}};
    mp_arg_val_t args[1];
    mp_arg_parse_all(n_args, pos, kw, 1, allowed, args);
    mp_obj_t delay = args[0].u_obj;
    if (delay == mp_const_none) { return new_timeout(&lsp_type_Timeout, mp_const_none); }
    double when;
    lsp_check(lsb_timeout_relative((double)mp_obj_get_float(delay), &when));
    return new_timeout(&lsp_type_Timeout, mp_obj_new_float(when));
}
LSP_DEFINE_ASYNCIO_FUNCTION_KW(lsp_asyncio_timeout_obj, 0, asyncio_timeout);

static mp_obj_t asyncio_timeout_at(size_t n_args, const mp_obj_t* args) {
    (void)n_args;
    return new_timeout(&lsp_type_Timeout, args[0]);
}
static const mp_rom_obj_t timeout_at_params_defaults[] = {MP_ROM_PTR(NULL)};
MP_FUN_PARAMS(timeout_at_params, MP_QSTR_timeout_at, MP_QSTR_when);
LSP_DEFINE_ASYNCIO_FUNCTION_PARAMS(lsp_asyncio_timeout_at_obj, 1, 1, asyncio_timeout_at, &timeout_at_params);
