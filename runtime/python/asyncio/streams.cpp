// The C++ half of asyncio's streams for Python scripts (streams.c is the C half):
// boxes holding aio::StreamReader / StreamWriter / Server, and the choice of network (real TCP
// natively in real time; the session's LoopbackNetwork under virtual time and in the browser).
// A Python task awaits the runtime futures directly (the reader's waiter, the drain waiter), as in
// CPython, so no helper task shows in the task numbering.
#include <string>

#include "aio/loopback.hpp"
#include "aio/streams.hpp"
#include "aio/task.hpp"
#include "asyncio/binding.hpp"
#include "asyncio/streams.h"
#include "interp.h"
#include "py_objects.hpp"
#include "session.hpp"

using namespace loopscope::python;

namespace {

// What a Python wrapper owns (the one ownership path: lsb_owned_finalised).
struct Box : PyOwned {};
struct ReaderBox final : Box {
    explicit ReaderBox(aio::StreamReader r) : reader(std::move(r)) {}
    aio::StreamReader reader;
    std::string data;  // the last result handed to C
};
struct WriterBox final : Box {
    WriterBox(aio::StreamWriter w, aio::StreamReader r) : writer(std::move(w)), reader(std::move(r)) {}
    aio::StreamWriter writer;
    aio::StreamReader reader;
    std::string host;  // the last get_extra_info host handed to C
};
struct PendingConnection final : Box {
    aio::Future<std::pair<aio::StreamReader, aio::StreamWriter>> future;
};
struct ServerBox final : Box {
    std::optional<aio::Server> server;
    aio::Future<aio::Server> pending;  // real TCP: start_server runs as a helper task
    std::string host;
};

bool use_loopback() {
#if defined(__EMSCRIPTEN__)
    return true;
#else
    return Session::current().options().virtual_time;
#endif
}

std::size_t to_limit(long long limit) {
    if (limit <= 0) throw aio::ValueError("Limit cannot be <= 0");
    return static_cast<std::size_t>(limit);
}

// Checked before either network sees the port (getaddrinfo would take 70000 modulo 65536).
int to_port(int port) {
    if (port < 0 || port > 65535) throw aio::ValueError("port must be 0-65535");
    return port;
}

// The server callback as aio sees it: called in the connection's accept task, it calls the Python
// callback, which starts its own task when it is a coroutine function (CPython's connection_made).
aio::ClientConnected python_callback(void* callback) {
    PyRef cb(callback);
    return [cb](aio::StreamReader reader, aio::StreamWriter writer) -> aio::Coro<void> {
        Session& s = Session::current();
        s.safe_point();
        auto* r = new ReaderBox(reader);
        auto* w = new WriterBox(writer, reader);
        if (void* exc = lsp_streams_client_connected(cb.get(), r, w)) {
            aio::ExceptionContext ctx;
            ctx.message = "Exception in callback " + std::string(lsp_callable_name(cb.get()));
            ctx.exception = from_python_exception(exc);
            aio::get_running_loop().call_exception_handler(ctx);
        }
        co_return;
    };
}

// The ConnectionError family, OSError, IncompleteReadError and LimitOverrunError as Python's
// (to_error asks this).
void* stream_exception_object(const std::exception& e) noexcept {
    const char* what = e.what();
    const std::size_t len = std::char_traits<char>::length(what);
    if (auto* x = dynamic_cast<const aio::IncompleteReadError*>(&e)) {
        long long expected = x->expected() == std::string::npos ? -1 : static_cast<long long>(x->expected());
        return lsp_stream_exception(5, "", 0, x->partial().data(), x->partial().size(), expected);
    }
    if (auto* x = dynamic_cast<const aio::LimitOverrunError*>(&e))
        return lsp_stream_exception(6, what, len, nullptr, 0, static_cast<long long>(x->consumed()));
    int kind = -1;
    if (dynamic_cast<const aio::ConnectionRefusedError*>(&e))
        kind = 1;
    else if (dynamic_cast<const aio::ConnectionResetError*>(&e))
        kind = 2;
    else if (dynamic_cast<const aio::BrokenPipeError*>(&e))
        kind = 3;
    else if (dynamic_cast<const aio::ConnectionError*>(&e))
        kind = 0;
    else if (dynamic_cast<const aio::SocketError*>(&e))
        kind = 4;
    if (kind < 0) return nullptr;
    return lsp_stream_exception(kind, what, len, nullptr, 0, 0);
}
const bool stream_errors_registered = add_error_translator(stream_exception_object);

}  // namespace

extern "C" {

lsb_error_t lsb_open_connection(const char* host, size_t host_len, int port, long long limit, void** pending,
                                void** future) {
    try {
        aio::EventLoop& loop = aio::get_running_loop();
        std::string h(host, host_len);
        auto box = std::make_unique<PendingConnection>();
        if (use_loopback()) {
            box->future = Session::current().loopback().connect(loop, h, port, to_limit(limit));
        } else {
            // A helper task with a name, so that it does not take a "Task-N" number.
            box->future =
                loop.create_task(aio::open_connection(h, to_port(port), to_limit(limit)), "open_connection");
        }
        *future = hand_over(box->future.base());
        *pending = box.release();
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_open_connection_result(void* pending, void** reader, void** writer) {
    try {
        auto& streams = static_cast<PendingConnection*>(pending)->future.result();
        *reader = new ReaderBox(streams.first);
        *writer = new WriterBox(streams.second, streams.first);
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_start_server(void* callback, const char* host, size_t host_len, int port, long long limit,
                             void** server, void** future) {
    try {
        aio::EventLoop& loop = aio::get_running_loop();
        std::string h(host, host_len);
        auto box = std::make_unique<ServerBox>();
        // An unnamed helper task, like the one CPython's create_server gathers (its getaddrinfo
        // step): it takes a "Task-N" number as there.
        if (use_loopback()) {
            box->pending = loop.create_task(Session::current().loopback().start_server(
                python_callback(callback), h, port, to_limit(limit)));
        } else {
            box->pending = loop.create_task(
                aio::start_server(python_callback(callback), h, to_port(port), to_limit(limit)));
        }
        *future = hand_over(box->pending.base());
        *server = box.release();
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_start_server_result(void* server) {
    try {
        auto* box = static_cast<ServerBox*>(server);
        if (!box->server) box->server = box->pending.result();
        return ok();
    } catch (...) { return current_error(); }
}

size_t lsb_server_socket_count(void* server) {
    auto* box = static_cast<ServerBox*>(server);
    return box->server ? box->server->sockets().size() : 0;
}

const char* lsb_server_socket(void* server, size_t index, size_t* host_len, int* port) {
    auto* box = static_cast<ServerBox*>(server);
    try {
        auto sockets = box->server->sockets();
        box->host = sockets.at(index).host;
        *port = sockets.at(index).port;
    } catch (...) {
        box->host.clear();
        *port = 0;
    }
    *host_len = box->host.size();
    return box->host.c_str();
}

void lsb_server_close(void* server) {
    auto* box = static_cast<ServerBox*>(server);
    if (box->server) box->server->close();
}

bool lsb_server_is_serving(void* server) {
    auto* box = static_cast<ServerBox*>(server);
    return box->server && box->server->is_serving();
}

lsb_error_t lsb_server_wait_closed(void* server, void** future) {
    try {
        auto* box = static_cast<ServerBox*>(server);
        *future = nullptr;
        if (!box->server || !box->server->is_serving()) return ok();
        aio::EventLoop& loop = aio::get_running_loop();
        auto t = loop.create_task(box->server->wait_closed(), "Server.wait_closed");
        *future = hand_over(t.base());
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_server_serve_forever(void* server, void** future) {
    try {
        auto* box = static_cast<ServerBox*>(server);
        if (!box->server) throw aio::RuntimeError("server is closed");
        aio::EventLoop& loop = aio::get_running_loop();
        auto t = loop.create_task(box->server->serve_forever(), "Server.serve_forever");
        *future = hand_over(t.base());
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_reader_try(void* reader, int op, long long n, const char* sep, size_t sep_len,
                           const char** data, size_t* len, void** waiter) {
    static const char* const names[] = {"read", "readuntil", "readexactly", "readuntil"};
    try {
        auto* box = static_cast<ReaderBox*>(reader);
        std::optional<std::string> result;
        *waiter = nullptr;
        switch (op) {
            case 0: result = box->reader.try_read(n); break;
            case 1: result = box->reader.try_readline(); break;
            case 2:
                if (n < 0) throw aio::ValueError("readexactly size can not be less than zero");
                result = box->reader.try_readexactly(static_cast<std::size_t>(n));
                break;
            default: result = box->reader.try_readuntil(std::string_view(sep, sep_len)); break;
        }
        if (result) {
            box->data = std::move(*result);
            *data = box->data.data();
            *len = box->data.size();
            return ok();
        }
        auto w = box->reader.data_waiter(names[op < 0 || op > 3 ? 0 : op]);
        *waiter = hand_over(w.base());
        return ok();
    } catch (...) { return current_error(); }
}

bool lsb_reader_at_eof(void* reader) { return static_cast<ReaderBox*>(reader)->reader.at_eof(); }

lsb_error_t lsb_writer_write(void* writer, const char* data, size_t len) {
    try {
        static_cast<WriterBox*>(writer)->writer.write(std::string_view(data, len));
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_writer_write_eof(void* writer) {
    try {
        static_cast<WriterBox*>(writer)->writer.write_eof();
        return ok();
    } catch (...) { return current_error(); }
}

bool lsb_writer_can_write_eof(void* writer) {
    return static_cast<WriterBox*>(writer)->writer.can_write_eof();
}

void lsb_writer_close(void* writer) {
    try {
        static_cast<WriterBox*>(writer)->writer.close();
    } catch (...) {}
}

bool lsb_writer_is_closing(void* writer) { return static_cast<WriterBox*>(writer)->writer.is_closing(); }

lsb_error_t lsb_writer_drain(void* writer, int stage, bool* yield_first, void** waiter) {
    try {
        auto* box = static_cast<WriterBox*>(writer);
        const auto& t = box->writer.transport();
        *yield_first = false;
        *waiter = nullptr;
        if (stage == 0) {
            if (auto e = box->reader.exception()) std::rethrow_exception(e);
            // CPython: "await sleep(0)" so that connection_lost can run first.
            *yield_first = t->is_closing();
            return ok();
        }
        if (t->connection_lost()) {
            if (auto e = t->lost_exception()) std::rethrow_exception(e);
            throw aio::ConnectionResetError("Connection lost");
        }
        if (!t->writing_paused()) return ok();
        *waiter = hand_over(t->drain_waiter().base());
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_writer_closed(void* writer, void** future) {
    try {
        *future = hand_over(static_cast<WriterBox*>(writer)->writer.transport()->closed().base());
        return ok();
    } catch (...) { return current_error(); }
}

bool lsb_writer_extra_info(void* writer, const char* name, size_t name_len, const char** host,
                           size_t* host_len, int* port) {
    auto* box = static_cast<WriterBox*>(writer);
    try {
        auto addr = box->writer.get_extra_info(std::string_view(name, name_len));
        if (!addr) return false;
        box->host = addr->host;
        *host = box->host.c_str();
        *host_len = box->host.size();
        *port = addr->port;
        return true;
    } catch (...) { return false; }
}

}  // extern "C"
