// producer_consumer: a Queue between a producer and two consumers, with task_done() and join()
// (seed corpus 054).
//
// Teaches: consumers block in q.get() until an item arrives; each calls task_done() once the item
// is handled, and q.join() returns when every item put has been handled. Consumers that loop
// forever are stopped by cancelling them; gather(return_exceptions) collects their
// CancelledErrors. Calling task_done() more often than items were taken is an error.
//
// Python version:
//     async def consumer(name, q, handled):
//         while True:
//             item = await q.get()
//             await asyncio.sleep(0.5)
//             handled.append((name, item))
//             q.task_done()
//     consumers = [asyncio.create_task(consumer(f"c{i}", q, handled)) for i in range(2)]
//     await producer(q, 6)
//     await q.join()
//     for c in consumers:
//         c.cancel()
//     results = await asyncio.gather(*consumers, return_exceptions=True)
//
// C++ differences: the queue has an item type (aio::Queue<std::string>); the consumers take the
// queue and the list by reference, which is safe because main_coro() outlives them (it cancels
// and awaits them before returning). Python's ValueError is aio::ValueError.
#include <aio/aio.hpp>

#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Seconds since main_coro() started: Python's loop.time(), which starts at 0.0 on the virtual
// clock; counting from the start keeps real-time runs readable too.
double start_time = 0.0;
double now() { return aio::get_running_loop().time() - start_time; }

aio::Coro<void> producer(aio::Queue<std::string>& q, int n) {
    for (int i = 0; i < n; ++i) {
        co_await aio::sleep(0.3);
        std::string item = "item" + std::to_string(i);
        co_await q.put(item);
        std::printf("%.1f produced %s (qsize %zu)\n", now(), item.c_str(), q.qsize());
    }
}

aio::Coro<void> consumer(std::string name, aio::Queue<std::string>& q,
                         std::vector<std::pair<std::string, std::string>>& handled) {
    for (;;) {
        std::string item = co_await q.get();
        co_await aio::sleep(0.5);
        handled.emplace_back(name, item);
        std::printf("%.1f %s handled %s\n", now(), name.c_str(), item.c_str());
        q.task_done();
    }
}

aio::Coro<void> main_coro() {
    start_time = aio::get_running_loop().time();
    aio::Queue<std::string> q;
    std::vector<std::pair<std::string, std::string>> handled;
    std::vector<aio::Task<void>> consumers;
    for (int i = 0; i < 2; ++i)
        consumers.push_back(aio::create_task(consumer("c" + std::to_string(i), q, handled)));
    co_await producer(q, 6);
    std::printf("producer finished, waiting for join()\n");
    co_await q.join();
    std::printf("%.1f all items processed: %zu\n", now(), handled.size());
    for (auto& c : consumers) c.cancel();
    auto results = co_await aio::gather(aio::return_exceptions, consumers);
    std::string kinds;
    for (auto& r : results)
        kinds += std::string(kinds.empty() ? "'" : ", '") +
                 (r.holds<aio::CancelledError>() ? "CancelledError" : "?") + "'";
    std::printf("consumers: [%s]\n", kinds.c_str());
    try {
        q.task_done();
    } catch (const aio::ValueError& e) { std::printf("extra task_done: %s\n", e.what()); }
}

int main(int argc, char** argv) {
    aio::EventLoop::Options options;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--virtual-time") options.clock = aio::Clock::Kind::virtual_time;
    aio::run(main_coro(), std::move(options));
    return 0;
}
