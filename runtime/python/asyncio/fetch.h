// loopscope.fetch (fetch.c: the internal module `_lsfetch` under shim/loopscope.py; fetch.cpp:
// aio::fetch completing an asyncio.Future). Adds no asyncio globals.
#pragma once
#include "bridge.h"

#ifdef __cplusplus
extern "C" {
#endif

// ---- C++ (fetch.cpp) and C (fetch.c) ----
// Starts aio::fetch(url) on the running loop; `future` (an asyncio.Future's runtime future) gets
// (status, "status text\nurl\nname: value...", body bytes) or an OSError.
lsb_error_t lsb_fetch_start(const char* url, size_t len, void* future);
// Made in C on the loop thread; NULL if out of memory.
void* lsp_fetch_result(int status, const char* meta, size_t meta_len, const char* body, size_t body_len);
void* lsp_fetch_error(const char* message, size_t len);

#ifdef __cplusplus
}  // extern "C"
#else  // The MicroPython side (C only).

#include "asyncio/binding.h"

#endif
