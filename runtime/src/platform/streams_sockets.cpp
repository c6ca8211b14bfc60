// The socket transport of streams (streams.hpp) on POSIX systems: open_connection and
// start_server over non-blocking TCP sockets driven by the loop's Poller.
//
// Index of this file (sections marked "// ---- <name> ----"):
//   Errors, addresses, the socket transport
//   Name resolution and sockets
//   open_connection, start_server
#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "aio/detail/server_state.hpp"
#include "aio/executor.hpp"
#include "aio/future.hpp"
#include "aio/sleep.hpp"
#include "aio/streams.hpp"
#include "aio/task.hpp"

namespace aio {

namespace {
// Runs the user's callback as a task; the frame keeps the callable alive while it runs.
Coro<void> run_client(std::shared_ptr<ClientConnected> cb, StreamReader reader, StreamWriter writer) {
    co_await (*cb)(std::move(reader), std::move(writer));
}
}  // namespace

// ---- Errors, addresses, the socket transport ------------------------------------------------------

namespace {

[[noreturn]] void throw_errno(const std::string& what, int err) {
    std::string msg = what + ": " + std::strerror(err);
    if (err == ECONNREFUSED) throw ConnectionRefusedError(msg);
    if (err == ECONNRESET) throw ConnectionResetError(msg);
    if (err == EPIPE) throw BrokenPipeError(msg);
    throw SocketError(msg, err);
}

std::exception_ptr errno_exception(const std::string& what, int err) {
    try {
        throw_errno(what, err);
    } catch (...) { return std::current_exception(); }
}

std::optional<SocketAddress> to_address(const sockaddr_storage& ss) {
    char host[INET6_ADDRSTRLEN] = {};
    if (ss.ss_family == AF_INET) {
        auto& a = reinterpret_cast<const sockaddr_in&>(ss);
        inet_ntop(AF_INET, &a.sin_addr, host, sizeof host);
        return SocketAddress{host, ntohs(a.sin_port)};
    }
    if (ss.ss_family == AF_INET6) {
        auto& a = reinterpret_cast<const sockaddr_in6&>(ss);
        inet_ntop(AF_INET6, &a.sin6_addr, host, sizeof host);
        return SocketAddress{host, ntohs(a.sin6_port)};
    }
    return std::nullopt;
}

std::optional<SocketAddress> address_of(int fd, bool peer) {
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    int r = peer ? ::getpeername(fd, reinterpret_cast<sockaddr*>(&ss), &len)
                 : ::getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len);
    if (r < 0) return std::nullopt;
    return to_address(ss);
}

class SocketTransport final : public detail::StreamTransport,
                              public std::enable_shared_from_this<SocketTransport> {
public:
    SocketTransport(EventLoop& loop, int fd, StreamReader reader)
        : loop_(&loop), fd_(fd), reader_(std::move(reader)), closed_(loop.create_future<void>()) {
        closed_.base()->set_label("StreamWriter.wait_closed");
        peername_ = address_of(fd, true);
        sockname_ = address_of(fd, false);
        int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    ~SocketTransport() override {
        if (fd_ >= 0) ::close(fd_);  // never closed (the loop died first): release the fd only
    }

    void start() {
        reader_.set_transport(weak_from_this());
        resume_reading();
    }

    void write(std::string_view data) override {
        if (eof_written_) throw RuntimeError("Cannot call write() after write_eof()");
        if (data.empty()) return;
        if (conn_lost_ || closing_) return;  // CPython logs "socket.send() raised exception." later
        if (pending() == 0) {
            ssize_t n = ::send(fd_, data.data(), data.size(), MSG_NOSIGNAL);
            if (n < 0) {
                if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                    fatal_error(errno_exception("send", errno));
                    return;
                }
                n = 0;
            }
            data.remove_prefix(std::size_t(n));
            if (data.empty()) return;
            auto self = shared_from_this();
            loop_->poller().add_writer(fd_, [self] { self->on_writable(); });
        }
        wbuf_.append(data);
        maybe_pause_protocol();
    }
    bool can_write_eof() const noexcept override { return true; }
    void write_eof() override {
        if (closing_ || eof_written_) return;
        eof_written_ = true;
        if (pending() == 0) ::shutdown(fd_, SHUT_WR);
    }
    void close() override {
        if (closing_) return;
        closing_ = true;
        stop_reading();
        if (pending() == 0) {
            auto self = shared_from_this();
            loop_->call_soon([self] { self->connection_lost(nullptr); });
        }
    }
    bool is_closing() const noexcept override { return closing_; }
    void pause_reading() override {
        if (closing_ || !reading_) return;
        stop_reading();
    }
    void resume_reading() override {
        if (closing_ || reading_ || fd_ < 0) return;
        reading_ = true;
        auto self = shared_from_this();
        loop_->poller().add_reader(fd_, [self] { self->on_readable(); });
    }
    std::size_t get_write_buffer_size() const noexcept override { return pending(); }
    void set_write_buffer_limits(std::size_t high, std::size_t low) override {
        if (low > high) throw ValueError("high must be >= low");
        high_ = high;
        low_ = low;
        maybe_pause_protocol();
    }
    std::optional<SocketAddress> get_extra_info(std::string_view name) const override {
        if (name == "peername") return peername_;
        if (name == "sockname") return sockname_;
        return std::nullopt;
    }
    bool writing_paused() const noexcept override { return paused_; }
    bool connection_lost() const noexcept override { return conn_lost_; }
    std::exception_ptr lost_exception() const noexcept override { return lost_exc_; }
    Future<void> drain_waiter() override {
        Future<void> f = loop_->create_future<void>();
        f.base()->set_label("StreamWriter.drain");
        drain_waiters_.push_back(f);
        return f;
    }
    Future<void> closed() override { return closed_; }

private:
    std::size_t pending() const noexcept { return wbuf_.size() - wpos_; }

    void stop_reading() {
        if (reading_) {
            reading_ = false;
            loop_->poller().remove_reader(fd_);
        }
    }

    void on_readable() {
        if (!reading_ || fd_ < 0) return;
        char buf[64 * 1024];
        ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
        if (n > 0) {
            reader_.feed_data(std::string_view(buf, std::size_t(n)));
            return;
        }
        if (n == 0) {
            // EOF: the peer will send nothing more; we may still write (half-close, as CPython's
            // StreamReaderProtocol.eof_received returning True).
            stop_reading();
            reader_.feed_eof();
            return;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return;
        fatal_error(errno_exception("recv", errno));
    }

    void on_writable() {
        if (fd_ < 0) return;
        while (pending() > 0) {
            ssize_t n = ::send(fd_, wbuf_.data() + wpos_, pending(), MSG_NOSIGNAL);
            if (n < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK) break;
                if (errno == EINTR) continue;
                fatal_error(errno_exception("send", errno));
                return;
            }
            wpos_ += std::size_t(n);
        }
        if (wpos_ > 0 && (pending() == 0 || wpos_ > 1024 * 1024)) {
            wbuf_.erase(0, wpos_);
            wpos_ = 0;
        }
        maybe_resume_protocol();
        if (pending() == 0) {
            loop_->poller().remove_writer(fd_);
            if (closing_)
                connection_lost(nullptr);
            else if (eof_written_)
                ::shutdown(fd_, SHUT_WR);
        }
    }

    void maybe_pause_protocol() {
        if (!paused_ && pending() > high_) paused_ = true;
    }
    void maybe_resume_protocol() {
        if (paused_ && pending() <= low_) {
            paused_ = false;
            wake_drainers(nullptr);
        }
    }
    void wake_drainers(std::exception_ptr e) {
        auto waiters = std::move(drain_waiters_);
        drain_waiters_.clear();
        for (auto& w : waiters) {
            if (w.done()) continue;
            if (e)
                w.set_exception(e);
            else
                w.set_result();
        }
    }

    void fatal_error(std::exception_ptr e) {
        if (conn_lost_) return;
        closing_ = true;
        stop_reading();
        wbuf_.clear();
        wpos_ = 0;
        connection_lost(e);
    }

    // CPython's _call_connection_lost + StreamReaderProtocol.connection_lost.
    void connection_lost(std::exception_ptr e) {
        if (conn_lost_) return;
        conn_lost_ = true;
        lost_exc_ = e;
        stop_reading();
        loop_->poller().remove_writer(fd_);
        if (e)
            reader_.set_exception(e);
        else
            reader_.feed_eof();
        // Drain waiters learn the connection is gone (CPython: ConnectionResetError('Connection lost')).
        wake_drainers(e ? e : std::make_exception_ptr(ConnectionResetError("Connection lost")));
        paused_ = false;
        ::close(fd_);
        fd_ = -1;
        if (!closed_.done()) closed_.set_result();
    }

    EventLoop* loop_;
    int fd_;
    StreamReader reader_;
    Future<void> closed_;
    std::optional<SocketAddress> peername_, sockname_;
    std::string wbuf_;
    std::size_t wpos_ = 0;
    std::size_t high_ = 64 * 1024;
    std::size_t low_ = 16 * 1024;
    std::vector<Future<void>> drain_waiters_;
    std::exception_ptr lost_exc_;
    bool reading_ = false;
    bool closing_ = false;
    bool conn_lost_ = false;
    bool eof_written_ = false;
    bool paused_ = false;
};

// ---- Name resolution and sockets ----------------------------------------------------------------

struct Resolved {
    int family, socktype, protocol;
    sockaddr_storage addr;
    socklen_t addrlen;
};

std::vector<Resolved> resolve(const std::string& host, int port, bool numeric_only, bool passive) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = (numeric_only ? AI_NUMERICHOST : 0) | (passive ? AI_PASSIVE : 0) | AI_NUMERICSERV;
    addrinfo* res = nullptr;
    std::string service = std::to_string(port);
    int r = ::getaddrinfo(host.empty() ? nullptr : host.c_str(), service.c_str(), &hints, &res);
    if (r != 0) {
        if (numeric_only && r == EAI_NONAME) return {};
        throw SocketError(std::string("getaddrinfo(") + host + "): " + ::gai_strerror(r), r);
    }
    std::vector<Resolved> out;
    for (addrinfo* ai = res; ai; ai = ai->ai_next) {
        Resolved x{ai->ai_family, ai->ai_socktype, ai->ai_protocol, {}, socklen_t(ai->ai_addrlen)};
        std::memcpy(&x.addr, ai->ai_addr, ai->ai_addrlen);
        out.push_back(x);
    }
    ::freeaddrinfo(res);
    return out;
}

Coro<std::vector<Resolved>> resolve_async(std::string host, int port, bool passive) {
    std::vector<Resolved> addrs = resolve(host, port, true, passive);
    if (addrs.empty()) {
        // A name: getaddrinfo may block, so it runs on the default executor (as CPython does).
        // Named locals, not temporaries inside the co_await expression: g++ 12 mishandles
        // non-trivially-copyable temporaries there.
        auto lookup = [host, port, passive] { return resolve(host, port, false, passive); };
        Future<std::vector<Resolved>> f = run_in_executor(get_running_loop(), nullptr, std::move(lookup));
        addrs = co_await f;
    }
    if (addrs.empty()) throw SocketError("getaddrinfo(" + host + "): no address", 0);
    co_return addrs;
}

int make_socket(int family) {
    int fd = ::socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) throw_errno("socket", errno);
    return fd;
}

// Waits until `fd` is writable (a non-blocking connect finished).
Coro<void> wait_writable(int fd) {
    EventLoop& loop = get_running_loop();
    Future<void> f = loop.create_future<void>();
    f.base()->set_label("sock_connect");
    loop.poller().add_writer(fd, [f] {
        if (!f.done()) f.set_result();
    });
    try {
        co_await f;
    } catch (...) {
        loop.poller().remove_writer(fd);
        throw;
    }
    loop.poller().remove_writer(fd);
}

std::pair<StreamReader, StreamWriter> make_stream(EventLoop& loop, int fd, std::size_t limit) {
    StreamReader reader(limit);
    auto transport = std::make_shared<SocketTransport>(loop, fd, reader);
    transport->start();
    return {reader, StreamWriter(transport, reader)};
}

void accept_connections(const std::shared_ptr<detail::ServerState>& s, int listen_fd) {
    for (int i = 0; i < 100 && s->serving; ++i) {
        int fd = ::accept4(listen_fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR || errno == ECONNABORTED) return;
            ExceptionContext ctx{
                "socket.accept() out of system resource", errno_exception("accept", errno), 0, 0, {}};
            s->loop->call_exception_handler(ctx);
            return;
        }
        auto [reader, writer] = make_stream(*s->loop, fd, s->limit);
        s->loop->create_task(run_client(s->callback, std::move(reader), std::move(writer)));
    }
}

}  // namespace

// ---- open_connection, start_server --------------------------------------------------------------

void detail::ServerState::close() {
    if (fds.empty() && !serving) return;
    serving = false;
    if (stop_listening) std::exchange(stop_listening, nullptr)();
    for (int fd : fds) {
        loop->poller().remove_reader(fd);
        ::close(fd);
    }
    fds.clear();
    if (serving_forever && !serving_forever.done()) serving_forever.cancel();
    auto waiters = std::move(close_waiters);
    close_waiters.clear();
    for (auto& w : waiters)
        if (!w.done()) w.set_result();
}

Coro<std::pair<StreamReader, StreamWriter>> open_connection(std::string host, int port, std::size_t limit) {
    EventLoop& loop = get_running_loop();
    std::vector<Resolved> addrs = co_await resolve_async(host, port, false);
    std::exception_ptr last;
    for (const Resolved& a : addrs) {
        int fd = make_socket(a.family);
        int r = ::connect(fd, reinterpret_cast<const sockaddr*>(&a.addr), a.addrlen);
        int err = r < 0 ? errno : 0;
        if (err == EINPROGRESS) {
            try {
                co_await wait_writable(fd);
            } catch (...) {
                ::close(fd);
                throw;
            }
            socklen_t len = sizeof err;
            ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
        }
        if (err == 0) co_return make_stream(loop, fd, limit);
        ::close(fd);
        last = errno_exception("connect to " + host + ":" + std::to_string(port), err);
    }
    std::rethrow_exception(last);
}

Coro<Server> start_server(ClientConnected client_connected_cb, std::string host, int port, std::size_t limit,
                          int backlog) {
    EventLoop& loop = get_running_loop();
    if (!client_connected_cb) throw ValueError("start_server() needs a client_connected_cb");
    std::vector<Resolved> addrs = co_await resolve_async(host, port, true);
    auto s = std::make_shared<detail::ServerState>();
    s->loop = &loop;
    s->limit = limit;
    s->callback = std::make_shared<ClientConnected>(std::move(client_connected_cb));
    try {
        for (const Resolved& a : addrs) {
            int fd = make_socket(a.family);
            s->fds.push_back(fd);
            int one = 1;
            ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
            if (a.family == AF_INET6) ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
            if (::bind(fd, reinterpret_cast<const sockaddr*>(&a.addr), a.addrlen) < 0)
                throw_errno("bind to " + host + ":" + std::to_string(port), errno);
            if (::listen(fd, backlog) < 0) throw_errno("listen", errno);
            if (auto addr = address_of(fd, false)) s->addresses.push_back(*addr);
        }
    } catch (...) {
        for (int fd : s->fds) ::close(fd);
        s->fds.clear();
        throw;
    }
    s->serving = true;
    for (int fd : s->fds) {
        // The poller's callback keeps the server alive while it listens (until close()).
        loop.poller().add_reader(fd, [s, fd] { accept_connections(s, fd); });
    }
    co_return Server(s);
}

}  // namespace aio
