// asyncio.Queue, LifoQueue, PriorityQueue: Python objects owning an aio queue of Python objects
// (queues.cpp). get/put/join return native awaitables (asyncio/awaitable.h) whose task
// waits on the queue's runtime "Queue.get" / "Queue.put" / "Queue.join" futures.
#include "asyncio/queues.h"
#include "asyncio/defining_modules.h"

#include "asyncio/awaitable.h"
#include "asyncio/primitives.h"
#include "py/objexcept.h"

#include "py/runtime.h"

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_QueueEmpty, MP_QSTR_QueueEmpty, MP_TYPE_FLAG_NONE, make_new,
                         mp_obj_exception_make_new, print, mp_obj_exception_print, attr,
                         mp_obj_exception_attr, locals_dict, &lsp_locals_asyncio_queues, parent,
                         &mp_type_Exception);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_QueueFull, MP_QSTR_QueueFull, MP_TYPE_FLAG_NONE, make_new,
                         mp_obj_exception_make_new, print, mp_obj_exception_print, attr,
                         mp_obj_exception_attr, locals_dict, &lsp_locals_asyncio_queues, parent,
                         &mp_type_Exception);

void* lsp_queue_exception(bool full) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t e = mp_obj_new_exception(full ? &lsp_type_QueueFull : &lsp_type_QueueEmpty);
        nlr_pop();
        return MP_OBJ_TO_PTR(e);
    }
    return nlr.ret_val;  // the MemoryError raised while making it
}

void* lsp_less(void* a, void* b, bool* less) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = mp_binary_op(MP_BINARY_OP_LESS, MP_OBJ_FROM_PTR(a), MP_OBJ_FROM_PTR(b));
        *less = mp_obj_is_true(r);
        nlr_pop();
        return NULL;
    }
    return nlr.ret_val;
}

// The kind of store each class uses (lsb_queue_new).
enum { KIND_FIFO = 0, KIND_LIFO = 1, KIND_PRIORITY = 2 };

extern const mp_obj_type_t lsp_type_Queue;
extern const mp_obj_type_t lsp_type_LifoQueue;
extern const mp_obj_type_t lsp_type_PriorityQueue;

static mp_obj_t queue_make_new(const mp_obj_type_t* type, size_t n_args, size_t n_kw, const mp_obj_t* args) {
    enum { ARG_maxsize };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_maxsize, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_INT(0)}},
    };
    mp_arg_val_t parsed[MP_ARRAY_SIZE(allowed)];
    static const qstr known[] = {MP_QSTR_maxsize};
    lsp_check_init_keywords(MP_QSTR_Queue, n_args, n_kw, args, known, MP_ARRAY_SIZE(known));
    mp_arg_parse_all_kw_array(n_args, n_kw, args, MP_ARRAY_SIZE(allowed), allowed, parsed);
    mp_int_t maxsize = mp_obj_get_int(parsed[ARG_maxsize].u_obj);
    int kind = type == &lsp_type_LifoQueue       ? KIND_LIFO
               : type == &lsp_type_PriorityQueue ? KIND_PRIORITY
                                                 : KIND_FIFO;
    void* q;
    lsp_check(lsb_queue_new(kind, (long)maxsize, &q));
    return lsp_primitive_new(type, q);
}

// get(): `while self.empty(): wait for a putter to wake us; return self.get_nowait()`.
static mp_obj_t queue_get_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) {
    void* q = lsp_primitive(aw->a);
    if (waited != NULL) { lsp_check(lsb_queue_get_finish(q, waited, MP_OBJ_TO_PTR(thrown))); }
    void* next;
    lsp_check(lsb_queue_get_start(q, &next));
    if (next != NULL) { return lsp_await_future(aw, next); }
    void* item;
    lsp_check(lsb_queue_get_nowait(q, &item));
    return lsp_await_return(MP_OBJ_FROM_PTR(item));
}

// CPython 3.11.7's queues.py: `async def get` (149), `await getter` (158)
const lsp_awaitable_site_t lsp_site_queue_get = {
    queue_get_step, "Queue.get", LSP_CPYTHON_LIB "asyncio/queues.py", 149, 158, 0};

static mp_obj_t queue_get(mp_obj_t self_in) {
    return lsp_awaitable_new(queue_get_step, self_in, MP_OBJ_NULL, LSP_AWAIT_TRACKED);
}
static MP_DEFINE_CONST_FUN_OBJ_1(queue_get_obj, queue_get);

// put(item): `while self.full(): wait for a getter to wake us; self.put_nowait(item)`.
static mp_obj_t queue_put_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) {
    void* q = lsp_primitive(aw->a);
    if (waited != NULL) { lsp_check(lsb_queue_put_finish(q, waited, MP_OBJ_TO_PTR(thrown))); }
    void* next;
    lsp_check(lsb_queue_put_start(q, &next));
    if (next != NULL) { return lsp_await_future(aw, next); }
    lsp_check(lsb_queue_put_nowait(q, MP_OBJ_TO_PTR(aw->b)));
    return lsp_await_return(mp_const_none);
}

// CPython 3.11.7's queues.py: `async def put` (110), `await putter` (120)
const lsp_awaitable_site_t lsp_site_queue_put = {
    queue_put_step, "Queue.put", LSP_CPYTHON_LIB "asyncio/queues.py", 110, 120, 0};

static mp_obj_t queue_put(mp_obj_t self_in, mp_obj_t item) {
    return lsp_awaitable_new(queue_put_step, self_in, item, LSP_AWAIT_TRACKED);
}
static MP_DEFINE_CONST_FUN_OBJ_2(queue_put_obj, queue_put);

LSP_PRIMITIVE_WAIT_METHOD(queue_join, lsb_queue_join_start, lsb_queue_join_finish, mp_const_none);

static mp_obj_t queue_put_nowait(mp_obj_t self_in, mp_obj_t item) {
    lsp_check(lsb_queue_put_nowait(lsp_primitive(self_in), MP_OBJ_TO_PTR(item)));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(queue_put_nowait_obj, queue_put_nowait);

static mp_obj_t queue_get_nowait(mp_obj_t self_in) {
    void* item;
    lsp_check(lsb_queue_get_nowait(lsp_primitive(self_in), &item));
    return MP_OBJ_FROM_PTR(item);
}
static MP_DEFINE_CONST_FUN_OBJ_1(queue_get_nowait_obj, queue_get_nowait);

static mp_obj_t queue_task_done(mp_obj_t self_in) {
    lsp_check(lsb_queue_task_done(lsp_primitive(self_in)));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(queue_task_done_obj, queue_task_done);

static mp_obj_t queue_qsize(mp_obj_t self_in) {
    return mp_obj_new_int_from_uint(lsb_queue_qsize(lsp_primitive(self_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(queue_qsize_obj, queue_qsize);

static mp_obj_t queue_empty(mp_obj_t self_in) {
    return mp_obj_new_bool(lsb_queue_empty(lsp_primitive(self_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(queue_empty_obj, queue_empty);

static mp_obj_t queue_full(mp_obj_t self_in) {
    return mp_obj_new_bool(lsb_queue_full(lsp_primitive(self_in)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(queue_full_obj, queue_full);

// maxsize (a property in CPython).
static void queue_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;  // no attribute can be stored or deleted
    }
    if (attr == MP_QSTR_maxsize) {
        dest[0] = mp_obj_new_int(lsb_queue_maxsize(lsp_primitive(self_in)));
        return;
    }
    dest[1] = MP_OBJ_SENTINEL;  // methods: look in locals_dict
}

static const mp_rom_map_elem_t queue_locals_table[] = {
    LSP_MODULE_ENTRY(asyncio_queues),
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&lsp_owned_del_obj)},
    {MP_ROM_QSTR(MP_QSTR_get), MP_ROM_PTR(&queue_get_obj)},
    {MP_ROM_QSTR(MP_QSTR_put), MP_ROM_PTR(&queue_put_obj)},
    {MP_ROM_QSTR(MP_QSTR_join), MP_ROM_PTR(&queue_join_obj)},
    {MP_ROM_QSTR(MP_QSTR_get_nowait), MP_ROM_PTR(&queue_get_nowait_obj)},
    {MP_ROM_QSTR(MP_QSTR_put_nowait), MP_ROM_PTR(&queue_put_nowait_obj)},
    {MP_ROM_QSTR(MP_QSTR_task_done), MP_ROM_PTR(&queue_task_done_obj)},
    {MP_ROM_QSTR(MP_QSTR_qsize), MP_ROM_PTR(&queue_qsize_obj)},
    {MP_ROM_QSTR(MP_QSTR_empty), MP_ROM_PTR(&queue_empty_obj)},
    {MP_ROM_QSTR(MP_QSTR_full), MP_ROM_PTR(&queue_full_obj)},
};
static MP_DEFINE_CONST_DICT(queue_locals_dict, queue_locals_table);

// repr: `<Queue at 0x... maxsize=0 _queue=[1, 2] tasks=2>`, str without the address (CPython).
static void queue_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    void* q = lsp_primitive(self_in);
    void* items;
    size_t getters, putters;
    long unfinished;
    lsp_check(lsb_queue_state(q, &items, &getters, &putters, &unfinished));
    mp_printf(print, "<%q", mp_obj_get_type(self_in)->name);
    if (kind == PRINT_REPR) { mp_printf(print, " at 0x%p", MP_OBJ_TO_PTR(self_in)); }
    mp_printf(print, " maxsize=%ld", lsb_queue_maxsize(q));
    size_t n;
    mp_obj_t* elems;
    mp_obj_list_get(MP_OBJ_FROM_PTR(items), &n, &elems);
    if (n > 0) {
        mp_print_str(print, " _queue=");
        mp_obj_print_helper(print, MP_OBJ_FROM_PTR(items), PRINT_REPR);
    }
    if (getters > 0) { mp_printf(print, " _getters[%u]", (unsigned)getters); }
    if (putters > 0) { mp_printf(print, " _putters[%u]", (unsigned)putters); }
    if (unfinished > 0) { mp_printf(print, " tasks=%ld", unfinished); }
    mp_print_str(print, ">");
}

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_Queue, MP_QSTR_Queue, MP_TYPE_FLAG_NONE, make_new, queue_make_new, print,
                         queue_print, attr, queue_attr, locals_dict, &queue_locals_dict);

// Subclasses of Queue for isinstance; native types do not inherit methods: same table.
MP_DEFINE_CONST_OBJ_TYPE(lsp_type_LifoQueue, MP_QSTR_LifoQueue, MP_TYPE_FLAG_NONE, make_new, queue_make_new,
                         print, queue_print, attr, queue_attr, locals_dict, &queue_locals_dict, parent,
                         &lsp_type_Queue);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_PriorityQueue, MP_QSTR_PriorityQueue, MP_TYPE_FLAG_NONE, make_new,
                         queue_make_new, print, queue_print, attr, queue_attr, locals_dict,
                         &queue_locals_dict, parent, &lsp_type_Queue);
