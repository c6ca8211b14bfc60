// asyncio of an older Python (legacy.c): a run whose EngineOptions::asyncio_version is below 3.11
// imports shim/_asyncio_legacy.py (3.7's asyncio over the built-in module) and makes it the module
// `import asyncio` finds; and Task.all_tasks() / Task.current_task(), the classmethods 3.9 removed.
// Adds no asyncio globals: the built-in module stays CPython 3.11's.
#pragma once
#include "bridge.h"

#ifdef __cplusplus
extern "C" {
#endif

// ---- C (legacy.c), called by the engine before the script runs ----
// `version` is major * 100 + minor (307, 311), the run's asyncio. Below 311: imports the legacy
// module and puts it in sys.modules["asyncio"]. Returns the exception that stopped it, or NULL.
void* lsp_asyncio_legacy_install(int version);

#ifdef __cplusplus
}  // extern "C"
#else  // The MicroPython side (C only).

#include "py/obj.h"

// Task.all_tasks(loop=None) and Task.current_task(loop=None): asyncio.all_tasks() and
// asyncio.current_task() under asyncio 3.7; under 3.11 calling them raises the AttributeError a
// lookup raises in CPython 3.11 (they are in the type's table, so hasattr() finds them).
MP_DECLARE_CONST_CLASSMETHOD_OBJ(lsp_task_all_tasks_obj);
MP_DECLARE_CONST_CLASSMETHOD_OBJ(lsp_task_current_task_obj);

#define LSP_TASK_LEGACY_METHODS                                            \
    {MP_ROM_QSTR(MP_QSTR_all_tasks), MP_ROM_PTR(&lsp_task_all_tasks_obj)}, \
        {MP_ROM_QSTR(MP_QSTR_current_task), MP_ROM_PTR(&lsp_task_current_task_obj)},

#endif
