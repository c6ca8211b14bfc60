// Tests for aio/streams.hpp: StreamReader's buffer logic everywhere, TCP streams on loopback
// (native Linux only).
#include <doctest/doctest.h>

#include <aio/aio.hpp>
#include <aio/executor.hpp>
#include <aio/streams.hpp>

#include <memory>
#include <string>
#include <vector>

namespace {

template <class T> T run_test(aio::Coro<T> coro) {
    aio::EventLoop loop;
    aio::LoopExecutorGuard guard(loop);
    return loop.run_until_complete(std::move(coro));
}

}  // namespace

TEST_CASE("StreamReader: readline, readexactly, readuntil, read on fed data") {
    run_test([]() -> aio::Coro<void> {
        aio::StreamReader r;
        r.feed_data("hello\nwor");
        CHECK(co_await r.readline() == "hello\n");
        r.feed_data("ld\nabc--def");
        CHECK(co_await r.readuntil("\n") == "world\n");
        CHECK(co_await r.readuntil("--") == "abc--");
        CHECK(co_await r.readexactly(2) == "de");
        CHECK(co_await r.read(10) == "f");
        CHECK_FALSE(r.at_eof());
        r.feed_data("tail");
        r.feed_eof();
        CHECK_FALSE(r.at_eof());  // data still buffered
        CHECK(co_await r.read() == "tail");
        CHECK(r.at_eof());
        CHECK(co_await r.read() == "");
        CHECK(co_await r.readline() == "");
    }());
}

TEST_CASE("StreamReader: readline returns the partial line at EOF; readexactly raises IncompleteReadError") {
    run_test([]() -> aio::Coro<void> {
        aio::StreamReader r;
        r.feed_data("no newline");
        r.feed_eof();
        CHECK(co_await r.readline() == "no newline");

        aio::StreamReader r2;
        r2.feed_data("abc");
        r2.feed_eof();
        bool raised = false;
        try {
            co_await r2.readexactly(5);
        } catch (const aio::IncompleteReadError& e) {
            raised = true;
            CHECK(e.partial() == "abc");
            CHECK(e.expected() == 5);
        }
        CHECK(raised);

        aio::StreamReader r3;
        r3.feed_data("xy");
        r3.feed_eof();
        raised = false;
        try {
            co_await r3.readuntil("!");
        } catch (const aio::IncompleteReadError& e) {
            raised = true;
            CHECK(e.partial() == "xy");
        }
        CHECK(raised);
    }());
}

TEST_CASE("StreamReader: LimitOverrunError and readline's ValueError") {
    run_test([]() -> aio::Coro<void> {
        aio::StreamReader r(8);
        r.feed_data("0123456789abcdef");  // no separator, more than the limit
        bool raised = false;
        try {
            co_await r.readuntil("\n");
        } catch (const aio::LimitOverrunError& e) {
            raised = true;
            CHECK(e.consumed() > 8);
        }
        CHECK(raised);
        CHECK(r.buffered() == 16);  // readuntil leaves the data in the buffer

        aio::StreamReader r2(4);
        r2.feed_data("toolongline\nok\n");
        raised = false;
        try {
            co_await r2.readuntil("\n");
        } catch (const aio::LimitOverrunError& e) {
            raised = true;
            CHECK(e.consumed() == 11);  // the separator was found, beyond the limit
        }
        CHECK(raised);
        // readline drops the over-long line (up to and including its separator) and raises ValueError.
        CHECK_THROWS_AS(co_await r2.readline(), aio::ValueError);
        CHECK(co_await r2.readline() == "ok\n");
    }());
}

TEST_CASE("StreamReader: a waiting reader is woken by feed_data; two waiters are an error") {
    run_test([]() -> aio::Coro<void> {
        aio::StreamReader r;
        auto t = aio::create_task(r.readexactly(3));
        co_await aio::sleep(0);
        CHECK_FALSE(t.done());
        bool raised = false;
        try {
            co_await r.read(1);
        } catch (const aio::RuntimeError&) { raised = true; }
        CHECK(raised);
        r.feed_data("ab");
        co_await aio::sleep(0);
        CHECK_FALSE(t.done());
        r.feed_data("c");
        CHECK(co_await t == "abc");

        r.set_exception(std::make_exception_ptr(aio::ConnectionResetError("boom")));
        CHECK_THROWS_AS(co_await r.read(1), aio::ConnectionResetError);
    }());
}

#if defined(__linux__) && !defined(__EMSCRIPTEN__)

namespace {

// Echoes lines back until EOF, then closes.
aio::Coro<void> echo_handler(aio::StreamReader reader, aio::StreamWriter writer) {
    for (;;) {
        std::string line = co_await reader.readline();
        if (line.empty()) break;
        writer.write(line);
        co_await writer.drain();
    }
    writer.close();
    co_await writer.wait_closed();
}

}  // namespace

TEST_CASE("echo server on 127.0.0.1 with several clients") {
    run_test([]() -> aio::Coro<void> {
        aio::Server server = co_await aio::start_server(echo_handler, "127.0.0.1", 0);
        CHECK(server.is_serving());
        CHECK(server.port() > 0);
        REQUIRE(server.sockets().size() == 1);
        CHECK(server.sockets()[0].host == "127.0.0.1");
        const int port = server.port();

        auto client = [port](int n) -> aio::Coro<std::vector<std::string>> {
            auto [reader, writer] = co_await aio::open_connection("127.0.0.1", port);
            auto peer = writer.get_extra_info("peername");
            REQUIRE(peer);
            CHECK(peer->host == "127.0.0.1");
            CHECK(peer->port == port);
            auto me = writer.get_extra_info("sockname");
            REQUIRE(me);
            CHECK(me->port != port);
            CHECK_FALSE(writer.get_extra_info("nonsense"));
            std::vector<std::string> got;
            for (int i = 0; i < 3; ++i) {
                writer.write("client " + std::to_string(n) + " line " + std::to_string(i) + "\n");
                co_await writer.drain();
                got.push_back(co_await reader.readline());
            }
            writer.write_eof();
            CHECK(co_await reader.read() == "");  // the server closes after our EOF
            CHECK(reader.at_eof());
            writer.close();
            CHECK(writer.is_closing());
            co_await writer.wait_closed();
            co_return got;
        };
        // The coroutine lambda outlives its tasks (they are awaited below).
        std::vector<aio::Task<std::vector<std::string>>> tasks;
        for (int n = 0; n < 4; ++n) tasks.push_back(aio::create_task(client(n)));
        for (int n = 0; n < 4; ++n) {
            auto got = co_await tasks[n];
            REQUIRE(got.size() == 3);
            for (int i = 0; i < 3; ++i)
                CHECK(got[i] == "client " + std::to_string(n) + " line " + std::to_string(i) + "\n");
        }
        server.close();
        CHECK_FALSE(server.is_serving());
        CHECK(server.sockets().empty());
        co_await server.wait_closed();
    }());
}

TEST_CASE("readexactly / readuntil / IncompleteReadError over TCP") {
    run_test([]() -> aio::Coro<void> {
        auto handler = [](aio::StreamReader, aio::StreamWriter w) -> aio::Coro<void> {
            w.writelines({"HEAD", "ER:", "12345", "rest-of", "|partial"});
            co_await w.drain();
            w.close();  // EOF after the data
            co_await w.wait_closed();
        };
        aio::Server server = co_await aio::start_server(handler, "127.0.0.1", 0);
        auto [r, w] = co_await aio::open_connection("127.0.0.1", server.port());
        CHECK(co_await r.readuntil(":") == "HEADER:");
        CHECK(co_await r.readexactly(5) == "12345");
        CHECK(co_await r.readuntil("|") == "rest-of|");
        bool raised = false;
        try {
            co_await r.readexactly(100);
        } catch (const aio::IncompleteReadError& e) {
            raised = true;
            CHECK(e.partial() == "partial");
            CHECK(e.expected() == 100);
        }
        CHECK(raised);
        CHECK(r.at_eof());
        w.close();
        co_await w.wait_closed();
        server.close();
        co_await server.wait_closed();
    }());
}

TEST_CASE("LimitOverrunError on a TCP stream with a small limit") {
    run_test([]() -> aio::Coro<void> {
        auto handler = [](aio::StreamReader, aio::StreamWriter w) -> aio::Coro<void> {
            w.write(std::string(100, 'x') + "\nshort\n");
            co_await w.drain();
            w.close();
        };
        aio::Server server = co_await aio::start_server(handler, "127.0.0.1", 0);
        auto [r, w] = co_await aio::open_connection("127.0.0.1", server.port(), 16);
        CHECK(r.limit() == 16);
        CHECK_THROWS_AS(co_await r.readline(), aio::ValueError);
        CHECK(co_await r.readline() == "short\n");
        CHECK(co_await r.readline() == "");
        w.close();
        co_await w.wait_closed();
        server.close();
    }());
}

TEST_CASE("drain() applies back-pressure against a slow reader") {
    run_test([]() -> aio::Coro<void> {
        auto start_reading =
            std::make_shared<aio::Future<void>>(aio::get_running_loop().create_future<void>());
        auto received = std::make_shared<std::size_t>(0);
        auto handler = [start_reading, received](aio::StreamReader r,
                                                 aio::StreamWriter w) -> aio::Coro<void> {
            auto go = start_reading;
            auto count = received;
            co_await *go;  // does not read until told to
            for (;;) {
                std::string block = co_await r.read(1 << 20);
                if (block.empty()) break;
                *count += block.size();
            }
            w.close();
        };
        aio::Server server = co_await aio::start_server(handler, "127.0.0.1", 0);
        auto [r, w] = co_await aio::open_connection("127.0.0.1", server.port());

        // Far more than loopback socket buffers can hold while nobody reads.
        const std::size_t total = 64u << 20;
        w.write(std::string(total, 'z'));
        CHECK(w.get_write_buffer_size() > 64 * 1024);
        auto drainer = aio::create_task(w.drain());
        for (int i = 0; i < 20; ++i) co_await aio::sleep(0);
        CHECK_FALSE(drainer.done());  // paused: the peer reads nothing

        start_reading->set_result();
        co_await drainer;  // resumes once the buffer falls to the low-water mark
        CHECK(w.get_write_buffer_size() <= 16 * 1024);
        w.write_eof();
        CHECK(co_await r.read() == "");  // the server closes once it has read everything
        CHECK(*received == total);
        w.close();
        co_await w.wait_closed();
        server.close();
    }());
}

TEST_CASE("write buffer limits are configurable") {
    run_test([]() -> aio::Coro<void> {
        auto handler = [](aio::StreamReader r, aio::StreamWriter w) -> aio::Coro<void> {
            co_await r.read();
            w.close();
        };
        aio::Server server = co_await aio::start_server(handler, "127.0.0.1", 0);
        auto [r, w] = co_await aio::open_connection("127.0.0.1", server.port());
        CHECK_THROWS_AS(w.set_write_buffer_limits(10, 20), aio::ValueError);
        w.set_write_buffer_limits(1 << 30);
        w.write(std::string(8u << 20, 'a'));
        co_await w.drain();  // under the high-water mark: returns at once
        w.write_eof();
        co_await r.read();
        w.close();
        co_await w.wait_closed();
        server.close();
    }());
}

TEST_CASE("drain() raises a ConnectionError once the peer is gone") {
    run_test([]() -> aio::Coro<void> {
        auto handler = [](aio::StreamReader, aio::StreamWriter w) -> aio::Coro<void> {
            w.close();  // hang up at once
            co_await w.wait_closed();
        };
        aio::Server server = co_await aio::start_server(handler, "127.0.0.1", 0);
        auto [r, w] = co_await aio::open_connection("127.0.0.1", server.port());
        CHECK(co_await r.read() == "");  // the peer's FIN
        bool raised = false;
        for (int i = 0; i < 10000 && !raised; ++i) {
            try {
                w.write(std::string(4096, 'q'));
                co_await w.drain();
                co_await aio::sleep(0.001);
            } catch (const aio::ConnectionError&) {
                raised = true;  // the peer's RST: EPIPE / ECONNRESET, then "Connection lost"
            }
        }
        CHECK(raised);
        CHECK(w.is_closing());
        co_await w.wait_closed();
        CHECK_THROWS_AS(co_await w.drain(), aio::ConnectionError);
        server.close();
    }());
}

TEST_CASE("server close, wait_closed, serve_forever, and connection refused") {
    run_test([]() -> aio::Coro<void> {
        aio::Server server = co_await aio::start_server(echo_handler, "127.0.0.1", 0);
        const int port = server.port();

        // serve_forever runs until cancelled; cancelling it closes the server.
        auto serving = aio::create_task(server.serve_forever());
        auto waiter = aio::create_task(server.wait_closed());
        co_await aio::sleep(0);
        CHECK_FALSE(waiter.done());
        {
            auto [r, w] = co_await aio::open_connection("127.0.0.1", port);
            w.write("still served\n");
            CHECK(co_await r.readline() == "still served\n");
            w.close();
            co_await w.wait_closed();
        }
        serving.cancel();
        CHECK_THROWS_AS(co_await serving, aio::CancelledError);
        co_await waiter;
        CHECK_FALSE(server.is_serving());

        // Nobody listens on the port any more.
        bool refused = false;
        try {
            co_await aio::open_connection("127.0.0.1", port);
        } catch (const aio::ConnectionRefusedError&) { refused = true; }
        CHECK(refused);
    }());
}

TEST_CASE("connections accepted before server.close() carry on") {
    run_test([]() -> aio::Coro<void> {
        aio::Server server = co_await aio::start_server(echo_handler, "127.0.0.1", 0);
        auto [r, w] = co_await aio::open_connection("127.0.0.1", server.port());
        w.write("one\n");
        CHECK(co_await r.readline() == "one\n");
        server.close();
        co_await server.wait_closed();
        w.write("two\n");
        CHECK(co_await r.readline() == "two\n");
        w.close();
        co_await w.wait_closed();
        CHECK(w.is_closing());
    }());
}

TEST_CASE("open_connection resolves names on the default executor") {
    run_test([]() -> aio::Coro<void> {
        aio::Server server = co_await aio::start_server(echo_handler, "127.0.0.1", 0);
        auto [r, w] = co_await aio::open_connection("localhost", server.port());
        w.write("by name\n");
        CHECK(co_await r.readline() == "by name\n");
        w.close();
        co_await w.wait_closed();
        server.close();
    }());
}

#else

TEST_CASE("TCP streams are not available in this build") {
    run_test([]() -> aio::Coro<void> {
        CHECK_THROWS_AS(co_await aio::open_connection("127.0.0.1", 1), aio::RuntimeError);
    }());
}

#endif
