// Builtin exception classes CPython 3.11 has and MicroPython lacks (scripts catch them by name):
// ModuleNotFoundError, UnboundLocalError, UnicodeEncodeError/DecodeError/TranslateError, ConnectionError and its subclasses, BrokenPipeError, BlockingIOError, InterruptedError, and the file-system errors of the in-memory
// file system (shim/_lsfs.py): FileNotFoundError, FileExistsError, IsADirectoryError,
// NotADirectoryError, PermissionError; ProcessLookupError, ChildProcessError. Registered as builtins in mpconfigport.h.
#include "py/builtin.h"
#include "py/obj.h"
#include "py/objexcept.h"
#include "py/runtime.h"

#include "asyncio/exceptions.h"  // the builtin TimeoutError

#define LSP_DEFINE_ERROR(c_name, py_name, base)                                                              \
    MP_DEFINE_CONST_OBJ_TYPE(c_name, py_name, MP_TYPE_FLAG_NONE, make_new, mp_obj_exception_make_new, print, \
                             mp_obj_exception_print, attr, mp_obj_exception_attr, parent, base)

LSP_DEFINE_ERROR(lsp_type_ConnectionError, MP_QSTR_ConnectionError, &mp_type_OSError);
LSP_DEFINE_ERROR(lsp_type_BrokenPipeError, MP_QSTR_BrokenPipeError, &lsp_type_ConnectionError);
LSP_DEFINE_ERROR(lsp_type_ConnectionAbortedError, MP_QSTR_ConnectionAbortedError, &lsp_type_ConnectionError);
LSP_DEFINE_ERROR(lsp_type_ConnectionRefusedError, MP_QSTR_ConnectionRefusedError, &lsp_type_ConnectionError);
LSP_DEFINE_ERROR(lsp_type_ConnectionResetError, MP_QSTR_ConnectionResetError, &lsp_type_ConnectionError);
// The codec errors: UnicodeEncodeError/UnicodeDecodeError(encoding, object, start, end, reason)
// print CPython's message and carry its attributes (shim/codecs.py raises subclasses of these).
// (lsp_type_UnicodeDecodeError is declared with the other builtins in mpconfigport.h)
static bool codec_error_fields(const mp_obj_exception_t* e, bool decode) {
    if (e->args == NULL || e->args->len != 5) { return false; }
    mp_obj_t* a = e->args->items;
    mp_buffer_info_t buf;
    bool object_ok =
        decode ? (!mp_obj_is_str(a[1]) && mp_get_buffer(a[1], &buf, MP_BUFFER_READ)) : mp_obj_is_str(a[1]);
    return mp_obj_is_str(a[0]) && object_ok && mp_obj_is_small_int(a[2]) && mp_obj_is_small_int(a[3]) &&
           mp_obj_is_str(a[4]);
}

static void codec_error_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_exception_t* e = MP_OBJ_TO_PTR(self_in);
    mp_print_kind_t k = kind & ~PRINT_EXC_SUBCLASS;
    bool decode =
        mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(e->base.type), MP_OBJ_FROM_PTR(&lsp_type_UnicodeDecodeError));
    if (k == PRINT_REPR || !codec_error_fields(e, decode)) {
        mp_obj_exception_print(print, self_in, kind);
        return;
    }
    if (!(kind & PRINT_EXC_SUBCLASS) && k == PRINT_EXC) {
        mp_printf(print, "%q: ", (qstr)e->base.type->name);
    }
    mp_obj_t* a = e->args->items;
    const char* encoding = mp_obj_str_get_str(a[0]);
    mp_int_t start = MP_OBJ_SMALL_INT_VALUE(a[2]);
    mp_int_t end = MP_OBJ_SMALL_INT_VALUE(a[3]);
    const char* reason = mp_obj_str_get_str(a[4]);
    mp_int_t len = mp_obj_get_int(mp_obj_len(a[1]));
    if (start >= 0 && start < len && end == start + 1) {
        if (decode) {
            mp_buffer_info_t buf;
            mp_get_buffer_raise(a[1], &buf, MP_BUFFER_READ);
            mp_printf(print, "'%s' codec can't decode byte 0x%02x in position %d: %s", encoding,
                      ((const byte*)buf.buf)[start], (int)start, reason);
        } else {
            mp_obj_t ch = mp_obj_subscr(a[1], MP_OBJ_NEW_SMALL_INT(start), MP_OBJ_SENTINEL);
            mp_int_t c = mp_obj_get_int(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_builtin_ord_obj), ch));
            const char* form = c <= 0xff ? "'%s' codec can't encode character '\\x%02x' in position %d: %s"
                               : c <= 0xffff
                                   ? "'%s' codec can't encode character '\\u%04x' in position %d: %s"
                                   : "'%s' codec can't encode character '\\U%08x' in position %d: %s";
            mp_printf(print, form, encoding, (unsigned)c, (int)start, reason);
        }
        return;
    }
    mp_printf(print, "'%s' codec can't %s %s in position %d-%d: %s", encoding, decode ? "decode" : "encode",
              decode ? "bytes" : "characters", (int)start, (int)(end - 1), reason);
}

static void codec_error_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    mp_obj_exception_t* e = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_NULL && e->args != NULL && e->args->len == 5) {
        mp_obj_t* a = e->args->items;
        switch (attr) {
            case MP_QSTR_encoding: dest[0] = a[0]; return;
            case MP_QSTR_object: dest[0] = a[1]; return;
            case MP_QSTR_start: dest[0] = a[2]; return;
            case MP_QSTR_end: dest[0] = a[3]; return;
            case MP_QSTR_reason: dest[0] = a[4]; return;
            default: break;
        }
    }
    mp_obj_exception_attr(self_in, attr, dest);
}

#define LSP_DEFINE_CODEC_ERROR(c_name, py_name)                                                              \
    MP_DEFINE_CONST_OBJ_TYPE(c_name, py_name, MP_TYPE_FLAG_NONE, make_new, mp_obj_exception_make_new, print, \
                             codec_error_print, attr, codec_error_attr, parent, &mp_type_UnicodeError)
LSP_DEFINE_CODEC_ERROR(lsp_type_UnicodeEncodeError, MP_QSTR_UnicodeEncodeError);
LSP_DEFINE_CODEC_ERROR(lsp_type_UnicodeDecodeError, MP_QSTR_UnicodeDecodeError);
LSP_DEFINE_ERROR(lsp_type_UnicodeTranslateError, MP_QSTR_UnicodeTranslateError, &mp_type_UnicodeError);
// What a missing module raises (patch 0219): CPython's ImportError subclass.
LSP_DEFINE_ERROR(lsp_type_ModuleNotFoundError, MP_QSTR_ModuleNotFoundError, &mp_type_ImportError);
// A local read before it is assigned (patch 0262).
LSP_DEFINE_ERROR(lsp_type_UnboundLocalError, MP_QSTR_UnboundLocalError, &mp_type_NameError);
// What a non-blocking socket raises instead of waiting (shim/socket.py).
LSP_DEFINE_ERROR(lsp_type_BlockingIOError, MP_QSTR_BlockingIOError, &mp_type_OSError);
LSP_DEFINE_ERROR(lsp_type_InterruptedError, MP_QSTR_InterruptedError, &mp_type_OSError);

// The file-system errors print as CPython's OSError does: FileNotFoundError(2, 'No such file or
// directory', 'x.txt') reads "[Errno 2] No such file or directory: 'x.txt'" and its args, errno,
// strerror, filename (and filename2, the fifth argument, shown after " -> ") are CPython's.
// MicroPython's own OSError print needs its errno table (MICROPY_PY_ERRNO, off here).
static bool oserror_has_errno(const mp_obj_exception_t* e) {
    return e->args != NULL && e->args->len >= 2 && e->args->len <= 5 && mp_obj_is_int(e->args->items[0]);
}

static void oserror_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_exception_t* e = MP_OBJ_TO_PTR(self_in);
    mp_print_kind_t k = kind & ~PRINT_EXC_SUBCLASS;
    if (!oserror_has_errno(e)) {
        mp_obj_exception_print(print, self_in, kind);
        return;
    }
    if (!(kind & PRINT_EXC_SUBCLASS) && (k == PRINT_REPR || k == PRINT_EXC)) {
        mp_print_str(print, qstr_str(e->base.type->name));
    }
    if (k == PRINT_REPR) {
        mp_print_str(print, "(");
        mp_obj_print_helper(print, e->args->items[0], PRINT_REPR);
        mp_print_str(print, ", ");
        mp_obj_print_helper(print, e->args->items[1], PRINT_REPR);
        mp_print_str(print, ")");
        return;
    }
    if (k == PRINT_EXC) { mp_print_str(print, ": "); }
    mp_printf(print, "[Errno %d] ", (int)mp_obj_get_int(e->args->items[0]));
    mp_obj_print_helper(print, e->args->items[1], PRINT_STR);
    if (e->args->len >= 3 && e->args->items[2] != mp_const_none) {
        mp_print_str(print, ": ");
        mp_obj_print_helper(print, e->args->items[2], PRINT_REPR);
        if (e->args->len == 5 && e->args->items[4] != mp_const_none) {
            mp_print_str(print, " -> ");
            mp_obj_print_helper(print, e->args->items[4], PRINT_REPR);
        }
    }
}

static void oserror_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    mp_obj_exception_t* e = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_NULL && oserror_has_errno(e)) {
        size_t n = e->args->len;
        switch (attr) {
            case MP_QSTR_args: dest[0] = mp_obj_new_tuple(n > 2 ? 2 : n, e->args->items); return;
            case MP_QSTR_errno: dest[0] = e->args->items[0]; return;
            case MP_QSTR_strerror: dest[0] = e->args->items[1]; return;
            case MP_QSTR_filename: dest[0] = n >= 3 ? e->args->items[2] : mp_const_none; return;
            case MP_QSTR_filename2: dest[0] = n == 5 ? e->args->items[4] : mp_const_none; return;
            default: break;
        }
    }
    mp_obj_exception_attr(self_in, attr, dest);
}

#define LSP_DEFINE_OSERROR(c_name, py_name)                                                                  \
    MP_DEFINE_CONST_OBJ_TYPE(c_name, py_name, MP_TYPE_FLAG_NONE, make_new, mp_obj_exception_make_new, print, \
                             oserror_print, attr, oserror_attr, parent, &mp_type_OSError)

LSP_DEFINE_OSERROR(lsp_type_FileNotFoundError, MP_QSTR_FileNotFoundError);
LSP_DEFINE_OSERROR(lsp_type_FileExistsError, MP_QSTR_FileExistsError);
LSP_DEFINE_OSERROR(lsp_type_IsADirectoryError, MP_QSTR_IsADirectoryError);
LSP_DEFINE_OSERROR(lsp_type_NotADirectoryError, MP_QSTR_NotADirectoryError);
LSP_DEFINE_OSERROR(lsp_type_PermissionError, MP_QSTR_PermissionError);
// What os.kill and os.waitpid raise for a process that does not exist (shim/os.__init__.py).
LSP_DEFINE_OSERROR(lsp_type_ProcessLookupError, MP_QSTR_ProcessLookupError);
LSP_DEFINE_OSERROR(lsp_type_ChildProcessError, MP_QSTR_ChildProcessError);

// The OSError subclass of an errno (Linux numbers), as OSError(errno, strerror) makes it (patch
// 0227): OSError itself for the others.
const mp_obj_type_t* lsp_oserror_subclass(mp_int_t errno_value) {
    switch (errno_value) {
        case 1:   // EPERM
        case 13:  // EACCES
            return &lsp_type_PermissionError;
        case 2: return &lsp_type_FileNotFoundError;   // ENOENT
        case 3: return &lsp_type_ProcessLookupError;  // ESRCH
        case 4: return &lsp_type_InterruptedError;    // EINTR
        case 10: return &lsp_type_ChildProcessError;  // ECHILD
        case 11:                                      // EAGAIN (EWOULDBLOCK)
        case 114:                                     // EALREADY
        case 115:                                     // EINPROGRESS
            return &lsp_type_BlockingIOError;
        case 17: return &lsp_type_FileExistsError;     // EEXIST
        case 20: return &lsp_type_NotADirectoryError;  // ENOTDIR
        case 21: return &lsp_type_IsADirectoryError;   // EISDIR
        case 32:                                       // EPIPE
        case 108:                                      // ESHUTDOWN
            return &lsp_type_BrokenPipeError;
        case 103: return &lsp_type_ConnectionAbortedError;  // ECONNABORTED
        case 104: return &lsp_type_ConnectionResetError;    // ECONNRESET
        case 110: return &lsp_type_TimeoutError;            // ETIMEDOUT
        case 111: return &lsp_type_ConnectionRefusedError;  // ECONNREFUSED
        default: return &mp_type_OSError;
    }
}
