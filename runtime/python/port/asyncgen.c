// Async generators (PEP 525), `await` on objects with __await__, and the anext/aiter builtins.
//
// The compiler (patches/0005) turns `async def` + `yield v` into a generator that yields
// `_AsyncGenValue(v)` and wraps the function with async_gen_function, so calling it returns an
// async_generator around that generator. Awaiting `agen.asend(x)` / `__anext__()` drives the
// generator: objects it yields while awaiting something (futures) pass through to the task, a
// wrapped value ends the step with that value, a return ends it with StopAsyncIteration — as
// CPython's async_generator_asend does.
//
// Sections: GET_AWAITABLE · The value an async generator yields · async_generator · The async
//  generator function · aiter / anext builtins · __await__ of native awaitables (patches/0008).
#include "asyncio/asyncgens.h"
#include "asyncio/futures.h"
#include "py/objexcept.h"
#include "py/objgenerator.h"
#include "py/objtype.h"
#include "py/objfun.h"
#include "py/runtime.h"

#include "coroutines.h"

// py/objgenerator.c keeps its instance type private; the head of its layout in MicroPython 1.25.
typedef struct {
    mp_obj_base_t base;
    mp_obj_t pend_exc;
    mp_code_state_t code_state;
} mp_obj_gen_head_t;

// ---- GET_AWAITABLE -------------------------------------------------------------------------------

// A generator made by a generator-based coroutine function (types.coroutine, 3.7's
// @asyncio.coroutine): they mark the function with a `_is_coroutine` attribute, which stands for
// CPython's CO_ITERABLE_COROUTINE code flag.
static bool is_iterable_coroutine(mp_obj_t gen) {
    const mp_obj_gen_head_t* g = MP_OBJ_TO_PTR(gen);
    if (g->code_state.fun_bc == NULL) { return false; }
    mp_obj_t dest[2];
    mp_load_method_maybe(MP_OBJ_FROM_PTR(g->code_state.fun_bc), MP_QSTR__is_coroutine, dest);
    return dest[0] != MP_OBJ_NULL && dest[0] != mp_const_none;
}

// What `await obj` drives: a coroutine itself, else obj.__await__() (must be an iterator; the
// native awaitables, e.g. asyncio futures, answer it with their iterator). A plain generator is no
// awaitable (CPython's TypeError) unless its function is a generator-based coroutine.
static mp_obj_t async_await_iter(mp_obj_t obj) {
    if (mp_obj_is_type(obj, &mp_type_coro_instance)) { return obj; }
    if (mp_obj_is_type(obj, &mp_type_gen_instance)) {
        if (is_iterable_coroutine(obj)) { return obj; }
        mp_raise_msg(&mp_type_TypeError,
                     MP_ERROR_TEXT("object generator can't be used in 'await' expression"));
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(obj, MP_QSTR___await__, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_obj_t it = mp_call_method_n_kw(0, 0, dest);
        const mp_obj_type_t* type = mp_obj_get_type(it);
        if (!mp_obj_is_gen_or_coro(it) && !(type->flags & MP_TYPE_FLAG_ITER_IS_ITERNEXT)) {
            mp_obj_t next[2];
            mp_load_method_maybe(it, MP_QSTR___next__, next);
            if (next[0] == MP_OBJ_NULL) {
                mp_raise_msg_varg(&mp_type_TypeError,
                                  MP_ERROR_TEXT("__await__() returned non-iterator of type '%s'"),
                                  mp_obj_get_type_str(it));
            }
        }
        return it;
    }
    // Anything else is not awaitable, iterable or not (`await [1]`): the native awaitables all
    // answer __await__ above (mp_async_native_await_attr).
    mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("object %s can't be used in 'await' expression"),
                      mp_obj_get_type_str(obj));
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_async_await_iter_obj, async_await_iter);

// ---- The value an async generator yields ---------------------------------------------------------

typedef struct {
    mp_obj_base_t base;
    mp_obj_t value;
} async_gen_value_t;

static MP_DEFINE_CONST_OBJ_TYPE(async_gen_value_type, MP_QSTR__AsyncGenValue, MP_TYPE_FLAG_NONE);

static mp_obj_t async_gen_wrap_value(mp_obj_t value) {
    async_gen_value_t* w = mp_obj_malloc(async_gen_value_t, &async_gen_value_type);
    w->value = value;
    return MP_OBJ_FROM_PTR(w);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_async_gen_wrap_value_obj, async_gen_wrap_value);

// ---- async_generator ---------------------------------------------------------------------------

typedef struct {
    mp_obj_base_t base;
    mp_obj_t gen;   // the generator the compiler made of the async def
    bool started;   // the generator has run (MicroPython cannot throw into a fresh one)
    bool finished;  // returned or raised: every later asend raises StopAsyncIteration
    bool running;   // an asend/athrow/aclose awaitable is being iterated
} async_gen_t;

typedef enum { STEP_ASEND, STEP_ATHROW, STEP_ACLOSE } step_kind_t;
typedef enum { STATE_INIT, STATE_ITER, STATE_CLOSED } step_state_t;

// The awaitable returned by asend() / __anext__() / athrow() / aclose().
typedef struct {
    mp_obj_base_t base;
    async_gen_t* agen;
    mp_obj_t arg;  // the value to send, or the exception to throw
    uint8_t kind;
    uint8_t state;
} async_gen_step_t;

extern const mp_obj_type_t lsp_type_async_generator;
static const mp_obj_type_t async_gen_step_type;

static mp_obj_t new_step(async_gen_t* agen, step_kind_t kind, mp_obj_t arg) {
    async_gen_step_t* s = mp_obj_malloc(async_gen_step_t, &async_gen_step_type);
    s->agen = agen;
    s->arg = arg;
    s->kind = kind;
    s->state = STATE_INIT;
    return MP_OBJ_FROM_PTR(s);
}

// One resumption of the generator. Returns what to yield to the task, or MP_OBJ_STOP_ITERATION
// with the step's result in stop_iteration_arg; raises the step's exception.
static mp_obj_t step_resume(async_gen_step_t* self, mp_obj_t send, mp_obj_t throw) {
    async_gen_t* agen = self->agen;
    if (self->state == STATE_CLOSED) {
        mp_raise_msg(&mp_type_RuntimeError,
                     MP_ERROR_TEXT("cannot reuse already awaited __anext__()/asend()"));
    }
    if (self->state == STATE_INIT) {
        if (agen->running) {
            mp_raise_msg(&mp_type_RuntimeError,
                         MP_ERROR_TEXT("anext(): asynchronous generator is already running"));
        }
        if (agen->finished) {
            self->state = STATE_CLOSED;
            if (self->kind == STEP_ACLOSE) { return mp_make_stop_iteration(mp_const_none); }
            mp_raise_type(&mp_type_StopAsyncIteration);
        }
        self->state = STATE_ITER;
        if (throw == MP_OBJ_NULL) {
            if (self->kind == STEP_ASEND) {
                send = self->arg;
            } else {
                send = MP_OBJ_NULL;
                throw = self->arg;
            }
        }
        if (!agen->started && throw == MP_OBJ_NULL && send != mp_const_none) {
            self->state = STATE_CLOSED;
            mp_raise_TypeError(MP_ERROR_TEXT("can't send non-None value to a just-started async generator"));
        }
        if (!agen->started && throw != MP_OBJ_NULL) {
            // as CPython: closing a generator that never ran just finishes it; an exception
            // thrown into it comes straight out
            agen->finished = true;
            self->state = STATE_CLOSED;
            if (self->kind == STEP_ACLOSE) { return mp_make_stop_iteration(mp_const_none); }
            nlr_raise(throw);
        }
    }
    if (!agen->started) {
        agen->started = true;
        lsp_asyncgen_first_iteration(MP_OBJ_FROM_PTR(agen));  // the running loop's until it finishes
    }
    agen->running = true;
    mp_obj_t ret;
    mp_vm_return_kind_t kind = mp_resume(agen->gen, send, throw, &ret);
    agen->running = false;
    if (kind == MP_VM_RETURN_YIELD) {
        if (!mp_obj_is_type(ret, &async_gen_value_type)) {
            return ret;  // something the generator awaits: the task handles it
        }
        self->state = STATE_CLOSED;
        if (self->kind == STEP_ACLOSE) {
            mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("async generator ignored GeneratorExit"));
        }
        return mp_make_stop_iteration(((async_gen_value_t*)MP_OBJ_TO_PTR(ret))->value);
    }
    self->state = STATE_CLOSED;
    agen->finished = true;
    lsp_asyncgen_finished(MP_OBJ_FROM_PTR(agen));
    if (kind == MP_VM_RETURN_NORMAL) {
        if (self->kind == STEP_ACLOSE) { return mp_make_stop_iteration(mp_const_none); }
        mp_raise_type(&mp_type_StopAsyncIteration);
    }
    // the generator raised
    if (self->kind == STEP_ACLOSE &&
        (mp_obj_exception_match(ret, MP_OBJ_FROM_PTR(&mp_type_GeneratorExit)) ||
         mp_obj_exception_match(ret, MP_OBJ_FROM_PTR(&mp_type_StopAsyncIteration)))) {
        return mp_make_stop_iteration(mp_const_none);
    }
    if (mp_obj_exception_match(ret, MP_OBJ_FROM_PTR(&mp_type_StopAsyncIteration)) ||
        mp_obj_exception_match(ret, MP_OBJ_FROM_PTR(&mp_type_StopIteration))) {
        // PEP 479/525: a Stop*Iteration escaping the body becomes a RuntimeError
        mp_obj_t err = mp_obj_new_exception_msg_varg(
            &mp_type_RuntimeError, MP_ERROR_TEXT("async generator raised %s"), mp_obj_get_type_str(ret));
#if MICROPY_PY_EXCEPTION_CHAINING
        mp_obj_exception_native_or_null(err)->cause = ret;
#endif
        nlr_raise(err);
    }
    nlr_raise(ret);
}

static mp_obj_t step_iternext(mp_obj_t self_in) {
    return step_resume(MP_OBJ_TO_PTR(self_in), mp_const_none, MP_OBJ_NULL);
}

// send()/throw() are called as methods: they raise StopIteration(result) at the end.
static mp_obj_t step_result_or_raise(mp_obj_t r) {
    if (r == MP_OBJ_STOP_ITERATION) {
        mp_obj_t value = MP_STATE_THREAD(stop_iteration_arg);
        mp_raise_StopIteration(value == MP_OBJ_NULL ? mp_const_none : value);
    }
    return r;
}

static mp_obj_t step_send(mp_obj_t self_in, mp_obj_t value) {
    return step_result_or_raise(step_resume(MP_OBJ_TO_PTR(self_in), value, MP_OBJ_NULL));
}
static MP_DEFINE_CONST_FUN_OBJ_2(step_send_obj, step_send);

// throw(exc) / throw(type[, value]): an exception instance to throw
static mp_obj_t exception_from_args(size_t n_args, const mp_obj_t* args) {
    mp_obj_t exc = args[0];
    if (n_args > 1 && args[1] != mp_const_none) {
        if (mp_obj_is_exception_instance(args[1])) { return args[1]; }
        return mp_call_function_1(exc, args[1]);
    }
    return mp_make_raise_obj(exc);
}

static mp_obj_t step_throw(size_t n_args, const mp_obj_t* args) {
    mp_obj_t exc = exception_from_args(n_args - 1, args + 1);
    return step_result_or_raise(step_resume(MP_OBJ_TO_PTR(args[0]), MP_OBJ_NULL, exc));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(step_throw_obj, 2, 4, step_throw);

static mp_obj_t step_close(mp_obj_t self_in) {
    async_gen_step_t* self = MP_OBJ_TO_PTR(self_in);
    self->state = STATE_CLOSED;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(step_close_obj, step_close);

static mp_obj_t identity(mp_obj_t self_in) { return self_in; }
static MP_DEFINE_CONST_FUN_OBJ_1(identity_obj, identity);

static const mp_rom_map_elem_t step_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&step_send_obj)},
    {MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&step_throw_obj)},
    {MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&step_close_obj)},
    {MP_ROM_QSTR(MP_QSTR___await__), MP_ROM_PTR(&identity_obj)},
};
static MP_DEFINE_CONST_DICT(step_locals, step_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(async_gen_step_type, MP_QSTR_async_generator_asend,
                                MP_TYPE_FLAG_ITER_IS_ITERNEXT, iter, step_iternext, locals_dict,
                                &step_locals);

static mp_obj_t agen_aiter(mp_obj_t self_in) { return self_in; }
static MP_DEFINE_CONST_FUN_OBJ_1(agen_aiter_obj, agen_aiter);

static mp_obj_t agen_anext(mp_obj_t self_in) {
    return new_step(MP_OBJ_TO_PTR(self_in), STEP_ASEND, mp_const_none);
}
static MP_DEFINE_CONST_FUN_OBJ_1(agen_anext_obj, agen_anext);

static mp_obj_t agen_asend(mp_obj_t self_in, mp_obj_t value) {
    return new_step(MP_OBJ_TO_PTR(self_in), STEP_ASEND, value);
}
static MP_DEFINE_CONST_FUN_OBJ_2(agen_asend_obj, agen_asend);

static mp_obj_t agen_athrow(size_t n_args, const mp_obj_t* args) {
    return new_step(MP_OBJ_TO_PTR(args[0]), STEP_ATHROW, exception_from_args(n_args - 1, args + 1));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(agen_athrow_obj, 2, 4, agen_athrow);

static mp_obj_t agen_aclose(mp_obj_t self_in) {
    return new_step(MP_OBJ_TO_PTR(self_in), STEP_ACLOSE, mp_obj_new_exception(&mp_type_GeneratorExit));
}
static MP_DEFINE_CONST_FUN_OBJ_1(agen_aclose_obj, agen_aclose);

static const mp_rom_map_elem_t agen_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___aiter__), MP_ROM_PTR(&agen_aiter_obj)},
    {MP_ROM_QSTR(MP_QSTR___anext__), MP_ROM_PTR(&agen_anext_obj)},
    {MP_ROM_QSTR(MP_QSTR_asend), MP_ROM_PTR(&agen_asend_obj)},
    {MP_ROM_QSTR(MP_QSTR_athrow), MP_ROM_PTR(&agen_athrow_obj)},
    {MP_ROM_QSTR(MP_QSTR_aclose), MP_ROM_PTR(&agen_aclose_obj)},
};
static MP_DEFINE_CONST_DICT(agen_locals, agen_locals_table);

// <async_generator object agen at 0x...>, CPython's form (the qualified name, as for coroutines).
static void agen_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    async_gen_t* self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_gen_head_t* g = MP_OBJ_TO_PTR(self->gen);
    mp_print_str(print, "<async_generator object ");
    mp_obj_print_helper(print, lsp_code_name(MP_OBJ_FROM_PTR(g->code_state.fun_bc), true), PRINT_STR);
    mp_printf(print, " at 0x%p>", self);
}

// __name__, __qualname__ and ag_running, as CPython's; the rest are the methods.
static void agen_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    if (dest[0] != MP_OBJ_NULL) { return; }
    async_gen_t* self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_gen_head_t* g = MP_OBJ_TO_PTR(self->gen);
    mp_obj_t fun = MP_OBJ_FROM_PTR(g->code_state.fun_bc);
    if (attr == MP_QSTR___name__) {
        dest[0] = lsp_code_name(fun, false);
    } else if (attr == MP_QSTR___qualname__) {
        dest[0] = lsp_code_name(fun, true);
    } else if (attr == MP_QSTR_ag_running) {
        dest[0] = mp_obj_new_bool(self->running);
    } else {
        dest[1] = MP_OBJ_SENTINEL;
    }
}

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_async_generator, MP_QSTR_async_generator, MP_TYPE_FLAG_NONE, print,
                         agen_print, attr, agen_attr, locals_dict, &agen_locals);

// ---- The async generator function ----------------------------------------------------------------

typedef struct {
    mp_obj_base_t base;
    mp_obj_t fun;  // the generator function the compiler made
} async_gen_fun_t;

static mp_obj_t agen_fun_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t* args) {
    async_gen_fun_t* self = MP_OBJ_TO_PTR(self_in);
    async_gen_t* agen = mp_obj_malloc(async_gen_t, &lsp_type_async_generator);
    agen->gen = mp_call_function_n_kw(self->fun, n_args, n_kw, args);
    agen->started = false;
    agen->finished = false;
    agen->running = false;
    return MP_OBJ_FROM_PTR(agen);
}

// __name__, __qualname__, ... are the function's, and so are stores and deletes (the compiler's
// __annotations__, functools.wraps).
static void agen_fun_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    async_gen_fun_t* self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_NULL) {
        mp_load_method_maybe(self->fun, attr, dest);
        return;
    }
    const mp_obj_type_t* type = mp_obj_get_type(self->fun);
    if (MP_OBJ_TYPE_HAS_SLOT(type, attr)) { MP_OBJ_TYPE_GET_SLOT(type, attr)(self->fun, attr, dest); }
}

// Binds like a function when stored in a class (methods that are async generators).
static MP_DEFINE_CONST_OBJ_TYPE(async_gen_fun_type, MP_QSTR_function, MP_TYPE_FLAG_BINDS_SELF, call,
                                agen_fun_call, attr, agen_fun_attr);

static mp_obj_t async_gen_function(mp_obj_t fun) {
    async_gen_fun_t* f = mp_obj_malloc(async_gen_fun_t, &async_gen_fun_type);
    f->fun = fun;
    return MP_OBJ_FROM_PTR(f);
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_async_gen_function_obj, async_gen_function);

// For inspect (port/inspect_support.c): the generator function an async generator function wraps,
// or MP_OBJ_NULL when obj is not one.
mp_obj_t lsp_async_gen_function_wrapped(mp_obj_t obj) {
    if (!mp_obj_is_type(obj, &async_gen_fun_type)) { return MP_OBJ_NULL; }
    return ((async_gen_fun_t*)MP_OBJ_TO_PTR(obj))->fun;
}

// ---- aiter / anext builtins ------------------------------------------------------------------------

static mp_obj_t builtin_aiter(mp_obj_t obj) {
    mp_obj_t dest[2];
    mp_load_method_maybe(obj, MP_QSTR___aiter__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("'%s' object is not an async iterable"),
                          mp_obj_get_type_str(obj));
    }
    return mp_call_method_n_kw(0, 0, dest);
}
MP_DEFINE_CONST_FUN_OBJ_1(lsp_builtin_aiter_obj, builtin_aiter);

// anext(it, default): awaits it.__anext__() and turns StopAsyncIteration into `default`.
typedef struct {
    mp_obj_base_t base;
    mp_obj_t inner;  // the iterator of it.__anext__()'s awaitable
    mp_obj_t fallback;
} anext_default_t;

static mp_obj_t anext_default_resume(mp_obj_t self_in, mp_obj_t send, mp_obj_t throw) {
    anext_default_t* self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t ret;
    mp_vm_return_kind_t kind;
    // a native awaitable raises rather than returning MP_VM_RETURN_EXCEPTION
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        kind = mp_resume(self->inner, send, throw, &ret);
        nlr_pop();
    } else {
        kind = MP_VM_RETURN_EXCEPTION;
        ret = MP_OBJ_FROM_PTR(nlr.ret_val);
    }
    if (kind == MP_VM_RETURN_YIELD) { return ret; }
    if (kind == MP_VM_RETURN_NORMAL) { return mp_make_stop_iteration(ret); }
    if (mp_obj_exception_match(ret, MP_OBJ_FROM_PTR(&mp_type_StopAsyncIteration))) {
        return mp_make_stop_iteration(self->fallback);
    }
    nlr_raise(ret);
}

static mp_obj_t anext_default_iternext(mp_obj_t self_in) {
    return anext_default_resume(self_in, mp_const_none, MP_OBJ_NULL);
}

static mp_obj_t anext_default_send(mp_obj_t self_in, mp_obj_t value) {
    return step_result_or_raise(anext_default_resume(self_in, value, MP_OBJ_NULL));
}
static MP_DEFINE_CONST_FUN_OBJ_2(anext_default_send_obj, anext_default_send);

static mp_obj_t anext_default_throw(size_t n_args, const mp_obj_t* args) {
    mp_obj_t exc = exception_from_args(n_args - 1, args + 1);
    return step_result_or_raise(anext_default_resume(args[0], MP_OBJ_NULL, exc));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(anext_default_throw_obj, 2, 4, anext_default_throw);

static const mp_rom_map_elem_t anext_default_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&anext_default_send_obj)},
    {MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&anext_default_throw_obj)},
    {MP_ROM_QSTR(MP_QSTR___await__), MP_ROM_PTR(&identity_obj)},
};
static MP_DEFINE_CONST_DICT(anext_default_locals, anext_default_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(anext_default_type, MP_QSTR_anext_awaitable, MP_TYPE_FLAG_ITER_IS_ITERNEXT,
                                iter, anext_default_iternext, locals_dict, &anext_default_locals);

static mp_obj_t builtin_anext(size_t n_args, const mp_obj_t* args) {
    mp_obj_t dest[2];
    mp_load_method_maybe(args[0], MP_QSTR___anext__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("'%s' object is not an async iterator"),
                          mp_obj_get_type_str(args[0]));
    }
    mp_obj_t awaitable = mp_call_method_n_kw(0, 0, dest);
    if (n_args == 1) { return awaitable; }
    anext_default_t* o = mp_obj_malloc(anext_default_t, &anext_default_type);
    o->inner = async_await_iter(awaitable);
    o->fallback = args[1];
    return MP_OBJ_FROM_PTR(o);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(lsp_builtin_anext_obj, 1, 2, builtin_anext);

// ---- __await__ of native awaitables (patches/0008) --------------------------------------------

static mp_obj_t native_await(mp_obj_t self_in) { return mp_getiter(self_in, NULL); }
static MP_DEFINE_CONST_FUN_OBJ_1(native_await_obj, native_await);

bool mp_async_native_await_attr(mp_obj_t obj, mp_obj_t* dest) {
    const mp_obj_type_t* type = mp_obj_get_type(obj);
    // (a coroutine's own __await__ is port/coroutines.c's; a generator has none, as in CPython)
    if (type == &mp_type_gen_instance) { return false; }
    bool awaitable = ((type->flags & MP_TYPE_FLAG_ITER_IS_ITERNEXT) && !mp_obj_is_instance_type(type)) ||
                     mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&lsp_type_Future));
    if (!awaitable) { return false; }
    dest[0] = MP_OBJ_FROM_PTR(&native_await_obj);
    dest[1] = obj;
    return true;
}
