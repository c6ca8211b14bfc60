// The `asyncio` module and its `asyncio.exceptions` submodule, and the event loop's methods:
// each table is every unit's list (asyncio/<unit>.h: LSP_ASYNCIO_GLOBALS_*, LSP_ASYNCIO_EXCEPTIONS_*,
// LSP_LOOP_METHODS_*), collected by the build into asyncio_units.h. Adding a unit edits nothing here.
#include "asyncio/binding.h"
#include "py/runtime.h"

#include "asyncio_units.h"  // generated before the embed tree (its qstr scan reads this file too)

static const mp_rom_map_elem_t loop_locals_table[] = {LSP_LOOP_ALL_METHODS(LSP_TABLE_ROW)};
MP_DEFINE_CONST_DICT(lsp_loop_locals_dict, loop_locals_table);

static const mp_rom_map_elem_t asyncio_exceptions_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_asyncio_dot_exceptions)},
    LSP_ASYNCIO_ALL_EXCEPTIONS(LSP_TABLE_ROW)};
static MP_DEFINE_CONST_DICT(asyncio_exceptions_globals, asyncio_exceptions_globals_table);

// asyncio.exceptions: the error classes (importable as a submodule: MICROPY_MODULE_BUILTIN_SUBPACKAGES).
static const mp_obj_module_t asyncio_exceptions_module = {
    .base = {&mp_type_module},
    .globals = (mp_obj_dict_t*)&asyncio_exceptions_globals,
};

static const mp_rom_map_elem_t asyncio_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_asyncio)},
    {MP_ROM_QSTR(MP_QSTR_exceptions), MP_ROM_PTR(&asyncio_exceptions_module)},
    LSP_ASYNCIO_ALL_GLOBALS(LSP_TABLE_ROW)};
static MP_DEFINE_CONST_DICT(asyncio_globals, asyncio_globals_table);

const mp_obj_module_t lsp_module_asyncio = {
    .base = {&mp_type_module},
    .globals = (mp_obj_dict_t*)&asyncio_globals,
};

MP_REGISTER_MODULE(MP_QSTR_asyncio, lsp_module_asyncio);
