// Coroutine objects (patch 0120, port/coroutines.c): the names and reprs the core leaves to the port.
#ifndef LOOPSCOPE_PORT_COROUTINES_H
#define LOOPSCOPE_PORT_COROUTINES_H

#include "py/obj.h"

// The qualified name of a bytecode function's code, as CPython's co_qualname reads: a __qualname__
// the program set, else "Class.name" when a class of the function's module defines it, else the
// function's name (a nested function's "outer.<locals>." is not known here).
mp_obj_t lsp_code_qualname(mp_obj_t fun);

#endif
