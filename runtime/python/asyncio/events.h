// Event loop policies (events.c, shim/_asyncio_events.py): asyncio.get_event_loop_policy,
// set_event_loop_policy, AbstractEventLoopPolicy, DefaultEventLoopPolicy.
//
// They are Python (the shim), reached through the asyncio module's __getattr__: a name the native
// tables do not have is looked up in the shim, so `asyncio.X` for a Python-written X costs nothing
// until it is used. DefaultEventLoopPolicy's methods are asyncio.get_event_loop / set_event_loop
// and asyncio.SelectorEventLoop(); a policy the script sets makes the loops of
// asyncio.new_event_loop() and asyncio.run() (its new_event_loop(), see asyncio/loop.c).
#pragma once

#ifndef __cplusplus  // The MicroPython side only (nothing in C++).

#include "asyncio/binding.h"

extern const mp_obj_fun_builtin_fixed_t lsp_asyncio_getattr_obj;

#define LSP_ASYNCIO_GLOBALS_EVENTS(X) X(__getattr__, MP_ROM_PTR(&lsp_asyncio_getattr_obj))

#endif
