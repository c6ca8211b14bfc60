// Builtin exception classes CPython 3.11 has and MicroPython lacks (scripts catch them by name):
// ConnectionError and its subclasses, BrokenPipeError. Registered as builtins in mpconfigport.h.
#include "py/obj.h"
#include "py/objexcept.h"
#include "py/runtime.h"

#define LSP_DEFINE_ERROR(c_name, py_name, base)                                                              \
    MP_DEFINE_CONST_OBJ_TYPE(c_name, py_name, MP_TYPE_FLAG_NONE, make_new, mp_obj_exception_make_new, print, \
                             mp_obj_exception_print, attr, mp_obj_exception_attr, parent, base)

LSP_DEFINE_ERROR(lsp_type_ConnectionError, MP_QSTR_ConnectionError, &mp_type_OSError);
LSP_DEFINE_ERROR(lsp_type_BrokenPipeError, MP_QSTR_BrokenPipeError, &lsp_type_ConnectionError);
LSP_DEFINE_ERROR(lsp_type_ConnectionAbortedError, MP_QSTR_ConnectionAbortedError, &lsp_type_ConnectionError);
LSP_DEFINE_ERROR(lsp_type_ConnectionRefusedError, MP_QSTR_ConnectionRefusedError, &lsp_type_ConnectionError);
LSP_DEFINE_ERROR(lsp_type_ConnectionResetError, MP_QSTR_ConnectionResetError, &lsp_type_ConnectionError);
