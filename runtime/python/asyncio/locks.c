// asyncio.Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier: Python objects owning the
// aio primitives (locks.cpp). Blocking methods return a native awaitable
// (asyncio/awaitable.h) whose task waits on the primitive's runtime waiter future.
//
// Sections: Lock · Event · Condition · Semaphore, BoundedSemaphore · Barrier.
#include "asyncio/locks.h"
#include "asyncio/defining_modules.h"

#include "asyncio/awaitable.h"
#include "asyncio/primitives.h"
#include "py/objexcept.h"

#include "py/runtime.h"

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_BrokenBarrierError, MP_QSTR_BrokenBarrierError, MP_TYPE_FLAG_NONE, make_new,
                         mp_obj_exception_make_new, print, mp_obj_exception_print, attr,
                         mp_obj_exception_attr, locals_dict, &lsp_locals_asyncio_exceptions, parent,
                         &mp_type_RuntimeError);

void* lsp_barrier_exception(const char* message, size_t len) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t e = mp_obj_new_exception_arg1(&lsp_type_BrokenBarrierError, mp_obj_new_str(message, len));
        nlr_pop();
        return MP_OBJ_TO_PTR(e);
    }
    return nlr.ret_val;  // the MemoryError raised while making it
}

// A new object of `type` owning what `made` made (or raises its error).
static mp_obj_t owned_or_raise(lsb_error_t made, void* const* owned, const mp_obj_type_t* type) {
    lsp_check(made);
    return lsp_primitive_new(type, *owned);
}

// The native part of `obj` if it is a `type` (or a Python subclass of it), else MP_OBJ_NULL.
static mp_obj_t native_of(mp_obj_t obj, const mp_obj_type_t* type) {
    return mp_obj_cast_to_native_base(obj, MP_OBJ_FROM_PTR(type));
}

// ---- repr: CPython's `<asyncio.locks.Lock object at 0x... [unlocked]>` ----------------------------

static void print_head(const mp_print_t* print, mp_obj_t self_in, const char* type) {
    mp_printf(print, "<asyncio.locks.%s object at 0x%p [", type, MP_OBJ_TO_PTR(self_in));
}

static void print_waiters(const mp_print_t* print, size_t waiters) {
    if (waiters > 0) { mp_printf(print, ", waiters:%u", (unsigned)waiters); }
    mp_print_str(print, "]>");
}

static void lock_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    void* lock = lsp_primitive(self_in);
    print_head(print, self_in, "Lock");
    mp_print_str(print, lsb_lock_locked(lock) ? "locked" : "unlocked");
    print_waiters(print, lsb_lock_waiters(lock));
}

static void event_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    void* event = lsp_primitive(self_in);
    print_head(print, self_in, "Event");
    mp_print_str(print, lsb_event_is_set(event) ? "set" : "unset");
    print_waiters(print, lsb_event_waiters(event));
}

static void condition_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    lsp_primitive_obj_t* self = MP_OBJ_TO_PTR(self_in);
    print_head(print, self_in, "Condition");
    mp_print_str(print, lsb_lock_locked(lsp_primitive(self->lock)) ? "locked" : "unlocked");
    print_waiters(print, lsb_condition_waiters(self->owned));
}

static void semaphore_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    void* sem = lsp_primitive(self_in);
    bool bounded = mp_obj_is_type(self_in, &lsp_type_BoundedSemaphore);
    print_head(print, self_in, bounded ? "BoundedSemaphore" : "Semaphore");
    if (lsb_semaphore_locked(sem)) {
        mp_print_str(print, "locked");
    } else {
        mp_printf(print, "unlocked, value:%ld", lsb_semaphore_value(sem));
    }
    print_waiters(print, lsb_semaphore_waiters(sem));
}

static void barrier_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    void* barrier = lsp_primitive(self_in);
    print_head(print, self_in, "Barrier");
    mp_print_str(print, lsb_barrier_state(barrier));
    if (!lsb_barrier_broken(barrier)) {
        mp_printf(print, ", waiters:%ld/%ld", lsb_barrier_n_waiting(barrier), lsb_barrier_parties(barrier));
    }
    mp_print_str(print, "]>");
}

// ---- Lock ---------------------------------------------------------------------------------------

static mp_obj_t lock_make_new(const mp_obj_type_t* type, size_t n_args, size_t n_kw, const mp_obj_t* args) {
    lsp_check_init_keywords(MP_QSTR_Lock, n_args, n_kw, args, NULL, 0);
    mp_arg_check_num(n_args, n_kw, 0, 0, false);
    void* lock;
    return owned_or_raise(lsb_lock_new(&lock), &lock, type);
}

// acquire() gives True, __aenter__() None.
LSP_PRIMITIVE_WAIT_METHOD(lock_acquire, lsb_lock_acquire_start, lsb_lock_acquire_finish, mp_const_true);
// CPython 3.11.7's locks.py: `async def acquire` (93), `await fut` (114)
const lsp_awaitable_site_t lsp_site_lock_acquire = {
    lock_acquire_step, "Lock.acquire", LSP_CPYTHON_LIB "asyncio/locks.py", 93, 114, 0};
LSP_PRIMITIVE_WAIT_METHOD(lock_aenter, lsb_lock_acquire_start, lsb_lock_acquire_finish, mp_const_none);
LSP_PRIMITIVE_CALL_METHOD(lock_release, lsb_lock_release);
LSP_PRIMITIVE_AEXIT_METHOD(lock_aexit, lock_release);
LSP_PRIMITIVE_BOOL_METHOD(lock_locked, lsb_lock_locked);

static const mp_rom_map_elem_t lock_locals_table[] = {
    LSP_MODULE_ENTRY(asyncio_locks),
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&lsp_owned_del_obj)},
    {MP_ROM_QSTR(MP_QSTR_acquire), MP_ROM_PTR(&lock_acquire_obj)},
    {MP_ROM_QSTR(MP_QSTR_release), MP_ROM_PTR(&lock_release_obj)},
    {MP_ROM_QSTR(MP_QSTR_locked), MP_ROM_PTR(&lock_locked_obj)},
    {MP_ROM_QSTR(MP_QSTR___aenter__), MP_ROM_PTR(&lock_aenter_obj)},
    {MP_ROM_QSTR(MP_QSTR___aexit__), MP_ROM_PTR(&lock_aexit_obj)},
};
static MP_DEFINE_CONST_DICT(lock_locals_dict, lock_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_Lock, MP_QSTR_Lock, MP_TYPE_FLAG_NONE, make_new, lock_make_new, print,
                         lock_print, locals_dict, &lock_locals_dict);

// ---- Event --------------------------------------------------------------------------------------

static mp_obj_t event_make_new(const mp_obj_type_t* type, size_t n_args, size_t n_kw, const mp_obj_t* args) {
    lsp_check_init_keywords(MP_QSTR_Event, n_args, n_kw, args, NULL, 0);
    mp_arg_check_num(n_args, n_kw, 0, 0, false);
    void* event;
    return owned_or_raise(lsb_event_new(&event), &event, type);
}

LSP_PRIMITIVE_WAIT_METHOD(event_wait, lsb_event_wait_start, lsb_event_wait_finish, mp_const_true);
// CPython 3.11.7's locks.py: `async def wait` (200), `await fut` (213)
const lsp_awaitable_site_t lsp_site_event_wait = {
    event_wait_step, "Event.wait", LSP_CPYTHON_LIB "asyncio/locks.py", 200, 213, 0};
LSP_PRIMITIVE_CALL_METHOD(event_set, lsb_event_set);
LSP_PRIMITIVE_VOID_METHOD(event_clear, lsb_event_clear);
LSP_PRIMITIVE_BOOL_METHOD(event_is_set, lsb_event_is_set);

static const mp_rom_map_elem_t event_locals_table[] = {
    LSP_MODULE_ENTRY(asyncio_locks),
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&lsp_owned_del_obj)},
    {MP_ROM_QSTR(MP_QSTR_wait), MP_ROM_PTR(&event_wait_obj)},
    {MP_ROM_QSTR(MP_QSTR_set), MP_ROM_PTR(&event_set_obj)},
    {MP_ROM_QSTR(MP_QSTR_clear), MP_ROM_PTR(&event_clear_obj)},
    {MP_ROM_QSTR(MP_QSTR_is_set), MP_ROM_PTR(&event_is_set_obj)},
};
static MP_DEFINE_CONST_DICT(event_locals_dict, event_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_Event, MP_QSTR_Event, MP_TYPE_FLAG_NONE, make_new, event_make_new, print,
                         event_print, locals_dict, &event_locals_dict);

// ---- Condition ----------------------------------------------------------------------------------
// Its lock is a Lock object (a new one unless given): acquire/release/locked/async with are the
// lock's, as CPython's Condition exports them.

static mp_obj_t condition_make_new(const mp_obj_type_t* type, size_t n_args, size_t n_kw,
                                   const mp_obj_t* args) {
    static const qstr known[] = {MP_QSTR_lock};
    lsp_check_init_keywords(MP_QSTR_Condition, n_args, n_kw, args, known, MP_ARRAY_SIZE(known));
    mp_arg_check_num(n_args, n_kw, 0, 1, true);
    mp_obj_t lock = n_args > 0 ? args[0] : mp_const_none;
    if (n_kw > 0) {
        mp_map_t kw;
        mp_map_init_fixed_table(&kw, n_kw, args + n_args);
        for (size_t i = 0; i < n_kw; ++i) {
            if (kw.table[i].key != MP_OBJ_NEW_QSTR(MP_QSTR_lock) || n_args > 0) {
                mp_raise_TypeError(MP_ERROR_TEXT("Condition() takes an optional lock"));
            }
            lock = kw.table[i].value;
        }
    }
    if (lock == mp_const_none) { lock = lock_make_new(&lsp_type_Lock, 0, 0, NULL); }
    mp_obj_t native_lock = native_of(lock, &lsp_type_Lock);
    if (native_lock == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("Condition's lock must be an asyncio.Lock"));
    }
    void* cond;
    mp_obj_t self = owned_or_raise(lsb_condition_new(lsp_primitive(native_lock), &cond), &cond, type);
    ((lsp_primitive_obj_t*)MP_OBJ_TO_PTR(self))->lock = native_lock;
    return self;
}

static mp_obj_t condition_lock(mp_obj_t self_in) {
    return ((lsp_primitive_obj_t*)MP_OBJ_TO_PTR(self_in))->lock;
}

static mp_obj_t condition_acquire(mp_obj_t self_in) { return lock_acquire(condition_lock(self_in)); }
static MP_DEFINE_CONST_FUN_OBJ_1(condition_acquire_obj, condition_acquire);

static mp_obj_t condition_aenter(mp_obj_t self_in) { return lock_aenter(condition_lock(self_in)); }
static MP_DEFINE_CONST_FUN_OBJ_1(condition_aenter_obj, condition_aenter);

static mp_obj_t condition_release(mp_obj_t self_in) { return lock_release(condition_lock(self_in)); }
static MP_DEFINE_CONST_FUN_OBJ_1(condition_release_obj, condition_release);

LSP_PRIMITIVE_AEXIT_METHOD(condition_aexit, condition_release);

static mp_obj_t condition_locked(mp_obj_t self_in) { return lock_locked(condition_lock(self_in)); }
static MP_DEFINE_CONST_FUN_OBJ_1(condition_locked_obj, condition_locked);

// Starts or continues the runtime Condition::Waiting in aw->owned; true when it is over.
static bool condition_wait_advance(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown, mp_obj_t* to_yield) {
    void* next;
    if (waited == NULL) {
        if (aw->owned == NULL) { lsp_check(lsb_condition_wait_op(lsp_primitive(aw->a), &aw->owned)); }
        lsp_check(lsb_op_start(aw->owned, &next));
    } else {
        lsp_check(lsb_op_resume(aw->owned, MP_OBJ_TO_PTR(thrown), &next));
    }
    if (next != NULL) {
        *to_yield = lsp_await_future(aw, next);
        return false;
    }
    return true;
}

static mp_obj_t condition_wait_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) {
    mp_obj_t to_yield;
    if (!condition_wait_advance(aw, waited, thrown, &to_yield)) { return to_yield; }
    return lsp_await_return(mp_const_true);
}

static mp_obj_t condition_wait(mp_obj_t self_in) {
    return lsp_awaitable_new(condition_wait_step, self_in, MP_OBJ_NULL, LSP_AWAIT_OWNS | LSP_AWAIT_TRACKED);
}
static MP_DEFINE_CONST_FUN_OBJ_1(condition_wait_obj, condition_wait);

// wait_for(predicate): `result = predicate(); while not result: await self.wait(); result = predicate()`.
static mp_obj_t condition_wait_for_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) {
    mp_obj_t to_yield;
    if (waited != NULL && !condition_wait_advance(aw, waited, thrown, &to_yield)) { return to_yield; }
    for (;;) {
        mp_obj_t result = mp_call_function_0(aw->b);
        if (mp_obj_is_true(result)) { return lsp_await_return(result); }
        if (!condition_wait_advance(aw, NULL, MP_OBJ_NULL, &to_yield)) { return to_yield; }
    }
}

static mp_obj_t condition_wait_for(mp_obj_t self_in, mp_obj_t predicate) {
    return lsp_awaitable_new(condition_wait_for_step, self_in, predicate, LSP_AWAIT_OWNS | LSP_AWAIT_TRACKED);
}
static MP_DEFINE_CONST_FUN_OBJ_2(condition_wait_for_obj, condition_wait_for);

static mp_obj_t condition_notify(size_t n_args, const mp_obj_t* args) {
    mp_int_t n = n_args > 1 ? mp_obj_get_int(args[1]) : 1;
    lsp_check(lsb_condition_notify(lsp_primitive(args[0]), n > 0 ? (size_t)n : 0));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(condition_notify_obj, 1, 2, condition_notify);

static mp_obj_t condition_notify_all(mp_obj_t self_in) {
    lsp_check(lsb_condition_notify_all(lsp_primitive(self_in)));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(condition_notify_all_obj, condition_notify_all);

static const mp_rom_map_elem_t condition_locals_table[] = {
    LSP_MODULE_ENTRY(asyncio_locks),
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&lsp_owned_del_obj)},
    {MP_ROM_QSTR(MP_QSTR_acquire), MP_ROM_PTR(&condition_acquire_obj)},
    {MP_ROM_QSTR(MP_QSTR_release), MP_ROM_PTR(&condition_release_obj)},
    {MP_ROM_QSTR(MP_QSTR_locked), MP_ROM_PTR(&condition_locked_obj)},
    {MP_ROM_QSTR(MP_QSTR___aenter__), MP_ROM_PTR(&condition_aenter_obj)},
    {MP_ROM_QSTR(MP_QSTR___aexit__), MP_ROM_PTR(&condition_aexit_obj)},
    {MP_ROM_QSTR(MP_QSTR_wait), MP_ROM_PTR(&condition_wait_obj)},
    {MP_ROM_QSTR(MP_QSTR_wait_for), MP_ROM_PTR(&condition_wait_for_obj)},
    {MP_ROM_QSTR(MP_QSTR_notify), MP_ROM_PTR(&condition_notify_obj)},
    {MP_ROM_QSTR(MP_QSTR_notify_all), MP_ROM_PTR(&condition_notify_all_obj)},
};
static MP_DEFINE_CONST_DICT(condition_locals_dict, condition_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_Condition, MP_QSTR_Condition, MP_TYPE_FLAG_NONE, make_new,
                         condition_make_new, print, condition_print, locals_dict, &condition_locals_dict);

// ---- Semaphore, BoundedSemaphore ----------------------------------------------------------------

static mp_obj_t semaphore_new(const mp_obj_type_t* type, size_t n_args, size_t n_kw, const mp_obj_t* args,
                              bool bounded) {
    enum { ARG_value };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_value, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_INT(1)}},
    };
    mp_arg_val_t parsed[MP_ARRAY_SIZE(allowed)];
    static const qstr known[] = {MP_QSTR_value};
    lsp_check_init_keywords(bounded ? MP_QSTR_BoundedSemaphore : MP_QSTR_Semaphore, n_args, n_kw, args, known,
                            MP_ARRAY_SIZE(known));
    mp_arg_parse_all_kw_array(n_args, n_kw, args, MP_ARRAY_SIZE(allowed), allowed, parsed);
    mp_int_t value = mp_obj_get_int(parsed[ARG_value].u_obj);
    void* sem;
    return owned_or_raise(lsb_semaphore_new((long)value, bounded, &sem), &sem, type);
}

static mp_obj_t semaphore_make_new(const mp_obj_type_t* type, size_t n_args, size_t n_kw,
                                   const mp_obj_t* args) {
    return semaphore_new(type, n_args, n_kw, args, false);
}

static mp_obj_t bounded_semaphore_make_new(const mp_obj_type_t* type, size_t n_args, size_t n_kw,
                                           const mp_obj_t* args) {
    return semaphore_new(type, n_args, n_kw, args, true);
}

LSP_PRIMITIVE_WAIT_METHOD(semaphore_acquire, lsb_semaphore_acquire_start, lsb_semaphore_acquire_finish,
                          mp_const_true);
// CPython 3.11.7's locks.py: `async def acquire` (364), `await fut` (387)
const lsp_awaitable_site_t lsp_site_semaphore_acquire = {
    semaphore_acquire_step, "Semaphore.acquire", LSP_CPYTHON_LIB "asyncio/locks.py", 364, 387, 0};
LSP_PRIMITIVE_WAIT_METHOD(semaphore_aenter, lsb_semaphore_acquire_start, lsb_semaphore_acquire_finish,
                          mp_const_none);
LSP_PRIMITIVE_CALL_METHOD(semaphore_release, lsb_semaphore_release);
LSP_PRIMITIVE_AEXIT_METHOD(semaphore_aexit, semaphore_release);
LSP_PRIMITIVE_BOOL_METHOD(semaphore_locked, lsb_semaphore_locked);

// `_value` (CPython's counter, which scripts sometimes print).
static void semaphore_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;  // no attribute can be stored or deleted
    }
    if (attr == MP_QSTR__value) {
        dest[0] = mp_obj_new_int(lsb_semaphore_value(lsp_primitive(self_in)));
        return;
    }
    dest[1] = MP_OBJ_SENTINEL;  // methods: look in locals_dict
}

static const mp_rom_map_elem_t semaphore_locals_table[] = {
    LSP_MODULE_ENTRY(asyncio_locks),
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&lsp_owned_del_obj)},
    {MP_ROM_QSTR(MP_QSTR_acquire), MP_ROM_PTR(&semaphore_acquire_obj)},
    {MP_ROM_QSTR(MP_QSTR_release), MP_ROM_PTR(&semaphore_release_obj)},
    {MP_ROM_QSTR(MP_QSTR_locked), MP_ROM_PTR(&semaphore_locked_obj)},
    {MP_ROM_QSTR(MP_QSTR___aenter__), MP_ROM_PTR(&semaphore_aenter_obj)},
    {MP_ROM_QSTR(MP_QSTR___aexit__), MP_ROM_PTR(&semaphore_aexit_obj)},
};
static MP_DEFINE_CONST_DICT(semaphore_locals_dict, semaphore_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_Semaphore, MP_QSTR_Semaphore, MP_TYPE_FLAG_NONE, make_new,
                         semaphore_make_new, print, semaphore_print, attr, semaphore_attr, locals_dict,
                         &semaphore_locals_dict);

// Native types do not inherit methods through `parent` (only isinstance does): same table.
MP_DEFINE_CONST_OBJ_TYPE(lsp_type_BoundedSemaphore, MP_QSTR_BoundedSemaphore, MP_TYPE_FLAG_NONE, make_new,
                         bounded_semaphore_make_new, print, semaphore_print, attr, semaphore_attr,
                         locals_dict, &semaphore_locals_dict, parent, &lsp_type_Semaphore);

// ---- Barrier ------------------------------------------------------------------------------------

static mp_obj_t barrier_make_new(const mp_obj_type_t* type, size_t n_args, size_t n_kw,
                                 const mp_obj_t* args) {
    enum { ARG_parties };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_parties, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
    };
    mp_arg_val_t parsed[MP_ARRAY_SIZE(allowed)];
    static const qstr known[] = {MP_QSTR_parties};
    lsp_check_init_keywords(MP_QSTR_Barrier, n_args, n_kw, args, known, MP_ARRAY_SIZE(known));
    mp_arg_parse_all_kw_array(n_args, n_kw, args, MP_ARRAY_SIZE(allowed), allowed, parsed);
    mp_int_t parties = mp_obj_get_int(parsed[ARG_parties].u_obj);
    void* barrier;
    return owned_or_raise(lsb_barrier_new((long)parties, &barrier), &barrier, type);
}

// wait() (arg: MP_OBJ_NULL) and reset() / abort() (arg: False / True): runtime state machines.
static mp_obj_t barrier_op_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) {
    void* next;
    if (waited == NULL) {
        void* barrier = lsp_primitive(aw->a);
        if (aw->b == MP_OBJ_NULL) {
            lsp_check(lsb_barrier_wait_op(barrier, &aw->owned));
        } else {
            lsp_check(lsb_barrier_change_op(barrier, aw->b == mp_const_true, &aw->owned));
        }
        lsp_check(lsb_op_start(aw->owned, &next));
    } else {
        lsp_check(lsb_op_resume(aw->owned, MP_OBJ_TO_PTR(thrown), &next));
    }
    if (next != NULL) { return lsp_await_future(aw, next); }
    return lsp_await_return(aw->b == MP_OBJ_NULL ? mp_obj_new_int(lsb_op_result(aw->owned)) : mp_const_none);
}

static const unsigned barrier_op_flags = LSP_AWAIT_OWNS | LSP_AWAIT_TRACKED;

static mp_obj_t barrier_wait(mp_obj_t self_in) {
    return lsp_awaitable_new(barrier_op_step, self_in, MP_OBJ_NULL, barrier_op_flags);
}
static MP_DEFINE_CONST_FUN_OBJ_1(barrier_wait_obj, barrier_wait);

static mp_obj_t barrier_reset(mp_obj_t self_in) {
    return lsp_awaitable_new(barrier_op_step, self_in, mp_const_false, barrier_op_flags);
}
static MP_DEFINE_CONST_FUN_OBJ_1(barrier_reset_obj, barrier_reset);

static mp_obj_t barrier_abort(mp_obj_t self_in) {
    return lsp_awaitable_new(barrier_op_step, self_in, mp_const_true, barrier_op_flags);
}
static MP_DEFINE_CONST_FUN_OBJ_1(barrier_abort_obj, barrier_abort);

static mp_obj_t barrier_aexit(size_t n_args, const mp_obj_t* args) {
    (void)n_args;
    (void)args;
    return lsp_await_ready(mp_const_none);  // nothing to release
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(barrier_aexit_obj, 1, 4, barrier_aexit);

// parties, n_waiting, broken (properties in CPython).
static void barrier_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;  // no attribute can be stored or deleted
    }
    {
        if (attr == MP_QSTR_parties) {
            dest[0] = mp_obj_new_int(lsb_barrier_parties(lsp_primitive(self_in)));
            return;
        }
        if (attr == MP_QSTR_n_waiting) {
            dest[0] = mp_obj_new_int(lsb_barrier_n_waiting(lsp_primitive(self_in)));
            return;
        }
        if (attr == MP_QSTR_broken) {
            dest[0] = mp_obj_new_bool(lsb_barrier_broken(lsp_primitive(self_in)));
            return;
        }
    }
    dest[1] = MP_OBJ_SENTINEL;
}

static const mp_rom_map_elem_t barrier_locals_table[] = {
    LSP_MODULE_ENTRY(asyncio_locks),
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&lsp_owned_del_obj)},
    {MP_ROM_QSTR(MP_QSTR_wait), MP_ROM_PTR(&barrier_wait_obj)},
    {MP_ROM_QSTR(MP_QSTR_reset), MP_ROM_PTR(&barrier_reset_obj)},
    {MP_ROM_QSTR(MP_QSTR_abort), MP_ROM_PTR(&barrier_abort_obj)},
    {MP_ROM_QSTR(MP_QSTR___aenter__), MP_ROM_PTR(&barrier_wait_obj)},
    {MP_ROM_QSTR(MP_QSTR___aexit__), MP_ROM_PTR(&barrier_aexit_obj)},
};
static MP_DEFINE_CONST_DICT(barrier_locals_dict, barrier_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_Barrier, MP_QSTR_Barrier, MP_TYPE_FLAG_NONE, make_new, barrier_make_new,
                         print, barrier_print, attr, barrier_attr, locals_dict, &barrier_locals_dict);
