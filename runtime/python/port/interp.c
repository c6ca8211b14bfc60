// The interpreter's life cycle and the protected entry points the C++ engine uses (interp.h), plus
// what the MicroPython core expects from a port: HAL output, heap areas, gc_collect, nlr_jump_fail.
#if !defined(__EMSCRIPTEN__) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE  // pthread_getattr_np: the stack the VM's collections scan
#endif
//
// Sections: HAL · open() · Heap areas · GC policy · Collections inside the VM · Fatal errors
//  · Syntax error position (patches/0002) · Life cycle · Running code · Describing exceptions.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp.h"
#include "contextvars.h"
#include "metaclasses.h"
#include "sys_recursion.h"

#include "asyncio/exceptions.h"
#include "threads.h"
#include "preemption.h"
#include "error_object.h"
#include "py/builtin.h"
#include "py/compile.h"
#include "py/gc.h"
#include "py/lexer.h"
#include "py/mperrno.h"
#include "py/mphal.h"
#include "py/objexcept.h"
#include "py/objgenerator.h"
#include "py/objstr.h"
#include "py/objtype.h"
#include "py/parse.h"
#include "py/pystack.h"
#include "py/runtime.h"
#include "py/stackctrl.h"

#ifdef __EMSCRIPTEN__
#include <emscripten/stack.h>
#endif

// ---- HAL ----------------------------------------------------------------------------------------

mp_uint_t mp_hal_stdout_tx_strn(const char* str, size_t len) {
    lsb_write(0, str, len);
    return len;
}

void mp_hal_stdout_tx_strn_cooked(const char* str, size_t len) { lsb_write(0, str, len); }

void mp_hal_stdout_tx_str(const char* str) { lsb_write(0, str, strlen(str)); }

// ---- open(): the run's in-memory file system ----------------------------------------------------
// Scripts import built-in modules and the shims (port/shims.c); the files they open live in the run's
// in-memory file system (shim/_lsfs.py), reached through the `io` shim once a script opens one.

static mp_obj_t builtin_open(size_t n_args, const mp_obj_t* args, mp_map_t* kwargs) {
    enum { MAX_ARGS = 8 };  // open() has 8 parameters
    if (n_args > MAX_ARGS || kwargs->used > MAX_ARGS) {
        mp_raise_TypeError(MP_ERROR_TEXT("open() takes at most 8 arguments"));
    }
    mp_obj_t call_args[3 * MAX_ARGS];
    memcpy(call_args, args, n_args * sizeof(mp_obj_t));
    size_t n_kw = 0;
    for (size_t i = 0; i < kwargs->alloc; ++i) {
        if (mp_map_slot_is_filled(kwargs, i)) {
            call_args[n_args + 2 * n_kw] = kwargs->table[i].key;
            call_args[n_args + 2 * n_kw + 1] = kwargs->table[i].value;
            ++n_kw;
        }
    }
    mp_obj_t io = mp_import_name(MP_QSTR_io, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    return mp_call_function_n_kw(mp_load_attr(io, MP_QSTR_open), n_args, n_kw, call_args);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin_open_obj, 0, builtin_open);

// ---- Heap areas ---------------------------------------------------------------------------------
// The first area comes from the engine; the GC adds more (MP_PLAT_ALLOC_HEAP) while the total stays
// under the cap, and frees empty ones after a collection. The loop's own objects (lsp_loop_bytes)
// take their share of the cap: a task bomb ends with MemoryError, not with the process killed.

static size_t heap_cap;
static size_t heap_used;
size_t lsp_loop_bytes;

typedef struct area_header {
    size_t size;
    size_t pad;  // keeps the area 16-byte aligned
} area_header_t;

void* loopscope_heap_alloc(size_t size) {
    if (heap_used + lsp_loop_bytes + size > heap_cap) { return NULL; }
    area_header_t* h = malloc(sizeof(area_header_t) + size);
    if (h == NULL) { return NULL; }
    h->size = size;
    heap_used += size;
    return h + 1;
}

void loopscope_heap_free(void* ptr) {
    if (ptr != NULL) {
        area_header_t* h = (area_header_t*)ptr - 1;
        heap_used -= h->size;
        free(h);
    }
}

size_t gc_get_max_new_split(void) {
    const size_t taken = heap_used + lsp_loop_bytes;
    return taken < heap_cap ? heap_cap - taken : 0;
}

size_t lsp_heap_total(void) { return heap_used; }

size_t lsp_memory_cap(void) { return heap_cap; }

size_t lsp_heap_in_use(void) {
    gc_info_t info;
    gc_info(&info);
    return info.used;
}

// ---- GC policy: collections only at safe points -------------------------------------------------

static bool at_safe_point;

// Called by gc.collect() and (if a script re-enabled automatic collection) by the allocator:
// never safe there, so the collection waits for the engine's next safe point.
void gc_collect(void) {
    // Another thread inside Python that did not park safely may hold objects only its C stack
    // sees (threads.h): the collection waits for a later safe point.
    if (!at_safe_point || !lsp_threads_may_collect()) {
        lsb_request_collect();
        return;
    }
    gc_collect_start();  // state root pointers and the calling thread's Python stack
    size_t n = 0;
    void** roots = lsb_roots(&n);
    gc_collect_root(roots, n);
    lsp_threads_gc_roots();  // the other threads' Python stacks and thread states
    gc_collect_end();
}

bool lsp_collect(void) {
    if (!lsp_threads_may_collect()) {
        lsb_request_collect();  // a later safe point tries again
        return false;
    }
    at_safe_point = true;
    gc_collect();
    at_safe_point = false;
    return true;
}

// ---- Collections inside the VM -------------------------------------------------------------------
// Safe points come between task steps; code that computes for a long time without awaiting never
// reaches one, so the VM's branch hook (MICROPY_VM_HOOK_LOOP) collects too, once the allocations
// since the last collection pass lsp_vm_collect_blocks. Sound only where every live object is
// visible to the collector:
//  * natively the C stack is scanned conservatively from the hook up to the thread's stack base,
//    with the callee-saved registers spilled first (MicroPython's usual scheme), so any nesting of
//    native and Python calls is fine;
//  * in wasm, locals are invisible: only a VM invocation directly entered from the engine's loop
//    entry or the main program may collect (lsp_thread_at_safe_depth, threads.h), where everything
//    live is in the Python stack, a heap object or a registered root, as at the engine's safe
//    points. Deeper (a native builtin such as sorted() calling back into Python) the collection
//    waits for the next branch at the outer level or the next safe point.
//  * with other threads in Python, only when they are parked safely (lsp_threads_may_collect), and
//    their Python stacks are marked too (lsp_threads_gc_roots).
// What finalisers release is deleted at the next safe point (the session drains it there).

size_t lsp_vm_collect_blocks = SIZE_MAX;

void lsp_set_vm_collect_interval(size_t bytes) {
    size_t blocks = bytes / MICROPY_BYTES_PER_GC_BLOCK;
    lsp_vm_collect_blocks = blocks > 0 ? blocks : 1;
}

#if !defined(__EMSCRIPTEN__)
#include <pthread.h>

static void* stack_base(void) {
    static __thread void* base;  // of the calling thread (workers run Python too)
    if (base == NULL) {
        pthread_attr_t attr;
        void* addr;
        size_t size;
        if (pthread_getattr_np(pthread_self(), &attr) == 0) {
            if (pthread_attr_getstack(&attr, &addr, &size) == 0) { base = (char*)addr + size; }
            pthread_attr_destroy(&attr);
        }
    }
    return base;
}

// The stack words are copied out first: a scan reads every word, including the sanitizers' redzones
// between locals, and only this copy loop is exempt from their checks.
__attribute__((no_sanitize("address", "undefined"))) static void copy_words(void** to, void** from,
                                                                            size_t n) {
    for (size_t i = 0; i < n; ++i) { to[i] = from[i]; }
}

__attribute__((noinline)) static void collect_with_stack(void) {
    __builtin_unwind_init();  // callee-saved registers into this frame, so the scan below sees them
    void* here = NULL;
    void** from = (void**)(((uintptr_t)&here) & ~(uintptr_t)(sizeof(void*) - 1));
    void** to = (void**)stack_base();
    if (to == NULL || to <= from) { return; }
    size_t n_words = (size_t)(to - from);
    void** copy = malloc(n_words * sizeof(void*));
    if (copy == NULL) {
        return;  // no collection now; allocation goes on until the next safe point or the cap
    }
    copy_words(copy, from, n_words);
    gc_collect_start();
    gc_collect_root(copy, n_words);
    size_t n = 0;
    void** roots = lsb_roots(&n);
    gc_collect_root(roots, n);
    lsp_threads_gc_roots();
    gc_collect_end();
    free(copy);
}
#endif

void lsp_vm_collect(void) {
    if (MP_STATE_THREAD(gc_lock_depth) > 0 || at_safe_point || !lsp_threads_may_collect()) {
        lsp_vm_collect_blocks = MP_STATE_MEM(gc_alloc_amount) + 1024;  // look again a little later
        return;
    }
#if defined(__EMSCRIPTEN__)
    if (!lsp_thread_at_safe_depth()) {
        lsp_vm_collect_blocks = MP_STATE_MEM(gc_alloc_amount) + 1024;
        return;
    }
    (void)lsp_collect();
#else
    at_safe_point = true;
    collect_with_stack();
    at_safe_point = false;
#endif
    lsb_vm_collected();
}

size_t lsp_allocated_since_collect(void) {
    return MP_STATE_MEM(gc_alloc_amount) * MICROPY_BYTES_PER_GC_BLOCK;
}

// ---- Fatal errors -------------------------------------------------------------------------------

// An exception with no handler at all: a bug in the binding. Report it and stop (never spin).
void nlr_jump_fail(void* val) {
    static const char msg[] = "loopscope: fatal: uncaught MicroPython exception outside any handler\n";
    fwrite(msg, 1, sizeof(msg) - 1, stderr);
    if (val != NULL && mp_obj_is_exception_instance(MP_OBJ_FROM_PTR(val))) {
        fprintf(stderr, "loopscope: exception type: %s\n", mp_obj_get_type_str(MP_OBJ_FROM_PTR(val)));
    }
    fflush(stderr);
    abort();
}

// ---- Syntax error position (patches/0002) -------------------------------------------------------

static size_t syntax_line;
static size_t syntax_column;
static size_t syntax_end_column;  // CPython's ^^^ range ends before it (0: one caret)
static size_t syntax_end_pending;

void loopscope_note_syntax_error_end(size_t end_column) { syntax_end_pending = end_column; }

void loopscope_note_syntax_error(size_t line, size_t column) {
    syntax_line = line;
    syntax_column = column;
    syntax_end_column = syntax_end_pending;  // noted (patch 0062) just before, for this error only
    syntax_end_pending = 0;
}

void lsp_syntax_error_position(size_t* line, size_t* column) {
    *line = syntax_line;
    *column = syntax_column;
}

size_t lsp_syntax_error_end_column(void) { return syntax_end_column; }

// ---- Life cycle ---------------------------------------------------------------------------------

static bool toplevel_await;  // the main script may await at top level (lsp_init_t)

// The stack check must fire while the C stack still has room: in wasm that stack is a fixed area
// of linear memory above the static data, and a limit past its end lets a deep repr or compile
// write over the module's data before RecursionError. Keep a margin for what runs between checks.
static size_t c_stack_limit_within_stack(void* stack_top, size_t limit) {
#ifdef __EMSCRIPTEN__
    const size_t margin = 16 * 1024;
    uintptr_t top = (uintptr_t)stack_top, end = emscripten_stack_get_end();
    size_t room = top > end ? top - end : 0;
    size_t usable = room > 2 * margin ? room - margin : room / 2;
    return limit < usable ? limit : usable;
#else
    (void)stack_top;
    return limit;
#endif
}

void lsp_init(const lsp_init_t* config) {
    heap_cap = config->heap_cap;
    toplevel_await = config->toplevel_await;
    heap_used = config->heap_size;  // the first area counts towards the cap
    syntax_line = syntax_column = 0;
    at_safe_point = false;
    lsp_threads_init(config->pystack_size, config->stack_limit);  // the main thread's state first
    mp_stack_set_top(config->stack_top);
    mp_stack_set_limit(c_stack_limit_within_stack(config->stack_top, config->stack_limit));
    gc_init(config->heap, (char*)config->heap + config->heap_size);
    mp_pystack_init(config->pystack, (char*)config->pystack + config->pystack_size);
    mp_init();
    // NLR jump callbacks live on the C stack of the run that pushed them: one a run left behind
    // (ended by other means than an NLR jump) would be called by the next run's first raise
    MP_STATE_THREAD(nlr_jump_callback_top) = NULL;
    MP_STATE_VM(lsp_asyncgens) = MP_OBJ_NULL;        // asyncio/asyncgens.c's registry: none in a new heap
    MP_STATE_VM(lsp_traceback_cache) = MP_OBJ_NULL;  // port/frame_objects.c's last traceback: likewise
    // asyncio/loop.c's event loop policy: the default one
    MP_STATE_VM(lsp_event_loop_policy) = MP_OBJ_NULL;
    MP_STATE_MEM(gc_auto_collect_enabled) = 0;
    mp_obj_list_append(mp_sys_argv, mp_obj_new_str(config->argv0, strlen(config->argv0)));
    lsp_shims_init();
    lsp_contextvars_init();
    lsp_sys_recursion_init();
#if MICROPY_PY_METACLASSES
    lsp_metaclasses_init();
#endif
}

void lsp_deinit(void) {
    // Every object with a finaliser is finalised: wrappers hand their runtime references back.
    gc_sweep_all();
    mp_deinit();
    // Areas added after the first one.
    mp_state_mem_area_t* area = MP_STATE_MEM(area).next;
    while (area != NULL) {
        mp_state_mem_area_t* next = area->next;
        loopscope_heap_free(area);
        area = next;
    }
    MP_STATE_MEM(area).next = NULL;
    lsp_threads_deinit();
}

// ---- Running code -------------------------------------------------------------------------------

void* lsp_compile_main(const char* src, size_t len, const char* filename) {
    qstr name = qstr_from_str(filename);
    mp_lexer_t* lex = mp_lexer_new_from_str_len(name, src, len, 0);
    mp_parse_tree_t tree = mp_parse(lex, MP_PARSE_FILE_INPUT);
    // Notebook mode (asyncio/notebook.h): only the main script's module body may await.
    mp_compile_allow_top_level_await = toplevel_await;
    nlr_buf_t nlr;
    mp_obj_t module_fun;
    if (nlr_push(&nlr) == 0) {
        module_fun = mp_compile(&tree, name, false);
        nlr_pop();
        mp_compile_allow_top_level_await = false;
    } else {
        mp_compile_allow_top_level_await = false;  // a SyntaxError must not leave it on for exec()
        nlr_jump(nlr.ret_val);
    }
    mp_obj_dict_store(MP_OBJ_FROM_PTR(mp_globals_get()), MP_OBJ_NEW_QSTR(MP_QSTR___file__),
                      MP_OBJ_NEW_QSTR(name));
    // __doc__ is None unless the script opens with a docstring (the module code stores it)
    mp_obj_dict_store(MP_OBJ_FROM_PTR(mp_globals_get()), MP_OBJ_NEW_QSTR(MP_QSTR___doc__), mp_const_none);
    // sys.modules["__main__"] (sys.modules[__name__]), as CPython's runpy puts it there
    if (mp_globals_get() == &MP_STATE_VM(dict_main)) {
        mp_map_lookup(&MP_STATE_VM(mp_loaded_modules_dict).map, MP_OBJ_NEW_QSTR(MP_QSTR___main__),
                      MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)
            ->value = MP_OBJ_FROM_PTR(&mp_module___main__);
    }
    return MP_OBJ_TO_PTR(module_fun);
}

static lsp_resume_kind_t resume_protected(void* coro, const lsb_error_t* throw_, void** out);

lsp_resume_kind_t lsp_resume(void* coro, const lsb_error_t* throw_, void** out) {
    size_t base = lsp_safe_base_enter();  // a task step: threads.h's GC rule
    bool preemptible = lsp_preempt_step_enter();
    lsp_resume_kind_t kind = resume_protected(coro, throw_, out);
    lsp_preempt_step_leave(preemptible);
    lsp_safe_base_leave(base);
    return kind;
}

static lsp_resume_kind_t resume_kind(mp_vm_return_kind_t kind, mp_obj_t ret, void** out) {
    switch (kind) {
        case MP_VM_RETURN_NORMAL: *out = MP_OBJ_TO_PTR(ret); return LSP_RETURNED;
        case MP_VM_RETURN_YIELD: *out = MP_OBJ_TO_PTR(ret); return LSP_YIELDED;
        case MP_VM_RETURN_SUSPEND:
            if (lsp_preempt_took()) {
                *out = lsp_preempt_frame();
                return LSP_PREEMPTED;
            }
            // A generator's VM never suspends for a blocking call (only the main program's frames do).
            *out = MP_OBJ_TO_PTR(mp_obj_new_exception_msg(
                &mp_type_RuntimeError, MP_ERROR_TEXT("coroutine suspended outside a step")));
            return LSP_RAISED;
        default: *out = MP_OBJ_TO_PTR(ret); return LSP_RAISED;
    }
}

lsp_resume_kind_t lsp_resume_preempted(void* coro, void* frame, void** out) {
    size_t base = lsp_safe_base_enter();
    bool preemptible = lsp_preempt_step_enter();
    lsp_resume_kind_t kind;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t ret = MP_OBJ_NULL;
        mp_vm_return_kind_t vm_kind = mp_obj_gen_resume_preempted(MP_OBJ_FROM_PTR(coro), frame, &ret);
        kind = resume_kind(vm_kind, ret, out);
        nlr_pop();
    } else {
        *out = nlr.ret_val;
        kind = LSP_RAISED;
    }
    lsp_preempt_step_leave(preemptible);
    lsp_safe_base_leave(base);
    return kind;
}

static lsp_resume_kind_t resume_protected(void* coro, const lsb_error_t* throw_, void** out) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t thrown = throw_ != NULL ? lsp_exception_from_error(throw_) : MP_OBJ_NULL;
        mp_obj_t ret = MP_OBJ_NULL;
        mp_obj_t self = MP_OBJ_FROM_PTR(coro);
        mp_vm_return_kind_t kind;
        if (thrown != MP_OBJ_NULL && mp_obj_is_gen_or_coro(self)) {
            // Like CPython's coro.throw(): also on a coroutine that has not started yet (a task
            // cancelled before its first step), where the exception is raised at its first line.
            // mp_resume would pass a NULL send value, which a just-started generator rejects.
            kind = mp_obj_gen_resume(self, mp_const_none, thrown, &ret);
        } else {
            kind = mp_resume(self, thrown == MP_OBJ_NULL ? mp_const_none : MP_OBJ_NULL, thrown, &ret);
        }
        lsp_resume_kind_t resumed = resume_kind(kind, ret, out);
        nlr_pop();
        return resumed;
    }
    *out = nlr.ret_val;
    return LSP_RAISED;
}

void* lsp_call1(void* fn, void* arg) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_call_function_1(MP_OBJ_FROM_PTR(fn), MP_OBJ_FROM_PTR(arg));
        nlr_pop();
        return NULL;
    }
    return nlr.ret_val;
}

mp_obj_t lsp_exception_from_error(const lsb_error_t* e) {
    const mp_obj_type_t* type;
    switch (e->kind) {
        case LSB_PY_OBJECT: return MP_OBJ_FROM_PTR(e->object);
        case LSB_CANCELLED: type = &lsp_type_CancelledError; break;
        case LSB_INVALID_STATE: type = &lsp_type_InvalidStateError; break;
        case LSB_TIMEOUT: type = &lsp_type_TimeoutError; break;
        case LSB_VALUE: type = &mp_type_ValueError; break;
        case LSB_TYPE: type = &mp_type_TypeError; break;
        case LSB_MEMORY:  // with a message only when it says whose memory ran out
            if (!e->has_message || e->message_len == 0) { return mp_obj_new_exception(&mp_type_MemoryError); }
            type = &mp_type_MemoryError;
            break;
        default: type = &mp_type_RuntimeError; break;
    }
    if (!e->has_message) { return mp_obj_new_exception(type); }
    return mp_obj_new_exception_arg1(type, mp_obj_new_str(e->message, e->message_len));
}

void* lsp_make_exception(const lsb_error_t* error) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t exc = lsp_exception_from_error(error);
        nlr_pop();
        return MP_OBJ_TO_PTR(exc);
    }
    return nlr.ret_val;  // the MemoryError raised while making it
}

void* lsp_new_list(void* const* items, size_t n) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t list = mp_obj_new_list(n, (mp_obj_t*)items);
        nlr_pop();
        return MP_OBJ_TO_PTR(list);
    }
    return NULL;
}

bool lsp_is_coroutine(void* obj) { return mp_obj_is_gen_or_coro(MP_OBJ_FROM_PTR(obj)); }

bool lsp_is_syntax_error(void* obj) {
    mp_obj_t o = MP_OBJ_FROM_PTR(obj);
    return mp_obj_is_exception_instance(o) &&
           mp_obj_exception_match(o, MP_OBJ_FROM_PTR(&mp_type_SyntaxError));
}

bool lsp_syntax_error_place(void* exc, lsp_syntax_place_t* place) {
    mp_obj_t o = MP_OBJ_FROM_PTR(exc);
    if (!lsp_is_syntax_error(exc)) return false;
    mp_obj_exception_t* native = mp_obj_exception_native_or_null(o);
    if (native == NULL) return false;
    mp_obj_t args = MP_OBJ_FROM_PTR(native->args);
    mp_obj_t file[1], line[1], offset[1], end_offset[1], text[1];
    mp_syntax_error_attr(args, MP_QSTR_filename, file);
    mp_syntax_error_attr(args, MP_QSTR_lineno, line);
    mp_syntax_error_attr(args, MP_QSTR_offset, offset);
    mp_syntax_error_attr(args, MP_QSTR_end_offset, end_offset);
    mp_syntax_error_attr(args, MP_QSTR_text, text);
    if (!mp_obj_is_small_int(line[0])) return false;
    place->file = mp_obj_is_str(file[0]) ? mp_obj_str_get_str(file[0]) : NULL;
    place->line = (size_t)MP_OBJ_SMALL_INT_VALUE(line[0]);
    place->offset = mp_obj_is_small_int(offset[0]) ? (long)MP_OBJ_SMALL_INT_VALUE(offset[0]) : 0;
    place->end_offset = mp_obj_is_small_int(end_offset[0]) ? (long)MP_OBJ_SMALL_INT_VALUE(end_offset[0]) : 0;
    place->text = mp_obj_is_str(text[0]) ? mp_obj_str_get_data(text[0], &place->text_len) : NULL;
    return true;
}

void lsp_clear_main(void) {
    mp_map_t* map = &MP_STATE_VM(dict_main).map;
    for (size_t i = 0; i < map->alloc; ++i) {
        if (mp_map_slot_is_filled(map, i)) { map->table[i].value = mp_const_none; }
    }
    mp_map_t* mods = &MP_STATE_VM(mp_loaded_modules_dict).map;
    for (size_t i = 0; i < mods->alloc; ++i) {
        if (mp_map_slot_is_filled(mods, i)) { mods->table[i].value = mp_const_none; }
    }
}

bool lsp_is_exception(void* obj) { return mp_obj_is_exception_instance(MP_OBJ_FROM_PTR(obj)); }

bool lsp_is_none(void* obj) { return MP_OBJ_FROM_PTR(obj) == mp_const_none; }

void* lsp_none(void) { return MP_OBJ_TO_PTR(mp_const_none); }

// ---- Describing exceptions ----------------------------------------------------------------------

size_t lsp_traceback(void* exc, lsp_frame_t* frames, size_t max) {
    mp_obj_t e = MP_OBJ_FROM_PTR(exc);
    if (!mp_obj_is_exception_instance(e)) { return 0; }
    size_t n, *values;
    mp_obj_exception_get_traceback(e, &n, &values);
    size_t count = n / 3;
    // MicroPython records the innermost frame last: walk from the end for "outermost first".
    for (size_t k = 0; k < count && k < max; ++k) {
        size_t i = n - 3 * (k + 1);
        frames[k].file = qstr_str(values[i]);
        frames[k].line = values[i + 1];
        frames[k].block = values[i + 2] == MP_QSTRnull ? NULL : qstr_str(values[i + 2]);
    }
    return count;
}

typedef struct {
    void (*out)(void* ctx, const char* text, size_t len);
    void* ctx;
} print_target_t;

static void print_to_target(void* data, const char* str, size_t len) {
    print_target_t* t = data;
    t->out(t->ctx, str, len);
}

// An instance of a Python exception class prints as CPython's traceback prints it: the class's
// name, with its module unless that is builtins or __main__, then ": " and str() unless empty
// (never the class's __repr__, which MicroPython's PRINT_EXC would use).
// "module." before a traceback's exception type, as CPython's traceback names it (none for builtins
// and __main__): a Python class's module, or a native one's `__module__` (asyncio.exceptions).
static void print_exception_module(const mp_print_t* print, const mp_obj_type_t* type) {
    mp_obj_t dest[2];
    mp_load_method_maybe(MP_OBJ_FROM_PTR(type), MP_QSTR___module__, dest);
    if (dest[0] != MP_OBJ_NULL && mp_obj_is_str(dest[0])) {
        const char* module = mp_obj_str_get_str(dest[0]);
        if (strcmp(module, "builtins") != 0 && strcmp(module, "__main__") != 0) {
            mp_printf(print, "%s.", module);
        }
    }
}

static void print_python_exception_line(const mp_print_t* print, mp_obj_t exc) {
    const mp_obj_type_t* type = mp_obj_get_type(exc);
    print_exception_module(print, type);
    mp_printf(print, "%q", (qstr)type->name);
    mp_obj_t text = mp_obj_str_make_new(&mp_type_str, 1, 0, &exc);
    size_t len;
    const char* data = mp_obj_str_get_data(text, &len);
    if (len > 0) {
        mp_print_str(print, ": ");
        mp_print_strn(print, data, len, 0, ' ', 0);
    }
}

void lsp_exception_line(void* exc, void (*out)(void* ctx, const char* text, size_t len), void* ctx) {
    print_target_t target = {out, ctx};
    mp_print_t print = {&target, print_to_target};
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        const mp_obj_type_t* type = mp_obj_get_type(MP_OBJ_FROM_PTR(exc));
        if (mp_obj_is_instance_type(type)) {
            print_python_exception_line(&print, MP_OBJ_FROM_PTR(exc));
        } else {
            print_exception_module(&print, type);
            mp_obj_print_helper(&print, MP_OBJ_FROM_PTR(exc), PRINT_EXC);
        }
        nlr_pop();
    } else {
        // str() of the exception raised (or memory ran out): fall back to the type name.
        const char* name = mp_obj_get_type_str(MP_OBJ_FROM_PTR(exc));
        out(ctx, name, strlen(name));
    }
}

void* lsp_exception_cause(void* exc) {
    mp_obj_exception_t* e = mp_obj_exception_native_or_null(MP_OBJ_FROM_PTR(exc));
    return e == NULL || e->cause == MP_OBJ_NULL ? NULL : MP_OBJ_TO_PTR(e->cause);
}

void* lsp_exception_context(void* exc) {
    mp_obj_exception_t* e = mp_obj_exception_native_or_null(MP_OBJ_FROM_PTR(exc));
    return e == NULL || e->context == MP_OBJ_NULL ? NULL : MP_OBJ_TO_PTR(e->context);
}

bool lsp_exception_suppress_context(void* exc) {
    mp_obj_exception_t* e = mp_obj_exception_native_or_null(MP_OBJ_FROM_PTR(exc));
    return e != NULL && e->suppress_context;
}

void lsp_exception_notes(void* exc, void (*out)(void* ctx, const char* text, size_t len), void* ctx) {
    mp_obj_exception_t* e = mp_obj_exception_native_or_null(MP_OBJ_FROM_PTR(exc));
    if (e == NULL || e->notes == MP_OBJ_NULL || !mp_obj_is_type(e->notes, &mp_type_list)) { return; }
    print_target_t target = {out, ctx};
    mp_print_t print = {&target, print_to_target};
    size_t n;
    mp_obj_t* items;
    mp_obj_list_get(e->notes, &n, &items);
    for (size_t i = 0; i < n; ++i) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_obj_print_helper(&print, items[i], PRINT_STR);
            nlr_pop();
        } else {
            out(ctx, "<note str() failed>", 19);
        }
        out(ctx, "\n", 1);
    }
}

const char* lsp_type_name(void* obj) { return mp_obj_get_type_str(MP_OBJ_FROM_PTR(obj)); }

bool lsp_system_exit(void* exc, int* code, void (*out)(void* ctx, const char* text, size_t len), void* ctx) {
    mp_obj_t e = MP_OBJ_FROM_PTR(exc);
    if (!mp_obj_is_exception_instance(e) ||
        !mp_obj_exception_match(e, MP_OBJ_FROM_PTR(&mp_type_SystemExit))) {
        return false;
    }
    mp_obj_t value = mp_obj_exception_get_value(e);
    if (value == mp_const_none) {
        *code = 0;
    } else if (mp_obj_is_small_int(value)) {
        *code = (int)MP_OBJ_SMALL_INT_VALUE(value);
    } else if (mp_obj_is_bool(value)) {
        *code = value == mp_const_true;  // sys.exit(not ok): an int to CPython, printed by nobody
    } else {
        *code = 1;
        print_target_t target = {out, ctx};
        mp_print_t print = {&target, print_to_target};
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_obj_print_helper(&print, value, PRINT_STR);
            nlr_pop();
        }
        out(ctx, "\n", 1);
    }
    return true;
}

void* lsp_call_args(void* fn, void* args) {
    size_t base = lsp_safe_base_enter();  // a loop callback: threads.h's GC rule
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        size_t n;
        mp_obj_t* items;
        mp_obj_tuple_get(MP_OBJ_FROM_PTR(args), &n, &items);
        mp_call_function_n_kw(MP_OBJ_FROM_PTR(fn), n, 0, items);
        nlr_pop();
        lsp_safe_base_leave(base);
        return NULL;
    }
    lsp_safe_base_leave(base);
    return nlr.ret_val;
}

void* lsp_call_exception_handler(void* handler, void* loop_wrapper, const char* message, size_t len,
                                 void* exception, void* context, void** error_context) {
    if (error_context != NULL) { *error_context = NULL; }
    mp_obj_t volatile ctx = MP_OBJ_NULL;  // (read after a longjmp)
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        ctx = context != NULL ? MP_OBJ_FROM_PTR(context) : mp_obj_new_dict(2);
        if (context == NULL) {
            mp_obj_dict_store(ctx, MP_OBJ_NEW_QSTR(MP_QSTR_message), mp_obj_new_str(message, len));
        }
        if (context == NULL && exception != NULL) {
            mp_obj_dict_store(ctx, MP_OBJ_NEW_QSTR(MP_QSTR_exception), MP_OBJ_FROM_PTR(exception));
        }
        mp_obj_t loop = loop_wrapper != NULL ? MP_OBJ_FROM_PTR(loop_wrapper) : mp_const_none;
        mp_call_function_2(MP_OBJ_FROM_PTR(handler), loop, ctx);
        nlr_pop();
        return NULL;
    }
    void* volatile error = nlr.ret_val;  // (read after a second longjmp)
    if (error_context != NULL && ctx != MP_OBJ_NULL && nlr_push(&nlr) == 0) {
        mp_obj_t failed = mp_obj_new_dict(3);
        static const char text[] = "Unhandled error in exception handler";
        mp_obj_dict_store(failed, MP_OBJ_NEW_QSTR(MP_QSTR_message), mp_obj_new_str(text, sizeof(text) - 1));
        mp_obj_dict_store(failed, MP_OBJ_NEW_QSTR(MP_QSTR_exception), MP_OBJ_FROM_PTR(error));
        mp_obj_dict_store(failed, MP_OBJ_NEW_QSTR(MP_QSTR_context), ctx);
        *error_context = MP_OBJ_TO_PTR(failed);
        nlr_pop();
    }
    return error;
}

const char* lsp_callable_name(void* fn) {
    mp_obj_t f = MP_OBJ_FROM_PTR(fn);
    mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
    mp_load_method_maybe(f, MP_QSTR___name__, dest);
    if (dest[0] != MP_OBJ_NULL && mp_obj_is_qstr(dest[0])) { return qstr_str(MP_OBJ_QSTR_VALUE(dest[0])); }
    return mp_obj_get_type_str(f);
}

// The end of the main program (C++, finish_threads): threading._shutdown(timeout) if the script
// imported threading. NULL, or the exception it raised.
void* lsp_threading_shutdown(double timeout) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_map_elem_t* e = mp_map_lookup(&MP_STATE_VM(mp_loaded_modules_dict).map,
                                         MP_OBJ_NEW_QSTR(MP_QSTR_threading), MP_MAP_LOOKUP);
        if (e != NULL && e->value != mp_const_none) {
            mp_call_function_1(mp_load_attr(e->value, MP_QSTR__shutdown),
                               mp_obj_new_float((mp_float_t)timeout));
        }
        nlr_pop();
        return NULL;
    }
    return nlr.ret_val;
}

// After it (finish_threads): atexit._run_exitfuncs() if the script imported atexit (shim/atexit.py:
// the callbacks, last registered first). NULL, or the exception it raised.
void* lsp_atexit_run(void) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        // no allocation when the script never imported atexit (its heap may be exhausted)
        qstr module = qstr_find_strn("atexit", 6);
        mp_map_elem_t* e = module == MP_QSTRnull ? NULL
                                                 : mp_map_lookup(&MP_STATE_VM(mp_loaded_modules_dict).map,
                                                                 MP_OBJ_NEW_QSTR(module), MP_MAP_LOOKUP);
        if (e != NULL && e->value != mp_const_none) {
            mp_call_function_0(mp_load_attr(e->value, qstr_from_str("_run_exitfuncs")));
        }
        nlr_pop();
        return NULL;
    }
    return nlr.ret_val;
}

void* lsp_empty_tuple(void) { return MP_OBJ_TO_PTR(mp_const_empty_tuple); }

bool lsp_is_exit_exception(void* obj) {
    mp_obj_t o = MP_OBJ_FROM_PTR(obj);
    return mp_obj_is_exception_instance(o) &&
           (mp_obj_exception_match(o, MP_OBJ_FROM_PTR(&mp_type_KeyboardInterrupt)) ||
            mp_obj_exception_match(o, MP_OBJ_FROM_PTR(&mp_type_SystemExit)));
}
