// LoopbackNetwork: an in-process TCP-like network for streams (no sockets), so that
// open_connection / start_server work under the virtual clock (deterministically) and in the
// browser. The same StreamReader / StreamWriter / Server sit on top, through the StreamTransport seam.
//
//   aio::LoopbackNetwork net;                       // latency 1 ms each way
//   auto server = co_await net.start_server(handle, "127.0.0.1", 0);
//   auto [reader, writer] = co_await net.open_connection("127.0.0.1", server.port());
//
// What it models, as StreamReader / StreamWriter see TCP:
//  * addresses: hosts "127.0.0.1" (any 127.x.y.z), "localhost", "::1", and for listening also
//    "0.0.0.0" / "" / "::" all mean this network; one port space. Port 0 picks a free port (from
//    49152 up, as do the clients' own ports). Other hosts: SocketError "[Errno -2] Name or service
//    not known". A port already listening: SocketError (errno 98, CPython's bind message).
//  * latency: every segment (connect handshake, data, FIN, RST) arrives `latency()` seconds after
//    it was sent, through a timer on the receiving loop; segments of a connection never overtake
//    each other (even if the latency is lowered meanwhile).
//  * connect to a port nobody listens on (or a closed server): ConnectionRefusedError
//    "[Errno 111] Connect call failed ('127.0.0.1', port)" after one latency. Otherwise, after the
//    latency, the listener accepts in the next iteration every connection then pending on its port
//    (starting each callback's task), and the connects complete in the iteration after that, as
//    CPython's accept and create_connection steps take them.
//  * close(): the peer reads EOF (its writer stays usable: half-close, as CPython's streams);
//    data sent to a connection already closed answers with a reset, so the sender's next read
//    raises ConnectionResetError "[Errno 104] Connection reset by peer" (its reader's exception).
//    write_eof() sends EOF and keeps the reading side open. An EOF arriving in the iteration
//    where data was fed is fed one iteration later (CPython's transport reads once per iteration).
//  * Server.close() stops accepting (new connects are refused); accepted connections carry on.
//  * Flow control: the receiving side honours pause_reading (arriving data waits in the
//    transport); the sending side has no window: write() never fills a buffer, drain() returns at
//    once (unless the connection is lost).
// Loop thread only. The network must outlive the loops' pending timers (it is only referenced
// by shared state, so destroying the network object itself is always safe).
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "coro.hpp"
#include "event_loop.hpp"
#include "future.hpp"
#include "streams.hpp"

namespace aio {

namespace detail {
struct LoopbackState;
}

class LoopbackNetwork {
public:
    static constexpr double default_latency = 0.001;

    explicit LoopbackNetwork(double latency = default_latency);
    ~LoopbackNetwork();
    LoopbackNetwork(const LoopbackNetwork&) = delete;
    LoopbackNetwork& operator=(const LoopbackNetwork&) = delete;

    double latency() const noexcept;
    // One-way delay in seconds (>= 0, else ValueError); applies to segments sent from now on.
    void set_latency(double seconds);
    // Whether `host` names this network (see above).
    static bool is_local_host(std::string_view host, bool listening = false) noexcept;

    // asyncio.open_connection over this network (on the running loop).
    Coro<std::pair<StreamReader, StreamWriter>> open_connection(std::string host, int port,
                                                                std::size_t limit = default_stream_limit);
    // asyncio.start_server over this network: listens at once, then skips one loop iteration as
    // CPython's create_server does.
    Coro<Server> start_server(ClientConnected client_connected_cb, std::string host, int port,
                              std::size_t limit = default_stream_limit, int backlog = 100);

    // The same without coroutines (for bindings). connect(): completes with the streams once the
    // handshake is done, or with ConnectionRefusedError. listen(): a serving Server at once, or throws.
    Future<std::pair<StreamReader, StreamWriter>> connect(EventLoop& loop, const std::string& host, int port,
                                                          std::size_t limit = default_stream_limit);
    Server listen(EventLoop& loop, ClientConnected client_connected_cb, const std::string& host, int port,
                  std::size_t limit = default_stream_limit);

private:
    std::shared_ptr<detail::LoopbackState> s_;
};

}  // namespace aio
