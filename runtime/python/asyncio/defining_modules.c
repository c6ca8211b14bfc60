// The modules CPython defines asyncio's classes in: see defining_modules.h.
#include "asyncio/defining_modules.h"

#include "py/objstr.h"

// A qstr cannot hold the dot, so the names are string objects.
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_base_events, "asyncio.base_events");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_events, "asyncio.events");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_exceptions, "asyncio.exceptions");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_locks, "asyncio.locks");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_queues, "asyncio.queues");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_runners, "asyncio.runners");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_selector_events, "asyncio.selector_events");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_streams, "asyncio.streams");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_taskgroups, "asyncio.taskgroups");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_timeouts, "asyncio.timeouts");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_unix_events, "asyncio.unix_events");

#define MODULE_ONLY_LOCALS(module)                                                \
    static const mp_rom_map_elem_t module##_table[] = {LSP_MODULE_ENTRY(module)}; \
    MP_DEFINE_CONST_DICT(lsp_locals_##module, module##_table)

MODULE_ONLY_LOCALS(asyncio_base_events);
MODULE_ONLY_LOCALS(asyncio_events);
MODULE_ONLY_LOCALS(asyncio_exceptions);
MODULE_ONLY_LOCALS(asyncio_queues);
MODULE_ONLY_LOCALS(asyncio_selector_events);
