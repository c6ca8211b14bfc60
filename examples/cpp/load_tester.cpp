// load_tester: a Semaphore-limited load tester against a local TCP server (seed corpus 011;
// native Linux only, real sockets, real time).
//
// Teaches: a Semaphore caps how many coroutines do something at once: `async with sem:` is
// `auto guard = co_await sem.scoped();` (the guard releases the permit when it goes out of scope).
// The program starts its own server with aio::start_server on 127.0.0.1, port 0 (the system picks
// a free port), and sends it REQUESTS requests through aio::open_connection, at most
// MAX_CONCURRENCY at a time. Each connection: write a line, drain(), read the reply line, close.
//
// Python version (the seed fakes the requests with sleeps; this one talks to a real server):
//     async def request(sem, i):
//         async with sem:
//             active += 1; peak = max(peak, active)
//             reader, writer = await asyncio.open_connection("127.0.0.1", port)
//             writer.write(f"GET {i}\n".encode()); await writer.drain()
//             status = int((await reader.readline()).split()[0])
//             writer.close(); await writer.wait_closed()
//             active -= 1
//             return status
//     statuses = await asyncio.gather(*(request(sem, i) for i in range(8)))
//
// C++ differences: the server answers "503" to every fourth request, as the seed does. Only
// deterministic lines go to stdout (statuses in request order, counts, peaks); the elapsed time
// and throughput go to stderr. The client-side peak is exactly MAX_CONCURRENCY (the first three
// requests take their permits before any of them waits); the server can never see more requests
// at once than that. Sockets exist only in native Linux builds: elsewhere (the browser build) the
// program says so and exits successfully.
#include <aio/aio.hpp>

#include <cstdio>
#include <string>
#include <string_view>

#if defined(__linux__) && !defined(__EMSCRIPTEN__)

#include <algorithm>
#include <vector>

constexpr int MAX_CONCURRENCY = 3;
constexpr int REQUESTS = 8;

int active = 0;  // client requests holding a permit
int peak = 0;
int server_active = 0;  // requests the server is working on
int server_peak = 0;
int served = 0;

// The server side of one connection: read "GET <i>", think a little, answer with a status line.
aio::Coro<void> handle_client(aio::StreamReader reader, aio::StreamWriter writer) {
    std::string line = co_await reader.readline();
    int i = std::stoi(line.substr(4));
    ++server_active;
    server_peak = std::max(server_peak, server_active);
    co_await aio::sleep(0.02 + (i % 3) * 0.01);
    --server_active;
    ++served;
    writer.write(i % 4 ? "200 OK\n" : "503 Service Unavailable\n");
    co_await writer.drain();
    writer.close();
    co_await writer.wait_closed();
}

aio::Coro<int> request(aio::Semaphore& sem, int port, int i) {
    auto permit = co_await sem.scoped();
    ++active;
    peak = std::max(peak, active);
    std::string host = "127.0.0.1";
    auto [reader, writer] = co_await aio::open_connection(host, port);
    std::string message = "GET " + std::to_string(i) + "\n";
    writer.write(message);
    co_await writer.drain();
    std::string status = co_await reader.readline();
    writer.close();
    co_await writer.wait_closed();
    --active;
    co_return std::stoi(status);
}

aio::Coro<void> main_coro() {
    aio::EventLoop& loop = aio::get_running_loop();
    std::string host = "127.0.0.1";
    aio::Server server = co_await aio::start_server(handle_client, host, 0);
    std::printf("server listening on 127.0.0.1 (port chosen by the system)\n");

    aio::Semaphore sem(MAX_CONCURRENCY);
    const double start = loop.time();
    std::vector<aio::Coro<int>> requests;
    for (int i = 0; i < REQUESTS; ++i) requests.push_back(request(sem, server.port(), i));
    std::vector<int> statuses = co_await aio::gather(std::move(requests));
    const double elapsed = loop.time() - start;

    std::string listed;
    for (int s : statuses) listed += (listed.empty() ? "" : ", ") + std::to_string(s);
    std::printf("[%s]\n", listed.c_str());
    const auto ok = std::count(statuses.begin(), statuses.end(), 200);
    const auto err = std::count(statuses.begin(), statuses.end(), 503);
    std::printf("ok=%d err=%d peak=%d\n", int(ok), int(err), peak);
    std::printf("server handled %d requests, never more than %d at once: %s\n", served, MAX_CONCURRENCY,
                server_peak <= MAX_CONCURRENCY ? "True" : "False");
    std::fprintf(stderr, "elapsed=%.2fs throughput %.2f req/s\n", elapsed, statuses.size() / elapsed);

    server.close();
    co_await server.wait_closed();
    std::printf("server closed\n");
}

#else

aio::Coro<void> main_coro() {
    std::printf(
        "load_tester: TCP sockets (start_server / open_connection) are only available in "
        "native Linux builds; nothing to do here\n");
    co_return;
}

#endif

int main(int argc, char** argv) {
    aio::EventLoop::Options options;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--virtual-time") options.clock = aio::Clock::Kind::virtual_time;
    aio::run(main_coro(), std::move(options));
    return 0;
}
