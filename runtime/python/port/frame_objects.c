// Traceback, frame and code objects, as CPython's: exc.__traceback__ and sys.exc_info()[2] (a chain
// of traceback objects, outermost frame first, each with tb_frame, tb_lineno and tb_next), and a
// function's __code__ (co_name, co_filename, co_firstlineno, co_argcount, co_varnames, co_flags...).
// Patches 0229 asks for them through MICROPY_PY_EXCEPTION_TRACEBACK_OBJECT and
// MICROPY_PY_FUNCTION_CODE_OBJECT.
//
// The interpreter keeps no frame objects: an exception collects (file, line, function) entries as
// it unwinds, and a function's bytecode prelude names its parameters. shim/_frame_objects.py builds
// the objects from those, so that the traceback module's extract_tb / format_tb / walk_tb, and code
// that reads tb_lineno or __code__.co_argcount, work as in CPython.
#include "py/objexcept.h"
#include "py/objtuple.h"
#include "py/runtime.h"

#include "frame_objects.h"

static mp_obj_t frame_objects_function(qstr name) {
    mp_obj_t module = mp_import_name(MP_QSTR__frame_objects, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    return mp_load_attr(module, name);
}

void* lsp_traceback_object(void* exc_in) {
    mp_obj_t exc = (mp_obj_t)exc_in;
    size_t n = 0;
    size_t* values = NULL;
    mp_obj_exception_get_traceback(exc, &n, &values);
    size_t count = n / 3;
    mp_obj_tuple_t* entries = MP_OBJ_TO_PTR(mp_obj_new_tuple(count, NULL));
    // Entries are added as the exception unwinds (innermost first): reverse for outermost first.
    for (size_t k = 0; k < count; ++k) {
        size_t i = n - 3 * (k + 1);
        qstr block = (qstr)values[i + 2];
        mp_obj_t entry[3] = {
            MP_OBJ_NEW_QSTR((qstr)values[i]),
            MP_OBJ_NEW_SMALL_INT(values[i + 1]),
            block == MP_QSTRnull ? mp_const_none : MP_OBJ_NEW_QSTR(block),
        };
        entries->items[k] = mp_obj_new_tuple(3, entry);
    }
    return (void*)mp_call_function_1(frame_objects_function(MP_QSTR_chain), MP_OBJ_FROM_PTR(entries));
}

void* lsp_function_code(void* function) {
    return (void*)mp_call_function_1(frame_objects_function(MP_QSTR_function_code), (mp_obj_t)function);
}
