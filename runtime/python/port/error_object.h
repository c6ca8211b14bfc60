// The Python exception object for a bridge error (C side only: uses MicroPython's types).
#pragma once

#include "bridge.h"
#include "py/obj.h"

// A Python object error is returned as it is; the other kinds build the matching exception
// (CancelledError, InvalidStateError, TimeoutError, ValueError, TypeError, MemoryError,
// RuntimeError) with the error's message. May raise (allocation).
mp_obj_t lsp_exception_from_error(const lsb_error_t* e);
