// as_completed: take results in the order they finish (seed corpus 005).
//
// Teaches: aio::as_completed() starts every awaitable and its next() gives the next result to
// become available, fastest first. With a timeout, next() throws aio::TimeoutError once the
// deadline has passed; the awaitables that were still running are not cancelled.
//
// Python version:
//     for fut in asyncio.as_completed(coros):
//         i, d = await fut
//     ...
//     for fut in asyncio.as_completed(coros, timeout=1.0):   # raises TimeoutError
//
// C++ differences: instead of iterating over futures, call `co_await ac.next()` ac.size() times.
// (i, delay) is a std::pair; "%g" prints a delay the way Python prints 0.1.
#include <aio/aio.hpp>

#include <cstdio>
#include <string_view>
#include <utility>
#include <vector>

aio::Coro<std::pair<int, double>> fetch(int i, double delay) {
    co_await aio::sleep(delay);
    co_return std::pair<int, double>{i, delay};
}

aio::Coro<void> main_coro() {
    aio::EventLoop& loop = aio::get_running_loop();
    const double start = loop.time();

    std::vector<aio::Coro<std::pair<int, double>>> coros;
    const double delays[] = {0.3, 0.1, 0.4, 0.2};
    for (int i = 0; i < 4; ++i) coros.push_back(fetch(i, delays[i]));
    auto ac = aio::as_completed(std::move(coros));
    for (std::size_t n = 0; n < ac.size(); ++n) {
        auto [i, d] = co_await ac.next();
        std::printf("%.1f: got %d (delay %g)\n", loop.time() - start, i, d);
    }

    std::vector<aio::Coro<std::pair<int, double>>> more;
    const double more_delays[] = {0.5, 2.0, 0.1};
    for (int i = 0; i < 3; ++i) more.push_back(fetch(i, more_delays[i]));
    try {
        auto limited = aio::as_completed(std::move(more), 1.0);
        for (std::size_t n = 0; n < limited.size(); ++n) {
            auto [i, d] = co_await limited.next();
            std::printf("%.1f: got %d\n", loop.time() - start, i);
        }
    } catch (const aio::TimeoutError&) { std::printf("%.1f: timed out\n", loop.time() - start); }
    co_await aio::sleep(1.5);
    std::printf("%.1f: end\n", loop.time() - start);
}

int main(int argc, char** argv) {
    aio::EventLoop::Options options;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--virtual-time") options.clock = aio::Clock::Kind::virtual_time;
    aio::run(main_coro(), std::move(options));
    return 0;
}
