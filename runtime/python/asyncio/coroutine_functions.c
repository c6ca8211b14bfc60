// asyncio.iscoroutinefunction (coroutine_functions.h).
#include "asyncio/coroutine_functions.h"

#include "asyncio/combinators.h"
#include "asyncio/sleep.h"
#include "asyncio/streams.h"
#include "asyncio/threads.h"
#include "py/objgenerator.h"
#include "py/runtime.h"

static const mp_obj_fun_builtin_var_t* const native_coroutine_functions[] = {
    &lsp_asyncio_sleep_obj,     &lsp_asyncio_wait_for_obj,        &lsp_asyncio_wait_obj,
    &lsp_asyncio_to_thread_obj, &lsp_asyncio_open_connection_obj, &lsp_asyncio_start_server_obj,
};

// An `async def` function (a method's function too; patch 0120 gives it a type of its own).
// py/objboundmeth.c keeps its layout private; this is MicroPython 1.25's.
typedef struct {
    mp_obj_base_t base;
    mp_obj_t meth;
    mp_obj_t self;
} lsp_bound_meth_t;

// py/objclosure.c's layout: the function comes first (an async def that closes over variables).
extern const mp_obj_type_t mp_type_closure;
typedef struct {
    mp_obj_base_t base;
    mp_obj_t fun;
} lsp_closure_head_t;

static mp_obj_t asyncio_iscoroutinefunction(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    static const mp_arg_t allowed[] = {{MP_QSTR_func, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}}};
    mp_arg_val_t args[1];
    mp_arg_parse_all(n_args, pos, kw, 1, allowed, args);
    mp_obj_t obj = args[0].u_obj;
    if (mp_obj_is_type(obj, &mp_type_bound_meth)) { obj = ((lsp_bound_meth_t*)MP_OBJ_TO_PTR(obj))->meth; }
    if (mp_obj_is_type(obj, &mp_type_closure)) { obj = ((lsp_closure_head_t*)MP_OBJ_TO_PTR(obj))->fun; }
    for (size_t i = 0; i < MP_ARRAY_SIZE(native_coroutine_functions); ++i) {
        if (MP_OBJ_TO_PTR(obj) == native_coroutine_functions[i]) { return mp_const_true; }
    }
    return mp_obj_new_bool(mp_obj_is_type(obj, &mp_type_coro_wrap));
}
LSP_DEFINE_ASYNCIO_FUNCTION_KW(lsp_asyncio_iscoroutinefunction_obj, 0, asyncio_iscoroutinefunction);
