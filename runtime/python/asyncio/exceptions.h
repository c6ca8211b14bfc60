// asyncio.exceptions (exceptions.c): CancelledError, InvalidStateError and the builtin TimeoutError
// (an OSError, as in CPython 3.11; asyncio.TimeoutError is the same class): what the runtime's
// aio::CancelledError, InvalidStateError and TimeoutError become (lsp_exception_from_error,
// port/interp.c); SendfileNotAvailableError, for scripts that name it. The other units' exception
// classes join asyncio.exceptions through their own LSP_ASYNCIO_EXCEPTIONS_* lists.
#pragma once

#include "py/obj.h"

extern const mp_obj_type_t lsp_type_CancelledError;
extern const mp_obj_type_t lsp_type_InvalidStateError;
extern const mp_obj_type_t lsp_type_TimeoutError;
extern const mp_obj_type_t lsp_type_SendfileNotAvailableError;

#define LSP_ASYNCIO_GLOBALS_EXCEPTIONS(X)                         \
    X(CancelledError, MP_ROM_PTR(&lsp_type_CancelledError))       \
    X(InvalidStateError, MP_ROM_PTR(&lsp_type_InvalidStateError)) \
    X(TimeoutError, MP_ROM_PTR(&lsp_type_TimeoutError))           \
    X(SendfileNotAvailableError, MP_ROM_PTR(&lsp_type_SendfileNotAvailableError))
#define LSP_ASYNCIO_EXCEPTIONS_EXCEPTIONS(X)                      \
    X(CancelledError, MP_ROM_PTR(&lsp_type_CancelledError))       \
    X(InvalidStateError, MP_ROM_PTR(&lsp_type_InvalidStateError)) \
    X(TimeoutError, MP_ROM_PTR(&lsp_type_TimeoutError))           \
    X(SendfileNotAvailableError, MP_ROM_PTR(&lsp_type_SendfileNotAvailableError))
