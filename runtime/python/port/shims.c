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
    const char *name;  // module name
    const char *source;
    size_t len;
} lsp_shim_t;

#ifdef NO_QSTR
static const lsp_shim_t lsp_shims[] = {{"", "", 0}};  // the qstr scan runs without the generated header
#else
#include "shim_sources.h"
#endif

#define SHIM_DIR "<stdlib>"

// The shim for "<stdlib>/NAME.py", or NULL.
static const lsp_shim_t *find_shim(const char *path) {
    static const char prefix[] = SHIM_DIR "/";
    size_t n = strlen(prefix);
    if (strncmp(path, prefix, n) != 0) {
        return NULL;
    }
    path += n;
    size_t len = strlen(path);
    if (len < 4 || strcmp(path + len - 3, ".py") != 0) {
        return NULL;
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(lsp_shims); ++i) {
        if (strlen(lsp_shims[i].name) == len - 3 && strncmp(lsp_shims[i].name, path, len - 3) == 0) {
            return &lsp_shims[i];
        }
    }
    return NULL;
}

void lsp_shims_init(void) {
    mp_obj_list_append(mp_sys_path, MP_OBJ_NEW_QSTR(qstr_from_str(SHIM_DIR)));
}

mp_import_stat_t mp_import_stat(const char *path) {
    return find_shim(path) ? MP_IMPORT_STAT_FILE : MP_IMPORT_STAT_NO_EXIST;
}

mp_lexer_t *mp_lexer_new_from_file(qstr filename) {
    const lsp_shim_t *shim = find_shim(qstr_str(filename));
    if (shim == NULL) {
        mp_raise_OSError(MP_ENOENT);
    }
    return mp_lexer_new_from_str_len(filename, shim->source, shim->len, 0);
}
