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

// The last traceback made, for the exception it was made for: an exception unwinding through
// frames that each ask for its traceback (a `with` hands it to __exit__ at every level, patch
// 0300) gains entries only at the outer end, so the next one links the new outer entries to the
// one made before instead of making them all again (CPython's traceback grows the same way).
// The entries it covered are checked by count and checksum (an exception's traceback can be
// cleared and grown again).
MP_REGISTER_ROOT_POINTER(mp_obj_t lsp_traceback_cache);  // (exc, traceback, count, checksum) or NULL

static mp_int_t entries_checksum(const size_t* values, size_t n) {
    mp_uint_t sum = 0;
    for (size_t i = 0; i < n; ++i) { sum = sum * 1000003u + values[i]; }
    return (mp_int_t)(sum & 0x3fffffff);  // a small int on every port (31-bit on wasm)
}

static mp_obj_t make_traceback(mp_obj_t exc, size_t n, const size_t* values) {
    size_t count = n / 3;
    size_t reused = 0;
    mp_obj_t start = mp_const_none;
    mp_obj_t cache = MP_STATE_VM(lsp_traceback_cache);
    if (cache != MP_OBJ_NULL) {
        mp_obj_tuple_t* c = MP_OBJ_TO_PTR(cache);
        size_t cached = (size_t)MP_OBJ_SMALL_INT_VALUE(c->items[2]);
        if (c->items[0] == exc && cached <= count &&
            MP_OBJ_SMALL_INT_VALUE(c->items[3]) == entries_checksum(values, 3 * cached)) {
            reused = cached;
            start = c->items[1];
        }
    }
    // Entries were added as the exception unwound (innermost first): the new ones, outermost first.
    mp_obj_tuple_t* entries = MP_OBJ_TO_PTR(mp_obj_new_tuple(count - reused, NULL));
    for (size_t k = 0; k < count - reused; ++k) {
        size_t i = n - 3 * (k + 1);
        qstr block = (qstr)values[i + 2];
        mp_obj_t entry[3] = {
            MP_OBJ_NEW_QSTR((qstr)values[i]),
            MP_OBJ_NEW_SMALL_INT(values[i + 1]),
            block == MP_QSTRnull ? mp_const_none : MP_OBJ_NEW_QSTR(block),
        };
        entries->items[k] = mp_obj_new_tuple(3, entry);
    }
    mp_obj_t tb = mp_call_function_2(frame_objects_function(MP_QSTR_chain), MP_OBJ_FROM_PTR(entries), start);
    mp_obj_t record[4] = {exc, tb, MP_OBJ_NEW_SMALL_INT(count),
                          MP_OBJ_NEW_SMALL_INT(entries_checksum(values, n))};
    MP_STATE_VM(lsp_traceback_cache) = mp_obj_new_tuple(4, record);
    return tb;
}

void* lsp_traceback_object(void* exc_in) {
    mp_obj_t exc = (mp_obj_t)exc_in;
    size_t n = 0;
    size_t* values = NULL;
    mp_obj_exception_get_traceback(exc, &n, &values);
    // Reading a traceback never fails in CPython: out of stack or memory (an exception unwinding
    // at the recursion limit), the traceback is None rather than a new error replacing the one
    // being handled. Anything else (the step limit) goes on.
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t tb = make_traceback(exc, n, values);
        nlr_pop();
        return (void*)tb;
    }
    mp_obj_t error = MP_OBJ_FROM_PTR(nlr.ret_val);
    if (mp_obj_exception_match(error, MP_OBJ_FROM_PTR(&mp_type_RecursionError)) ||
        mp_obj_exception_match(error, MP_OBJ_FROM_PTR(&mp_type_MemoryError))) {
        return (void*)mp_const_none;
    }
    nlr_jump(nlr.ret_val);
}

void* lsp_function_code(void* function) {
    return (void*)mp_call_function_1(frame_objects_function(MP_QSTR_function_code), (mp_obj_t)function);
}
