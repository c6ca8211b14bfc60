// Async generators and the loop (asyncgens.c): CPython's sys.set_asyncgen_hooks as the loop sets
// them. An async generator first iterated while a loop runs is that loop's until it finishes;
// loop.shutdown_asyncgens() closes (aclose()) those still unfinished, as asyncio.run and
// asyncio.Runner do at their end (asyncgens.cpp: install_asyncgen_shutdown puts it in a runner's
// close sequence; runners.cpp calls it on each runner it makes). Garbage collection does not finalize them earlier: MicroPython has no
// weak references, so the loop keeps them until they finish or it shuts them down.
#pragma once
#include "bridge.h"

#ifdef __cplusplus
extern "C" {
#endif

// The coroutine loop.shutdown_asyncgens() returns, or NULL when `loop` (an aio::EventLoop*) has no
// unfinished async generator; *error: the exception raised making it (then NULL is returned).
void* lsp_asyncgen_shutdown(void* loop, void** error);

#ifdef __cplusplus
}  // extern "C"

namespace aio {
class Runner;
}
namespace loopscope::python {
// runner.close() runs loop.shutdown_asyncgens() when the loop has unfinished async generators.
void install_asyncgen_shutdown(aio::Runner& runner);
}  // namespace loopscope::python
#else  // The MicroPython side (C only).

#include "asyncio/binding.h"

// port/asyncgen.c: an async generator's first step ran / it finished.
void lsp_asyncgen_first_iteration(mp_obj_t agen);
void lsp_asyncgen_finished(mp_obj_t agen);

extern const mp_obj_fun_builtin_fixed_t lsp_loop_shutdown_asyncgens_obj;

#define LSP_LOOP_METHODS_ASYNCGENS(X) X(shutdown_asyncgens, MP_ROM_PTR(&lsp_loop_shutdown_asyncgens_obj))

#endif
