// Coroutine objects (patch 0120, port/coroutines.c): the names and reprs the core leaves to the port.
#ifndef LOOPSCOPE_PORT_COROUTINES_H
#define LOOPSCOPE_PORT_COROUTINES_H

#include "py/obj.h"

// The name (qualified: the __qualname__) a coroutine or async generator of a bytecode function has,
// as CPython takes it from the function: a name the program gave it (functools.wraps; on the one
// closure of the module's globals that wraps it), else "Class.name" when a class of the function's
// module defines it, else the function's name (a nested function's "outer.<locals>." is not known).
mp_obj_t lsp_code_name(mp_obj_t fun, bool qualified);

// Whether `obj` is a native awaitable that is a coroutine in CPython and never started: its name
// ("sleep", "Queue.get") and the object it holds (*held: wait_for's awaitable). Defined by
// asyncio/awaitable.c; the never-awaited warning (patch 0359) asks it.
bool lsp_awaitable_unawaited_name(mp_obj_t obj, char* buf, size_t size, size_t* len, mp_obj_t* held);

#endif
