// gather_workers: run workers concurrently with gather (seed corpus 004).
//
// Teaches: aio::gather() wraps each coroutine in a task, runs them all at once, and gives their
// results in argument order, not in the order they finished. The total time is that of the
// slowest worker, not the sum.
//
// Python version:
//     results = await asyncio.gather(worker("A", 3), worker("B", 1), worker("C", 2))
//     results = await asyncio.gather(*(worker(f"W{i}", 1) for i in range(5)))
//
// C++ differences: gather of a fixed list of coroutines gives a std::tuple (one element each, of
// its own type); gather of a std::vector gives a std::vector. Python's time.perf_counter() is the
// loop's clock here (loop.time()), which is what the virtual clock controls.
#include <aio/aio.hpp>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

// ['a', 'b'] as Python prints a list of strings.
std::string py_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", '" : "'") + items[i] + "'";
    return out + "]";
}

aio::Coro<std::string> worker(std::string name, int delay) {
    std::printf("%s started\n", name.c_str());
    co_await aio::sleep(delay);
    std::printf("%s finished after %ds\n", name.c_str(), delay);
    co_return name + "-result";
}

aio::Coro<void> main_coro() {
    aio::EventLoop& loop = aio::get_running_loop();
    const double start = loop.time();
    auto [a, b, c] = co_await aio::gather(worker("A", 3), worker("B", 1), worker("C", 2));
    std::printf("%s\n", py_list({a, b, c}).c_str());
    std::printf("total %.2fs\n", loop.time() - start);

    std::vector<aio::Coro<std::string>> workers;
    for (int i = 0; i < 5; ++i) workers.push_back(worker("W" + std::to_string(i), 1));
    std::vector<std::string> results = co_await aio::gather(std::move(workers));
    std::printf("%s\n", py_list(results).c_str());
    std::printf("total %.2fs\n", loop.time() - start);

    std::vector<aio::Coro<std::string>> none;
    std::vector<std::string> empty = co_await aio::gather(std::move(none));
    std::printf("empty gather: %s\n", py_list(empty).c_str());
}

int main(int argc, char** argv) {
    aio::EventLoop::Options options;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--virtual-time") options.clock = aio::Clock::Kind::virtual_time;
    aio::run(main_coro(), std::move(options));
    return 0;
}
