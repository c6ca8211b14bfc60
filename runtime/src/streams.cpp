// Streams (CPython asyncio.streams): StreamReader's buffer, StreamWriter and Server. The transport
// is the platform's: platform/streams_sockets.cpp (POSIX sockets driven by the loop's Poller: the
// only place with socket system calls) or platform/streams_unavailable.cpp (no TCP in this build).
//
// Index of this file (sections marked "// ---- <name> ----"):
//   StreamReader
//   StreamWriter
//   Server
#include "aio/streams.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "aio/detail/server_state.hpp"
#include "aio/executor.hpp"
#include "aio/future.hpp"
#include "aio/sleep.hpp"
#include "aio/task.hpp"

namespace aio {

// ---- StreamReader ------------------------------------------------------------------------------

namespace detail {
struct ReaderState {
    std::size_t limit;
    std::string buffer;
    bool eof = false;
    std::exception_ptr exception;
    Future<void> waiter;
    std::weak_ptr<StreamTransport> transport;
    bool paused = false;

    explicit ReaderState(std::size_t l) : limit(l) {}

    void wakeup_waiter(std::exception_ptr e = nullptr) {
        if (waiter && !waiter.done()) {
            if (e)
                waiter.set_exception(e);
            else
                waiter.set_result();
        }
        waiter = Future<void>();
    }
    void maybe_resume_transport() {
        if (paused && buffer.size() <= limit) {
            paused = false;
            if (auto t = transport.lock()) t->resume_reading();
        }
    }
    // A new waiter (a finished one, e.g. cancelled with its task, counts as gone).
    Future<void> start_wait(const char* func) {
        if (eof) throw RuntimeError(std::string(func) + "() called after EOF");  // CPython asserts
        if (waiter && !waiter.done())
            throw RuntimeError(std::string(func) +
                               "() called while another coroutine is already waiting for incoming data");
        if (paused) {
            paused = false;
            if (auto t = transport.lock()) t->resume_reading();
        }
        waiter = get_running_loop().create_future<void>();
        waiter.base()->set_label("StreamReader.wait_for_data");
        return waiter;
    }
    Coro<void> wait_for_data(const char* func) {
        Future<void> w = start_wait(func);
        try {
            co_await w;
        } catch (...) {
            if (waiter == w) waiter = Future<void>();
            throw;
        }
        if (waiter == w) waiter = Future<void>();
    }
};
}  // namespace detail

StreamReader::StreamReader(std::size_t limit) : s_(std::make_shared<detail::ReaderState>(limit)) {
    if (limit == 0) throw ValueError("Limit cannot be <= 0");
}

bool StreamReader::at_eof() const noexcept { return s_->eof && s_->buffer.empty(); }
std::exception_ptr StreamReader::exception() const noexcept { return s_->exception; }
std::size_t StreamReader::limit() const noexcept { return s_->limit; }
std::size_t StreamReader::buffered() const noexcept { return s_->buffer.size(); }
void StreamReader::set_transport(std::weak_ptr<detail::StreamTransport> t) { s_->transport = std::move(t); }

void StreamReader::set_exception(std::exception_ptr e) {
    s_->exception = e;
    s_->wakeup_waiter(e);
}

void StreamReader::feed_eof() {
    s_->eof = true;
    s_->wakeup_waiter();
}

void StreamReader::feed_data(std::string_view data) {
    if (s_->eof) throw RuntimeError("feed_data after feed_eof");
    if (data.empty()) return;
    s_->buffer.append(data);
    s_->wakeup_waiter();
    auto t = s_->transport.lock();
    if (t && !s_->paused && s_->buffer.size() > 2 * s_->limit) {
        try {
            t->pause_reading();
            s_->paused = true;
        } catch (...) {
            s_->transport.reset();  // a transport that cannot pause: no read flow control
        }
    }
}

std::optional<std::string> StreamReader::try_readuntil(std::string_view separator) {
    auto& s = *s_;
    const std::size_t seplen = separator.size();
    if (seplen == 0) throw ValueError("Separator should be at least one-byte string");
    if (s.exception) std::rethrow_exception(s.exception);
    const std::size_t buflen = s.buffer.size();
    std::size_t isep = std::string::npos;
    if (buflen >= seplen) {
        isep = s.buffer.find(separator);
        if (isep == std::string::npos) {
            const std::size_t offset = buflen + 1 - seplen;
            if (offset > s.limit)
                throw LimitOverrunError("Separator is not found, and chunk exceed the limit", offset);
        }
    }
    if (isep == std::string::npos) {
        if (!s.eof) return std::nullopt;
        std::string chunk = std::move(s.buffer);
        s.buffer.clear();
        throw IncompleteReadError(std::move(chunk), std::string::npos);
    }
    if (isep > s.limit) throw LimitOverrunError("Separator is found, but chunk is longer than limit", isep);
    std::string chunk = s.buffer.substr(0, isep + seplen);
    s.buffer.erase(0, isep + seplen);
    s.maybe_resume_transport();
    return chunk;
}

std::optional<std::string> StreamReader::try_readline() {
    auto& s = *s_;
    const std::string_view sep = "\n";
    std::optional<std::string> error;
    try {
        return try_readuntil(sep);
    } catch (const IncompleteReadError& e) { return e.partial(); } catch (const LimitOverrunError& e) {
        if (s.buffer.compare(std::min(e.consumed(), s.buffer.size()), sep.size(), sep) == 0)
            s.buffer.erase(0, e.consumed() + sep.size());
        else
            s.buffer.clear();
        s.maybe_resume_transport();
        error = e.what();
    }
    throw ValueError(*error);
}

std::optional<std::string> StreamReader::try_read(long long n) {
    auto& s = *s_;
    if (s.exception) std::rethrow_exception(s.exception);
    if (n == 0) return std::string();
    if (n < 0) {
        // Until EOF (CPython reads limit-sized blocks; waiting resumes a paused transport).
        if (!s.eof) return std::nullopt;
        std::string all = std::move(s.buffer);
        s.buffer.clear();
        return all;
    }
    if (s.buffer.empty() && !s.eof) return std::nullopt;
    const std::size_t take = std::min<std::size_t>(static_cast<std::size_t>(n), s.buffer.size());
    std::string data = s.buffer.substr(0, take);
    s.buffer.erase(0, take);
    s.maybe_resume_transport();
    return data;
}

std::optional<std::string> StreamReader::try_readexactly(std::size_t n) {
    auto& s = *s_;
    if (s.exception) std::rethrow_exception(s.exception);
    if (n == 0) return std::string();
    if (s.buffer.size() < n) {
        if (!s.eof) return std::nullopt;
        std::string partial = std::move(s.buffer);
        s.buffer.clear();
        throw IncompleteReadError(std::move(partial), n);
    }
    std::string data = s.buffer.substr(0, n);
    s.buffer.erase(0, n);
    s.maybe_resume_transport();
    return data;
}

Future<void> StreamReader::data_waiter(const char* func) { return s_->start_wait(func); }

Coro<std::string> StreamReader::readuntil(std::string separator) {
    auto s = s_;  // the frame keeps the state alive
    for (;;) {
        if (auto chunk = try_readuntil(separator)) co_return std::move(*chunk);
        co_await s->wait_for_data("readuntil");
    }
}

Coro<std::string> StreamReader::readline() {
    auto s = s_;
    for (;;) {
        if (auto line = try_readline()) co_return std::move(*line);
        co_await s->wait_for_data("readuntil");  // CPython waits inside readuntil
    }
}

Coro<std::string> StreamReader::read(long long n) {
    auto s = s_;
    if (n < 0) {
        // Until EOF, one limit-sized block at a time (keeps read flow control working).
        std::string all;
        for (;;) {
            std::string block = co_await read(static_cast<long long>(s->limit));
            if (block.empty()) break;
            all += block;
        }
        co_return all;
    }
    for (;;) {
        if (auto data = try_read(n)) co_return std::move(*data);
        co_await s->wait_for_data("read");
    }
}

Coro<std::string> StreamReader::readexactly(std::size_t n) {
    auto s = s_;
    for (;;) {
        if (auto data = try_readexactly(n)) co_return std::move(*data);
        co_await s->wait_for_data("readexactly");
    }
}

// ---- StreamWriter ------------------------------------------------------------------------------

StreamWriter::StreamWriter(std::shared_ptr<detail::StreamTransport> transport, StreamReader reader)
    : t_(std::move(transport)), reader_(std::move(reader)) {}

void StreamWriter::write(std::string_view data) { t_->write(data); }
void StreamWriter::writelines(const std::vector<std::string>& lines) {
    std::string all;
    for (auto& l : lines) all += l;
    t_->write(all);
}
bool StreamWriter::can_write_eof() const noexcept { return t_->can_write_eof(); }
void StreamWriter::write_eof() { t_->write_eof(); }
void StreamWriter::close() { t_->close(); }
bool StreamWriter::is_closing() const noexcept { return t_->is_closing(); }
std::optional<SocketAddress> StreamWriter::get_extra_info(std::string_view name) const {
    return t_->get_extra_info(name);
}
std::size_t StreamWriter::get_write_buffer_size() const noexcept { return t_->get_write_buffer_size(); }
void StreamWriter::set_write_buffer_limits(std::size_t high, std::optional<std::size_t> low) {
    t_->set_write_buffer_limits(high, low ? *low : high / 4);
}

Coro<void> StreamWriter::drain() {
    auto t = t_;
    auto reader = reader_;
    if (auto e = reader.exception()) std::rethrow_exception(e);
    if (t->is_closing()) {
        // Give connection_lost a chance to run (CPython: await sleep(0)).
        co_await sleep(0);
    }
    if (t->connection_lost()) {
        if (auto e = t->lost_exception()) std::rethrow_exception(e);
        throw ConnectionResetError("Connection lost");
    }
    if (!t->writing_paused()) co_return;
    Future<void> w = t->drain_waiter();
    co_await w;
}

Coro<void> StreamWriter::wait_closed() {
    auto t = t_;
    Future<void> f = t->closed();
    co_await f;
}

// ---- Server ------------------------------------------------------------------------------------

std::vector<SocketAddress> Server::sockets() const {
    return s_->serving ? s_->addresses : std::vector<SocketAddress>{};
}
int Server::port() const { return s_->addresses.empty() ? 0 : s_->addresses.front().port; }
bool Server::is_serving() const noexcept { return s_->serving; }
void Server::close() { s_->close(); }

Coro<void> Server::wait_closed() {
    auto s = s_;
    if (!s->serving) co_return;
    Future<void> f = s->loop->create_future<void>();
    s->close_waiters.push_back(f);
    co_await f;
}

Coro<void> Server::serve_forever() {
    auto s = s_;
    if (s->serving_forever && !s->serving_forever.done())
        throw RuntimeError("server is already being awaited on serve_forever()");
    if (!s->serving) throw RuntimeError("server is closed");
    s->serving_forever = s->loop->create_future<void>();
    Future<void> f = s->serving_forever;
    try {
        co_await f;
    } catch (const CancelledError&) {
        s->close();
        s->serving_forever = Future<void>();
        throw;
    }
}

}  // namespace aio
