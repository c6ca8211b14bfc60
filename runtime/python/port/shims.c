// The pure-Python standard modules (runtime/python/shim/*.py, embedded at build time) as a
// read-only "directory" on sys.path: `import contextlib` finds <shims>/contextlib.py here and
// compiles its source. There is no other filesystem: any other path does not exist.
//
// Internal modules (builtin modules named `_ls*`: `_lsthread`, `_lsfetch`) are the native layers
// under some shims. Only a shim's code may import them (lsp_builtin_import, the port's
// `__import__`): from a script `import _lsthread` fails as for any unknown module.
#include <string.h>

#include "interp.h"
#include "py/builtin.h"
#include "py/lexer.h"
#include "py/mperrno.h"
#include "py/runtime.h"

typedef struct {
    const char* name;  // module name
    const char* source;
    size_t len;
} lsp_shim_t;

#ifdef NO_QSTR
static const lsp_shim_t lsp_shims[] = {{"", "", 0}};  // the qstr scan runs without the generated header
#else
#include "shim_sources.h"
#endif

#define SHIM_DIR "<stdlib>"

// The shim for "<stdlib>/NAME.py", or NULL. A dotted shim name is a module of a package:
// "<stdlib>/concurrent/futures.py" is the shim "concurrent.futures" (README "Threads").
static bool shim_name_is(const lsp_shim_t* shim, const char* path, size_t len) {
    if (strlen(shim->name) != len) { return false; }
    for (size_t i = 0; i < len; ++i) {
        char c = path[i] == '/' ? '.' : path[i];
        if (shim->name[i] != c) { return false; }
    }
    return true;
}

static const char* shim_relative(const char* path) {
    static const char prefix[] = SHIM_DIR "/";
    size_t n = strlen(prefix);
    return strncmp(path, prefix, n) == 0 ? path + n : NULL;
}

static const lsp_shim_t* find_shim(const char* path) {
    path = shim_relative(path);
    if (path == NULL) { return NULL; }
    size_t len = strlen(path);
    if (len < 4 || strcmp(path + len - 3, ".py") != 0) { return NULL; }
    for (size_t i = 0; i < MP_ARRAY_SIZE(lsp_shims); ++i) {
        if (shim_name_is(&lsp_shims[i], path, len - 3)) { return &lsp_shims[i]; }
    }
    return NULL;
}

// "<stdlib>/concurrent" is a (namespace) package directory when a shim "concurrent.X" exists.
static bool is_shim_package(const char* path) {
    path = shim_relative(path);
    if (path == NULL) { return false; }
    size_t len = strlen(path);
    for (size_t i = 0; i < MP_ARRAY_SIZE(lsp_shims); ++i) {
        const char* name = lsp_shims[i].name;
        if (strlen(name) > len && name[len] == '.') {
            bool same = true;
            for (size_t k = 0; k < len; ++k) {
                if (name[k] != (path[k] == '/' ? '.' : path[k])) {
                    same = false;
                    break;
                }
            }
            if (same) { return true; }
        }
    }
    return false;
}

// The globals of every shim module loaded in this run: code running with one of them may import
// internal modules.
MP_REGISTER_ROOT_POINTER(mp_obj_t lsp_shim_globals);

void lsp_shims_init(void) {
    mp_obj_list_append(mp_sys_path, MP_OBJ_NEW_QSTR(qstr_from_str(SHIM_DIR)));
    MP_STATE_VM(lsp_shim_globals) = mp_obj_new_list(0, NULL);
}

// The import system made the shim's module (in sys.modules) before it reads the source: its
// globals are a shim's from now on.
// A package's "NAME.__init__" shim is the module NAME.
static void remember_shim_globals(const lsp_shim_t* shim) {
    static const char init[] = ".__init__";
    size_t len = strlen(shim->name);
    size_t init_len = sizeof(init) - 1;
    if (len > init_len && strcmp(shim->name + len - init_len, init) == 0) { len -= init_len; }
    mp_map_elem_t* e = mp_map_lookup(&MP_STATE_VM(mp_loaded_modules_dict).map,
                                     MP_OBJ_NEW_QSTR(qstr_from_strn(shim->name, len)), MP_MAP_LOOKUP);
    if (e != NULL && mp_obj_is_type(e->value, &mp_type_module)) {
        mp_obj_list_append(MP_STATE_VM(lsp_shim_globals),
                           MP_OBJ_FROM_PTR(mp_obj_module_get_globals(e->value)));
    }
}

static bool running_shim_code(void) {
    mp_obj_t globals = MP_OBJ_FROM_PTR(mp_globals_get());
    size_t n;
    mp_obj_t* items;
    mp_obj_list_get(MP_STATE_VM(lsp_shim_globals), &n, &items);
    for (size_t i = 0; i < n; ++i) {
        if (items[i] == globals) { return true; }
    }
    return false;
}

static bool is_internal_module(mp_obj_t name) {
    size_t len;
    const char* text = mp_obj_str_get_data(name, &len);
    return len >= 3 && strncmp(text, "_ls", 3) == 0;
}

// The port's __import__ (mpconfigport.h): MicroPython's, except that an internal module is
// unknown unless a shim imports it.
mp_obj_t lsp_builtin_import(size_t n_args, const mp_obj_t* args) {
    bool absolute = n_args < 5 || MP_OBJ_SMALL_INT_VALUE(args[4]) == 0;
    if (absolute && is_internal_module(args[0]) && !running_shim_code()) {
        mp_raise_msg_varg(MICROPY_PY_MODULE_NOT_FOUND_ERROR, MP_ERROR_TEXT("No module named '%q'"),
                          mp_obj_str_get_qstr(args[0]));
    }
    return mp_builtin___import___default(n_args, args);
}

mp_import_stat_t mp_import_stat(const char* path) {
    if (find_shim(path)) { return MP_IMPORT_STAT_FILE; }
    return is_shim_package(path) ? MP_IMPORT_STAT_DIR : MP_IMPORT_STAT_NO_EXIST;
}

mp_lexer_t* mp_lexer_new_from_file(qstr filename) {
    const lsp_shim_t* shim = find_shim(qstr_str(filename));
    if (shim == NULL) { mp_raise_OSError(MP_ENOENT); }
    remember_shim_globals(shim);
    return mp_lexer_new_from_str_len(filename, shim->source, shim->len, 0);
}
