// Task.get_stack(*, limit=None) and Task.print_stack(*, limit=None, file=None) (task_stacks.c),
// written in Python as CPython's base_tasks.py writes them (shim/_asyncio_base_tasks.py).
#pragma once
#include "bridge.h"

#ifndef __cplusplus

#include "py/obj.h"

extern const mp_obj_fun_builtin_var_t lsp_task_get_stack_obj;
extern const mp_obj_fun_builtin_var_t lsp_task_print_stack_obj;

#define LSP_TASK_STACK_METHODS                                             \
    {MP_ROM_QSTR(MP_QSTR_get_stack), MP_ROM_PTR(&lsp_task_get_stack_obj)}, \
        {MP_ROM_QSTR(MP_QSTR_print_stack), MP_ROM_PTR(&lsp_task_print_stack_obj)},

#endif
