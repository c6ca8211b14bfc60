// asyncio of an older Python (see legacy.h): shim/_asyncio_legacy.py made the module `asyncio`,
// and the Task classmethods of 3.6-3.8.
#include "asyncio/legacy.h"

#include "py/builtin.h"
#include "py/runtime.h"

static int asyncio_version = 311;  // this run's (set before the script runs)

void* lsp_asyncio_legacy_install(int version) {
    asyncio_version = version;
    if (version >= 311) { return NULL; }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t module =
            mp_import_name(qstr_from_str("_asyncio_legacy"), mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        mp_obj_dict_store(MP_OBJ_FROM_PTR(&MP_STATE_VM(mp_loaded_modules_dict)),
                          MP_OBJ_NEW_QSTR(MP_QSTR_asyncio), module);
        nlr_pop();
        return NULL;
    }
    return nlr.ret_val;
}

// Task.<name>(loop=None) is asyncio.<name>(loop) (pos[0] is the class). 3.7 also warned with a
// PendingDeprecationWarning, which CPython's default filters do not show.
static mp_obj_t task_classmethod(qstr name, size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    if (asyncio_version >= 311) {
        mp_raise_msg_varg(&mp_type_AttributeError,
                          MP_ERROR_TEXT("type object '_asyncio.Task' has no attribute '%q'"), name);
    }
    static const mp_arg_t allowed[] = {{MP_QSTR_loop, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}}};
    mp_arg_val_t loop;
    mp_arg_parse_all(n_args - 1, pos + 1, kw, 1, allowed, &loop);
    mp_obj_t module = mp_import_name(MP_QSTR_asyncio, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    mp_obj_t fn = mp_load_attr(module, name);
    return loop.u_obj == mp_const_none ? mp_call_function_0(fn) : mp_call_function_1(fn, loop.u_obj);
}

static mp_obj_t task_all_tasks(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    return task_classmethod(MP_QSTR_all_tasks, n_args, pos, kw);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(task_all_tasks_fun_obj, 1, task_all_tasks);
MP_DEFINE_CONST_CLASSMETHOD_OBJ(lsp_task_all_tasks_obj, MP_ROM_PTR(&task_all_tasks_fun_obj));

static mp_obj_t task_current_task(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    return task_classmethod(MP_QSTR_current_task, n_args, pos, kw);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(task_current_task_fun_obj, 1, task_current_task);
MP_DEFINE_CONST_CLASSMETHOD_OBJ(lsp_task_current_task_obj, MP_ROM_PTR(&task_current_task_fun_obj));
