// Tests for aio/loopback.hpp: the in-process network under the virtual clock (exact times).
#include <doctest/doctest.h>

#include <aio/aio.hpp>
#include <aio/loopback.hpp>
#include <aio/streams.hpp>

#include <string>
#include <vector>

#include "support.hpp"

using aio_test::fixed;
using aio_test::Log;
using aio_test::run_vt;

namespace {

aio::Coro<void> echo_lines(aio::StreamReader r, aio::StreamWriter w) {
    for (;;) {
        std::string line = co_await r.readline();
        if (line.empty()) break;
        w.write("echo " + line);
        co_await w.drain();
    }
    w.close();
    co_await w.wait_closed();
}

}  // namespace

TEST_CASE("loopback: echo server, one latency per segment, addresses") {
    Log log;
    run_vt([&]() -> aio::Coro<void> {
        aio::LoopbackNetwork net;  // 1 ms
        aio::Server server = co_await net.start_server(echo_lines, "127.0.0.1", 0);
        const int port = server.port();
        CHECK(port >= 49152);
        REQUIRE(server.sockets().size() == 1);
        CHECK(server.sockets()[0] == aio::SocketAddress{"127.0.0.1", port});
        auto& loop = aio::get_running_loop();
        auto [r, w] = co_await net.open_connection("localhost", port);
        log("connected at " + fixed(loop.time(), 3));
        CHECK(w.get_extra_info("peername") == aio::SocketAddress{"127.0.0.1", port});
        CHECK(w.get_extra_info("sockname")->port != port);
        CHECK_FALSE(w.get_extra_info("nothing"));
        w.write("hello\n");
        w.writelines({"wor", "ld\n"});
        co_await w.drain();
        log(co_await r.readline() + "at " + fixed(loop.time(), 3));
        log(co_await r.readline() + "at " + fixed(loop.time(), 3));
        w.write_eof();  // the server sees EOF, closes: we see EOF
        CHECK(co_await r.read() == "");
        log("eof at " + fixed(loop.time(), 3));
        CHECK(r.at_eof());
        w.close();
        co_await w.wait_closed();
        server.close();
        co_await server.wait_closed();
        CHECK(server.sockets().empty());
    });
    CHECK(log.lines == std::vector<std::string>{"connected at 0.001", "echo hello\nat 0.003",
                                                "echo world\nat 0.003", "eof at 0.005"});
}

TEST_CASE("loopback: latency is per network and settable; bad values are ValueError") {
    run_vt([&]() -> aio::Coro<void> {
        aio::LoopbackNetwork net(0.25);
        CHECK(net.latency() == 0.25);
        CHECK_THROWS_AS(net.set_latency(-1), aio::ValueError);
        aio::Server server = co_await net.start_server(echo_lines, "127.0.0.1", 0);
        auto& loop = aio::get_running_loop();
        const double t0 = loop.time();
        auto [r, w] = co_await net.open_connection("127.0.0.1", server.port());
        CHECK(loop.time() - t0 == doctest::Approx(0.25));
        net.set_latency(0.0);
        w.write("x\n");
        CHECK(co_await r.readline() == "echo x\n");
        CHECK(loop.time() - t0 == doctest::Approx(0.25));
        w.close();
        server.close();
    });
}

TEST_CASE("loopback: connection refused, unknown host, port in use, port range") {
    run_vt([&]() -> aio::Coro<void> {
        aio::LoopbackNetwork net;
        std::string refused;
        try {
            co_await net.open_connection("127.0.0.1", 8888);
        } catch (const aio::ConnectionRefusedError& e) { refused = e.what(); }
        CHECK(refused == "[Errno 111] Connect call failed ('127.0.0.1', 8888)");
        CHECK_THROWS_AS(co_await net.open_connection("example.com", 80), aio::SocketError);
        aio::Server server = co_await net.start_server(echo_lines, "127.0.0.1", 8888);
        CHECK(server.port() == 8888);
        std::string in_use;
        try {
            co_await net.start_server(echo_lines, "0.0.0.0", 8888);
        } catch (const aio::SocketError& e) {
            in_use = e.what();
            CHECK(e.error_number() == 98);
        }
        CHECK(in_use ==
              "[Errno 98] error while attempting to bind on address ('127.0.0.1', 8888): address already in "
              "use");
        CHECK_THROWS_AS(co_await net.open_connection("127.0.0.1", 70000), aio::ValueError);
        server.close();
        // The port is free again once closed.
        aio::Server again = co_await net.start_server(echo_lines, "", 8888);
        again.close();
    });
}

TEST_CASE("loopback: IncompleteReadError and readuntil at EOF; LimitOverrunError with a small limit") {
    run_vt([&]() -> aio::Coro<void> {
        aio::LoopbackNetwork net;
        auto send_and_close = [](aio::StreamReader, aio::StreamWriter w) -> aio::Coro<void> {
            w.write("abcdefgh--tail");
            w.close();
            co_await w.wait_closed();
        };
        aio::Server server = co_await net.start_server(send_and_close, "127.0.0.1", 0);
        {
            auto [r, w] = co_await net.open_connection("127.0.0.1", server.port(), 4);
            bool overrun = false;
            try {
                co_await r.readuntil("--");
            } catch (const aio::LimitOverrunError& e) {
                overrun = true;
                CHECK(e.consumed() == 8);
                CHECK(std::string(e.what()) == "Separator is found, but chunk is longer than limit");
            }
            CHECK(overrun);
            CHECK(co_await r.readexactly(10) == "abcdefgh--");
            bool incomplete = false;
            try {
                co_await r.readexactly(10);
            } catch (const aio::IncompleteReadError& e) {
                incomplete = true;
                CHECK(e.partial() == "tail");
                CHECK(e.expected() == 10);
            }
            CHECK(incomplete);
            CHECK(r.at_eof());
            w.close();
        }
        {
            auto [r, w] = co_await net.open_connection("127.0.0.1", server.port());
            bool incomplete = false;
            try {
                co_await r.readuntil("!");
            } catch (const aio::IncompleteReadError& e) {
                incomplete = true;
                CHECK(e.partial() == "abcdefgh--tail");
                CHECK(e.expected() == std::string::npos);
            }
            CHECK(incomplete);
            w.close();
        }
        server.close();
    });
}

TEST_CASE("loopback: writing to a closed peer resets the connection; drain after close") {
    run_vt([&]() -> aio::Coro<void> {
        aio::LoopbackNetwork net;
        auto close_at_once = [](aio::StreamReader, aio::StreamWriter w) -> aio::Coro<void> {
            w.close();
            co_return;
        };
        aio::Server server = co_await net.start_server(close_at_once, "127.0.0.1", 0);
        auto [r, w] = co_await net.open_connection("127.0.0.1", server.port());
        CHECK(co_await r.read(100) == "");  // the server's FIN
        w.write("anyone?\n");               // answered by a reset
        co_await aio::sleep(0.01);
        std::string reset;
        try {
            co_await r.read(100);
        } catch (const aio::ConnectionResetError& e) { reset = e.what(); }
        CHECK(reset == "[Errno 104] Connection reset by peer");
        CHECK(w.is_closing());
        CHECK_THROWS_AS(co_await w.drain(), aio::ConnectionResetError);
        co_await w.wait_closed();
        w.write("dropped");  // after the connection is lost: ignored, as CPython
        server.close();
    });
}

TEST_CASE("loopback: server close refuses new connections, accepted ones carry on; serve_forever") {
    Log log;
    run_vt([&]() -> aio::Coro<void> {
        aio::LoopbackNetwork net;
        aio::Server server = co_await net.start_server(echo_lines, "127.0.0.1", 0);
        const int port = server.port();
        auto [r, w] = co_await net.open_connection("127.0.0.1", port);
        auto forever = aio::create_task(server.serve_forever());
        co_await aio::sleep(0);
        server.close();
        co_await server.wait_closed();
        try {
            co_await forever;
        } catch (const aio::CancelledError&) { log("serve_forever cancelled"); }
        try {
            co_await net.open_connection("127.0.0.1", port);
        } catch (const aio::ConnectionRefusedError&) { log("refused"); }
        w.write("still here\n");
        log(co_await r.readline());
        w.close();
        co_await w.wait_closed();
    });
    CHECK(log.lines == std::vector<std::string>{"serve_forever cancelled", "refused", "echo still here\n"});
}

TEST_CASE("loopback: a paused reader keeps arriving data in the transport (read flow control)") {
    run_vt([&]() -> aio::Coro<void> {
        aio::LoopbackNetwork net;
        auto bulk = [](aio::StreamReader, aio::StreamWriter w) -> aio::Coro<void> {
            for (int i = 0; i < 10; ++i) w.write(std::string(10, char('a' + i)));
            w.close();
            co_return;
        };
        aio::Server server = co_await net.start_server(bulk, "127.0.0.1", 0);
        auto [r, w] = co_await net.open_connection("127.0.0.1", server.port(), 8);
        co_await aio::sleep(0.01);
        CHECK(r.buffered() == 20);  // paused above 2 * limit: the rest waits in the transport
        std::string all = co_await r.read();
        CHECK(all.size() == 100);
        CHECK(all.substr(90) == std::string(10, 'j'));
        w.close();
        server.close();
    });
}

TEST_CASE("loopback: two loops on one network (a server and a client started by different runs)") {
    aio::LoopbackNetwork net;
    aio::Clock clock(aio::Clock::Kind::virtual_time);
    auto options = [&] {
        auto o = aio_test::virtual_time();
        o.shared_clock = &clock;
        return o;
    };
    aio::EventLoop server_loop(options());
    aio::Server server = server_loop.run_until_complete(net.start_server(echo_lines, "127.0.0.1", 0));
    CHECK(server.is_serving());
    server.close();
    aio::EventLoop client_loop(options());
    CHECK_THROWS_AS(client_loop.run_until_complete(net.open_connection("127.0.0.1", server.port())),
                    aio::ConnectionRefusedError);
    server_loop.close();
    client_loop.close();
}
