// Builtins CPython 3.11 has and MicroPython lacks (MICROPY_PORT_BUILTINS, mpconfigport.h):
//   ascii(obj)            repr with non-ASCII characters escaped (\xe9, \u20ac, \U0001f600)
//   vars([obj])           obj.__dict__, or locals()
//   input([prompt])       prints the prompt; a run has no stdin, so EOFError as CPython's with
//                         stdin closed
//   exit(), quit()        raise SystemExit; printed as CPython's site.Quitter objects
//   breakpoint()          says the sandbox has no debugger and returns None
#include "py/builtin.h"
#include "py/objstr.h"
#include "py/runtime.h"

// ascii(obj)
static mp_obj_t builtin_ascii(mp_obj_t obj) {
    vstr_t text;
    mp_print_t print;
    vstr_init_print(&text, 16, &print);
    mp_obj_print_helper(&print, obj, PRINT_REPR);
    vstr_t out;
    vstr_init(&out, text.len);
    const byte* p = (const byte*)text.buf;
    const byte* end = p + text.len;
    while (p < end) {
        unichar c = utf8_get_char(p);
        p = utf8_next_char(p);
        if (c < 0x80) {
            vstr_add_byte(&out, (byte)c);
        } else if (c < 0x100) {
            vstr_printf(&out, "\\x%02x", (unsigned)c);
        } else if (c < 0x10000) {
            vstr_printf(&out, "\\u%04x", (unsigned)c);
        } else {
            vstr_printf(&out, "\\U%08x", (unsigned)c);
        }
    }
    vstr_clear(&text);
    return mp_obj_new_str_from_vstr(&out);
}
MP_DEFINE_CONST_FUN_OBJ_1(lsp_builtin_ascii_obj, builtin_ascii);

// vars([obj])
static mp_obj_t builtin_vars(size_t n_args, const mp_obj_t* args) {
    if (n_args == 0)
        return mp_call_function_0(MP_OBJ_FROM_PTR(&mp_builtin_locals_obj));  // a function's locals
    mp_obj_t dest[2];
    mp_load_method_maybe(args[0], MP_QSTR___dict__, dest);
    if (dest[0] == MP_OBJ_NULL)
        mp_raise_TypeError(MP_ERROR_TEXT("vars() argument must have __dict__ attribute"));
    return dest[0];
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(lsp_builtin_vars_obj, 0, 1, builtin_vars);

// input([prompt])
static mp_obj_t builtin_input(size_t n_args, const mp_obj_t* args) {
    if (n_args == 1) mp_obj_print_helper(MP_PYTHON_PRINTER, args[0], PRINT_STR);
    mp_raise_msg(&mp_type_EOFError, MP_ERROR_TEXT("EOF when reading a line"));
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(lsp_builtin_input_obj, 0, 1, builtin_input);

// breakpoint(*args, **kws)
static mp_obj_t builtin_breakpoint(size_t n_args, const mp_obj_t* args, mp_map_t* kw) {
    (void)n_args;
    (void)args;
    (void)kw;
    mp_print_str(MP_PYTHON_PRINTER, "breakpoint(): the sandbox has no debugger; the script goes on\n");
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_KW(lsp_builtin_breakpoint_obj, 0, builtin_breakpoint);

// exit and quit: objects that print how to leave and raise SystemExit(code) when called
typedef struct _lsp_quitter_t {
    mp_obj_base_t base;
    qstr name;
} quitter_t;

static void quitter_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    quitter_t* self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "Use %q() or Ctrl-D (i.e. EOF) to exit", self->name);
}

static mp_obj_t quitter_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t* args) {
    (void)self_in;
    mp_arg_check_num(n_args, n_kw, 0, 1, false);
    mp_obj_t code = n_args == 1 ? args[0] : mp_const_none;  // site.Quitter: SystemExit(code)
    nlr_raise(mp_obj_new_exception_args(&mp_type_SystemExit, 1, &code));
}

static MP_DEFINE_CONST_OBJ_TYPE(quitter_type, MP_QSTR_Quitter, MP_TYPE_FLAG_NONE, print, quitter_print, call,
                                quitter_call);
const quitter_t lsp_builtin_exit_obj = {{&quitter_type}, MP_QSTR_exit};
const quitter_t lsp_builtin_quit_obj = {{&quitter_type}, MP_QSTR_quit};
