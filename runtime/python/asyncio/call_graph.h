// Python 3.14's call graph introspection (call_graph.c, call_graph.cpp; the functions are Python:
// shim/_asyncio_graph.py, served by the module's __getattr__): asyncio.capture_call_graph(),
// format_call_graph(), print_call_graph(), FutureCallGraph, FrameCallGraphEntry.
//
// What awaits a future comes from the runtime (aio/awaited_by.hpp: CPython's
// `_asyncio_awaited_by`, read from the future's done items); a task's stack from its coroutines'
// await chain (port/task_location.c). Both through the internal module `_lsgraph`:
//
//   _lsgraph.awaited_by(future) -> (Task or Future, ...) awaiting it now, in the order they began
//   _lsgraph.exception(future) -> the exception it finished with, else None; unlike exception()
//       it leaves "Task exception was never retrieved" to be reported (CPython's task._exception)
#pragma once
#include "bridge.h"

#ifdef __cplusplus
extern "C" {
#endif

// ---- C++ (call_graph.cpp) ----
// The runtime futures awaiting `future` into out[0..max); returns how many there are (may be more
// than max).
size_t lsb_awaited_by(void* future, void** out, size_t max);
// The exception `future` finished with (an mp_obj_t), without marking it retrieved; NULL if none
// (pending, cancelled, a result, or no memory to convert it).
void* lsb_future_peek_exception(void* future);

#ifdef __cplusplus
}  // extern "C"
#endif
