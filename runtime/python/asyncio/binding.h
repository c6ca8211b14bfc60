// What every unit of the asyncio binding needs on the C side (binding.c): raising the Python
// exception of a bridge error, and the row macro of the tables module.c assembles.
//
// Each unit (asyncio/<unit>.{h,c,cpp}) declares in its header the C⇄C++ boundary it adds and the
// lists of what it puts into the module, as CPython's submodules declare __all__:
//   LSP_ASYNCIO_GLOBALS_<UNIT>(X)     names in `asyncio`
//   LSP_ASYNCIO_EXCEPTIONS_<UNIT>(X)  names in `asyncio.exceptions`
//   LSP_LOOP_METHODS_<UNIT>(X)        methods of the event loop object
// each entry X(name, rom_value). The build collects every list of every asyncio/*.h into
// <build>/runtime/python/generated/asyncio_units.h (CMakeLists.txt), which module.c includes: a
// new unit edits no central file.
#pragma once

#include "bridge.h"
#include "error_object.h"
#include "py/obj.h"

// Raises the Python exception an lsb_error_t stands for.
NORETURN void lsp_raise_error(const lsb_error_t* e);
// Raises if `e` is not LSB_OK.
void lsp_check(lsb_error_t e);
// CPython's TypeError for a keyword a class's __init__ does not take, checked before the
// arguments are parsed: "Queue.__init__() got an unexpected keyword argument 'loop'" (the
// primitives lost loop= in 3.10). `known` holds the n_known keywords `init_owner`'s __init__ takes.
void lsp_check_init_keywords(qstr init_owner, size_t n_args, size_t n_kw, const mp_obj_t* args,
                             const qstr* known, size_t n_known);

// The one ownership path on the C side: every Python object that owns a C++ object (a PyOwned:
// a primitive, a queue, a handle or stream box, an operation's state...) starts with these two
// fields and lists lsp_owned_del_obj as its __del__, which hands the object to
// lsb_owned_finalised (bridge.h); allocate it with mp_obj_malloc_with_finaliser.
typedef struct {
    mp_obj_base_t base;
    void* owned;  // NULL once handed back
} lsp_owner_t;
MP_DECLARE_CONST_FUN_OBJ_1(lsp_owned_del_obj);

// asyncio's functions that CPython 3.11 writes in Python (sleep, gather, run, create_task...; not
// get_event_loop and get_running_loop, _asyncio's builtins there): native functions whose type is
// named `function` as CPython's `type(asyncio.sleep)`, printed `<function sleep at 0x...>`, with
// __name__, __qualname__ and __module__ (binding.c). Laid out and called as a built-in function of
// variable arguments (mp_obj_fun_builtin_var_t), so a call costs what it did.
extern const mp_obj_type_t lsp_type_asyncio_function;
#define LSP_DEFINE_ASYNCIO_FUNCTION_KW(obj_name, n_args_min, fun_name)                                     \
    const mp_obj_fun_builtin_var_t obj_name = {{&lsp_type_asyncio_function},                               \
                                               MP_OBJ_FUN_MAKE_SIG(n_args_min, MP_OBJ_FUN_ARGS_MAX, true), \
                                               .fun.kw = fun_name}
#define LSP_DEFINE_ASYNCIO_FUNCTION_VAR_BETWEEN(obj_name, n_args_min, n_args_max, fun_name)        \
    const mp_obj_fun_builtin_var_t obj_name = {{&lsp_type_asyncio_function},                       \
                                               MP_OBJ_FUN_MAKE_SIG(n_args_min, n_args_max, false), \
                                               .fun.var = fun_name}
// One whose parameters also go by keyword (params_: MP_FUN_PARAMS, which names them in errors).
#define LSP_DEFINE_ASYNCIO_FUNCTION_PARAMS(obj_name, n_args_min, n_args_max, fun_name, params_)    \
    const mp_obj_fun_builtin_var_t obj_name = {{&lsp_type_asyncio_function},                       \
                                               MP_OBJ_FUN_MAKE_SIG(n_args_min, n_args_max, false), \
                                               .fun.var = fun_name,                                \
                                               .params = params_}

// One row of a module or locals table from an X(name, rom_value) list entry.
#define LSP_TABLE_ROW(name, value) {MP_ROM_QSTR(MP_QSTR_##name), value},

// Where reprs place CPython's own library files (`coro=<sleep() running at
// /usr/lib/python3.11/asyncio/tasks.py:649>`), as shim/_asyncio_log.py does.
#define LSP_CPYTHON_LIB "/usr/lib/python3.11/"
