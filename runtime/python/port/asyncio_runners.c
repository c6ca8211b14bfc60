// asyncio.Runner (CPython 3.11 runners.py): a loop made on first use, several run() calls on it,
// close() cancels what is left and closes it. The runtime runner belongs to the session (it lives
// until the end of the script's run), so the object only keeps a pointer.
#include "asyncio_module.h"
#include "interp.h"
#include "py/builtin.h"
#include "py/runtime.h"

enum { RUNNER_CREATED, RUNNER_INITIALIZED, RUNNER_CLOSED };

typedef struct {
    mp_obj_base_t base;
    void* runner;  // aio::Runner* (owned by the session)
    void* loop;
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
    o->state = RUNNER_CREATED;
    return MP_OBJ_FROM_PTR(o);
}

static void runner_lazy_init(runner_obj_t* self) {
    if (self->state == RUNNER_CLOSED) {
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("Runner is closed"));
    }
    if (self->state == RUNNER_INITIALIZED) { return; }
    lsp_check(lsb_runner_new(&self->runner, &self->loop));
    lsb_set_event_loop(self->loop);
    self->state = RUNNER_INITIALIZED;
}

static const mp_obj_fun_builtin_var_t runner_run_obj;
static mp_obj_t runner_run(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    bool may_suspend = lsp_may_suspend(&runner_run_obj);
    (void)kw;  // context= is accepted and ignored (no contextvars)
    (void)n_args;
    runner_obj_t* self = runner_self(pos[0]);
    mp_obj_t coro = pos[1];
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
    void* result;
    lsb_error_t e = lsb_loop_run_until_complete(self->loop, MP_OBJ_TO_PTR(coro), true, may_suspend, &result);
    return lsp_result_or_suspend(e, result);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(runner_run_obj, 2, runner_run);

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
    {MP_ROM_QSTR(MP_QSTR_run), MP_ROM_PTR(&runner_run_obj)},
    {MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&runner_close_obj)},
    {MP_ROM_QSTR(MP_QSTR_get_loop), MP_ROM_PTR(&runner_get_loop_obj)},
    {MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&runner_enter_obj)},
    {MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&runner_exit_obj)},
};
static MP_DEFINE_CONST_DICT(runner_locals_dict, runner_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_Runner, MP_QSTR_Runner, MP_TYPE_FLAG_NONE, make_new, runner_make_new,
                         locals_dict, &runner_locals_dict);
