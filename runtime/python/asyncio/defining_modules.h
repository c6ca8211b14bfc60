// The modules CPython defines asyncio's classes in (`asyncio.locks`, `asyncio.exceptions`, ...): a
// native class names its module with `__module__` in its locals, so that `type(x)`, `__module__`
// and a traceback's last line read as CPython's (port/reprs.c, port/interp.c).
#pragma once

#include "py/obj.h"
#include "py/objstr.h"

// The names, for a class's own locals table.
extern const mp_obj_str_t lsp_module_asyncio_base_events, lsp_module_asyncio_events,
    lsp_module_asyncio_exceptions, lsp_module_asyncio_locks, lsp_module_asyncio_queues,
    lsp_module_asyncio_runners, lsp_module_asyncio_selector_events, lsp_module_asyncio_streams,
    lsp_module_asyncio_taskgroups, lsp_module_asyncio_timeouts, lsp_module_asyncio_unix_events;

// Locals holding only `__module__`, for classes that have no methods of their own (exceptions).
extern const mp_obj_dict_t lsp_locals_asyncio_base_events, lsp_locals_asyncio_events,
    lsp_locals_asyncio_exceptions, lsp_locals_asyncio_queues, lsp_locals_asyncio_selector_events;

#define LSP_MODULE_ENTRY(module) \
    { MP_ROM_QSTR(MP_QSTR___module__), MP_ROM_PTR(&lsp_module_##module) }

// __module__ of asyncio's function `name`: the module CPython 3.11 defines it in ("asyncio.tasks" for
// sleep, gather, create_task, ...; "_asyncio" for get_event_loop and get_running_loop).
mp_obj_t lsp_asyncio_function_module(qstr name);
