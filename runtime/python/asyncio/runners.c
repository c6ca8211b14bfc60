// asyncio.Runner (CPython 3.11 runners.py): a loop made on first use, several run() calls on it,
// close() cancels what is left and closes it. The runtime runner belongs to the session (it lives
// until the end of the script's run), so the object only keeps a pointer.
#include "asyncio/runners.h"
#include "asyncio/defining_modules.h"

#include "asyncio/awaitable.h"
#include "asyncio/futures.h"
#include "asyncio/loop.h"
#include "contextvars.h"
#include "watchdog.h"
#include "py/bc.h"
#include "interp.h"
#include "py/builtin.h"
#include "py/runtime.h"

// What a blocking loop entry point returns: MP_OBJ_SUSPEND_VM for LSB_SUSPEND (the host runs the
// loop, port/main_program.c), else `result` after raising any other error.
static mp_obj_t lsp_result_or_suspend(lsb_error_t e, void* result) {
    lsp_watchdog_step_begin();  // the main program goes on after the loop ran: a new step
    if (e.kind == LSB_SUSPEND) { return MP_OBJ_SUSPEND_VM; }
    lsp_check(e);
    return MP_OBJ_FROM_PTR(result);
}

enum { RUNNER_CREATED, RUNNER_INITIALIZED, RUNNER_CLOSED };

typedef struct {
    mp_obj_base_t base;
    void* runner;  // aio::Runner* (owned by the session)
    void* loop;
    mp_obj_t context;  // the contextvars.Context every run() without context= runs in (CPython's)
    mp_obj_t debug;    // Runner(debug=): None leaves the loop's debug mode as it is
    int state;
} runner_obj_t;

static runner_obj_t* runner_self(mp_obj_t self_in) { return MP_OBJ_TO_PTR(self_in); }

static mp_obj_t runner_make_new(const mp_obj_type_t* type, size_t n_args, size_t n_kw, const mp_obj_t* args) {
    // Runner(*, debug=None, loop_factory=None): both accepted; a loop_factory is not supported.
    enum { ARG_debug, ARG_loop_factory };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_debug, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_loop_factory, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
    };
    mp_arg_val_t parsed[MP_ARRAY_SIZE(allowed)];
    mp_map_t kw_args;
    mp_map_init_fixed_table(&kw_args, n_kw, args + n_args);
    mp_arg_parse_all(n_args, args, &kw_args, MP_ARRAY_SIZE(allowed), allowed, parsed);
    if (parsed[ARG_loop_factory].u_obj != mp_const_none) {
        mp_raise_NotImplementedError(MP_ERROR_TEXT("Runner(loop_factory=...) is not supported"));
    }
    runner_obj_t* o = mp_obj_malloc(runner_obj_t, type);
    o->runner = NULL;
    o->loop = NULL;
    o->context = mp_const_none;
    o->debug = parsed[ARG_debug].u_obj;
    o->state = RUNNER_CREATED;
    return MP_OBJ_FROM_PTR(o);
}

static void loop_set_debug_of(void* loop, mp_obj_t debug) {
    mp_call_function_2(MP_OBJ_FROM_PTR(&lsp_loop_set_debug_obj), lsp_loop_obj(loop), debug);
}

static void runner_lazy_init(runner_obj_t* self) {
    if (self->state == RUNNER_CLOSED) {
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("Runner is closed"));
    }
    if (self->state == RUNNER_INITIALIZED) { return; }
    mp_obj_t contextvars = mp_import_name(MP_QSTR_contextvars, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    self->context = mp_call_function_0(mp_load_attr(contextvars, MP_QSTR_copy_context));
    lsp_check(lsb_runner_new(&self->runner, &self->loop));
    lsb_set_event_loop(self->loop);
    self->state = RUNNER_INITIALIZED;
    if (self->debug != mp_const_none) {  // as CPython's _lazy_init: loop.set_debug(debug)
        loop_set_debug_of(self->loop, self->debug);
    }
}

static const mp_obj_fun_builtin_var_t runner_run_obj;
static mp_obj_t runner_run(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    bool may_suspend = lsp_may_suspend(&runner_run_obj);
    // run(coro, *, context=None): one context for every run() that names none (its variables
    // carry over from one run to the next), as CPython's Runner.
    enum { ARG_self, ARG_coro, ARG_context };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_self, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_coro, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_context, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos, kw, MP_ARRAY_SIZE(allowed), allowed, args);
    runner_obj_t* self = runner_self(args[ARG_self].u_obj);
    mp_obj_t coro = args[ARG_coro].u_obj;
    if (!lsp_is_awaitable_coroutine(coro)) {
        mp_obj_t r = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_builtin_repr_obj), coro);
        mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("a coroutine was expected, got %s"),
                          mp_obj_str_get_str(r));
    }
    if (lsb_running_loop() != NULL) {
        mp_raise_msg(&mp_type_RuntimeError,
                     MP_ERROR_TEXT("Runner.run() cannot be called from a running event loop"));
    }
    runner_lazy_init(self);
    mp_obj_t context = args[ARG_context].u_obj == mp_const_none
                           ? self->context
                           : lsp_context_argument(args[ARG_context].u_obj);
    void* t;
    lsp_check(lsb_loop_create_task(self->loop, MP_OBJ_TO_PTR(coro), NULL, 0, false, false,
                                   MP_OBJ_TO_PTR(context), &t));
    mp_obj_t task = lsp_adopt_future(t);
    void* result;
    lsb_error_t e =
        lsb_loop_run_until_complete(self->loop, LSP_FUTURE_PTR(task), false, may_suspend, &result);
    return lsp_result_or_suspend(e, result);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(runner_run_obj, 0, runner_run);

static mp_obj_t close_runner(mp_obj_t self_in, bool may_suspend) {
    runner_obj_t* self = runner_self(self_in);
    if (self->state != RUNNER_INITIALIZED) { return mp_const_none; }
    self->state = RUNNER_CLOSED;
    lsb_error_t e = lsb_runner_close(self->runner, may_suspend);
    lsb_set_event_loop(NULL);
    return lsp_result_or_suspend(e, MP_OBJ_TO_PTR(mp_const_none));
}

static const mp_obj_fun_builtin_fixed_t runner_close_obj;
static mp_obj_t runner_close(mp_obj_t self_in) {
    return close_runner(self_in, lsp_may_suspend(&runner_close_obj));
}
static MP_DEFINE_CONST_FUN_OBJ_1(runner_close_obj, runner_close);

static mp_obj_t runner_get_loop(mp_obj_t self_in) {
    runner_obj_t* self = runner_self(self_in);
    runner_lazy_init(self);
    return lsp_loop_obj(self->loop);
}
static MP_DEFINE_CONST_FUN_OBJ_1(runner_get_loop_obj, runner_get_loop);

static mp_obj_t runner_enter(mp_obj_t self_in) {
    runner_lazy_init(runner_self(self_in));
    return self_in;
}
static MP_DEFINE_CONST_FUN_OBJ_1(runner_enter_obj, runner_enter);

static mp_obj_t runner_exit(size_t n_args, const mp_obj_t* args) {
    (void)n_args;
    close_runner(args[0], false);  // __exit__ runs from WITH_CLEANUP, which cannot suspend
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(runner_exit_obj, 4, 4, runner_exit);

static const mp_rom_map_elem_t runner_locals_table[] = {
    LSP_MODULE_ENTRY(asyncio_runners),
    {MP_ROM_QSTR(MP_QSTR_run), MP_ROM_PTR(&runner_run_obj)},
    {MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&runner_close_obj)},
    {MP_ROM_QSTR(MP_QSTR_get_loop), MP_ROM_PTR(&runner_get_loop_obj)},
    {MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&runner_enter_obj)},
    {MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&runner_exit_obj)},
};
static MP_DEFINE_CONST_DICT(runner_locals_dict, runner_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_Runner, MP_QSTR_Runner, MP_TYPE_FLAG_NONE, make_new, runner_make_new,
                         locals_dict, &runner_locals_dict);

// ---- asyncio.run, loop.run_until_complete, loop.run_forever ---------------------------------------

static mp_obj_t asyncio_run(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    bool may_suspend = lsp_may_suspend(&lsp_asyncio_run_obj);
    enum { ARG_main, ARG_debug };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_main, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_debug, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos, kw, MP_ARRAY_SIZE(allowed), allowed, args);
    if (lsb_asyncio_run_refused()) {
        mp_raise_msg(&mp_type_RuntimeError,
                     MP_ERROR_TEXT("asyncio.run() cannot be called from a running event loop"));
    }
    if (!lsp_is_awaitable_coroutine(args[ARG_main].u_obj)) {
        // CPython names the object by its repr: "got <function main at 0x...>", "got 42"
        vstr_t text;
        mp_print_t print;
        vstr_init_print(&text, 48, &print);
        mp_print_str(&print, "a coroutine was expected, got ");
        mp_obj_print_helper(&print, args[ARG_main].u_obj, PRINT_REPR);
        mp_raise_type_arg(&mp_type_ValueError, mp_obj_new_str_from_vstr(&text));
    }
    if (MP_STATE_VM(lsp_event_loop_policy) != MP_OBJ_NULL && !lsp_host_mode()) {
        // a policy the script set makes the loop: CPython's Runner over it (shim/_asyncio_events.py;
        // not in the page, where the loop can only run from the main program's own frames)
        mp_obj_t module = mp_import_name(MP_QSTR__asyncio_events, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        return mp_call_function_2(mp_load_attr(module, MP_QSTR_run_on_policy_loop), args[ARG_main].u_obj,
                                  args[ARG_debug].u_obj);
    }
    void* result;
    lsb_error_t e = lsb_asyncio_run(MP_OBJ_TO_PTR(args[ARG_main].u_obj),
                                    mp_obj_is_true(args[ARG_debug].u_obj), may_suspend, &result);
    return lsp_result_or_suspend(e, result);
}
LSP_DEFINE_ASYNCIO_FUNCTION_KW(lsp_asyncio_run_obj, 1, asyncio_run);

static mp_obj_t loop_run_until_complete(mp_obj_t self_in, mp_obj_t aw) {
    bool may_suspend = lsp_may_suspend(&lsp_loop_run_until_complete_obj);
    void* result;
    void* f = lsp_py_to_future(MP_OBJ_TO_PTR(aw));
    if (f != NULL) {
        lsb_error_t e =
            lsb_loop_run_until_complete(lsp_loop_from_obj(self_in), f, false, may_suspend, &result);
        return lsp_result_or_suspend(e, result);
    }
    // CPython's ensure_future(): a coroutine becomes the task, another awaitable (anext(gen), an
    // object with __await__) is awaited by one.
    if (!lsp_is_awaitable_coroutine(aw)) aw = lsp_awaitable_coroutine(aw);
    lsb_error_t e = lsb_loop_run_until_complete(lsp_loop_from_obj(self_in), MP_OBJ_TO_PTR(aw), true,
                                                may_suspend, &result);
    return lsp_result_or_suspend(e, result);
}
MP_DEFINE_CONST_FUN_OBJ_2(lsp_loop_run_until_complete_obj, loop_run_until_complete);

static mp_obj_t loop_run_forever(mp_obj_t self_in) {
    bool may_suspend = lsp_may_suspend(&lsp_loop_run_forever_obj);
    return lsp_result_or_suspend(lsb_loop_run_forever(lsp_loop_from_obj(self_in), may_suspend),
                                 MP_OBJ_TO_PTR(mp_const_none));
}
MP_DEFINE_CONST_FUN_OBJ_1(lsp_loop_run_forever_obj, loop_run_forever);

// ---- _lsnest: the native half of shim/nest_asyncio.py -------------------------------------------

static mp_obj_t lsnest_allow_nested_runs(void) {
    lsb_allow_nested_runs();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(lsnest_allow_nested_runs_obj, lsnest_allow_nested_runs);

static const mp_rom_map_elem_t lsnest_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__lsnest)},
    {MP_ROM_QSTR(MP_QSTR_allow_nested_runs), MP_ROM_PTR(&lsnest_allow_nested_runs_obj)},
};
static MP_DEFINE_CONST_DICT(lsnest_globals, lsnest_globals_table);

const mp_obj_module_t lsp_module_lsnest = {
    .base = {&mp_type_module},
    .globals = (mp_obj_dict_t*)&lsnest_globals,
};

MP_REGISTER_MODULE(MP_QSTR__lsnest, lsp_module_lsnest);
