// The exceptions of asyncio.exceptions that the runtime's own errors become (see exceptions.h).
#include "asyncio/exceptions.h"

#include "asyncio/defining_modules.h"

#include "py/objexcept.h"
#include "py/runtime.h"

// ---- Exceptions ---------------------------------------------------------------------------------

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_CancelledError, MP_QSTR_CancelledError, MP_TYPE_FLAG_NONE, make_new,
                         mp_obj_exception_make_new, print, mp_obj_exception_print, attr,
                         mp_obj_exception_attr, locals_dict, &lsp_locals_asyncio_exceptions, parent,
                         &mp_type_BaseException);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_InvalidStateError, MP_QSTR_InvalidStateError, MP_TYPE_FLAG_NONE, make_new,
                         mp_obj_exception_make_new, print, mp_obj_exception_print, attr,
                         mp_obj_exception_attr, locals_dict, &lsp_locals_asyncio_exceptions, parent,
                         &mp_type_Exception);

// What loop.sendfile() raises when the transport cannot send a file (CPython: a RuntimeError).
MP_DEFINE_CONST_OBJ_TYPE(lsp_type_SendfileNotAvailableError, MP_QSTR_SendfileNotAvailableError,
                         MP_TYPE_FLAG_NONE, make_new, mp_obj_exception_make_new, print,
                         mp_obj_exception_print, attr, mp_obj_exception_attr, locals_dict,
                         &lsp_locals_asyncio_exceptions, parent, &mp_type_RuntimeError);

// The builtin TimeoutError (an OSError, as in CPython 3.11; asyncio.TimeoutError is the same class).
MP_DEFINE_CONST_OBJ_TYPE(lsp_type_TimeoutError, MP_QSTR_TimeoutError, MP_TYPE_FLAG_NONE, make_new,
                         mp_obj_exception_make_new, print, mp_obj_exception_print, attr,
                         mp_obj_exception_attr, parent, &mp_type_OSError);

bool lsp_is_cancelled_error(void* obj) {
    mp_obj_t o = MP_OBJ_FROM_PTR(obj);
    return mp_obj_is_exception_instance(o) &&
           mp_obj_exception_match(o, MP_OBJ_FROM_PTR(&lsp_type_CancelledError));
}
