// Streams without sockets (the browser): a Server can still be closed and awaited, but
// open_connection and start_server say that TCP is not available in this build.
#include "aio/detail/server_state.hpp"
#include "aio/errors.hpp"
#include "aio/streams.hpp"

namespace aio {

void detail::ServerState::close() {
    if (!serving) return;
    serving = false;
    if (stop_listening) std::exchange(stop_listening, nullptr)();
    if (serving_forever && !serving_forever.done()) serving_forever.cancel();
    auto waiters = std::move(close_waiters);
    close_waiters.clear();
    for (auto& w : waiters)
        if (!w.done()) w.set_result();
}

Coro<std::pair<StreamReader, StreamWriter>> open_connection(std::string, int, std::size_t) {
    throw RuntimeError("aio::open_connection: TCP streams are not available in this build");
    co_return std::pair<StreamReader, StreamWriter>(StreamReader(), StreamWriter(nullptr, StreamReader()));
}

Coro<Server> start_server(ClientConnected, std::string, int, std::size_t, int) {
    throw RuntimeError("aio::start_server: TCP streams are not available in this build");
    co_return Server(nullptr);
}

}  // namespace aio
