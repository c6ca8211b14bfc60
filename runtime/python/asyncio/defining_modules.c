// The modules CPython defines asyncio's classes in: see defining_modules.h.
#include "asyncio/defining_modules.h"

#include "py/objstr.h"

// A qstr cannot hold the dot, so the names are string objects.
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_base_events, "asyncio.base_events");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_events, "asyncio.events");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_exceptions, "asyncio.exceptions");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_locks, "asyncio.locks");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_queues, "asyncio.queues");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_runners, "asyncio.runners");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_selector_events, "asyncio.selector_events");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_streams, "asyncio.streams");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_taskgroups, "asyncio.taskgroups");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_timeouts, "asyncio.timeouts");
const MP_DEFINE_STR_OBJ(lsp_module_asyncio_unix_events, "asyncio.unix_events");

#define MODULE_ONLY_LOCALS(module)                                                \
    static const mp_rom_map_elem_t module##_table[] = {LSP_MODULE_ENTRY(module)}; \
    MP_DEFINE_CONST_DICT(lsp_locals_##module, module##_table)

MODULE_ONLY_LOCALS(asyncio_base_events);
MODULE_ONLY_LOCALS(asyncio_events);
MODULE_ONLY_LOCALS(asyncio_exceptions);
MODULE_ONLY_LOCALS(asyncio_queues);
MODULE_ONLY_LOCALS(asyncio_selector_events);

// Where CPython 3.11 defines asyncio's functions (its `asyncio.sleep.__module__`).
static const MP_DEFINE_STR_OBJ(module_tasks, "asyncio.tasks");
static const MP_DEFINE_STR_OBJ(module_coroutines, "asyncio.coroutines");
static const MP_DEFINE_STR_OBJ(module_base_futures, "asyncio.base_futures");
static const MP_DEFINE_STR_OBJ(module_futures, "asyncio.futures");
static const MP_DEFINE_STR_OBJ(module_threads, "asyncio.threads");
static const MP_DEFINE_STR_OBJ(module_subprocess, "asyncio.subprocess");

mp_obj_t lsp_asyncio_function_module(qstr name) {
    static const struct {
        uint16_t name;
        const mp_obj_str_t* module;
    } table[] = {
        {MP_QSTR_sleep, &module_tasks},
        {MP_QSTR_gather, &module_tasks},
        {MP_QSTR_create_task, &module_tasks},
        {MP_QSTR_wait_for, &module_tasks},
        {MP_QSTR_wait, &module_tasks},
        {MP_QSTR_shield, &module_tasks},
        {MP_QSTR_as_completed, &module_tasks},
        {MP_QSTR_current_task, &module_tasks},
        {MP_QSTR_all_tasks, &module_tasks},
        {MP_QSTR_ensure_future, &module_tasks},
        {MP_QSTR_run_coroutine_threadsafe, &module_tasks},
        {MP_QSTR_run, &lsp_module_asyncio_runners},
        {MP_QSTR_to_thread, &module_threads},
        {MP_QSTR_new_event_loop, &lsp_module_asyncio_events},
        {MP_QSTR_set_event_loop, &lsp_module_asyncio_events},
        {MP_QSTR_get_event_loop_policy, &lsp_module_asyncio_events},
        {MP_QSTR_set_event_loop_policy, &lsp_module_asyncio_events},
        {MP_QSTR_iscoroutine, &module_coroutines},
        {MP_QSTR_iscoroutinefunction, &module_coroutines},
        {MP_QSTR_isfuture, &module_base_futures},
        {MP_QSTR_wrap_future, &module_futures},
        {MP_QSTR_open_connection, &lsp_module_asyncio_streams},
        {MP_QSTR_start_server, &lsp_module_asyncio_streams},
        {MP_QSTR_timeout, &lsp_module_asyncio_timeouts},
        {MP_QSTR_timeout_at, &lsp_module_asyncio_timeouts},
        {MP_QSTR_create_subprocess_exec, &module_subprocess},
        {MP_QSTR_create_subprocess_shell, &module_subprocess},
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(table); ++i) {
        if (table[i].name == name) return MP_OBJ_FROM_PTR(table[i].module);
    }
    // get_event_loop, get_running_loop, ...: CPython's C accelerator module
    return MP_OBJ_NEW_QSTR(MP_QSTR__asyncio);
}
