// The native awaitable (see awaitable.h).
//
// Sections: Stepping · The await protocol (next, send, throw, close) · Finalising · Making one.
#include "asyncio/awaitable.h"

#include <stdio.h>
#include <string.h>

#include "asyncio/futures.h"
#include "coroutines.h"

#include "py/bc.h"
#include "py/objexcept.h"
#include "py/objgenerator.h"
#include "py/runtime.h"

enum { PHASE_NEW, PHASE_RUNNING, PHASE_OVER };

static const mp_obj_type_t awaitable_type;

// ---- Stepping -----------------------------------------------------------------------------------

// An awaitable that is over, or thrown into before its first step (a task cancelled before it
// started: like a coroutine, the exception comes out without the operation having done anything).
static MP_NOINLINE NORETURN void not_resumable(lsp_awaitable_t* aw, mp_obj_t thrown) {
    aw->phase = PHASE_OVER;
    if (thrown != MP_OBJ_NULL) { nlr_raise(thrown); }
    mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("cannot reuse already awaited coroutine"));
}

// The runtime future of the Future object the last step yielded, which is dropped here (nothing
// is collected before the step is over: collections only happen at safe points). Resumed before
// that future is done (a send() by hand), *thrown becomes what CPython's Future.__await__ raises
// there, for the step to clean up.
static MP_NOINLINE void* take_waited(lsp_awaitable_t* aw, mp_obj_t* thrown) {
    void* waited = lsp_py_to_future(MP_OBJ_TO_PTR(aw->waiter));
    aw->waiter = MP_OBJ_NULL;
    if (waited != NULL && *thrown == MP_OBJ_NULL && !lsb_future_done(waited)) {
        *thrown =
            mp_obj_new_exception_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("await wasn't used with future"));
    }
    return waited;
}

// Runs the next step; `thrown`: the exception thrown into the awaiting coroutine, or MP_OBJ_NULL.
// Returns what to yield, or MP_OBJ_STOP_ITERATION (the value in stop_iteration_arg).
static inline mp_obj_t resume(lsp_awaitable_t* aw, mp_obj_t thrown) {
    if (aw->phase != PHASE_RUNNING && (aw->phase == PHASE_OVER || thrown != MP_OBJ_NULL)) {
        not_resumable(aw, thrown);
    }
    void* waited = aw->waiter != MP_OBJ_NULL ? take_waited(aw, &thrown) : NULL;
    // Over unless the step yields: a step that raises (or a resume from inside the step) finds it
    // over, with no nlr frame on the hot path.
    aw->phase = PHASE_OVER;
    mp_obj_t r = aw->step(aw, waited, thrown);
    if (r != MP_OBJ_STOP_ITERATION) {
        aw->phase = PHASE_RUNNING;
        aw->waiter = r == mp_const_none ? MP_OBJ_NULL : r;
    }
    return r;
}

mp_obj_t lsp_await_future(lsp_awaitable_t* aw, void* future) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t w = lsp_adopt_future(future);
        nlr_pop();
        return w;
    }
    // No memory for the Future object. The runtime still has the waiter queued (and referenced):
    // let the operation clean up as if that error had interrupted the wait (its step raises it
    // again), so that no primitive keeps a waiter nobody will ever finish.
    mp_obj_t error = MP_OBJ_FROM_PTR(nlr.ret_val);
    aw->step(aw, future, error);
    nlr_raise(error);
}

// ---- The await protocol (next, send, throw, close) ----------------------------------------------

static mp_obj_t awaitable_iternext(mp_obj_t self_in) { return resume(MP_OBJ_TO_PTR(self_in), MP_OBJ_NULL); }

// A step that ends from send() or throw(): its value travels in StopIteration.
static mp_obj_t yielded_or_raise_stop(mp_obj_t r) {
    if (r == MP_OBJ_STOP_ITERATION) {
        mp_obj_t value = MP_STATE_THREAD(stop_iteration_arg);
        nlr_raise(
            mp_obj_new_exception_arg1(&mp_type_StopIteration, value == MP_OBJ_NULL ? mp_const_none : value));
    }
    return r;
}

// send(value): what next() does; the operations take nothing sent into them.
static mp_obj_t awaitable_send(mp_obj_t self_in, mp_obj_t value) {
    lsp_awaitable_t* aw = MP_OBJ_TO_PTR(self_in);
    if (aw->phase == PHASE_NEW && value != mp_const_none) {
        mp_raise_TypeError(MP_ERROR_TEXT("can't send non-None value to a just-started coroutine"));
    }
    return yielded_or_raise_stop(resume(aw, MP_OBJ_NULL));
}
static MP_DEFINE_CONST_FUN_OBJ_2(awaitable_send_obj, awaitable_send);

// throw(exc) / throw(type[, value]): what the task does to deliver a cancellation.
static mp_obj_t awaitable_throw(size_t n_args, const mp_obj_t* args) {
    mp_obj_t exc = args[1];
    if (mp_obj_is_type(exc, &mp_type_type)) {
        exc = n_args > 2 && args[2] != mp_const_none ? mp_call_function_1(exc, args[2])
                                                     : mp_call_function_0(exc);
    }
    if (!mp_obj_is_exception_instance(exc)) {
        mp_raise_TypeError(MP_ERROR_TEXT("exceptions must derive from BaseException"));
    }
    return yielded_or_raise_stop(resume(MP_OBJ_TO_PTR(args[0]), exc));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(awaitable_throw_obj, 2, 4, awaitable_throw);

// close(): a coroutine's. Unstarted or over: it is over. Waiting: GeneratorExit is thrown in (the
// step cleans up as CPython's `finally` blocks do); yielding again is a RuntimeError, any other
// exception comes out. Also what a coroutine closed while it awaits this one calls.
static mp_obj_t awaitable_close(mp_obj_t self_in) {
    lsp_awaitable_t* aw = MP_OBJ_TO_PTR(self_in);
    if (aw->phase != PHASE_RUNNING) {
        aw->phase = PHASE_OVER;
        return mp_const_none;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = resume(aw, MP_OBJ_FROM_PTR(&mp_const_GeneratorExit_obj));
        nlr_pop();
        if (r != MP_OBJ_STOP_ITERATION) {
            aw->phase = PHASE_OVER;
            mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("coroutine ignored GeneratorExit"));
        }
        return mp_const_none;
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(exc)),
                                MP_OBJ_FROM_PTR(&mp_type_GeneratorExit))) {
        return mp_const_none;
    }
    nlr_jump(nlr.ret_val);
}
static MP_DEFINE_CONST_FUN_OBJ_1(awaitable_close_obj, awaitable_close);

// ---- Finalising ---------------------------------------------------------------------------------

// "Lock.acquire": the type of `a` and the method the script called (made_by), found in the type's
// table, or the name made_by holds ("sleep"); no allocation (this runs in the collector's sweep).
static size_t awaitable_name(const lsp_awaitable_t* aw, char* buf, size_t size) {
    if (aw->made_by != MP_OBJ_NULL && mp_obj_is_qstr(aw->made_by)) {
        size_t n = (size_t)snprintf(buf, size, "%s", qstr_str(MP_OBJ_QSTR_VALUE(aw->made_by)));
        return n < size ? n : size - 1;
    }
    const mp_obj_type_t* type = mp_obj_get_type(aw->a);
    size_t n = (size_t)snprintf(buf, size, "%s", qstr_str(type->name));
    mp_obj_t fn = aw->made_by;
    if (fn != MP_OBJ_NULL && mp_obj_is_type(fn, &mp_type_bound_meth)) {
        fn = ((mp_obj_t*)MP_OBJ_TO_PTR(fn))[1];
    }  // the bound method's function
    if (fn != MP_OBJ_NULL && MP_OBJ_TYPE_HAS_SLOT(type, locals_dict)) {
        const mp_map_t* map = &((mp_obj_dict_t*)MP_OBJ_TYPE_GET_SLOT(type, locals_dict))->map;
        for (size_t i = 0; i < map->alloc; ++i) {
            if (map->table[i].value == fn && mp_obj_is_qstr(map->table[i].key)) {
                n += (size_t)snprintf(buf + n, n < size ? size - n : 0, ".%s",
                                      qstr_str(MP_OBJ_QSTR_VALUE(map->table[i].key)));
                break;
            }
        }
    }
    return n < size ? n : size - 1;
}

// Only awaitables that own a runtime object or are tracked (traced runs) have a finaliser.
static mp_obj_t awaitable_del(mp_obj_t self_in) {
    lsp_awaitable_t* aw = MP_OBJ_TO_PTR(self_in);
    if (aw->tracked) {
        char name[64];
        size_t len = awaitable_name(aw, name, sizeof name);
        lsb_coroutine_finalised(aw, aw->phase == PHASE_NEW, name, len);
    }
    if (aw->owned != NULL) { lsp_owned_del_obj.fun._1(self_in); }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(awaitable_del_obj, awaitable_del);

// `await x` asks x.__await__ first: the attr slot answers it before anything else (the lookup
// every await makes).
static mp_obj_t awaitable_await(mp_obj_t self_in) { return self_in; }
static MP_DEFINE_CONST_FUN_OBJ_1(awaitable_await_obj, awaitable_await);

// ---- What it stands for -------------------------------------------------------------------------

// (the ones a script meets most first: the lookup is linear)
static const lsp_awaitable_site_t* const known_sites[] = {
    &lsp_site_sleep,       &lsp_site_queue_get,    &lsp_site_queue_put,  &lsp_site_wait_for,
    &lsp_site_wait,        &lsp_site_lock_acquire, &lsp_site_event_wait, &lsp_site_semaphore_acquire,
    &lsp_site_wait_for_one};

static const lsp_awaitable_site_t* site_of(const lsp_awaitable_t* aw) {
    for (size_t i = 0; i < MP_ARRAY_SIZE(known_sites); ++i) {
        if (known_sites[i]->step == aw->step) return known_sites[i];
    }
    return NULL;
}

bool lsp_awaitable_describe(mp_obj_t obj, lsp_coro_info_t* out) {
    if (obj == MP_OBJ_NULL || !mp_obj_is_obj(obj) || !mp_obj_is_type(obj, &awaitable_type)) return false;
    const lsp_awaitable_t* aw = MP_OBJ_TO_PTR(obj);
    const lsp_awaitable_site_t* site = site_of(aw);
    if (site == NULL) return false;
    out->name = site->qualname;
    out->name_len = strlen(site->qualname);
    out->file = site->file;
    out->file_len = strlen(site->file);
    out->first_line = out->line = out->body_line = site->def_line;
    out->function = NULL;
    out->alive = aw->phase != PHASE_OVER;
    out->line_is_first = aw->phase == PHASE_NEW;
    if (aw->phase == PHASE_RUNNING) {
        out->line = aw->waiter != MP_OBJ_NULL || site->yield_line == 0 ? site->wait_line : site->yield_line;
    }
    return true;
}

// CPython's `<coroutine object Queue.get at 0x...>`; an operation of no known site has no name.
static void awaitable_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    const lsp_awaitable_site_t* site = site_of(MP_OBJ_TO_PTR(self_in));
    if (site != NULL) {
        mp_printf(print, "<coroutine object %s at 0x%p>", site->qualname, MP_OBJ_TO_PTR(self_in));
    } else {
        mp_printf(print, "<coroutine object at 0x%p>", MP_OBJ_TO_PTR(self_in));
    }
}

static void awaitable_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    if (dest[0] == MP_OBJ_NULL) {
        if (attr == MP_QSTR___await__) {
            dest[0] = MP_OBJ_FROM_PTR(&awaitable_await_obj);
            dest[1] = self_in;
            return;
        }
        if (attr == MP_QSTR___name__ || attr == MP_QSTR___qualname__) {
            const lsp_awaitable_site_t* site = site_of(MP_OBJ_TO_PTR(self_in));
            if (site != NULL) {
                const char* name = site->qualname;
                if (attr == MP_QSTR___name__) {
                    const char* dot = strrchr(name, '.');
                    if (dot != NULL) name = dot + 1;
                }
                dest[0] = mp_obj_new_str(name, strlen(name));
                return;
            }
        }
    }
    dest[1] = MP_OBJ_SENTINEL;  // the methods (locals)
}

static const mp_rom_map_elem_t awaitable_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___await__), MP_ROM_PTR(&awaitable_await_obj)},
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&awaitable_del_obj)},
    {MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&awaitable_send_obj)},
    {MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&awaitable_throw_obj)},
    {MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&awaitable_close_obj)},
};
static MP_DEFINE_CONST_DICT(awaitable_locals_dict, awaitable_locals_table);

// Named `coroutine`: what CPython's asyncio returns in its place.
static MP_DEFINE_CONST_OBJ_TYPE(awaitable_type, MP_QSTR_coroutine, MP_TYPE_FLAG_ITER_IS_ITERNEXT, iter,
                                awaitable_iternext, print, awaitable_print, attr, awaitable_attr, locals_dict,
                                &awaitable_locals_dict, protocol, &lsp_native_awaitable);

// A native awaitable standing for a CPython coroutine (asyncio.sleep(1), queue.get()) that never
// started: its name as CPython's warning shows it ("sleep", "Queue.get"). Patch 0359.
bool lsp_awaitable_unawaited_name(mp_obj_t obj, char* buf, size_t size, size_t* len, mp_obj_t* held) {
    if (!mp_obj_is_type(obj, &awaitable_type)) return false;
    lsp_awaitable_t* aw = MP_OBJ_TO_PTR(obj);
    if (!aw->coroutine || aw->phase != PHASE_NEW) return false;
    *len = awaitable_name(aw, buf, size);
    *held = aw->a;
    return true;
}

// ---- Making one ---------------------------------------------------------------------------------

mp_obj_t lsp_awaitable_new(lsp_step_t step, mp_obj_t a, mp_obj_t b, unsigned flags) {
    const bool traced = (flags & LSP_AWAIT_TRACKED) && mp_gen_track_unstarted;  // patch 0101
    lsp_awaitable_t* aw = (flags & LSP_AWAIT_OWNS) || traced
                              ? mp_obj_malloc_with_finaliser(lsp_awaitable_t, &awaitable_type)
                              : mp_obj_malloc(lsp_awaitable_t, &awaitable_type);
    aw->owned = NULL;
    aw->step = step;
    aw->a = a;
    aw->b = b;
    aw->waiter = MP_OBJ_NULL;
    aw->made_by = (flags & LSP_AWAIT_TRACKED) ? mp_vm_callee : MP_OBJ_NULL;
    aw->phase = PHASE_NEW;
    aw->stage = 0;
    aw->tracked = traced;
    aw->coroutine = (flags & LSP_AWAIT_TRACKED) != 0;
    if (traced) { lsb_coroutine_created(aw); }
    return MP_OBJ_FROM_PTR(aw);
}

static mp_obj_t ready_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) {
    (void)waited;
    (void)thrown;  // never seen: it is over at its first step
    return lsp_await_return(aw->a);
}

mp_obj_t lsp_await_ready(mp_obj_t value) { return lsp_awaitable_new(ready_step, value, MP_OBJ_NULL, 0); }
