#include <aio/aio.hpp>

#include <cstdio>

aio::Coro<int> fetch(int n) {
    co_await aio::sleep(0.1 * n);
    co_return n * 10;
}

aio::Coro<void> amain() {
    auto [a, b] = co_await aio::gather(fetch(1), fetch(2));  // concurrently: 0.2 s
    int c = co_await aio::wait_for(fetch(3), 1.0);           // TimeoutError after 1 s
    int d = 0;
    co_await aio::task_group([&](aio::TaskGroup& tg) -> aio::Coro<void> {
        aio::Task<int> t = tg.create_task(fetch(4));
        d = co_await t;
    });
    std::printf("%d %d %d %d after %.1f s\n", a, b, c, d, aio::get_running_loop().time());
}

// The virtual clock: sleeps take no real time, and loop.time() starts at 0.
int main() { aio::run(amain(), {.clock = aio::Clock::Kind::virtual_time}); }
