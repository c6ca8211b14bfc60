// loop.add_signal_handler / remove_signal_handler (see signals.h).
#include "asyncio/signals.h"

#include "asyncio/loop.h"
#include "py/runtime.h"

// _asyncio_signals.<name>, imported on first use.
static mp_obj_t shim_function(qstr name) {
    mp_obj_t module = mp_import_name(MP_QSTR__asyncio_signals, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    return mp_load_attr(module, name);
}

// loop.add_signal_handler(sig, callback, *args)
static mp_obj_t loop_add_signal_handler(size_t n_args, const mp_obj_t* args) {
    lsp_loop_from_obj(args[0]);  // a loop object, else TypeError
    return mp_call_function_n_kw(shim_function(MP_QSTR_add_signal_handler), n_args, 0, args);
}
MP_DEFINE_CONST_FUN_OBJ_VAR(lsp_loop_add_signal_handler_obj, 3, loop_add_signal_handler);

// loop.remove_signal_handler(sig) -> bool
static mp_obj_t loop_remove_signal_handler(mp_obj_t self, mp_obj_t sig) {
    lsp_loop_from_obj(self);
    return mp_call_function_2(shim_function(MP_QSTR_remove_signal_handler), self, sig);
}
MP_DEFINE_CONST_FUN_OBJ_2(lsp_loop_remove_signal_handler_obj, loop_remove_signal_handler);
