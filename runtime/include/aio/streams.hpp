// Streams: buffered TCP connections as coroutines (CPython asyncio.streams, 3.11 semantics).
//
//   auto [reader, writer] = co_await aio::open_connection("127.0.0.1", port);
//   writer.write("ping\n");
//   co_await writer.drain();
//   std::string line = co_await reader.readline();
//   writer.close();
//   co_await writer.wait_closed();
//
//   auto server = co_await aio::start_server(
//       [](aio::StreamReader r, aio::StreamWriter w) -> aio::Coro<void> { ... }, "127.0.0.1", 0);
//   int port = server.port();
//
// StreamReader and StreamWriter are cheap handles (copies share the stream); they belong to the
// loop's thread. StreamReader works anywhere (feed_data / feed_eof); the socket transport, and so
// aio::open_connection / aio::start_server, exist only in native Linux builds: elsewhere they throw
// RuntimeError("... not available in this build"). Socket system calls are confined to a small
// transport layer in streams.cpp (a StreamTransport driven by the loop's Poller). The other
// transport is the in-process network of loopback.hpp (LoopbackNetwork::open_connection /
// start_server): same reader, writer and Server, no sockets, segments delivered by loop timers, so
// it works under the virtual clock and in the browser.
//
// Bindings whose tasks cannot run a Coro (Python tasks) use StreamReader's try_* forms and await
// data_waiter() themselves, as CPython's coroutines await the reader's waiter.
//
// Back-pressure, as in CPython:
//  * reading: when the reader's buffer exceeds 2 * limit the transport stops reading; it resumes
//    once a read brings the buffer down to the limit or below;
//  * writing: write() never blocks; when the transport's write buffer exceeds the high-water mark
//    (64 KiB) drain() blocks until it is back to the low-water mark (16 KiB) or below.
#pragma once
#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "coro.hpp"
#include "errors.hpp"
#include "event_loop.hpp"

namespace aio {

// Python's ConnectionError family (OSError subclasses there).
class ConnectionError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};
class ConnectionResetError : public ConnectionError {
public:
    using ConnectionError::ConnectionError;
};
class ConnectionRefusedError : public ConnectionError {
public:
    using ConnectionError::ConnectionError;
};
class BrokenPipeError : public ConnectionError {
public:
    using ConnectionError::ConnectionError;
};
// Other socket failures (Python's OSError): errno and the failing call.
class SocketError : public std::runtime_error {
public:
    SocketError(const std::string& what, int error) : std::runtime_error(what), errno_(error) {}
    int error_number() const noexcept { return errno_; }

private:
    int errno_;
};

// (host, port) of a socket, as get_extra_info("peername") gives it in Python.
struct SocketAddress {
    std::string host;
    int port = 0;
    friend bool operator==(const SocketAddress& a, const SocketAddress& b) {
        return a.host == b.host && a.port == b.port;
    }
};

inline constexpr std::size_t default_stream_limit = 64 * 1024;

namespace detail {
struct ReaderState;
struct ServerState;

// The byte pipe under a stream (a socket natively). Loop thread only.
class StreamTransport {
public:
    virtual ~StreamTransport() = default;
    virtual void write(std::string_view data) = 0;
    virtual bool can_write_eof() const noexcept = 0;
    virtual void write_eof() = 0;
    virtual void close() = 0;
    virtual bool is_closing() const noexcept = 0;
    virtual void pause_reading() = 0;
    virtual void resume_reading() = 0;
    virtual std::size_t get_write_buffer_size() const noexcept = 0;
    virtual void set_write_buffer_limits(std::size_t high, std::size_t low) = 0;
    virtual std::optional<SocketAddress> get_extra_info(std::string_view name) const = 0;
    // Flow control seen from the writer (CPython's FlowControlMixin).
    virtual bool writing_paused() const noexcept = 0;
    virtual bool connection_lost() const noexcept = 0;
    // The exception the connection was lost with (null: closed normally).
    virtual std::exception_ptr lost_exception() const noexcept = 0;
    // Completes when writing resumes or the connection is lost.
    virtual Future<void> drain_waiter() = 0;
    // Completes once the connection is closed (the fd is released).
    virtual Future<void> closed() = 0;
};
}  // namespace detail

class StreamReader {
public:
    explicit StreamReader(std::size_t limit = default_stream_limit);

    // Up to n bytes (n < 0: until EOF); "" at EOF.
    Coro<std::string> read(long long n = -1);
    // A line ending in "\n"; the partial line at EOF; "" at EOF. A line longer than the limit:
    // ValueError (the buffer is cleared up to the separator, or entirely if none was found).
    Coro<std::string> readline();
    // Exactly n bytes, or IncompleteReadError (with what was read) at EOF.
    Coro<std::string> readexactly(std::size_t n);
    // Data up to and including `separator`. IncompleteReadError at EOF (partial = the whole buffer,
    // expected() == npos), LimitOverrunError if the limit is exceeded (the data stays buffered).
    Coro<std::string> readuntil(std::string separator = "\n");

    // The same operations without a coroutine, for bindings whose tasks await a future directly (a
    // Python task awaits the reader's waiter itself, as in CPython): each returns the result if the
    // operation can finish now, throws what the coroutine would throw, or returns nullopt; then
    // await data_waiter(name) (completes on data, EOF or error) and try again.
    std::optional<std::string> try_read(long long n);
    std::optional<std::string> try_readline();
    std::optional<std::string> try_readexactly(std::size_t n);
    std::optional<std::string> try_readuntil(std::string_view separator);
    Future<void> data_waiter(const char* func);

    bool at_eof() const noexcept;
    std::exception_ptr exception() const noexcept;
    void set_exception(std::exception_ptr e);
    void feed_data(std::string_view data);
    void feed_eof();
    std::size_t limit() const noexcept;
    std::size_t buffered() const noexcept;

    // Runtime-internal: connects the reader to its transport (for read flow control).
    void set_transport(std::weak_ptr<detail::StreamTransport> transport);

private:
    friend class StreamWriter;
    std::shared_ptr<detail::ReaderState> s_;
};

class StreamWriter {
public:
    StreamWriter(std::shared_ptr<detail::StreamTransport> transport, StreamReader reader);

    void write(std::string_view data);
    void writelines(const std::vector<std::string>& lines);
    bool can_write_eof() const noexcept;
    void write_eof();
    // Waits until the write buffer is below the low-water mark. Raises the reader's exception, or
    // ConnectionResetError("Connection lost") once the connection is gone.
    Coro<void> drain();
    void close();
    bool is_closing() const noexcept;
    Coro<void> wait_closed();
    // "peername" / "sockname"; nullopt for anything else.
    std::optional<SocketAddress> get_extra_info(std::string_view name) const;
    std::size_t get_write_buffer_size() const noexcept;
    // CPython's transport.set_write_buffer_limits(high, low); low defaults to high / 4.
    void set_write_buffer_limits(std::size_t high, std::optional<std::size_t> low = std::nullopt);
    const std::shared_ptr<detail::StreamTransport>& transport() const noexcept { return t_; }

private:
    std::shared_ptr<detail::StreamTransport> t_;
    StreamReader reader_;
};

using ClientConnected = std::function<Coro<void>(StreamReader, StreamWriter)>;

class Server {
public:
    explicit Server(std::shared_ptr<detail::ServerState> s) : s_(std::move(s)) {}

    // The listening sockets' addresses (empty once closed).
    std::vector<SocketAddress> sockets() const;
    // The port of the first listening socket (the ephemeral port when started with port 0).
    int port() const;
    bool is_serving() const noexcept;
    // Stops listening; connections already accepted carry on. Cancels serve_forever().
    void close();
    // Returns once close() has been called (CPython 3.11: it does not wait for the connections).
    Coro<void> wait_closed();
    // Serves until cancelled (or until close(), which cancels it): then closes the server and
    // raises CancelledError.
    Coro<void> serve_forever();

private:
    std::shared_ptr<detail::ServerState> s_;
};

// asyncio.open_connection(host, port). Numeric hosts are used directly; names are resolved with
// getaddrinfo on the loop's default executor. ConnectionRefusedError / SocketError on failure.
Coro<std::pair<StreamReader, StreamWriter>> open_connection(std::string host, int port,
                                                            std::size_t limit = default_stream_limit);

// asyncio.start_server(client_connected_cb, host, port): listens (SO_REUSEADDR, backlog 100) and
// runs client_connected_cb(reader, writer) as a new task for each accepted connection.
Coro<Server> start_server(ClientConnected client_connected_cb, std::string host, int port,
                          std::size_t limit = default_stream_limit, int backlog = 100);

}  // namespace aio
