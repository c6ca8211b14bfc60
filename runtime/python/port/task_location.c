// Where a suspended coroutine stands: file and line of the innermost generator of its await chain,
// read from the generators' code state as MicroPython's own tracebacks read it (vm.c), with no
// profiling hooks and no allocation.
#include "task_location.h"

#include "py/bc.h"
#include "py/bc0.h"
#include "py/obj.h"
#include "py/objfun.h"
#include "py/qstr.h"
#include "py/objgenerator.h"

#include "bridge.h"

#include <string.h>

// py/objgenerator.c keeps its instance type private; this is its layout in MicroPython 1.25
// (checked at run time below by the type and by the function the code state runs).
typedef struct {
    mp_obj_base_t base;
    mp_obj_t pend_exc;  // MP_OBJ_NULL while running
    mp_code_state_t code_state;
} lsp_gen_instance_t;

// Deep enough for any real await chain; a cycle (impossible for generators) would stop here too.
#define LSP_MAX_AWAIT_DEPTH 256

static const lsp_gen_instance_t* suspended_generator(mp_obj_t obj) {
    if (obj == MP_OBJ_NULL || !mp_obj_is_obj(obj) || !mp_obj_is_gen_or_coro(obj)) return NULL;
    const lsp_gen_instance_t* gen = MP_OBJ_TO_PTR(obj);
    const mp_code_state_t* cs = &gen->code_state;
    if (cs->ip == NULL || gen->pend_exc == MP_OBJ_NULL) return NULL;  // finished, or running
    if (cs->fun_bc == NULL || !mp_obj_is_gen_or_coro_fun(MP_OBJ_FROM_PTR(cs->fun_bc))) return NULL;
    return gen;
}

// What a function's bytecode prelude says (as vm.c and MicroPython's tracebacks read it): its block
// name, its source file, its line table and where its code starts.
typedef struct {
    qstr block_name;
    qstr source_file;
    const byte* line_info;  // the line table (after the block name and argument names)
    const byte* line_info_top;
    const byte* bytecode_start;
} lsp_prelude_t;

static void read_prelude(const mp_obj_fun_bc_t* fun, lsp_prelude_t* out) {
    const byte* ip = fun->bytecode;
    MP_BC_PRELUDE_SIG_DECODE(ip);
    MP_BC_PRELUDE_SIZE_DECODE(ip);
    (void)n_state;
    (void)n_exc_stack;
    (void)scope_flags;
    (void)n_def_pos_args;
    out->line_info_top = ip + n_info;
    out->bytecode_start = ip + n_info + n_cell;
    size_t block = mp_decode_uint_value(ip);
    ip = mp_decode_uint_skip(ip);  // the block name
    for (size_t i = 0; i < n_pos_args + n_kwonly_args; ++i) ip = mp_decode_uint_skip(ip);
    out->line_info = ip;
#if MICROPY_EMIT_BYTECODE_USES_QSTR_TABLE
    out->block_name = fun->context->constants.qstr_table[block];
    out->source_file = fun->context->constants.qstr_table[0];
#else
    out->block_name = (qstr)block;
    out->source_file = fun->context->constants.source_file;
#endif
}

// The line of the opcode at `at` (an offset into the code the prelude describes).
static uint32_t line_at(const lsp_prelude_t* p, const byte* at) {
    return (uint32_t)mp_bytecode_get_source_line(p->line_info, p->line_info_top,
                                                 (size_t)(at - p->bytecode_start));
}

// The file and line `cs` stands at. `suspended`: cs is a generator's saved state (ip at a
// YIELD_FROM that re-executes on resume, or after a plain yield); otherwise a running frame, whose
// ip is at the opcode being executed (vm.c stores it at every dispatch: SELECTIVE_EXC_IP is 0).
static bool code_state_location(const mp_code_state_t* cs, bool suspended, lsp_location_t* out) {
    const mp_obj_fun_bc_t* fun = cs->fun_bc;
    if (fun == NULL || cs->ip == NULL) return false;
    lsp_prelude_t p;
    read_prelude(fun, &p);
    const byte* at = cs->ip;
    if (suspended && *at != MP_BC_YIELD_FROM && at > p.bytecode_start) --at;
    size_t len = 0;
    out->file = (const char*)qstr_data(p.source_file, &len);
    out->file_len = len;
    out->line = line_at(&p, at);
    return true;
}

bool lsp_frame_location(const void* frame, lsp_location_t* out) {
    return frame != NULL && code_state_location((const mp_code_state_t*)frame, false, out);
}

size_t lsp_visit_frames(lsp_frame_visitor_t visit, void* ctx) {
    size_t visited = 0;
    for (const mp_code_state_t* cs = mp_vm_frame; cs != NULL && visited < LSP_MAX_AWAIT_DEPTH;
         cs = cs->prev) {
        lsp_location_t here;
        if (!code_state_location(cs, false, &here)) break;
        lsp_prelude_t p;
        read_prelude(cs->fun_bc, &p);
        size_t function_len;
        const char* function = (const char*)qstr_data(p.block_name, &function_len);
        ++visited;
        if (!visit(ctx, &here, function, function_len)) break;
    }
    return visited;
}

typedef struct {
    lsp_location_t* out;
    const char** function;
    size_t* function_len;
    bool found;
} script_frame_search_t;

static bool is_standard_module(const lsp_location_t* where) {
    return where->file_len >= 8 && memcmp(where->file, "<stdlib>", 8) == 0;
}

static bool take_first_script_frame(void* ctx, const lsp_location_t* where, const char* function,
                                    size_t function_len) {
    script_frame_search_t* search = ctx;
    if (is_standard_module(where)) return true;  // look further out
    *search->out = *where;
    *search->function = function;
    *search->function_len = function_len;
    search->found = true;
    return false;
}

bool lsp_current_script_frame(lsp_location_t* out, const char** function, size_t* function_len) {
    script_frame_search_t search = {out, function, function_len, false};
    lsp_visit_frames(take_first_script_frame, &search);
    return search.found;
}

bool lsp_current_location(lsp_location_t* out) {
    // The standard modules' frames (threading.Thread.join...) are not what the script wrote: the
    // line is the script's call into them.
    bool found = false;
    int depth = 0;
    for (const mp_code_state_t* cs = mp_vm_frame; cs != NULL && depth < LSP_MAX_AWAIT_DEPTH;
         cs = cs->prev, ++depth) {
        lsp_location_t here;
        if (!code_state_location(cs, false, &here)) break;
        if (!found || (out->file_len >= 8 && memcmp(out->file, "<stdlib>", 8) == 0)) {
            *out = here;
            found = true;
        } else {
            break;
        }
    }
    return found;
}

bool lsp_task_location(void* coro, lsp_location_t* out) {
    const lsp_gen_instance_t* gen = suspended_generator(MP_OBJ_FROM_PTR(coro));
    if (gen == NULL) return false;
    // `await inner()` is a YIELD_FROM that re-executes on resume: while suspended, its ip points at
    // the opcode and the delegated-to iterator sits just below the yielded value (sp[-1]).
    for (int depth = 0; depth < LSP_MAX_AWAIT_DEPTH; ++depth) {
        const mp_code_state_t* cs = &gen->code_state;
        if (*cs->ip != MP_BC_YIELD_FROM) break;
        const lsp_gen_instance_t* inner = suspended_generator(cs->sp[-1]);
        if (inner == NULL) break;
        gen = inner;
    }

    return code_state_location(&gen->code_state, true, out);
}

size_t lsp_await_chain(void* coro, void** out, size_t max) {
    mp_obj_t obj = MP_OBJ_FROM_PTR(coro);
    size_t n = 0;
    while (n < max && n < LSP_MAX_AWAIT_DEPTH) {
        if (obj == MP_OBJ_NULL || !mp_obj_is_obj(obj) || !mp_obj_is_gen_or_coro(obj)) break;
        const lsp_gen_instance_t* gen = MP_OBJ_TO_PTR(obj);
        const mp_code_state_t* cs = &gen->code_state;
        if (cs->ip == NULL) break;  // finished
        out[n++] = MP_OBJ_TO_PTR(obj);
        if (*cs->ip != MP_BC_YIELD_FROM || cs->sp < &cs->state[0]) break;
        // YIELD_FROM saves sp after popping the value to send (the delegate is on top) and, when
        // the delegate yields, pushes the yielded value above it.
        bool running = gen->pend_exc == MP_OBJ_NULL;
        if (!running && cs->sp < &cs->state[1]) break;
        obj = running ? cs->sp[0] : cs->sp[-1];
    }
    return n;
}

bool lsp_exception_location(void* exc, lsp_location_t* out) {
    mp_obj_t obj = MP_OBJ_FROM_PTR(exc);
    if (obj == MP_OBJ_NULL || !mp_obj_is_exception_instance(obj)) return false;
    size_t n = 0;
    size_t* values = NULL;
    mp_obj_exception_get_traceback(obj, &n, &values);
    // Triples (file, line, block), innermost first: entries are added as the exception unwinds.
    for (size_t i = 0; i + 2 < n; i += 3) {
        size_t len = 0;
        const char* file = (const char*)qstr_data((qstr)values[i], &len);
        if (len >= 8 && memcmp(file, "<stdlib>", 8) == 0) continue;
        out->file = file;
        out->file_len = len;
        out->line = (uint32_t)values[i + 1];
        return true;
    }
    return false;
}

// ---- A coroutine's name and line, for Task reprs ------------------------------------------------

// CPython's co_firstlineno, the `def` line. MicroPython keeps no such line: its line table starts
// at the first statement of the body, so this is the line before it (wrong by the lines in between
// for a multi-line signature, a docstring or decorators).
static uint32_t body_line(const lsp_prelude_t* p) {
    return (uint32_t)mp_bytecode_get_source_line(p->line_info, p->line_info_top, 0);
}

static uint32_t definition_line(const lsp_prelude_t* p) {
    uint32_t first = body_line(p);
    return first > 1 ? first - 1 : first;
}

static const char* skip_blanks(const char* at, const char* end) {
    while (at < end && (*at == ' ' || *at == '\t')) ++at;
    return at;
}

// Whether line [at, end) starts, after its indentation, a `def` or `async def`; if `name` is not
// NULL, of that name (`def NAME(`).
static bool is_def(const char* at, const char* end, const char* name, size_t name_len) {
    at = skip_blanks(at, end);
    if (end - at > 6 && memcmp(at, "async", 5) == 0 && (at[5] == ' ' || at[5] == '\t')) {
        at = skip_blanks(at + 5, end);
    }
    if (end - at < 4 || memcmp(at, "def", 3) != 0 || (at[3] != ' ' && at[3] != '\t')) return false;
    if (name == NULL) return true;
    at = skip_blanks(at + 3, end);
    if ((size_t)(end - at) <= name_len || memcmp(at, name, name_len) != 0) return false;
    at = skip_blanks(at + name_len, end);
    return at < end && *at == '(';
}

static size_t indentation(const char* at, const char* end) { return (size_t)(skip_blanks(at, end) - at); }

static bool is_decorator(const char* at, const char* end) {
    at = skip_blanks(at, end);
    return at < end && *at == '@';
}

// The start of the line before the one starting at `at` (text starts at `text`).
static const char* previous_line(const char* text, const char* at) {
    const char* p = at - 1;  // the newline ending the previous line
    while (p > text && p[-1] != '\n') --p;
    return p;
}

void lsp_coro_info_find_definition(lsp_coro_info_t* info) {
    uint32_t first_statement = info->body_line;
    if (first_statement == 0) return;
    size_t len = 0;
    const char* script_file = NULL;
    const char* text = lsb_script_source(&len, &script_file);
    if (text == NULL || script_file == NULL || info->file_len != strlen(script_file) ||
        memcmp(info->file, script_file, info->file_len) != 0) {
        return;  // not the script's: no text to read
    }
    uint32_t found = 0;
    if (info->name_len > 0 && info->name[0] == '<') {
        found = first_statement;  // <lambda>, <genexpr>: the expression's own line
    } else {
        // the start of the body's first line
        const char* at = text;
        const char* end = text + len;
        for (uint32_t line = 1; line < first_statement && at < end; ++at) {
            if (*at == '\n') ++line;
        }
        if (at >= end && first_statement > 1) return;
        const char* line_end = memchr(at, '\n', (size_t)(end - at));
        if (line_end == NULL) line_end = end;
        // A one-line `def f(): ...` is on the body's line; else the `def` is the nearest line above
        // indented less than the body (nested defs come after the body's first line).
        size_t body_indent = indentation(at, line_end);
        bool one_line = is_def(at, line_end, info->name, info->name_len);
        for (uint32_t line = first_statement, looked = 0; line >= 1 && looked < 1000; --line, ++looked) {
            const char* text_at = skip_blanks(at, line_end);
            bool blank = text_at == line_end || *text_at == '#';
            if (one_line
                    ? line == first_statement
                    : (!blank && indentation(at, line_end) < body_indent && is_def(at, line_end, NULL, 0))) {
                found = line;
                while (found > 1) {  // its decorators, if any
                    const char* above = previous_line(text, at);
                    if (!is_decorator(above, at - 1)) break;
                    at = above;
                    --found;
                }
                break;
            }
            if (line == 1) break;  // (lines of a multi-line signature are passed over)
            line_end = at - 1;
            at = previous_line(text, at);
        }
    }
    if (found == 0) return;
    if (info->line_is_first) info->line = found;
    info->first_line = found;
}

// Name, file and `def` line of `fun`, as a function not running (alive = false).
static void describe_function(const mp_obj_fun_bc_t* fun, const lsp_prelude_t* p, lsp_coro_info_t* out) {
    size_t len = 0;
    out->name = (const char*)qstr_data(mp_obj_fun_get_name(MP_OBJ_FROM_PTR(fun)), &len);
    out->name_len = len;
    out->file = (const char*)qstr_data(p->source_file, &len);
    out->file_len = len;
    out->first_line = out->line = definition_line(p);
    out->body_line = body_line(p);
    out->function = (void*)fun;
    out->alive = false;
    out->line_is_first = true;
}

bool lsp_coro_describe(void* coro, lsp_coro_info_t* out) {
    mp_obj_t obj = MP_OBJ_FROM_PTR(coro);
    if (obj == MP_OBJ_NULL || !mp_obj_is_obj(obj) || !mp_obj_is_gen_or_coro(obj)) return false;
    const lsp_gen_instance_t* gen = MP_OBJ_TO_PTR(obj);
    const mp_code_state_t* cs = &gen->code_state;
    const mp_obj_fun_bc_t* fun = cs->fun_bc;
    if (fun == NULL || !mp_obj_is_gen_or_coro_fun(MP_OBJ_FROM_PTR(fun))) return false;
    lsp_prelude_t p;
    read_prelude(fun, &p);
    describe_function(fun, &p, out);  // not started: CPython's frame is at the `def` line
    out->alive = cs->ip != NULL;
    if (out->alive && cs->ip > p.bytecode_start) {
        // Suspended at an await (ip at YIELD_FROM) or after a yield / a call (ip past its opcode).
        const byte* at = cs->ip;
        if (*at != MP_BC_YIELD_FROM) --at;
        out->line = line_at(&p, at);
        out->line_is_first = false;
    }
    return true;
}

bool lsp_function_describe(void* fn, lsp_coro_info_t* out) {
    mp_obj_t obj = MP_OBJ_FROM_PTR(fn);
    if (obj == MP_OBJ_NULL || !mp_obj_is_obj(obj) ||
        !(mp_obj_is_type(obj, &mp_type_fun_bc) || mp_obj_is_gen_or_coro_fun(obj))) {
        return false;
    }
    const mp_obj_fun_bc_t* fun = MP_OBJ_TO_PTR(obj);
    lsp_prelude_t p;
    read_prelude(fun, &p);
    describe_function(fun, &p, out);
    return true;
}

void* lsp_coro_function(void* coro) {
    mp_obj_t obj = MP_OBJ_FROM_PTR(coro);
    if (obj == MP_OBJ_NULL || !mp_obj_is_obj(obj) || !mp_obj_is_gen_or_coro(obj)) return NULL;
    const lsp_gen_instance_t* gen = MP_OBJ_TO_PTR(obj);
    return (void*)gen->code_state.fun_bc;
}

void lsp_coro_release_frame(void* coro) {
    mp_obj_t obj = MP_OBJ_FROM_PTR(coro);
    if (obj == MP_OBJ_NULL || !mp_obj_is_obj(obj) || !mp_obj_is_gen_or_coro(obj)) return;
    lsp_gen_instance_t* gen = MP_OBJ_TO_PTR(obj);
    mp_code_state_t* cs = &gen->code_state;
    if (cs->ip != NULL || cs->fun_bc == NULL) return;  // running, suspended or not started
    const byte* ip = cs->fun_bc->bytecode;
    MP_BC_PRELUDE_SIG_DECODE(ip);
    (void)scope_flags;
    (void)n_pos_args;
    (void)n_kwonly_args;
    (void)n_def_pos_args;
    // The exception stack follows the state slots in the same block (py/bc.h).
    size_t words = n_state + n_exc_stack * (sizeof(mp_exc_stack_t) / sizeof(mp_obj_t));
    for (size_t i = 0; i < words; ++i) cs->state[i] = MP_OBJ_NULL;
    cs->sp = &cs->state[0] - 1;
}

// ---- Coroutines that never ran (patch 0101's hooks) ---------------------------------------------

// The name of the function a generator runs ("<genexpr>" for a generator expression), and whether
// it is a standard module's (a shim's).
static bool generator_name(mp_obj_t gen, const char** name, size_t* len, bool* in_stdlib) {
    const lsp_gen_instance_t* g = MP_OBJ_TO_PTR(gen);
    const mp_obj_fun_bc_t* fun = g->code_state.fun_bc;
    if (fun == NULL) return false;
    lsp_prelude_t p;
    read_prelude(fun, &p);
    *name = (const char*)qstr_data(p.block_name, len);
    size_t file_len = 0;
    const char* file = (const char*)qstr_data(p.source_file, &file_len);
    *in_stdlib = file_len >= 8 && memcmp(file, "<stdlib>", 8) == 0;
    return true;
}

void lsp_track_unstarted(bool on) { mp_gen_track_unstarted = on; }

bool lsp_called_coroutine(void* gen_ptr) {
    mp_obj_t gen = MP_OBJ_FROM_PTR(gen_ptr);
    const char* name = "";
    size_t len = 0;
    bool in_stdlib = false;
    return mp_obj_is_type(gen, &mp_type_coro_instance) && generator_name(gen, &name, &len, &in_stdlib) &&
           !(len > 0 && name[0] == '<');
}

void mp_gen_created(mp_obj_t gen) { lsb_coroutine_created(MP_OBJ_TO_PTR(gen)); }

void mp_gen_finalised(mp_obj_t gen, bool unstarted) {
    const char* name = "";
    size_t len = 0;
    bool in_stdlib = false;
    // A plain generator (patch 0120: coroutines have their own type), a comprehension's coroutine
    // or a standard module's coroutine left unused is no coroutine the script forgot to await.
    if (unstarted && !mp_obj_is_type(gen, &mp_type_coro_instance)) unstarted = false;
    if (unstarted && generator_name(gen, &name, &len, &in_stdlib) &&
        (in_stdlib || (len > 0 && name[0] == '<'))) {
        unstarted = false;
    }
    lsb_coroutine_finalised(MP_OBJ_TO_PTR(gen), unstarted, name, len);
}
