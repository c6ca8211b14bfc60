// asyncio of an older Python (legacy.c): a run whose EngineOptions::asyncio_version is below 3.11
// imports shim/_asyncio_legacy.py (3.7's asyncio over the built-in module) and makes it the module
// `import asyncio` finds. Adds no asyncio globals: the built-in module stays CPython 3.11's.
#pragma once
#include "bridge.h"

#ifdef __cplusplus
extern "C" {
#endif

// ---- C (legacy.c), called by the engine before the script runs ----
// `version` is major * 100 + minor (307, 311). Below 311: imports the legacy module and puts it in
// sys.modules["asyncio"]. Returns the exception that stopped it, or NULL.
void* lsp_asyncio_legacy_install(int version);

#ifdef __cplusplus
}  // extern "C"
#endif
