// asyncio streams (streams.c: open_connection, start_server, StreamReader, StreamWriter,
// Server, IncompleteReadError, LimitOverrunError; streams.cpp: aio's streams on real TCP or the
// run's loopback network).
#pragma once
#include "bridge.h"

#ifdef __cplusplus
extern "C" {
#endif

// ---- C++ (streams.cpp) ----
// Boxes: C++ objects a Python wrapper owns (a StreamReader, a StreamWriter, a Server, a pending
// connection). The wrapper's finaliser hands its box to lsb_owned_finalised (deleted at the
// next safe point). Which network: real TCP natively in real time; the run's loopback network
// under virtual time and always in the browser build.
// open_connection(): *pending a new box; *future (+1 reference) completes when connected.
lsb_error_t lsb_open_connection(const char* host, size_t host_len, int port, long long limit, void** pending,
                                void** future);
// Once *future is done: the connection's reader and writer boxes, or its error.
lsb_error_t lsb_open_connection_result(void* pending, void** reader, void** writer);
// start_server(): *server a new box; *future (+1 reference, a helper task taking a Task-N number
// as CPython's create_server does) to await before it is ready. `callback` is rooted.
lsb_error_t lsb_start_server(void* callback, const char* host, size_t host_len, int port, long long limit,
                             void** server, void** future);
// After a start_server future: raises its error, if any.
lsb_error_t lsb_start_server_result(void* server);
// The listening addresses (count; then the index-th: host valid until the next call, port).
size_t lsb_server_socket_count(void* server);
const char* lsb_server_socket(void* server, size_t index, size_t* host_len, int* port);
void lsb_server_close(void* server);
bool lsb_server_is_serving(void* server);
// *future (+1) completes when closed (serve_forever: raises CancelledError when closed); NULL: closed.
lsb_error_t lsb_server_wait_closed(void* server, void** future);
lsb_error_t lsb_server_serve_forever(void* server, void** future);
// Reader operations (0 read(n), 1 readline(), 2 readexactly(n), 3 readuntil(sep)): done with
// *data/*len (valid until the next call), or *waiter (+1 reference) to await before trying again.
lsb_error_t lsb_reader_try(void* reader, int op, long long n, const char* sep, size_t sep_len,
                           const char** data, size_t* len, void** waiter);
bool lsb_reader_at_eof(void* reader);
lsb_error_t lsb_writer_write(void* writer, const char* data, size_t len);
lsb_error_t lsb_writer_write_eof(void* writer);
bool lsb_writer_can_write_eof(void* writer);
void lsb_writer_close(void* writer);
bool lsb_writer_is_closing(void* writer);
// drain() in steps: stage 0 checks the reader's exception and asks for a bare yield (*yield_first)
// if the transport is closing; stage 1 raises if the connection is lost, else gives the waiter to
// await (+1 reference) or NULL when done.
lsb_error_t lsb_writer_drain(void* writer, int stage, bool* yield_first, void** waiter);
// The future wait_closed() awaits (+1 reference).
lsb_error_t lsb_writer_closed(void* writer, void** future);
// get_extra_info('peername' / 'sockname'): false for other names or when unknown.
bool lsb_writer_extra_info(void* writer, const char* name, size_t name_len, const char** host,
                           size_t* host_len, int* port);
// C side (streams.c). A new connection for a server's callback: wraps the boxes (adopted),
// calls callback(reader, writer) and runs a coroutine result as a task. NULL or the exception raised.
void* lsp_streams_client_connected(void* callback, void* reader, void* writer);
// The Python exception for a stream error: kind 0 ConnectionError, 1 ConnectionRefusedError,
// 2 ConnectionResetError, 3 BrokenPipeError, 4 OSError, 5 IncompleteReadError(partial, expected:
// number < 0 is None), 6 LimitOverrunError(message, consumed = number). NULL if out of memory.
void* lsp_stream_exception(int kind, const char* message, size_t len, const char* partial, size_t partial_len,
                           long long number);

#ifdef __cplusplus
}  // extern "C"
#else  // The MicroPython side (C only).

#include "asyncio/binding.h"

extern const mp_obj_fun_builtin_var_t lsp_asyncio_open_connection_obj;
extern const mp_obj_fun_builtin_var_t lsp_asyncio_start_server_obj;
extern const mp_obj_type_t lsp_type_StreamReader;
extern const mp_obj_type_t lsp_type_StreamWriter;
extern const mp_obj_type_t lsp_type_Server;
extern const mp_obj_type_t lsp_type_IncompleteReadError;
extern const mp_obj_type_t lsp_type_LimitOverrunError;

// asyncio.StreamReader and StreamWriter are the Python classes of shim/_asyncio_streams.py (what a
// script constructs or subclasses), served by the module's __getattr__; their __subclasshook__
// claims the native types (`_lsstreams`), so a connection's reader is an asyncio.StreamReader too.
#define LSP_ASYNCIO_GLOBALS_STREAMS(X)                                \
    X(open_connection, MP_ROM_PTR(&lsp_asyncio_open_connection_obj))  \
    X(start_server, MP_ROM_PTR(&lsp_asyncio_start_server_obj))        \
    X(Server, MP_ROM_PTR(&lsp_type_Server))                           \
    X(IncompleteReadError, MP_ROM_PTR(&lsp_type_IncompleteReadError)) \
    X(LimitOverrunError, MP_ROM_PTR(&lsp_type_LimitOverrunError))
#define LSP_ASYNCIO_EXCEPTIONS_STREAMS(X)                             \
    X(IncompleteReadError, MP_ROM_PTR(&lsp_type_IncompleteReadError)) \
    X(LimitOverrunError, MP_ROM_PTR(&lsp_type_LimitOverrunError))

#endif
