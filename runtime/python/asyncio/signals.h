// Signals and the loop (signals.c): loop.add_signal_handler() / remove_signal_handler(), written in
// Python (shim/_asyncio_signals.py). The sandbox has no process to signal from outside: a signal
// arrives when the script raises it (signal.raise_signal, os.kill(os.getpid(), sig)), and its
// handler then runs as a callback of the loop, as CPython's unix event loop runs it.
#pragma once
#include "bridge.h"

#ifndef __cplusplus

#include "asyncio/binding.h"

extern const mp_obj_fun_builtin_var_t lsp_loop_add_signal_handler_obj;
extern const mp_obj_fun_builtin_fixed_t lsp_loop_remove_signal_handler_obj;

#define LSP_LOOP_METHODS_SIGNALS(X)                                     \
    X(add_signal_handler, MP_ROM_PTR(&lsp_loop_add_signal_handler_obj)) \
    X(remove_signal_handler, MP_ROM_PTR(&lsp_loop_remove_signal_handler_obj))

#endif
