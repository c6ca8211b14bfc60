// The current context (see contextvars.h) and `_lscontext`: current(), swap(ctx), register(Context,
// copy). The shim registers its Context class and its copy function at import, so the engine can
// check a `context=` argument and copy the current context without looking anything up.
#include "contextvars.h"

#include "py/obj.h"
#include "py/runtime.h"

MP_REGISTER_ROOT_POINTER(mp_obj_t lsp_current_context);
MP_REGISTER_ROOT_POINTER(mp_obj_t lsp_context_type);
MP_REGISTER_ROOT_POINTER(mp_obj_t lsp_context_copier);

void lsp_contextvars_init(void) {
    MP_STATE_VM(lsp_current_context) = MP_OBJ_NULL;
    MP_STATE_VM(lsp_context_type) = MP_OBJ_NULL;
    MP_STATE_VM(lsp_context_copier) = MP_OBJ_NULL;
}

mp_obj_t lsp_context_current(void) { return MP_STATE_VM(lsp_current_context); }

void lsp_context_set_current(mp_obj_t context) { MP_STATE_VM(lsp_current_context) = context; }

void* lsp_context_swap(void* context) {
    mp_obj_t previous = MP_STATE_VM(lsp_current_context);
    MP_STATE_VM(lsp_current_context) = MP_OBJ_FROM_PTR(context);
    return MP_OBJ_TO_PTR(previous);
}

static mp_obj_t capture(void) {
    mp_obj_t current = MP_STATE_VM(lsp_current_context);
    if (current == MP_OBJ_NULL || MP_STATE_VM(lsp_context_copier) == MP_OBJ_NULL) { return MP_OBJ_NULL; }
    return mp_call_function_1(MP_STATE_VM(lsp_context_copier), current);
}

void* lsp_context_capture_or_null(void) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t copy = capture();
        nlr_pop();
        return MP_OBJ_TO_PTR(copy);
    }
    return NULL;
}

static bool is_context(mp_obj_t obj) {
    mp_obj_t type = MP_STATE_VM(lsp_context_type);
    return type != MP_OBJ_NULL && mp_obj_is_obj(obj) &&
           mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), type);
}

mp_obj_t lsp_context_argument(mp_obj_t context) {
    if (context == mp_const_none) { return capture(); }
    if (!is_context(context)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("an instance of Context was expected, got %s"),
                          mp_obj_get_type_str(context));
    }
    return context;
}

mp_obj_t lsp_context_keyword(mp_map_t* kw, const char* what) {
    mp_obj_t context = mp_const_none;
    for (size_t i = 0; kw != NULL && i < kw->alloc; ++i) {
        if (!mp_map_slot_is_filled(kw, i)) { continue; }
        if (mp_obj_str_get_qstr(kw->table[i].key) != MP_QSTR_context) {
            mp_raise_msg_varg(&mp_type_TypeError,
                              MP_ERROR_TEXT("%s() got an unexpected keyword argument '%q'"), what,
                              mp_obj_str_get_qstr(kw->table[i].key));
        }
        context = kw->table[i].value;
    }
    return lsp_context_argument(context);
}

// ---- _lscontext ---------------------------------------------------------------------------------

static mp_obj_t lscontext_current(void) {
    mp_obj_t current = MP_STATE_VM(lsp_current_context);
    return current == MP_OBJ_NULL ? mp_const_none : current;
}
static MP_DEFINE_CONST_FUN_OBJ_0(lscontext_current_obj, lscontext_current);

// swap(ctx | None) -> the previous context (or None).
static mp_obj_t lscontext_swap(mp_obj_t context) {
    if (context != mp_const_none && !is_context(context)) {
        mp_raise_TypeError(MP_ERROR_TEXT("an instance of Context was expected"));
    }
    mp_obj_t previous = MP_STATE_VM(lsp_current_context);
    MP_STATE_VM(lsp_current_context) = context == mp_const_none ? MP_OBJ_NULL : context;
    return previous == MP_OBJ_NULL ? mp_const_none : previous;
}
static MP_DEFINE_CONST_FUN_OBJ_1(lscontext_swap_obj, lscontext_swap);

static mp_obj_t lscontext_register(mp_obj_t type, mp_obj_t copier) {
    if (!mp_obj_is_type(type, &mp_type_type) || !mp_obj_is_callable(copier)) {
        mp_raise_TypeError(MP_ERROR_TEXT("register(type, copy) expects a class and a callable"));
    }
    MP_STATE_VM(lsp_context_type) = type;
    MP_STATE_VM(lsp_context_copier) = copier;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(lscontext_register_obj, lscontext_register);

static const mp_rom_map_elem_t lscontext_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__lscontext)},
    {MP_ROM_QSTR(MP_QSTR_current), MP_ROM_PTR(&lscontext_current_obj)},
    {MP_ROM_QSTR(MP_QSTR_swap), MP_ROM_PTR(&lscontext_swap_obj)},
    {MP_ROM_QSTR(MP_QSTR_register), MP_ROM_PTR(&lscontext_register_obj)},
};
static MP_DEFINE_CONST_DICT(lscontext_globals, lscontext_globals_table);

const mp_obj_module_t lsp_module_lscontext = {
    .base = {&mp_type_module},
    .globals = (mp_obj_dict_t*)&lscontext_globals,
};
MP_REGISTER_MODULE(MP_QSTR__lscontext, lsp_module_lscontext);
