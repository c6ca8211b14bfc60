// Task.get_stack / Task.print_stack (see task_stacks.h).
#include "asyncio/task_stacks.h"

#include "py/runtime.h"

// _asyncio_base_tasks.<name>(task, **kw): keyword-only arguments, as CPython's Task takes them.
static mp_obj_t call_shim(qstr name, size_t n_args, const mp_obj_t* args, mp_map_t* kw) {
    if (n_args > 1) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%q() takes no positional arguments"), name);
    }
    mp_obj_t module = mp_import_name(MP_QSTR__asyncio_base_tasks, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    mp_obj_t* call = m_new(mp_obj_t, 1 + 2 * kw->used);
    call[0] = args[0];
    size_t n_kw = 0;
    for (size_t i = 0; i < kw->alloc; ++i) {
        if (mp_map_slot_is_filled(kw, i)) {
            call[1 + 2 * n_kw] = kw->table[i].key;
            call[2 + 2 * n_kw] = kw->table[i].value;
            ++n_kw;
        }
    }
    return mp_call_function_n_kw(mp_load_attr(module, name), 1, n_kw, call);
}

static mp_obj_t task_get_stack(size_t n_args, const mp_obj_t* args, mp_map_t* kw) {
    return call_shim(MP_QSTR_get_stack, n_args, args, kw);
}
MP_DEFINE_CONST_FUN_OBJ_KW(lsp_task_get_stack_obj, 1, task_get_stack);

static mp_obj_t task_print_stack(size_t n_args, const mp_obj_t* args, mp_map_t* kw) {
    return call_shim(MP_QSTR_print_stack, n_args, args, kw);
}
MP_DEFINE_CONST_FUN_OBJ_KW(lsp_task_print_stack_obj, 1, task_print_stack);
