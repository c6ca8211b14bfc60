// sys.getdefaultencoding(), sys.getfilesystemencoding() and sys.getfilesystemencodeerrors(): CPython
// 3.11's answers on Linux ('utf-8', 'utf-8', 'surrogateescape'). Strings here are always UTF-8, and
// the simulated file system names its files in UTF-8; scripts ask before encoding text by hand.
#include "py/runtime.h"

static mp_obj_t sys_getdefaultencoding(void) { return MP_OBJ_NEW_QSTR(MP_QSTR_utf_hyphen_8); }
MP_DEFINE_CONST_FUN_OBJ_0(lsp_sys_getdefaultencoding_obj, sys_getdefaultencoding);

static mp_obj_t sys_getfilesystemencoding(void) { return MP_OBJ_NEW_QSTR(MP_QSTR_utf_hyphen_8); }
MP_DEFINE_CONST_FUN_OBJ_0(lsp_sys_getfilesystemencoding_obj, sys_getfilesystemencoding);

static mp_obj_t sys_getfilesystemencodeerrors(void) { return MP_OBJ_NEW_QSTR(MP_QSTR_surrogateescape); }
MP_DEFINE_CONST_FUN_OBJ_0(lsp_sys_getfilesystemencodeerrors_obj, sys_getfilesystemencodeerrors);
