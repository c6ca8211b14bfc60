// asyncio.TaskGroup (CPython 3.11 taskgroups.py) on aio::TaskGroup. __aexit__ is a native
// awaitable that drives the group's task-less exit: wait while tasks are left, hand a cancellation of the
// awaiting task to the group, then raise what the group decides (ExceptionGroup, CancelledError)
// or let the block's own exception go on.
#include "asyncio/taskgroups.h"
#include "asyncio/defining_modules.h"

#include "contextvars.h"

#include "asyncio/awaitable.h"
#include "asyncio/futures.h"
#include "py/objstr.h"
#include "py/builtin.h"
#include "py/runtime.h"

typedef struct {
    mp_obj_base_t base;
    void* owned;  // the aio::TaskGroup (lsp_owner_t)
} taskgroup_obj_t;

static void* tg_of(mp_obj_t self_in) { return ((taskgroup_obj_t*)MP_OBJ_TO_PTR(self_in))->owned; }

static mp_obj_t taskgroup_make_new(const mp_obj_type_t* type, size_t n_args, size_t n_kw,
                                   const mp_obj_t* args) {
    mp_arg_check_num(n_args, n_kw, 0, 0, false);
    taskgroup_obj_t* o = mp_obj_malloc_with_finaliser(taskgroup_obj_t, type);
    o->owned = NULL;
    o->owned = lsb_taskgroup_new();
    if (o->owned == NULL) { mp_raise_type(&mp_type_MemoryError); }
    return MP_OBJ_FROM_PTR(o);
}

// a: the TaskGroup. Entering happens when __aenter__()'s awaitable is awaited, as in CPython.
static mp_obj_t taskgroup_enter_step(lsp_awaitable_t* self, void* waited, mp_obj_t thrown) {
    (void)waited;
    (void)thrown;  // never seen: it is over at its first step
    lsp_check(lsb_taskgroup_enter(tg_of(self->a)));
    return lsp_await_return(self->a);
}

static mp_obj_t taskgroup_aenter(mp_obj_t self_in) {
    return lsp_awaitable_new(taskgroup_enter_step, self_in, MP_OBJ_NULL, 0);
}
static MP_DEFINE_CONST_FUN_OBJ_1(taskgroup_aenter_obj, taskgroup_aenter);

// a: the TaskGroup object, b: the exception that escaped the block (or None).
static mp_obj_t taskgroup_exit_step(lsp_awaitable_t* self, void* waited, mp_obj_t thrown) {
    (void)waited;  // the group's exit waiter
    void* tg = tg_of(self->a);
    if (self->stage == 0) {
        self->stage = 1;
        lsp_check(lsb_taskgroup_begin_exit(tg, self->b == mp_const_none ? NULL : MP_OBJ_TO_PTR(self->b)));
    }
    if (thrown != MP_OBJ_NULL) {
        if (!lsp_is_cancelled_error(MP_OBJ_TO_PTR(thrown))) { nlr_raise(thrown); }
        lsb_taskgroup_exit_cancelled(tg, MP_OBJ_TO_PTR(thrown));
    }
    void* w;
    lsp_check(lsb_taskgroup_exit_waiter(tg, &w));
    if (w != NULL) { return lsp_adopt_future(w); }
    lsp_check(lsb_taskgroup_finish_exit(tg));
    return lsp_await_return(mp_const_none);  // the block's own exception (if any) goes on
}

static mp_obj_t taskgroup_aexit(size_t n_args, const mp_obj_t* args) {
    (void)n_args;
    return lsp_awaitable_new(taskgroup_exit_step, args[0], args[2], 0);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(taskgroup_aexit_obj, 4, 4, taskgroup_aexit);

static mp_obj_t taskgroup_create_task(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    enum { ARG_coro, ARG_name, ARG_context };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_coro, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_name, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_context, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args - 1, pos + 1, kw, MP_ARRAY_SIZE(allowed), allowed, args);
    void* tg = tg_of(pos[0]);
    lsp_check(lsb_taskgroup_check(tg));
    mp_obj_t coro = args[ARG_coro].u_obj;
    if (!lsp_is_awaitable_coroutine(coro)) {
        mp_obj_t shown = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_builtin_repr_obj), coro);
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("a coroutine was expected, got %s"),
                          mp_obj_str_get_str(shown));
    }
    mp_obj_t name = args[ARG_name].u_obj;
    const char* text = NULL;
    size_t len = 0;
    if (name != mp_const_none) {
        if (!mp_obj_is_str(name)) { name = mp_obj_str_make_new(&mp_type_str, 1, 0, &name); }
        text = mp_obj_str_get_data(name, &len);
    }
    mp_obj_t context = lsp_context_argument(args[ARG_context].u_obj);
    void* t;
    // 3.11 names the task after creating it: a name still uses up a Task-N number.
    lsp_check(lsb_loop_create_task(lsb_taskgroup_loop(tg), MP_OBJ_TO_PTR(coro), text, len,
                                   name != mp_const_none, true, MP_OBJ_TO_PTR(context), &t));
    mp_obj_t task = lsp_adopt_future(t);
    lsp_check(lsb_taskgroup_add(tg, LSP_FUTURE_PTR(task)));
    return task;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(taskgroup_create_task_obj, 1, taskgroup_create_task);

static void taskgroup_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    size_t len;
    const char* text = lsb_taskgroup_repr(tg_of(self_in), &len);
    mp_print_strn(print, text, len, 0, ' ', 0);
}

static const mp_rom_map_elem_t taskgroup_locals_table[] = {
    LSP_MODULE_ENTRY(asyncio_taskgroups),
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&lsp_owned_del_obj)},
    {MP_ROM_QSTR(MP_QSTR___aenter__), MP_ROM_PTR(&taskgroup_aenter_obj)},
    {MP_ROM_QSTR(MP_QSTR___aexit__), MP_ROM_PTR(&taskgroup_aexit_obj)},
    {MP_ROM_QSTR(MP_QSTR_create_task), MP_ROM_PTR(&taskgroup_create_task_obj)},
};
static MP_DEFINE_CONST_DICT(taskgroup_locals_dict, taskgroup_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_TaskGroup, MP_QSTR_TaskGroup, MP_TYPE_FLAG_NONE, make_new,
                         taskgroup_make_new, print, taskgroup_print, locals_dict, &taskgroup_locals_dict);
