// wait_for, wait, as_completed, shield and all_tasks (CPython 3.11 tasks.py) on aio's task-less
// forms: none of them creates a task of its own, so Task-N names and all_tasks() are CPython's.
//
// Sections: wait_for · wait · as_completed · shield · all_tasks · gather.
#include "asyncio/combinators.h"

#include "asyncio/awaitable.h"
#include "asyncio/exceptions.h"
#include "asyncio/futures.h"
#include "asyncio/loop.h"
#include "py/builtin.h"
#include "py/objstr.h"
#include "py/runtime.h"

static bool is_future_obj(mp_obj_t o) { return lsp_py_to_future(MP_OBJ_TO_PTR(o)) != NULL; }

// The distinct items of an iterable, in order (Python passes a set: the same future counts once).
static mp_obj_t unique_items(mp_obj_t iterable) {
    mp_obj_t seen = mp_obj_new_set(0, NULL);
    mp_obj_t out = mp_obj_new_list(0, NULL);
    mp_obj_iter_buf_t buf;
    mp_obj_t it = mp_getiter(iterable, &buf);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (!mp_obj_is_true(mp_binary_op(MP_BINARY_OP_CONTAINS, seen, item))) {
            mp_obj_set_store(seen, item);
            mp_obj_list_append(out, item);
        }
    }
    return out;
}

// ---- wait_for ---------------------------------------------------------------------------------
// With a timeout, wait_for is a coroutine as in CPython (a native awaitable): the awaitable becomes
// a task only when it first runs, and gather()/create_task() wrap it in a task of its own, so
// Task-N numbering and timing are CPython's. It then waits on aio's WaitForFuture.
// a: the awaitable, then its future; b: the timeout (a float), then the WaitForFuture (or the done
// future) once set up.

// Whether the wait is over with the awaited future's own outcome (not cancelled, no TimeoutError).
static bool wait_for_has_outcome(mp_obj_t c) {
    if (!lsb_future_done(LSP_FUTURE_PTR(c)) || lsb_future_cancelled(LSP_FUTURE_PTR(c))) { return false; }
    void* exc = NULL;
    lsp_check(lsb_future_exception(LSP_FUTURE_PTR(c), &exc));
    return exc == NULL || !mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(MP_OBJ_FROM_PTR(exc))),
                                                   MP_OBJ_FROM_PTR(&lsp_type_TimeoutError));
}

// A timeout: CPython's `raise TimeoutError() from exc`, exc the awaited task's CancelledError (a
// TimeoutError of the awaited task's own is not chained: that task was not cancelled).
static void wait_for_chain_timeout(lsp_awaitable_t* self, mp_obj_t exc) {
    if (mp_obj_is_exception_instance(exc) && lsb_future_cancelled(LSP_FUTURE_PTR(self->a)) &&
        mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(exc)),
                                MP_OBJ_FROM_PTR(&lsp_type_TimeoutError))) {
        mp_obj_t cause = mp_obj_new_exception(&lsp_type_CancelledError);
        mp_store_attr(exc, MP_QSTR___cause__, cause);
        mp_store_attr(exc, MP_QSTR___context__, cause);
    }
}

static mp_obj_t wait_for_step(lsp_awaitable_t* self, void* waited, mp_obj_t thrown) {
    (void)waited;  // b
    if (thrown != MP_OBJ_NULL) {
        // (thrown only once started: a is the future, b the waiter)
        wait_for_chain_timeout(self, thrown);
        // CPython's wait_for catches a cancellation that arrives once the awaited future is done and
        // returns its outcome instead (`if fut.done(): return fut.result()`); after a timeout it
        // waits in _cancel_and_wait, where the cancellation propagates.
        if (!(lsp_is_cancelled_error(MP_OBJ_TO_PTR(thrown)) && wait_for_has_outcome(self->b))) {
            nlr_raise(thrown);
        }
    }
    if (self->stage == 0) {
        self->stage = 1;
        double t = (double)mp_obj_get_float(self->b);
        mp_obj_t f = lsp_ensure_future(self->a);
        self->a = f;  // kept: whether it was cancelled tells a timeout from its own TimeoutError
        if (t <= 0 && lsb_future_done(LSP_FUTURE_PTR(f))) {
            self->b = f;
        } else {
            void* w;
            lsp_check(lsb_wait_for(LSP_FUTURE_PTR(f), t, &w));
            self->b = lsp_adopt_future(w);
        }
        if (!lsb_future_done(LSP_FUTURE_PTR(self->b))) { return self->b; }
    }
    void* value;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        lsp_check(lsb_future_result(LSP_FUTURE_PTR(self->b), &value));
        nlr_pop();
    } else {
        wait_for_chain_timeout(self, MP_OBJ_FROM_PTR(nlr.ret_val));
        nlr_jump(nlr.ret_val);
    }
    return lsp_await_return(MP_OBJ_FROM_PTR(value));
}

// CPython 3.11.7's tasks.py: `async def wait_for` (436), `await waiter` (476)
const lsp_awaitable_site_t lsp_site_wait_for = {wait_for_step, "wait_for", LSP_CPYTHON_LIB "asyncio/tasks.py",
                                                436,           476,        0};

static mp_obj_t asyncio_wait_for(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    enum { ARG_fut, ARG_timeout };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_fut, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_timeout, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos, kw, MP_ARRAY_SIZE(allowed), allowed, args);
    mp_obj_t aw = args[ARG_fut].u_obj;
    mp_obj_t timeout = args[ARG_timeout].u_obj;
    if (!lsp_is_awaitable(aw)) {
        mp_raise_TypeError(MP_ERROR_TEXT("An asyncio.Future, a coroutine or an awaitable is required"));
    }
    if (timeout == mp_const_none) {
        // `return await fut`: the awaitable itself (a coroutine runs inline in the awaiting task).
        return aw;
    }
    mp_obj_t t = mp_obj_new_float(mp_obj_get_float(timeout));  // a bad timeout fails here
    mp_obj_t w = lsp_awaitable_new(wait_for_step, aw, t, LSP_AWAIT_TRACKED);
    ((lsp_awaitable_t*)MP_OBJ_TO_PTR(w))->made_by = MP_OBJ_NEW_QSTR(MP_QSTR_wait_for);  // never awaited
    return w;
}

// ---- wait -------------------------------------------------------------------------------------
// Before the first step, a: the call's arguments (fs, timeout, return_when) as a tuple; after it,
// a: the distinct futures (list), b: the waiter (Future object).

static void wait_setup(lsp_awaitable_t* s, mp_obj_t fs, mp_obj_t timeout, mp_obj_t return_when);

static mp_obj_t wait_step(lsp_awaitable_t* self, void* waited, mp_obj_t thrown) {
    (void)waited;  // b
    if (thrown != MP_OBJ_NULL) { nlr_raise(thrown); }
    if (self->stage == 0) {
        // wait() is a coroutine in CPython: its checks, the loop it needs and its timeout all
        // start when it is first awaited, not when it is called.
        self->stage = 1;
        mp_obj_t* call = ((mp_obj_tuple_t*)MP_OBJ_TO_PTR(self->a))->items;
        wait_setup(self, call[0], call[1], call[2]);
    }
    if (self->stage == 1 && !lsb_future_done(LSP_FUTURE_PTR(self->b))) {
        self->stage = 2;
        return self->b;
    }
    // Done and pending are sorted out when the awaiting task resumes, as in CPython's _wait.
    mp_obj_t done = mp_obj_new_set(0, NULL);
    mp_obj_t pending = mp_obj_new_set(0, NULL);
    size_t n;
    mp_obj_t* items;
    mp_obj_list_get(self->a, &n, &items);
    for (size_t i = 0; i < n; ++i) {
        mp_obj_set_store(lsb_future_done(LSP_FUTURE_PTR(items[i])) ? done : pending, items[i]);
    }
    mp_obj_t pair[2] = {done, pending};
    return lsp_await_return(mp_obj_new_tuple(2, pair));
}

static int return_when_index(mp_obj_t rw) {
    static const qstr names[] = {MP_QSTR_FIRST_COMPLETED, MP_QSTR_FIRST_EXCEPTION, MP_QSTR_ALL_COMPLETED};
    for (int i = 0; i < 3; ++i) {
        if (mp_obj_is_str(rw) && mp_obj_equal(rw, MP_OBJ_NEW_QSTR(names[i]))) { return i; }
    }
    return -1;
}

// The checks and set-up of CPython's wait(); raises what it would raise.
static void wait_setup(lsp_awaitable_t* s, mp_obj_t fs, mp_obj_t timeout, mp_obj_t return_when) {
    if (is_future_obj(fs) || lsp_is_awaitable_coroutine(fs)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("expect a list of futures, not %s"),
                          mp_obj_get_type_str(fs));
    }
    mp_obj_t items = unique_items(fs);
    size_t n;
    mp_obj_t* list;
    mp_obj_list_get(items, &n, &list);
    if (n == 0) { mp_raise_ValueError(MP_ERROR_TEXT("Set of Tasks/Futures is empty.")); }
    int rw = return_when_index(return_when);
    if (rw < 0) {
        mp_obj_t r = mp_obj_str_make_new(&mp_type_str, 1, 0, &return_when);
        mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("Invalid return_when value: %s"),
                          mp_obj_str_get_str(r));
    }
    for (size_t i = 0; i < n; ++i) {
        if (lsp_is_awaitable_coroutine(list[i])) {
            mp_raise_TypeError(MP_ERROR_TEXT("Passing coroutines is forbidden, use tasks explicitly."));
        }
    }
    if (lsb_running_loop() == NULL) {
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("no running event loop"));
    }
    void** futs = m_new(void*, n);
    for (size_t i = 0; i < n; ++i) {
        list[i] = lsp_ensure_future(list[i]);
        futs[i] = LSP_FUTURE_PTR(list[i]);
    }
    void* w;
    lsp_check(lsb_wait(futs, n, timeout != mp_const_none,
                       timeout != mp_const_none ? (double)mp_obj_get_float(timeout) : 0.0, rw, &w));
    s->a = items;
    s->b = lsp_adopt_future(w);
}

// CPython 3.11.7's tasks.py: `async def wait` (399), `return await _wait(...)` (428)
const lsp_awaitable_site_t lsp_site_wait = {wait_step, "wait", LSP_CPYTHON_LIB "asyncio/tasks.py",
                                            399,       428,    0};

static mp_obj_t asyncio_wait(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    enum { ARG_fs, ARG_timeout, ARG_return_when };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_fs, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_timeout, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_return_when, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_QSTR(MP_QSTR_ALL_COMPLETED)}},
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos, kw, MP_ARRAY_SIZE(allowed), allowed, args);
    mp_obj_t call[3] = {args[ARG_fs].u_obj, args[ARG_timeout].u_obj, args[ARG_return_when].u_obj};
    mp_obj_t w = lsp_awaitable_new(wait_step, mp_obj_new_tuple(3, call), MP_OBJ_NULL, LSP_AWAIT_TRACKED);
    ((lsp_awaitable_t*)MP_OBJ_TO_PTR(w))->made_by = MP_OBJ_NEW_QSTR(MP_QSTR_wait);  // never awaited
    return w;
}

// ---- as_completed -----------------------------------------------------------------------------
// The shared state is owned by an `_AsCompleted` object; each item the iterator gives is a native
// awaitable (a: that object, b: the getter future it waits on) doing CPython's _wait_for_one().

typedef struct {
    mp_obj_base_t base;
    void* owned;  // the as_completed state (lsp_owner_t)
} as_completed_obj_t;

static const mp_rom_map_elem_t as_completed_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&lsp_owned_del_obj)},
};
static MP_DEFINE_CONST_DICT(as_completed_locals_dict, as_completed_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(as_completed_type, MP_QSTR__AsCompleted, MP_TYPE_FLAG_NONE, locals_dict,
                                &as_completed_locals_dict);

static mp_obj_t wait_for_one_step(lsp_awaitable_t* self, void* waited, mp_obj_t thrown) {
    (void)waited;  // b
    void* state = ((as_completed_obj_t*)MP_OBJ_TO_PTR(self->a))->owned;
    if (thrown != MP_OBJ_NULL) {
        if (self->b != MP_OBJ_NULL) {
            lsb_as_completed_abandon(state, LSP_FUTURE_PTR(self->b));
            self->b = MP_OBJ_NULL;
        }
        nlr_raise(thrown);
    }
    void* getter;
    lsp_check(lsb_as_completed_getter(state, &getter));
    if (getter != NULL) {
        self->b = lsp_adopt_future(getter);
        return self->b;
    }
    self->b = MP_OBJ_NULL;
    void* value;
    lsp_check(lsb_as_completed_take(state, &value));
    return lsp_await_return(MP_OBJ_FROM_PTR(value));
}

// as_completed() is a generator in CPython: nothing happens (no task, no error) until the first
// next(); then it sets everything up and gives one _wait_for_one() per distinct awaitable.
typedef struct {
    mp_obj_base_t base;
    mp_obj_t fs;
    mp_obj_t timeout;
    mp_obj_t holder;  // MP_OBJ_NULL until the first next()
    size_t n, given;
} as_completed_iter_t;

static void as_completed_setup(as_completed_iter_t* self) {
    mp_obj_t fs = self->fs;
    if (is_future_obj(fs) || lsp_is_awaitable_coroutine(fs)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("expect an iterable of futures, not %s"),
                          mp_obj_get_type_str(fs));
    }
    mp_obj_t items = unique_items(fs);
    size_t n;
    mp_obj_t* list;
    mp_obj_list_get(items, &n, &list);
    void** futs = m_new(void*, n ? n : 1);
    for (size_t i = 0; i < n; ++i) {
        list[i] = lsp_ensure_future(list[i]);
        futs[i] = LSP_FUTURE_PTR(list[i]);
    }
    mp_obj_t timeout = self->timeout;
    as_completed_obj_t* holder = mp_obj_malloc_with_finaliser(as_completed_obj_t, &as_completed_type);
    holder->owned = NULL;
    void* state;
    lsp_check(lsb_as_completed_new(futs, n, timeout != mp_const_none,
                                   timeout != mp_const_none ? (double)mp_obj_get_float(timeout) : 0.0,
                                   &state));
    holder->owned = state;
    self->holder = MP_OBJ_FROM_PTR(holder);
    self->n = n;
    self->fs = mp_const_none;
}

// CPython 3.11.7's tasks.py: as_completed's `async def _wait_for_one` (610), `await done.get()` (611)
const lsp_awaitable_site_t lsp_site_wait_for_one = {wait_for_one_step,
                                                    "as_completed.<locals>._wait_for_one",
                                                    LSP_CPYTHON_LIB "asyncio/tasks.py",
                                                    610,
                                                    611,
                                                    0};

static mp_obj_t as_completed_iternext(mp_obj_t self_in) {
    as_completed_iter_t* self = MP_OBJ_TO_PTR(self_in);
    if (self->holder == MP_OBJ_NULL) {
        if (self->fs == MP_OBJ_NULL) {
            return MP_OBJ_STOP_ITERATION;  // the set-up raised: the generator is finished
        }
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            as_completed_setup(self);
            nlr_pop();
        } else {
            self->fs = MP_OBJ_NULL;
            nlr_jump(nlr.ret_val);
        }
    }
    if (self->given >= self->n) { return MP_OBJ_STOP_ITERATION; }
    self->given++;
    return lsp_awaitable_new(wait_for_one_step, self->holder, MP_OBJ_NULL, 0);
}

static MP_DEFINE_CONST_OBJ_TYPE(as_completed_iter_type, MP_QSTR_generator, MP_TYPE_FLAG_ITER_IS_ITERNEXT,
                                iter, as_completed_iternext);

static mp_obj_t asyncio_as_completed(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    enum { ARG_fs, ARG_timeout };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_fs, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_timeout, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos, kw, MP_ARRAY_SIZE(allowed), allowed, args);
    as_completed_iter_t* it = mp_obj_malloc(as_completed_iter_t, &as_completed_iter_type);
    it->fs = args[ARG_fs].u_obj;
    it->timeout = args[ARG_timeout].u_obj;
    it->holder = MP_OBJ_NULL;
    it->n = 0;
    it->given = 0;
    return MP_OBJ_FROM_PTR(it);
}

// ---- shield -----------------------------------------------------------------------------------

// shield(arg)
static mp_obj_t asyncio_shield(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    static const mp_arg_t allowed[] = {{MP_QSTR_arg, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}}};
    mp_arg_val_t args[1];
    mp_arg_parse_all(n_args, pos, kw, 1, allowed, args);
    mp_obj_t inner = lsp_ensure_future(args[0].u_obj);
    if (lsb_future_done(LSP_FUTURE_PTR(inner))) { return inner; }
    void* outer;
    lsp_check(lsb_shield(LSP_FUTURE_PTR(inner), &outer));
    return lsp_adopt_future(outer);
}
LSP_DEFINE_ASYNCIO_FUNCTION_KW(lsp_asyncio_shield_obj, 0, asyncio_shield);

// ---- all_tasks --------------------------------------------------------------------------------

static mp_obj_t asyncio_all_tasks(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    static const mp_arg_t allowed[] = {{MP_QSTR_loop, MP_ARG_OBJ, {.u_obj = MP_ROM_NONE}}};
    mp_arg_val_t parsed[1];
    mp_arg_parse_all(n_args, pos, kw, 1, allowed, parsed);
    const mp_obj_t* args = &parsed[0].u_obj;
    void* loop;
    if (args[0] == mp_const_none) {
        loop = lsb_running_loop();
        if (loop == NULL) { mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("no running event loop")); }
    } else if (lsp_is_loop_obj(args[0])) {
        loop = lsp_loop_from_obj(args[0]);
    } else {
        return mp_obj_new_set(0, NULL);  // no task belongs to a non-loop (CPython: set())
    }
    size_t n = lsb_all_tasks(loop, NULL, 0);
    void** tasks = m_new(void*, n ? n : 1);
    n = lsb_all_tasks(loop, tasks, n);
    mp_obj_t out = mp_obj_new_set(0, NULL);
    for (size_t i = 0; i < n; ++i) { mp_obj_set_store(out, lsp_future_obj(tasks[i])); }
    return out;
}
LSP_DEFINE_ASYNCIO_FUNCTION_KW(lsp_asyncio_all_tasks_obj, 0, asyncio_all_tasks);

// Minimum 0: mp_arg_parse_all names what is missing ("wait_for() missing 1 required positional argument: 'timeout'").
LSP_DEFINE_ASYNCIO_FUNCTION_KW(lsp_asyncio_wait_for_obj, 0, asyncio_wait_for);
LSP_DEFINE_ASYNCIO_FUNCTION_KW(lsp_asyncio_wait_obj, 0, asyncio_wait);
LSP_DEFINE_ASYNCIO_FUNCTION_KW(lsp_asyncio_as_completed_obj, 0, asyncio_as_completed);

// ---- gather ----------------------------------------------------------------------------------

static mp_obj_t asyncio_gather(size_t n_args, const mp_obj_t* pos, mp_map_t* kw) {
    bool return_exceptions = false;
    if (kw != NULL) {
        for (size_t i = 0; i < kw->alloc; ++i) {
            if (!mp_map_slot_is_filled(kw, i)) { continue; }
            if (kw->table[i].key == MP_OBJ_NEW_QSTR(MP_QSTR_return_exceptions)) {
                return_exceptions = mp_obj_is_true(kw->table[i].value);
            } else {
                mp_raise_msg_varg(&mp_type_TypeError,
                                  MP_ERROR_TEXT("gather() got an unexpected keyword argument '%q'"),
                                  mp_obj_str_get_qstr(kw->table[i].key));
            }
        }
    }
    // The children as runtime futures (coroutines become tasks, in argument order). The list keeps
    // their wrappers alive, and so the runtime objects, until the gathering future holds them.
    mp_obj_t children = mp_obj_new_list(0, NULL);
    void** futs = m_new(void*, n_args ? n_args : 1);
    for (size_t i = 0; i < n_args; ++i) {
        mp_unary_op(MP_UNARY_OP_HASH, pos[i]);  // CPython keys its children by argument: a list is unhashable
        mp_obj_t w = lsp_ensure_future(pos[i]);
        mp_obj_list_append(children, w);
        futs[i] = LSP_FUTURE_PTR(w);
    }
    // gather() of nothing: a finished future of get_event_loop()'s loop (CPython's), which a
    // loop.run_until_complete(gather(*pending)) outside a running loop needs.
    void* loop = NULL;
    if (n_args == 0) { lsp_check(lsb_get_event_loop(&loop)); }
    void* g;
    lsp_check(lsb_gather(loop, futs, n_args, return_exceptions, &g));
    return lsp_adopt_future(g);
}
LSP_DEFINE_ASYNCIO_FUNCTION_KW(lsp_asyncio_gather_obj, 0, asyncio_gather);
