// The pure-Python standard modules (runtime/python/shim/*.py, embedded at build time) as a
// read-only "directory" on sys.path: `import contextlib` finds <shims>/contextlib.py here and
// compiles its source. There is no other filesystem: any other path does not exist.
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

void lsp_shims_init(void) { mp_obj_list_append(mp_sys_path, MP_OBJ_NEW_QSTR(qstr_from_str(SHIM_DIR))); }

mp_import_stat_t mp_import_stat(const char* path) {
    if (find_shim(path)) { return MP_IMPORT_STAT_FILE; }
    return is_shim_package(path) ? MP_IMPORT_STAT_DIR : MP_IMPORT_STAT_NO_EXIST;
}

mp_lexer_t* mp_lexer_new_from_file(qstr filename) {
    const lsp_shim_t* shim = find_shim(qstr_str(filename));
    if (shim == NULL) { mp_raise_OSError(MP_ENOENT); }
    return mp_lexer_new_from_str_len(filename, shim->source, shim->len, 0);
}
