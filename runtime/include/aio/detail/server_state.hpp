// What an aio::Server stands for: its listeners (sockets, or an in-process loopback listener), the
// client callback and who waits for it to close. Shared by the socket and loopback transports.
#pragma once
#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

#include "../streams.hpp"

namespace aio::detail {

struct ServerState {
    EventLoop* loop = nullptr;
    std::vector<int> fds;                  // listening sockets (socket transport)
    std::function<void()> stop_listening;  // other listeners (the loopback network)
    std::vector<SocketAddress> addresses;
    std::shared_ptr<ClientConnected> callback;
    std::size_t limit = default_stream_limit;
    bool serving = false;
    std::vector<Future<void>> close_waiters;
    Future<void> serving_forever;
    void close();
};

}  // namespace aio::detail
