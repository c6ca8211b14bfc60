// Where a Python task's coroutine is suspended (implemented in port/task_location.c).
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    const char* file;  // an interned string: valid while the interpreter state lives
    size_t file_len;
    uint32_t line;
} lsp_location_t;

// The innermost generator of `coro`'s await chain (walking into `await inner()` delegations) and
// the line it is suspended at. False if `coro` is not a suspended generator (running, finished,
// not started by a step yet, or not a generator).
bool lsp_task_location(void* coro, lsp_location_t* out);

// The name of the function whose coroutine `coro` is (an interned string), started or not. False if
// `coro` is not a coroutine made by an `async def` function.
bool lsp_coroutine_name(void* coro, const char** name, size_t* len);

#ifdef __cplusplus
}
#endif
