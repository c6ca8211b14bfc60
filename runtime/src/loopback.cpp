// LoopbackNetwork: connections are pairs of LoopbackTransports; each segment sent is a timer on the
// receiving loop `latency` seconds later.
//
// Index of this file (sections marked "// ---- <name> ----"):
//   Shared state
//   LoopbackTransport: one end of a connection
//   Connections and servers
//   LoopbackNetwork
#include "aio/loopback.hpp"

#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <optional>

#include "aio/detail/server_state.hpp"
#include "aio/sleep.hpp"
#include "aio/task.hpp"

namespace aio {

// ---- Shared state -------------------------------------------------------------------------------

namespace detail {
struct LoopbackState {
    double latency;
    std::map<int, std::weak_ptr<ServerState>> listeners;
    std::map<int, int> bound;  // ports in use by listeners and connection ends (count)
    int next_port = 49152;
    // Connections a listener accepts in its next iteration, all at once as CPython's
    // _accept_connection does (port -> each one's accept step, which gives back its client's step).
    std::map<int, std::vector<std::function<std::function<void()>()>>> accepting;

    int free_port() {
        for (int tries = 0; tries < 16384; ++tries) {
            int p = next_port;
            next_port = next_port >= 65535 ? 49152 : next_port + 1;
            if (!bound.count(p)) return p;
        }
        throw SocketError("[Errno 99] Cannot assign requested address", 99);
    }
    void bind(int port) { ++bound[port]; }
    void unbind(int port) {
        auto it = bound.find(port);
        if (it != bound.end() && --it->second == 0) bound.erase(it);
    }
};
}  // namespace detail

namespace {

const char* const local_address = "127.0.0.1";

std::string address_text(int port) {
    return "('" + std::string(local_address) + "', " + std::to_string(port) + ")";
}

// ---- LoopbackTransport: one end of a connection -------------------------------------------------

class LoopbackTransport final : public detail::StreamTransport,
                                public std::enable_shared_from_this<LoopbackTransport> {
public:
    LoopbackTransport(EventLoop& loop, std::shared_ptr<detail::LoopbackState> net, StreamReader reader,
                      SocketAddress local, SocketAddress remote, bool owns_port)
        : loop_(&loop),
          net_(std::move(net)),
          reader_(std::move(reader)),
          closed_(loop.create_future<void>()),
          local_(std::move(local)),
          remote_(std::move(remote)),
          owns_port_(owns_port) {
        closed_.base()->set_label("StreamWriter.wait_closed");
        if (owns_port_) net_->bind(local_.port);
    }
    ~LoopbackTransport() override { release_port(); }

    void connect_to(const std::shared_ptr<LoopbackTransport>& peer) {
        peer_ = peer;
        reader_.set_transport(weak_from_this());
    }

    void write(std::string_view data) override {
        if (eof_written_) throw RuntimeError("Cannot call write() after write_eof()");
        if (data.empty() || conn_lost_) return;  // CPython drops writes once the connection is lost
        if (peer_.expired()) {
            // The other end is gone (closed and released): like a closed socket, it answers with a
            // reset, one round trip later.
            std::weak_ptr<LoopbackTransport> self = weak_from_this();
            loop_->call_later(2 * net_->latency, [self] {
                if (auto t = self.lock()) t->on_reset();
            });
            return;
        }
        send([data = std::string(data)](LoopbackTransport& peer) { peer.on_data(data); });
    }
    bool can_write_eof() const noexcept override { return true; }
    void write_eof() override {
        if (closing_ || eof_written_) return;
        eof_written_ = true;
        send([](LoopbackTransport& peer) { peer.on_eof(); });
    }
    void close() override {
        if (closing_) return;
        closing_ = true;
        reading_ = false;
        // The FIN (or RST) leaves with the connection's end in the next iteration, as CPython's
        // selector transport closes its socket in _call_connection_lost (call_soon): the peer
        // reads EOF one iteration after data written just before the close.
        const bool reset = !pending_.empty();  // unread data waiting in the transport: TCP resets
        const bool fin = !reset && !eof_written_;
        eof_written_ = true;
        auto self = shared_from_this();
        loop_->call_soon([self, reset, fin] {
            if (reset) self->send([](LoopbackTransport& peer) { peer.on_reset(); });
            if (fin) self->send([](LoopbackTransport& peer) { peer.on_eof(); });
            self->connection_lost(nullptr);
        });
    }
    bool is_closing() const noexcept override { return closing_; }
    void pause_reading() override {
        if (closing_) return;
        reading_ = false;
    }
    void resume_reading() override {
        if (closing_ || reading_) return;
        reading_ = true;
        if (!pending_.empty() && !flush_scheduled_) {
            // Delivered from the loop, never from inside the reader call that resumed us.
            flush_scheduled_ = true;
            auto self = shared_from_this();
            loop_->call_soon([self] { self->flush_pending(); });
        }
    }
    std::size_t get_write_buffer_size() const noexcept override { return 0; }
    void set_write_buffer_limits(std::size_t high, std::size_t low) override {
        if (low > high) throw ValueError("high must be >= low");
    }
    std::optional<SocketAddress> get_extra_info(std::string_view name) const override {
        if (name == "peername") return remote_;
        if (name == "sockname") return local_;
        return std::nullopt;
    }
    bool writing_paused() const noexcept override { return false; }
    bool connection_lost() const noexcept override { return conn_lost_; }
    std::exception_ptr lost_exception() const noexcept override { return lost_exc_; }
    Future<void> drain_waiter() override {
        Future<void> f = loop_->create_future<void>();
        f.base()->set_label("StreamWriter.drain");
        if (conn_lost_)
            f.set_exception(std::make_exception_ptr(ConnectionResetError("Connection lost")));
        else
            drain_waiters_.push_back(f);
        return f;
    }
    Future<void> closed() override { return closed_; }

private:
    struct Segment {
        enum Kind { data, eof } kind;
        std::string bytes;
    };

    // Sends one segment to the peer: it arrives after the network's latency, never before the
    // previous segment of this connection.
    template <class F> void send(F on_arrival) {
        auto peer = peer_.lock();
        if (!peer) return;
        EventLoop* loop = peer->loop_;
        double when = std::max(loop->time() + net_->latency, last_arrival_);
        last_arrival_ = when;
        loop->call_at(when, [peer, on_arrival = std::move(on_arrival)]() mutable { on_arrival(*peer); });
    }

    void on_data(const std::string& bytes) {
        if (closing_ || conn_lost_) {
            // Data for a closed socket: the sender gets a reset.
            send([](LoopbackTransport& peer) { peer.on_reset(); });
            return;
        }
        if (!reading_ || !pending_.empty()) {
            pending_.push_back({Segment::data, bytes});
        } else {
            reader_.feed_data(bytes);
            note_fed();
        }
    }
    // CPython's transport reads once per loop iteration: the data that arrived, and only at its
    // next read (the next iteration) the EOF that came with it.
    void note_fed() {
        if (fed_this_iteration_) return;
        fed_this_iteration_ = true;
        auto self = shared_from_this();
        loop_->call_soon([self] { self->fed_this_iteration_ = false; });
    }
    void on_eof() {
        if (closing_ || conn_lost_) return;
        if (!reading_ || !pending_.empty()) {
            pending_.push_back({Segment::eof, {}});
        } else if (fed_this_iteration_) {
            auto self = shared_from_this();
            loop_->call_soon([self] {
                if (!self->closing_ && !self->conn_lost_) self->deliver_eof();
            });
        } else {
            deliver_eof();
        }
    }
    void on_reset() {
        if (conn_lost_) return;
        closing_ = true;
        reading_ = false;
        pending_.clear();
        auto self = shared_from_this();
        auto e = std::make_exception_ptr(ConnectionResetError("[Errno 104] Connection reset by peer"));
        loop_->call_soon([self, e] { self->connection_lost(e); });
    }
    void deliver_eof() {
        if (!peer_eof_) reader_.feed_eof();
        peer_eof_ = true;
    }
    void flush_pending() {
        flush_scheduled_ = false;
        while (reading_ && !pending_.empty() && !conn_lost_) {
            Segment seg = std::move(pending_.front());
            pending_.pop_front();
            if (seg.kind == Segment::data)
                reader_.feed_data(seg.bytes);
            else
                deliver_eof();
        }
    }

    // CPython's _call_connection_lost + StreamReaderProtocol.connection_lost.
    void connection_lost(std::exception_ptr e) {
        if (conn_lost_) return;
        conn_lost_ = true;
        lost_exc_ = e;
        reading_ = false;
        if (e)
            reader_.set_exception(e);
        else if (!peer_eof_)
            reader_.feed_eof();
        auto waiters = std::move(drain_waiters_);
        drain_waiters_.clear();
        auto lost = e ? e : std::make_exception_ptr(ConnectionResetError("Connection lost"));
        for (auto& w : waiters)
            if (!w.done()) w.set_exception(lost);
        release_port();
        if (!closed_.done()) closed_.set_result();
    }
    void release_port() {
        if (owns_port_) {
            owns_port_ = false;
            net_->unbind(local_.port);
        }
    }

    EventLoop* loop_;
    std::shared_ptr<detail::LoopbackState> net_;
    StreamReader reader_;
    Future<void> closed_;
    SocketAddress local_, remote_;
    bool owns_port_;
    std::weak_ptr<LoopbackTransport> peer_;
    std::deque<Segment> pending_;  // arrived while reading was paused
    std::vector<Future<void>> drain_waiters_;
    std::exception_ptr lost_exc_;
    double last_arrival_ = 0.0;
    bool reading_ = true;
    bool flush_scheduled_ = false;
    bool fed_this_iteration_ = false;
    bool closing_ = false;
    bool conn_lost_ = false;
    bool eof_written_ = false;
    bool peer_eof_ = false;
};

// ---- Connections and servers --------------------------------------------------------------------

// Runs the user's callback as a task (CPython's per-connection accept task).
Coro<void> run_client(std::shared_ptr<ClientConnected> cb, StreamReader reader, StreamWriter writer) {
    co_await (*cb)(std::move(reader), std::move(writer));
}

void check_port(int port) {
    if (port < 0 || port > 65535) throw ValueError("port must be 0-65535");
}

}  // namespace

// ---- LoopbackNetwork ----------------------------------------------------------------------------

LoopbackNetwork::LoopbackNetwork(double latency) : s_(std::make_shared<detail::LoopbackState>()) {
    set_latency(latency);
}
LoopbackNetwork::~LoopbackNetwork() = default;

double LoopbackNetwork::latency() const noexcept { return s_->latency; }

void LoopbackNetwork::set_latency(double seconds) {
    if (!(seconds >= 0.0)) throw ValueError("latency must be >= 0");
    s_->latency = seconds;
}

bool LoopbackNetwork::is_local_host(std::string_view host, bool listening) noexcept {
    if (host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0) return true;
    return listening && (host.empty() || host == "0.0.0.0" || host == "::");
}

Future<std::pair<StreamReader, StreamWriter>> LoopbackNetwork::connect(EventLoop& loop,
                                                                       const std::string& host, int port,
                                                                       std::size_t limit) {
    check_port(port);
    if (!is_local_host(host)) throw SocketError("[Errno -2] Name or service not known", -2);
    StreamReader client_reader(limit);  // validates the limit now, as CPython's StreamReader()
    auto result = loop.create_future<std::pair<StreamReader, StreamWriter>>();
    result.base()->set_label("sock_connect");
    auto net = s_;
    loop.call_later(net->latency, [net, result, port, client_reader, &loop]() mutable {
        if (result.done()) return;  // cancelled while connecting
        std::shared_ptr<detail::ServerState> server;
        if (auto it = net->listeners.find(port); it != net->listeners.end()) server = it->second.lock();
        if (port == 0 || !server || !server->serving) {
            result.set_exception(std::make_exception_ptr(
                ConnectionRefusedError("[Errno 111] Connect call failed " + address_text(port))));
            return;
        }
        // CPython's steps from here: the listener accepts every pending connection in the next
        // iteration (each accept task makes its transport, and StreamReaderProtocol.connection_made
        // starts the callback's task); the clients' create_connection return after all of those.
        auto& batch = net->accepting[port];
        const bool first = batch.empty();
        batch.push_back([net, result, port, client_reader, server, &loop]() mutable -> std::function<void()> {
            if (result.done()) return {};
            const int client_port = net->free_port();
            StreamReader server_reader(server->limit);
            auto client = std::make_shared<LoopbackTransport>(loop, net, client_reader,
                                                              SocketAddress{local_address, client_port},
                                                              SocketAddress{local_address, port}, true);
            auto accepted = std::make_shared<LoopbackTransport>(
                *server->loop, net, server_reader, SocketAddress{local_address, port},
                SocketAddress{local_address, client_port}, false);
            client->connect_to(accepted);
            accepted->connect_to(client);
            server->loop->create_task(
                run_client(server->callback, server_reader, StreamWriter(accepted, server_reader)));
            return [result, client_reader, client, &loop]() mutable {
                loop.call_soon([result, client_reader, client]() mutable {
                    if (result.done()) {  // cancelled meanwhile: CPython closes the new transport
                        StreamWriter(client, client_reader).close();
                        return;
                    }
                    result.set_result(std::make_pair(client_reader, StreamWriter(client, client_reader)));
                });
            };
        });
        if (first) {
            loop.call_soon([net, port] {
                auto steps = std::move(net->accepting[port]);
                net->accepting.erase(port);
                std::vector<std::function<void()>> clients;
                for (auto& accept : steps) {
                    if (auto then = accept()) clients.push_back(std::move(then));
                }
                for (auto& then : clients) then();
            });
        }
    });
    return result;
}

Server LoopbackNetwork::listen(EventLoop& loop, ClientConnected client_connected_cb, const std::string& host,
                               int port, std::size_t limit) {
    check_port(port);
    if (!client_connected_cb) throw ValueError("start_server() needs a client_connected_cb");
    if (!is_local_host(host, true)) throw SocketError("[Errno -2] Name or service not known", -2);
    if (limit == 0) throw ValueError("Limit cannot be <= 0");
    if (port == 0) port = s_->free_port();
    if (s_->bound.count(port)) {
        throw SocketError("[Errno 98] error while attempting to bind on address " + address_text(port) +
                              ": address already in use",
                          98);
    }
    auto state = std::make_shared<detail::ServerState>();
    state->loop = &loop;
    state->limit = limit;
    state->callback = std::make_shared<ClientConnected>(std::move(client_connected_cb));
    state->addresses.push_back({local_address, port});
    state->serving = true;
    s_->bind(port);
    s_->listeners[port] = state;
    std::weak_ptr<detail::LoopbackState> net = s_;
    state->stop_listening = [net, port] {
        if (auto n = net.lock()) {
            n->listeners.erase(port);
            n->unbind(port);
        }
    };
    return Server(state);
}

Coro<std::pair<StreamReader, StreamWriter>> LoopbackNetwork::open_connection(std::string host, int port,
                                                                             std::size_t limit) {
    auto f = connect(get_running_loop(), host, port, limit);
    std::pair<StreamReader, StreamWriter> streams = co_await f;
    co_return streams;
}

Coro<Server> LoopbackNetwork::start_server(ClientConnected client_connected_cb, std::string host, int port,
                                           std::size_t limit, int /*backlog*/) {
    Server server = listen(get_running_loop(), std::move(client_connected_cb), host, port, limit);
    co_await sleep(0);
    co_return server;
}

}  // namespace aio
