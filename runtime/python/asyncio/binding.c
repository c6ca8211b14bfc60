// The C helpers every asyncio unit uses (see binding.h).
#include "asyncio/binding.h"

#include "py/objtype.h"
#include "py/runtime.h"

NORETURN void lsp_raise_error(const lsb_error_t* e) { nlr_raise(lsp_exception_from_error(e)); }

void lsp_check(lsb_error_t e) {
    if (e.kind != LSB_OK) { lsp_raise_error(&e); }
}

void lsp_check_init_keywords(qstr init_owner, size_t n_args, size_t n_kw, const mp_obj_t* args,
                             const qstr* known, size_t n_known) {
    for (size_t i = 0; i < n_kw; ++i) {
        mp_obj_t key = args[n_args + 2 * i];
        bool found = false;
        for (size_t j = 0; j < n_known && !found; ++j) { found = key == MP_OBJ_NEW_QSTR(known[j]); }
        if (!found) {
            mp_raise_msg_varg(&mp_type_TypeError,
                              MP_ERROR_TEXT("%q.__init__() got an unexpected keyword argument '%q'"),
                              init_owner, mp_obj_str_get_qstr(key));
        }
    }
}

static mp_obj_t owned_del(mp_obj_t self_in) {
    lsp_owner_t* self = MP_OBJ_TO_PTR(self_in);
    if (self->owned != NULL) {
        lsb_owned_finalised(self->owned);
        self->owned = NULL;
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(lsp_owned_del_obj, owned_del);

// ---- asyncio's functions ------------------------------------------------------------------------

// A Python function's words for a wrong count of positional arguments (`iscoroutine() missing 1
// required positional argument: 'obj'`), for one that names its parameters.
static MP_NOINLINE NORETURN void raise_arity_error(const mp_fun_params_t* params, size_t n_args,
                                                   uint32_t sig) {
    size_t n_min = sig >> 17, n_max = (sig >> 1) & 0xffff;
    vstr_t text;
    vstr_init(&text, 64);
    vstr_printf(&text, "%q() ", params->name);
    if (n_args < n_min) {
        size_t missing = n_min - n_args;
        vstr_printf(&text, "missing %u required positional argument%s: ", (unsigned)missing,
                    missing == 1 ? "" : "s");
        for (size_t i = n_args; i < n_min; ++i) {
            if (i > n_args) vstr_add_str(&text, i + 1 == n_min ? (missing == 2 ? " and " : ", and ") : ", ");
            vstr_printf(&text, "'%q'", params->names[i]);
        }
    } else if (n_min == n_max) {
        vstr_printf(&text, "takes %u positional argument%s but %u %s given", (unsigned)n_max,
                    n_max == 1 ? "" : "s", (unsigned)n_args, n_args == 1 ? "was" : "were");
    } else {
        vstr_printf(&text, "takes from %u to %u positional arguments but %u were given", (unsigned)n_min,
                    (unsigned)n_max, (unsigned)n_args);
    }
    mp_raise_type_arg(&mp_type_TypeError, mp_obj_new_str_from_vstr(&text));
}

// A built-in function's call (py/objfun.c's fun_builtin_var_call).
static mp_obj_t asyncio_function_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t* args) {
    const mp_obj_fun_builtin_var_t* self = MP_OBJ_TO_PTR(self_in);
    if (self->params != NULL) {
        if (n_kw != 0) {
            // keywords to parameters it names: the positional call they stand for
            mp_obj_t positional[MP_FUN_PARAMS_MAX];
            size_t n = mp_arg_keywords_to_positional(self->params, n_args, n_kw, args, positional);
            mp_arg_check_num_sig(n, 0, self->sig);
            return self->fun.var(n, positional);
        }
        size_t n_min = self->sig >> 17, n_max = (self->sig >> 1) & 0xffff;
        if (n_args < n_min || n_args > n_max) raise_arity_error(self->params, n_args, self->sig);
    }
    mp_arg_check_num_sig(n_args, n_kw, self->sig);
    if (self->sig & 1) {
        // keywords: a map over the arguments that follow the positional ones (key, value, ...)
        mp_map_t kw_args;
        mp_map_init_fixed_table(&kw_args, n_kw, args + n_args);
        return self->fun.kw(n_args, args, &kw_args);
    }
    return self->fun.var(n_args, args);
}

qstr mp_builtin_function_name(mp_obj_t fun);  // port/reprs.c

static void asyncio_function_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_printf(print, "<function %q at 0x%p>", mp_builtin_function_name(self_in), MP_OBJ_TO_PTR(self_in));
}

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_asyncio_function, MP_QSTR_function,
                         MP_TYPE_FLAG_BINDS_SELF | MP_TYPE_FLAG_BUILTIN_FUN, call, asyncio_function_call,
                         print, asyncio_function_print, attr, mp_builtin_function_attr);
