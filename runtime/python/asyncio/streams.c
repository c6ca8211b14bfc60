// asyncio streams for Python scripts: open_connection, start_server, StreamReader, StreamWriter,
// Server, IncompleteReadError, LimitOverrunError, and the builtin ConnectionError family.
// The C++ objects live in boxes (streams.cpp). Every coroutine method returns a native
// awaitable (asyncio/awaitable.h): it tries the operation, and when it must wait it yields the runtime
// future to wait on (the reader's waiter, the drain waiter, the connection), as CPython's
// coroutines await those futures; then it tries again.
//
// Sections: Exceptions · Wrapper objects · The awaitable every coroutine method returns ·
//  StreamReader · StreamWriter · Server · open_connection / start_server · A server's new
//  connection.
#include <string.h>

#include "asyncio/streams.h"
#include "asyncio/defining_modules.h"

#include "asyncio/awaitable.h"
#include "asyncio/futures.h"
#include "asyncio/loop.h"
#include "py/objgenerator.h"
#include "interp.h"
#include "py/objexcept.h"
#include "py/objstr.h"
#include "py/objtuple.h"
#include "py/gc.h"
#include "py/runtime.h"

#define STREAM_LIMIT_DEFAULT (64 * 1024)

// ---- Exceptions ---------------------------------------------------------------------------------

#define STREAM_EXCEPTION(name, parent_type)                                                  \
    MP_DEFINE_CONST_OBJ_TYPE(lsp_type_##name, MP_QSTR_##name, MP_TYPE_FLAG_NONE, make_new,   \
                             mp_obj_exception_make_new, print, mp_obj_exception_print, attr, \
                             mp_obj_exception_attr, parent, parent_type)

// ConnectionError and its subclasses are builtins (port/builtin_errors.c, declared in mpconfigport.h).

// IncompleteReadError and LimitOverrunError carry attributes (partial, expected / consumed) but
// print only their message, as CPython's. MicroPython's exception object has no room for more
// fields, so the runtime makes args a tuple allocated with room for the attributes after the
// message (len 1: str(), repr() and args show the message only; the GC scans the whole block).
// Instances made by calling the class (the Python streams of shim/_asyncio_streams.py, a script's
// own IncompleteReadError(b'ab', 5)) keep their two arguments, and show the message CPython's
// __init__ would make from them. (An exception type cannot have its own make_new here: the
// interpreter tells native exceptions by theirs.)
static bool made_by_runtime(const mp_obj_tuple_t* args) {
    return args->len == 1 && gc_nbytes(args) >= sizeof(mp_obj_tuple_t) + 3 * sizeof(mp_obj_t);
}

static bool made_by_call(const mp_obj_t self_in) {
    const mp_obj_exception_t* self = MP_OBJ_TO_PTR(self_in);
    return self->args != NULL && self->args->len == 2;
}

static mp_obj_t stream_exc_extra(mp_obj_t self_in, size_t index) {
    mp_obj_exception_t* self = MP_OBJ_TO_PTR(self_in);
    mp_obj_tuple_t* args = self->args;
    if (args == NULL) { return mp_const_none; }
    if (made_by_runtime(args)) { return args->items[1 + index]; }
    size_t offset = self->base.type == &lsp_type_LimitOverrunError ? 1 : 0;  // (message, consumed)
    return made_by_call(self_in) && index + offset < 2 ? args->items[index + offset] : mp_const_none;
}

// CPython 3.11's message: "7 bytes read on a total of 10 expected bytes" ("undefined" for None).
static mp_obj_t incomplete_read_message(size_t partial_len, mp_obj_t expected) {
    vstr_t text;
    mp_print_t print;
    vstr_init_print(&text, 64, &print);
    mp_printf(&print, "%u bytes read on a total of ", (unsigned)partial_len);
    if (expected == mp_const_none) {
        mp_print_str(&print, "undefined");
    } else {
        mp_obj_print_helper(&print, expected, PRINT_REPR);
    }
    mp_print_str(&print, " expected bytes");
    return mp_obj_new_str_from_vstr(&text);
}

// The args a call-made instance shows: (message,), as CPython's __init__ leaves them.
static mp_obj_t shown_args(mp_obj_t self_in) {
    mp_obj_exception_t* self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t message = self->args->items[0];
    if (self->base.type == &lsp_type_IncompleteReadError) {
        message =
            incomplete_read_message(mp_obj_get_int(mp_obj_len(self->args->items[0])), self->args->items[1]);
    }
    return mp_obj_new_tuple(1, &message);
}

static void stream_exc_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    if (!made_by_call(self_in)) {
        mp_obj_exception_print(print, self_in, kind);
        return;
    }
    mp_obj_exception_t* self = MP_OBJ_TO_PTR(self_in);
    mp_obj_tuple_t* own = self->args;
    self->args = MP_OBJ_TO_PTR(shown_args(self_in));  // printed as the message alone
    mp_obj_exception_print(print, self_in, kind);
    self->args = own;
}

static void incomplete_read_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    if (dest[0] == MP_OBJ_NULL && (attr == MP_QSTR_partial || attr == MP_QSTR_expected)) {
        dest[0] = stream_exc_extra(self_in, attr == MP_QSTR_partial ? 0 : 1);
        return;
    }
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR_args && made_by_call(self_in)) {
        dest[0] = shown_args(self_in);
        return;
    }
    mp_obj_exception_attr(self_in, attr, dest);
}

static void limit_overrun_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR_consumed) {
        dest[0] = stream_exc_extra(self_in, 0);
        return;
    }
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR_args && made_by_call(self_in)) {
        dest[0] = shown_args(self_in);
        return;
    }
    mp_obj_exception_attr(self_in, attr, dest);
}

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_IncompleteReadError, MP_QSTR_IncompleteReadError, MP_TYPE_FLAG_NONE,
                         make_new, mp_obj_exception_make_new, print, stream_exc_print, attr,
                         incomplete_read_attr, locals_dict, &lsp_locals_asyncio_exceptions, parent,
                         &mp_type_EOFError);

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_LimitOverrunError, MP_QSTR_LimitOverrunError, MP_TYPE_FLAG_NONE, make_new,
                         mp_obj_exception_make_new, print, stream_exc_print, attr, limit_overrun_attr,
                         locals_dict, &lsp_locals_asyncio_exceptions, parent, &mp_type_Exception);

static mp_obj_t exception_with_extras(const mp_obj_type_t* type, mp_obj_t message, mp_obj_t a, mp_obj_t b) {
    mp_obj_t exc = mp_obj_new_exception_arg1(type, message);
    mp_obj_t items[3] = {message, a, b};
    mp_obj_tuple_t* args = MP_OBJ_TO_PTR(mp_obj_new_tuple(3, items));
    args->len = 1;
    ((mp_obj_exception_t*)MP_OBJ_TO_PTR(exc))->args = args;
    return exc;
}

// A message "[Errno N] text" as (N, "text"); false for any other message.
static bool errno_prefix(const char* message, size_t len, mp_obj_t out[2]) {
    static const char prefix[] = "[Errno ";
    const size_t plen = sizeof prefix - 1;
    if (len <= plen || strncmp(message, prefix, plen) != 0) return false;
    size_t i = plen;
    bool negative = i < len && message[i] == '-';
    if (negative) ++i;
    size_t digits = i;
    mp_int_t number = 0;
    while (i < len && message[i] >= '0' && message[i] <= '9' && i - digits < 6) {
        number = number * 10 + (message[i] - '0');
        ++i;
    }
    if (i == digits || i + 1 >= len || message[i] != ']' || message[i + 1] != ' ') return false;
    out[0] = MP_OBJ_NEW_SMALL_INT(negative ? -number : number);
    out[1] = mp_obj_new_str(message + i + 2, len - i - 2);
    return true;
}

static mp_obj_t make_stream_exception(int kind, const char* message, size_t len, const char* partial,
                                      size_t partial_len, long long number) {
    static const mp_obj_type_t* const connection_types[] = {
        &lsp_type_ConnectionError,
        &lsp_type_ConnectionRefusedError,
        &lsp_type_ConnectionResetError,
        &lsp_type_BrokenPipeError,
        &mp_type_OSError,
    };
    if (kind >= 0 && kind <= 4) {
        // "[Errno 111] Connect call failed ('127.0.0.1', 80)" is CPython's
        // ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 80)"): errno and strerror
        mp_obj_t number_and_text[2];
        if (errno_prefix(message, len, number_and_text)) {
            return mp_obj_new_exception_args(connection_types[kind], 2, number_and_text);
        }
        return mp_obj_new_exception_arg1(connection_types[kind], mp_obj_new_str(message, len));
    }
    if (kind == 5) {
        mp_obj_t expected = number < 0 ? mp_const_none : mp_obj_new_int_from_ll(number);
        mp_obj_t msg = incomplete_read_message(partial_len, expected);
        return exception_with_extras(&lsp_type_IncompleteReadError, msg,
                                     mp_obj_new_bytes((const byte*)partial, partial_len), expected);
    }
    return exception_with_extras(&lsp_type_LimitOverrunError, mp_obj_new_str(message, len),
                                 mp_obj_new_int_from_ll(number), mp_const_none);
}

void* lsp_stream_exception(int kind, const char* message, size_t len, const char* partial, size_t partial_len,
                           long long number) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t exc = make_stream_exception(kind, message, len, partial, partial_len, number);
        nlr_pop();
        return MP_OBJ_TO_PTR(exc);
    }
    return NULL;
}

// ---- Wrapper objects ----------------------------------------------------------------------------

typedef struct {
    mp_obj_base_t base;
    void* owned;  // the reader / writer / server box (lsp_owner_t)
} stream_obj_t;

// A Server also knows its loop (get_loop) and the descriptor number its listening socket shows
// (-1 until asked: one number of the `socket` network's table, shim/_asyncio_network.py).
typedef struct {
    stream_obj_t stream;
    mp_obj_t loop;
    mp_int_t fd;
} server_obj_t;

// A StreamWriter also keeps its `transport` once asked (shim/_asyncio_streams.py's view of the
// connection as CPython's transport), so that `writer.transport is writer.transport`.
typedef struct {
    stream_obj_t stream;
    mp_obj_t transport;
    mp_obj_t socket;  // get_extra_info('socket') once asked
} writer_obj_t;

extern const mp_obj_type_t lsp_type_StreamReader;
extern const mp_obj_type_t lsp_type_StreamWriter;
extern const mp_obj_type_t lsp_type_Server;

// A wrapper without its box yet: boxes are attached once nothing can fail any more, so that a
// box is never lost or handed back twice.
static stream_obj_t* alloc_stream_obj(const mp_obj_type_t* type) {
    stream_obj_t* o = mp_obj_malloc_with_finaliser(stream_obj_t, type);
    o->owned = NULL;
    return o;
}

static stream_obj_t* alloc_writer_obj(void) {
    writer_obj_t* o = mp_obj_malloc_with_finaliser(writer_obj_t, &lsp_type_StreamWriter);
    o->stream.owned = NULL;
    o->transport = MP_OBJ_NULL;
    o->socket = MP_OBJ_NULL;
    return &o->stream;
}

static void* box_of(mp_obj_t self_in) {
    stream_obj_t* self = MP_OBJ_TO_PTR(self_in);
    if (self->owned == NULL) {
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("stream object already released"));
    }
    return self->owned;
}

// ---- The awaitable every coroutine method returns --------------------------------------------------
// Native awaitables (asyncio/awaitable.h), one step function per kind of operation. None handles
// an exception thrown in (a cancellation): it comes out at the await, as from CPython's coroutine.

// After a wait: raises what the awaited future raised.
static void check_waited(void* waited) {
    if (waited != NULL) {
        void* value;
        lsp_check(lsb_future_result(waited, &value));
    }
}

static mp_obj_t host_or(mp_obj_t host, const char* fallback, size_t* len, const char** text) {
    if (host == mp_const_none) {
        *text = fallback;
        *len = strlen(fallback);
    } else {
        *text = mp_obj_str_get_data(host, len);
    }
    return host;
}

// The reader's operations (lsb_reader_try's): a: the reader, b: read's size (a small int) or
// readuntil's separator. Each try reads what is buffered, or gives the reader's waiter.
enum { READ = 0, READLINE = 1, READEXACTLY = 2, READUNTIL = 3 };

static mp_obj_t read_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown, int kind) {
    if (thrown != MP_OBJ_NULL) { nlr_raise(thrown); }
    check_waited(waited);
    const char* sep = NULL;
    size_t sep_len = 0;
    mp_int_t n = 0;
    if (kind == READUNTIL) {
        sep = mp_obj_str_get_data(aw->b, &sep_len);
    } else if (kind != READLINE) {
        n = mp_obj_get_int(aw->b);
    }
    const char* data;
    size_t len;
    void* waiter;
    lsp_check(lsb_reader_try(box_of(aw->a), kind, (long long)n, sep, sep_len, &data, &len, &waiter));
    if (waiter != NULL) { return lsp_await_future(aw, waiter); }
    return lsp_await_return(mp_obj_new_bytes((const byte*)data, len));
}

static mp_obj_t read_any_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) {
    return read_step(aw, waited, thrown, READ);
}
static mp_obj_t readline_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) {
    return read_step(aw, waited, thrown, READLINE);
}
static mp_obj_t readexactly_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) {
    return read_step(aw, waited, thrown, READEXACTLY);
}
static mp_obj_t readuntil_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) {
    return read_step(aw, waited, thrown, READUNTIL);
}

// open_connection: a: (host, port, limit). The pending connection is the awaitable's (owned) until
// it is done.
static mp_obj_t connect_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) {
    if (thrown != MP_OBJ_NULL) { nlr_raise(thrown); }
    const mp_obj_t* call = ((mp_obj_tuple_t*)MP_OBJ_TO_PTR(aw->a))->items;
    if (aw->stage == 0) {
        aw->stage = 1;
        size_t len;
        const char* host;
        host_or(call[0], "127.0.0.1", &len, &host);
        void *pending, *future;
        lsp_check(lsb_open_connection(host, len, (int)MP_OBJ_SMALL_INT_VALUE(call[1]),
                                      (long long)mp_obj_get_int(call[2]), &pending, &future));
        aw->owned = pending;
        return lsp_await_future(aw, future);
    }
    check_waited(waited);
    stream_obj_t* r = alloc_stream_obj(&lsp_type_StreamReader);
    stream_obj_t* w = alloc_writer_obj();
    mp_obj_t items[2] = {MP_OBJ_FROM_PTR(r), MP_OBJ_FROM_PTR(w)};
    mp_obj_t pair = mp_obj_new_tuple(2, items);
    void *reader, *writer;
    lsp_check(lsb_open_connection_result(aw->owned, &reader, &writer));
    r->owned = reader;
    w->owned = writer;
    return lsp_await_return(pair);
}

// start_server: a: (callback, host, port, limit); b: the Server once made.
static mp_obj_t start_server_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) {
    if (thrown != MP_OBJ_NULL) { nlr_raise(thrown); }
    const mp_obj_t* call = ((mp_obj_tuple_t*)MP_OBJ_TO_PTR(aw->a))->items;
    if (aw->stage == 0) {
        size_t len;
        const char* host;
        host_or(call[1], "", &len, &host);
        server_obj_t* server_obj = mp_obj_malloc_with_finaliser(server_obj_t, &lsp_type_Server);
        server_obj->stream.owned = NULL;
        server_obj->loop = mp_call_function_0(MP_OBJ_FROM_PTR(&lsp_asyncio_get_running_loop_obj));
        server_obj->fd = -1;
        void *server, *future;
        lsp_check(lsb_start_server(MP_OBJ_TO_PTR(call[0]), host, len, (int)MP_OBJ_SMALL_INT_VALUE(call[2]),
                                   (long long)mp_obj_get_int(call[3]), &server, &future));
        server_obj->stream.owned = server;
        aw->b = MP_OBJ_FROM_PTR(server_obj);
        aw->stage = 1;
        return lsp_await_future(aw, future);
    }
    check_waited(waited);
    lsp_check(lsb_start_server_result(box_of(aw->b)));
    // Clients of the `socket` network reach this server too (shim/_asyncio_serving.py).
    mp_obj_t serving = mp_import_name(MP_QSTR__asyncio_serving, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    mp_obj_t started[3] = {aw->b, call[0], call[3]};
    mp_call_function_n_kw(mp_load_attr(serving, MP_QSTR_started), 3, 0, started);
    return lsp_await_return(aw->b);
}

// drain: a: the writer. A bare yield first when the writer asks for one, then its drain waiter.
static mp_obj_t drain_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) {
    if (thrown != MP_OBJ_NULL) { nlr_raise(thrown); }
    bool yield_first;
    void* waiter;
    if (aw->stage == 0) {
        lsp_check(lsb_writer_drain(box_of(aw->a), 0, &yield_first, &waiter));
        aw->stage = 1;
        if (yield_first) { return mp_const_none; }
    }
    if (aw->stage == 1) {
        lsp_check(lsb_writer_drain(box_of(aw->a), 1, &yield_first, &waiter));
        aw->stage = 2;
        if (waiter != NULL) { return lsp_await_future(aw, waiter); }
        return lsp_await_return(mp_const_none);
    }
    check_waited(waited);
    return lsp_await_return(mp_const_none);
}

// a: a Future object to await once (wait_closed, serve_forever).
static mp_obj_t await_future_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) {
    (void)waited;  // a's
    if (thrown != MP_OBJ_NULL) { nlr_raise(thrown); }
    if (aw->stage == 0) {
        aw->stage = 1;
        if (!lsb_future_done(LSP_FUTURE_PTR(aw->a))) { return aw->a; }
    }
    check_waited(LSP_FUTURE_PTR(aw->a));
    return lsp_await_return(mp_const_none);
}

// Over at once with a.
static mp_obj_t value_step(lsp_awaitable_t* aw, void* waited, mp_obj_t thrown) {
    (void)waited;
    (void)thrown;  // never seen: it is over at its first step
    return lsp_await_return(aw->a);
}

// What create_task() accepts besides coroutines: these methods are coroutines in CPython.

static mp_obj_t await_future(void* future) {
    if (future == NULL) { return lsp_awaitable_new(value_step, mp_const_none, MP_OBJ_NULL, 0); }
    return lsp_awaitable_new(await_future_step, lsp_adopt_future(future), MP_OBJ_NULL, 0);
}

// ---- StreamReader -------------------------------------------------------------------------------

static mp_obj_t reader_op(lsp_step_t step, mp_obj_t self, mp_obj_t arg) {
    box_of(self);
    return lsp_awaitable_new(step, self, arg, 0);
}

static mp_obj_t reader_read(size_t n_args, const mp_obj_t* args) {
    return reader_op(read_any_step, args[0], mp_obj_new_int(n_args > 1 ? mp_obj_get_int(args[1]) : -1));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(reader_read_obj, 1, 2, reader_read);

static mp_obj_t reader_readline(mp_obj_t self) { return reader_op(readline_step, self, mp_const_none); }
static MP_DEFINE_CONST_FUN_OBJ_1(reader_readline_obj, reader_readline);

static mp_obj_t reader_readexactly(mp_obj_t self, mp_obj_t n) {
    return reader_op(readexactly_step, self, mp_obj_new_int(mp_obj_get_int(n)));
}
static MP_DEFINE_CONST_FUN_OBJ_2(reader_readexactly_obj, reader_readexactly);

static mp_obj_t reader_readuntil(size_t n_args, const mp_obj_t* args) {
    mp_obj_t sep = n_args > 1 ? args[1] : mp_obj_new_bytes((const byte*)"\n", 1);
    if (!mp_obj_is_type(sep, &mp_type_bytes)) {
        mp_raise_TypeError(MP_ERROR_TEXT("separator must be bytes"));
    }
    return reader_op(readuntil_step, args[0], sep);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(reader_readuntil_obj, 1, 2, reader_readuntil);

static mp_obj_t reader_at_eof(mp_obj_t self) { return mp_obj_new_bool(lsb_reader_at_eof(box_of(self))); }
static MP_DEFINE_CONST_FUN_OBJ_1(reader_at_eof_obj, reader_at_eof);

// `async for line in reader`: __aiter__ is the reader, __anext__ its next line (a coroutine of
// shim/_asyncio_streams.py that ends the loop at EOF).
static mp_obj_t reader_aiter(mp_obj_t self) { return self; }
static MP_DEFINE_CONST_FUN_OBJ_1(reader_aiter_obj, reader_aiter);

static mp_obj_t reader_anext(mp_obj_t self) {
    mp_obj_t module = mp_import_name(MP_QSTR__asyncio_streams, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    return mp_call_function_1(mp_load_attr(module, MP_QSTR_next_line), self);
}
static MP_DEFINE_CONST_FUN_OBJ_1(reader_anext_obj, reader_anext);

static const mp_rom_map_elem_t reader_locals_table[] = {
    LSP_MODULE_ENTRY(asyncio_streams),
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&lsp_owned_del_obj)},
    {MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&reader_read_obj)},
    {MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&reader_readline_obj)},
    {MP_ROM_QSTR(MP_QSTR_readexactly), MP_ROM_PTR(&reader_readexactly_obj)},
    {MP_ROM_QSTR(MP_QSTR_readuntil), MP_ROM_PTR(&reader_readuntil_obj)},
    {MP_ROM_QSTR(MP_QSTR_at_eof), MP_ROM_PTR(&reader_at_eof_obj)},
    {MP_ROM_QSTR(MP_QSTR___aiter__), MP_ROM_PTR(&reader_aiter_obj)},
    {MP_ROM_QSTR(MP_QSTR___anext__), MP_ROM_PTR(&reader_anext_obj)},
};
static MP_DEFINE_CONST_DICT(reader_locals, reader_locals_table);

// The native readers read network connections; asyncio.StreamReader(limit, loop) made by a script,
// to feed by hand (feed_data, feed_eof) as tests and tutorials do, is the Python StreamReader of
// shim/_asyncio_streams.py (CPython's whole reader on a buffer), whose __subclasshook__ claims this
// type. Not constructible from Python.
MP_DEFINE_CONST_OBJ_TYPE(lsp_type_StreamReader, MP_QSTR_StreamReader, MP_TYPE_FLAG_NONE, locals_dict,
                         &reader_locals);

// ---- StreamWriter -------------------------------------------------------------------------------

static void writer_write_bytes(void* box, mp_obj_t data) {
    if (mp_obj_is_str(data)) {
        mp_raise_TypeError(MP_ERROR_TEXT("data argument must be a bytes-like object, not 'str'"));
    }
    mp_buffer_info_t buf;
    mp_get_buffer_raise(data, &buf, MP_BUFFER_READ);
    lsp_check(lsb_writer_write(box, buf.buf, buf.len));
}

static mp_obj_t writer_write(mp_obj_t self, mp_obj_t data) {
    writer_write_bytes(box_of(self), data);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(writer_write_obj, writer_write);

static mp_obj_t writer_writelines(mp_obj_t self, mp_obj_t lines) {
    void* box = box_of(self);
    mp_obj_iter_buf_t iter_buf;
    mp_obj_t iter = mp_getiter(lines, &iter_buf);
    mp_obj_t item;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) { writer_write_bytes(box, item); }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(writer_writelines_obj, writer_writelines);

static mp_obj_t writer_write_eof(mp_obj_t self) {
    lsp_check(lsb_writer_write_eof(box_of(self)));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(writer_write_eof_obj, writer_write_eof);

static mp_obj_t writer_can_write_eof(mp_obj_t self) {
    return mp_obj_new_bool(lsb_writer_can_write_eof(box_of(self)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(writer_can_write_eof_obj, writer_can_write_eof);

static mp_obj_t writer_close(mp_obj_t self) {
    lsb_writer_close(box_of(self));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(writer_close_obj, writer_close);

static mp_obj_t writer_is_closing(mp_obj_t self) {
    return mp_obj_new_bool(lsb_writer_is_closing(box_of(self)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(writer_is_closing_obj, writer_is_closing);

static mp_obj_t writer_drain(mp_obj_t self) {
    box_of(self);
    return lsp_awaitable_new(drain_step, self, MP_OBJ_NULL, 0);
}
static MP_DEFINE_CONST_FUN_OBJ_1(writer_drain_obj, writer_drain);

static mp_obj_t writer_wait_closed(mp_obj_t self) {
    void* future;
    lsp_check(lsb_writer_closed(box_of(self), &future));
    return await_future(future);
}
static MP_DEFINE_CONST_FUN_OBJ_1(writer_wait_closed_obj, writer_wait_closed);

static mp_obj_t writer_get_extra_info(size_t n_args, const mp_obj_t* args) {
    size_t name_len;
    const char* name = mp_obj_str_get_data(args[1], &name_len);
    if (name_len == 6 && memcmp(name, "socket", 6) == 0) {
        // asyncio.TransportSocket over the connection (shim/_asyncio_streams.py), one per writer.
        writer_obj_t* self = MP_OBJ_TO_PTR(args[0]);
        box_of(args[0]);
        if (self->socket == MP_OBJ_NULL) {
            mp_obj_t module =
                mp_import_name(MP_QSTR__asyncio_streams, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
            self->socket = mp_call_function_1(mp_load_attr(module, MP_QSTR_stream_socket), args[0]);
        }
        return self->socket;
    }
    const char* host;
    size_t host_len;
    int port;
    if (!lsb_writer_extra_info(box_of(args[0]), name, name_len, &host, &host_len, &port)) {
        return n_args > 2 ? args[2] : mp_const_none;
    }
    mp_obj_t items[2] = {mp_obj_new_str(host, host_len), MP_OBJ_NEW_SMALL_INT(port)};
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(writer_get_extra_info_obj, 2, 3, writer_get_extra_info);

// `transport`: CPython's transport seen through the writer (is_closing, get_extra_info, close,
// abort, write, get_write_buffer_size): shim/_asyncio_streams.py's NativeTransport over this writer.
static void writer_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;  // no attribute can be stored or deleted
    }
    if (attr == MP_QSTR_transport) {
        writer_obj_t* self = MP_OBJ_TO_PTR(self_in);
        if (self->transport == MP_OBJ_NULL) {
            mp_obj_t module =
                mp_import_name(MP_QSTR__asyncio_streams, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
            self->transport = mp_call_function_1(mp_load_attr(module, MP_QSTR_NativeTransport), self_in);
        }
        dest[0] = self->transport;
        return;
    }
    dest[1] = MP_OBJ_SENTINEL;  // methods: look in locals_dict
}

static const mp_rom_map_elem_t writer_locals_table[] = {
    LSP_MODULE_ENTRY(asyncio_streams),
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&lsp_owned_del_obj)},
    {MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&writer_write_obj)},
    {MP_ROM_QSTR(MP_QSTR_writelines), MP_ROM_PTR(&writer_writelines_obj)},
    {MP_ROM_QSTR(MP_QSTR_write_eof), MP_ROM_PTR(&writer_write_eof_obj)},
    {MP_ROM_QSTR(MP_QSTR_can_write_eof), MP_ROM_PTR(&writer_can_write_eof_obj)},
    {MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&writer_close_obj)},
    {MP_ROM_QSTR(MP_QSTR_is_closing), MP_ROM_PTR(&writer_is_closing_obj)},
    {MP_ROM_QSTR(MP_QSTR_drain), MP_ROM_PTR(&writer_drain_obj)},
    {MP_ROM_QSTR(MP_QSTR_wait_closed), MP_ROM_PTR(&writer_wait_closed_obj)},
    {MP_ROM_QSTR(MP_QSTR_get_extra_info), MP_ROM_PTR(&writer_get_extra_info_obj)},
};
static MP_DEFINE_CONST_DICT(writer_locals, writer_locals_table);

// asyncio.StreamWriter(transport, protocol, reader, loop) made by a script (over a transport of
// loop.create_connection with a StreamReaderProtocol) is the Python StreamWriter of
// shim/_asyncio_streams.py, as for StreamReader above.
MP_DEFINE_CONST_OBJ_TYPE(lsp_type_StreamWriter, MP_QSTR_StreamWriter, MP_TYPE_FLAG_NONE, attr, writer_attr,
                         locals_dict, &writer_locals);

// `_lsstreams`: the native reader and writer types, for the Python classes' __subclasshook__.
static const mp_rom_map_elem_t lsstreams_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__lsstreams)},
    {MP_ROM_QSTR(MP_QSTR_StreamReader), MP_ROM_PTR(&lsp_type_StreamReader)},
    {MP_ROM_QSTR(MP_QSTR_StreamWriter), MP_ROM_PTR(&lsp_type_StreamWriter)},
};
static MP_DEFINE_CONST_DICT(lsstreams_globals, lsstreams_globals_table);

const mp_obj_module_t lsp_module_lsstreams = {
    .base = {&mp_type_module},
    .globals = (mp_obj_dict_t*)&lsstreams_globals,
};

MP_REGISTER_MODULE(MP_QSTR__lsstreams, lsp_module_lsstreams);

// ---- Server -------------------------------------------------------------------------------------

// What Server.sockets lists: objects with getsockname().
typedef struct {
    mp_obj_base_t base;
    mp_obj_t address;
    mp_int_t fd;
} socket_obj_t;

static mp_obj_t socket_getsockname(mp_obj_t self) { return ((socket_obj_t*)MP_OBJ_TO_PTR(self))->address; }
static MP_DEFINE_CONST_FUN_OBJ_1(socket_getsockname_obj, socket_getsockname);

static mp_obj_t socket_fileno(mp_obj_t self) {
    return MP_OBJ_NEW_SMALL_INT(((socket_obj_t*)MP_OBJ_TO_PTR(self))->fd);
}
static MP_DEFINE_CONST_FUN_OBJ_1(socket_fileno_obj, socket_fileno);

// CPython's asyncio.trsock.TransportSocket repr (an IPv4 TCP socket).
static void socket_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    socket_obj_t* self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<asyncio.TransportSocket fd=%d, family=2, type=1, proto=6, laddr=", (int)self->fd);
    mp_obj_print_helper(print, self->address, PRINT_REPR);
    mp_print_str(print, ">");
}

// The descriptor number of a server's socket: reserved once in the `socket` network's table, so
// both kinds of sockets show distinct numbers as the OS would give them.
static mp_int_t server_fd(mp_obj_t self_in) {
    server_obj_t* self = MP_OBJ_TO_PTR(self_in);
    if (self->fd < 0) {
        mp_obj_t module = mp_import_name(MP_QSTR__asyncio_network, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        self->fd = mp_obj_get_int(mp_call_function_0(mp_load_attr(module, MP_QSTR_reserve_fd)));
    }
    return self->fd;
}

static const mp_rom_map_elem_t socket_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_getsockname), MP_ROM_PTR(&socket_getsockname_obj)},
    {MP_ROM_QSTR(MP_QSTR_fileno), MP_ROM_PTR(&socket_fileno_obj)},
};
static MP_DEFINE_CONST_DICT(socket_locals, socket_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(socket_type, MP_QSTR_TransportSocket, MP_TYPE_FLAG_NONE, print, socket_print,
                                locals_dict, &socket_locals);

// A tuple, empty once closed (CPython 3.11).
static mp_obj_t server_sockets(mp_obj_t self) {
    void* box = box_of(self);
    size_t n = lsb_server_socket_count(box);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    for (size_t i = 0; i < n; ++i) {
        size_t len;
        int port;
        const char* host = lsb_server_socket(box, i, &len, &port);
        mp_obj_t items[2] = {mp_obj_new_str(host, len), MP_OBJ_NEW_SMALL_INT(port)};
        socket_obj_t* s = mp_obj_malloc(socket_obj_t, &socket_type);
        s->address = mp_obj_new_tuple(2, items);
        s->fd = server_fd(self) + (mp_int_t)i;
        mp_obj_list_append(list, MP_OBJ_FROM_PTR(s));
    }
    size_t len;
    mp_obj_t* items;
    mp_obj_list_get(list, &len, &items);
    return mp_obj_new_tuple(len, items);
}

static mp_obj_t server_close(mp_obj_t self) {
    lsb_server_close(box_of(self));
    mp_map_elem_t* serving = mp_map_lookup(&MP_STATE_VM(mp_loaded_modules_dict).map,
                                           MP_OBJ_NEW_QSTR(MP_QSTR__asyncio_serving), MP_MAP_LOOKUP);
    if (serving != NULL) { mp_call_function_1(mp_load_attr(serving->value, MP_QSTR_stopped), self); }
    server_obj_t* server = MP_OBJ_TO_PTR(self);
    if (server->fd >= 0) {  // the number is free again, as a closed descriptor's
        mp_obj_t module = mp_import_name(MP_QSTR__asyncio_network, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        mp_call_function_1(mp_load_attr(module, MP_QSTR_release_fd), MP_OBJ_NEW_SMALL_INT(server->fd));
        server->fd = -1;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(server_close_obj, server_close);

static mp_obj_t server_get_loop(mp_obj_t self) { return ((server_obj_t*)MP_OBJ_TO_PTR(self))->loop; }
static MP_DEFINE_CONST_FUN_OBJ_1(server_get_loop_obj, server_get_loop);

// CPython: <Server sockets=(<asyncio.TransportSocket fd=6, ...>,)>
static void server_print(const mp_print_t* print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_print_str(print, "<Server sockets=");
    mp_obj_print_helper(print, server_sockets(self_in), PRINT_REPR);
    mp_print_str(print, ">");
}

static mp_obj_t server_is_serving(mp_obj_t self) {
    return mp_obj_new_bool(lsb_server_is_serving(box_of(self)));
}
static MP_DEFINE_CONST_FUN_OBJ_1(server_is_serving_obj, server_is_serving);

static mp_obj_t server_wait_closed(mp_obj_t self) {
    void* future;
    lsp_check(lsb_server_wait_closed(box_of(self), &future));
    return await_future(future);
}
static MP_DEFINE_CONST_FUN_OBJ_1(server_wait_closed_obj, server_wait_closed);

static mp_obj_t server_serve_forever(mp_obj_t self) {
    void* future;
    lsp_check(lsb_server_serve_forever(box_of(self), &future));
    return await_future(future);
}
static MP_DEFINE_CONST_FUN_OBJ_1(server_serve_forever_obj, server_serve_forever);

static mp_obj_t server_aenter(mp_obj_t self) {
    box_of(self);
    return lsp_awaitable_new(value_step, self, MP_OBJ_NULL, 0);
}
static MP_DEFINE_CONST_FUN_OBJ_1(server_aenter_obj, server_aenter);

static mp_obj_t server_aexit(size_t n_args, const mp_obj_t* args) {
    (void)n_args;
    // CPython: self.close(); await self.wait_closed() (which returns at once once closed).
    server_close(args[0]);
    return lsp_awaitable_new(value_step, mp_const_none, MP_OBJ_NULL, 0);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(server_aexit_obj, 1, 4, server_aexit);

static const mp_rom_map_elem_t server_locals_table[] = {
    LSP_MODULE_ENTRY(asyncio_base_events),
    {MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&lsp_owned_del_obj)},
    {MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&server_close_obj)},
    {MP_ROM_QSTR(MP_QSTR_get_loop), MP_ROM_PTR(&server_get_loop_obj)},
    {MP_ROM_QSTR(MP_QSTR_is_serving), MP_ROM_PTR(&server_is_serving_obj)},
    {MP_ROM_QSTR(MP_QSTR_wait_closed), MP_ROM_PTR(&server_wait_closed_obj)},
    {MP_ROM_QSTR(MP_QSTR_serve_forever), MP_ROM_PTR(&server_serve_forever_obj)},
    {MP_ROM_QSTR(MP_QSTR___aenter__), MP_ROM_PTR(&server_aenter_obj)},
    {MP_ROM_QSTR(MP_QSTR___aexit__), MP_ROM_PTR(&server_aexit_obj)},
};
static MP_DEFINE_CONST_DICT(server_locals, server_locals_table);

// `sockets` is an attribute; methods come from the locals table.
static void server_attr(mp_obj_t self_in, qstr attr, mp_obj_t* dest) {
    if (dest[0] != MP_OBJ_NULL) { return; }
    if (attr == MP_QSTR_sockets) {
        dest[0] = server_sockets(self_in);
        return;
    }
    mp_map_elem_t* elem = mp_map_lookup((mp_map_t*)&server_locals.map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
    if (elem != NULL) {
        dest[0] = elem->value;
        dest[1] = self_in;
    }
}

MP_DEFINE_CONST_OBJ_TYPE(lsp_type_Server, MP_QSTR_Server, MP_TYPE_FLAG_NONE, print, server_print, attr,
                         server_attr, locals_dict, &server_locals);

// ---- open_connection / start_server -------------------------------------------------------------

static mp_int_t port_arg(mp_obj_t port) {
    if (port == mp_const_none) { return 0; }
    mp_int_t p = mp_obj_get_int_truncated(port);
    if (!mp_obj_is_small_int(port) || p < 0 || p > 65535) {
        return -1;  // rejected when awaited: ValueError("port must be 0-65535")
    }
    return p;
}

static mp_obj_t host_arg(mp_obj_t host) {
    if (host != mp_const_none && !mp_obj_is_str(host)) {
        mp_raise_TypeError(MP_ERROR_TEXT("host must be a str or None"));
    }
    return host;
}

// Another host than this machine: the simulated web's hosts are on the `socket` network (and no
// outside network exists, also natively).
static bool is_other_host(mp_obj_t host) {
    if (!mp_obj_is_str(host)) { return false; }
    size_t len;
    const char* text = mp_obj_str_get_data(host, &len);
    bool local = len == 0 || (len == 9 && memcmp(text, "localhost", 9) == 0) ||
                 (len == 3 && memcmp(text, "::1", 3) == 0) || (len >= 4 && memcmp(text, "127.", 4) == 0) ||
                 (len == 7 && memcmp(text, "0.0.0.0", 7) == 0);
    return !local;
}

// Another host (the simulated web's), or a port a listening socket of the `socket` network holds
// (a socket or a loop.create_server server; only if that network is in use): CPython's streams
// over that network's transports (shim/_asyncio_streams.py), so open_connection reaches them.
// MP_OBJ_NULL: the native streams.
static mp_obj_t socket_network_connection(mp_obj_t host, mp_obj_t port, mp_int_t limit) {
    if (!is_other_host(host)) {
        mp_map_elem_t* net = mp_map_lookup(&MP_STATE_VM(mp_loaded_modules_dict).map,
                                           MP_OBJ_NEW_QSTR(MP_QSTR__lsnet), MP_MAP_LOOKUP);
        if (net == NULL ||
            !mp_obj_is_true(mp_call_function_2(mp_load_attr(net->value, MP_QSTR_serves), host, port))) {
            return MP_OBJ_NULL;
        }
    }
    mp_obj_t module = mp_import_name(MP_QSTR__asyncio_streams, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    mp_obj_t call[4] = {host, port, MP_OBJ_NEW_QSTR(MP_QSTR_limit), mp_obj_new_int(limit)};
    return mp_call_function_n_kw(mp_load_attr(module, MP_QSTR_open_connection), 2, 1, call);
}

// ssl= (True, or an ssl.SSLContext of shim/ssl.py) and its companions are taken: the run's networks
// carry a TLS connection as a plain one (no certificates to check in a sandbox), so CPython's
// `open_connection(host, 443, ssl=True)` examples run against the simulated web.
static mp_obj_t asyncio_open_connection(size_t n_args, const mp_obj_t* pos_args, mp_map_t* kw_args) {
    enum { ARG_host, ARG_port, ARG_limit, ARG_ssl, ARG_server_hostname, ARG_ssl_handshake_timeout };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_host, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_port, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_limit, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = STREAM_LIMIT_DEFAULT}},
        {MP_QSTR_ssl, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_server_hostname, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_ssl_handshake_timeout, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    mp_obj_t python_streams =
        socket_network_connection(args[ARG_host].u_obj, args[ARG_port].u_obj, args[ARG_limit].u_int);
    if (python_streams != MP_OBJ_NULL) { return python_streams; }
    mp_obj_t host = host_arg(args[ARG_host].u_obj);
    mp_obj_t port = MP_OBJ_NEW_SMALL_INT(port_arg(args[ARG_port].u_obj));
    mp_obj_t call[3] = {host, port, mp_obj_new_int(args[ARG_limit].u_int)};
    return lsp_awaitable_new(connect_step, mp_obj_new_tuple(3, call), MP_OBJ_NULL, LSP_AWAIT_OWNS);
}
LSP_DEFINE_ASYNCIO_FUNCTION_KW(lsp_asyncio_open_connection_obj, 0, asyncio_open_connection);

// start_server with create_server's keywords (start_serving=, sock=, backlog=, reuse_address=...)
// beyond limit=: CPython's start_server over loop.create_server on the `socket` network
// (shim/_asyncio_streams.py), whose Server has them.
static bool has_create_server_keywords(const mp_map_t* kw_args) {
    for (size_t i = 0; i < kw_args->alloc; ++i) {
        if (mp_map_slot_is_filled(kw_args, i) && kw_args->table[i].key != MP_OBJ_NEW_QSTR(MP_QSTR_limit)) {
            return true;
        }
    }
    return false;
}

static mp_obj_t python_start_server(size_t n_args, const mp_obj_t* pos_args, mp_map_t* kw_args) {
    mp_obj_t module = mp_import_name(MP_QSTR__asyncio_streams, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    size_t n_kw = kw_args->used;
    mp_obj_t* call = m_new(mp_obj_t, n_args + 2 * n_kw);
    for (size_t i = 0; i < n_args; ++i) { call[i] = pos_args[i]; }
    size_t at = n_args;
    for (size_t i = 0; i < kw_args->alloc; ++i) {
        if (!mp_map_slot_is_filled(kw_args, i)) { continue; }
        call[at++] = kw_args->table[i].key;
        call[at++] = kw_args->table[i].value;
    }
    return mp_call_function_n_kw(mp_load_attr(module, MP_QSTR_start_server), n_args, n_kw, call);
}

static mp_obj_t asyncio_start_server(size_t n_args, const mp_obj_t* pos_args, mp_map_t* kw_args) {
    if (has_create_server_keywords(kw_args)) { return python_start_server(n_args, pos_args, kw_args); }
    enum { ARG_cb, ARG_host, ARG_port, ARG_limit };
    static const mp_arg_t allowed[] = {
        {MP_QSTR_client_connected_cb, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_host, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_port, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE}},
        {MP_QSTR_limit, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = STREAM_LIMIT_DEFAULT}},
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    if (!mp_obj_is_callable(args[ARG_cb].u_obj)) {
        mp_raise_TypeError(MP_ERROR_TEXT("client_connected_cb must be callable"));
    }
    mp_obj_t host = host_arg(args[ARG_host].u_obj);
    mp_obj_t port = MP_OBJ_NEW_SMALL_INT(port_arg(args[ARG_port].u_obj));
    mp_obj_t call[4] = {args[ARG_cb].u_obj, host, port, mp_obj_new_int(args[ARG_limit].u_int)};
    return lsp_awaitable_new(start_server_step, mp_obj_new_tuple(4, call), MP_OBJ_NULL, 0);
}
LSP_DEFINE_ASYNCIO_FUNCTION_KW(lsp_asyncio_start_server_obj, 1, asyncio_start_server);

// ---- A server's new connection ------------------------------------------------------------------

void* lsp_streams_client_connected(void* callback, void* reader, void* writer) {
    nlr_buf_t nlr;
    stream_obj_t *r, *w;
    if (nlr_push(&nlr) == 0) {
        r = alloc_stream_obj(&lsp_type_StreamReader);
        w = alloc_writer_obj();
        nlr_pop();
    } else {  // out of memory: no wrapper took the boxes
        lsb_owned_finalised(reader);
        lsb_owned_finalised(writer);
        return nlr.ret_val;
    }
    r->owned = reader;
    w->owned = writer;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t res = mp_call_function_2(MP_OBJ_FROM_PTR(callback), MP_OBJ_FROM_PTR(r), MP_OBJ_FROM_PTR(w));
        if (mp_obj_is_gen_or_coro(res)) {
            // CPython's StreamReaderProtocol.connection_made: a coroutine runs as a task.
            void* task;
            lsp_check(lsb_create_task(MP_OBJ_TO_PTR(res), NULL, 0, false, &task));
            lsp_adopt_future(task);
        }
        nlr_pop();
        return NULL;
    }
    return nlr.ret_val;
}
