// coroutine_chaining: a coroutine awaiting other coroutines (seed corpus 002).
//
// Teaches: `co_await compute(x, y)` runs compute() inline, inside the caller's task, exactly like
// `await compute(x, y)` in Python: no new task is created and nothing runs concurrently. Results
// flow back through co_return, and a chain of awaits takes the sum of its sleeps.
//
// Python version:
//     async def compute(x, y):
//         print(f"Compute {x} + {y} ...")
//         await asyncio.sleep(1.0)
//         return x + y
//     async def print_sum(x, y):
//         result = await compute(x, y)
//         print(f"{x} + {y} = {result}")
//         return result
//     loop = asyncio.get_event_loop()
//     total = loop.run_until_complete(print_sum(1, 2))
//
// The output is line for line what CPython prints (under --virtual-time).
#include <aio/aio.hpp>

#include <cstdio>
#include <string_view>

aio::Coro<int> compute(int x, int y) {
    std::printf("Compute %d + %d ...\n", x, y);
    co_await aio::sleep(1.0);
    co_return x + y;
}

aio::Coro<int> print_sum(int x, int y) {
    int result = co_await compute(x, y);
    std::printf("%d + %d = %d\n", x, y, result);
    co_return result;
}

aio::Coro<int> step(int n, int value) {
    std::printf("step %d got %d\n", n, value);
    co_await aio::sleep(0.5);
    co_return value * 2;
}

// Each step finishes before the next one starts: 3 x 0.5 s.
aio::Coro<int> pipeline(int value) {
    int a = co_await step(1, value);
    int b = co_await step(2, a);
    int c = co_await step(3, b);
    co_return c;
}

int main(int argc, char** argv) {
    aio::EventLoop::Options options;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--virtual-time") options.clock = aio::Clock::Kind::virtual_time;

    aio::EventLoop loop(std::move(options));
    const double start = loop.time();
    int total = loop.run_until_complete(print_sum(1, 2));
    std::printf("print_sum returned %d\n", total);
    int piped = loop.run_until_complete(pipeline(5));
    std::printf("pipeline -> %d\n", piped);
    std::printf("elapsed %.1f\n", loop.time() - start);
    loop.close();
    return 0;
}
