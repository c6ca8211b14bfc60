// Notebook mode: the module body that awaits, run as the main task of an event loop (notebook.h).
#include "asyncio/notebook.h"

#include "asyncio/binding.h"
#include "asyncio/runners.h"
#include "watchdog.h"
#include "py/bc.h"
#include "py/runtime.h"

bool lsp_module_body_awaits(mp_obj_t module_fun) {
    // Only an awaiting module body compiles to a generator: `yield` outside a function is an error.
    return mp_obj_is_type(module_fun, &mp_type_gen_wrap);
}

mp_obj_t lsp_run_module_body(mp_obj_t module_fun, bool may_suspend) {
    lsb_toplevel_await_started();
    mp_obj_t body = mp_call_function_0(module_fun);  // the coroutine; nothing of the body runs yet
    void* result;
    lsb_error_t e = lsb_asyncio_run(MP_OBJ_TO_PTR(body), false, may_suspend, &result);
    lsp_watchdog_step_begin();
    if (e.kind == LSB_SUSPEND) { return MP_OBJ_SUSPEND_VM; }
    lsp_check(e);
    return MP_OBJ_FROM_PTR(result);
}
