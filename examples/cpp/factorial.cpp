// factorial: the factorial exercise from the asyncio documentation (seed corpus 012).
//
// Teaches: three gathered tasks take turns: each sleep(0.1) hands the loop to the others, so
// their lines interleave A, B, C, A, B, C... and the whole run takes as long as the longest one
// (0.3 s), not the sum (0.6 s).
//
// Python version:
//     async def factorial(name, number):
//         f = 1
//         for i in range(2, number + 1):
//             print(f"Task {name}: Compute factorial({number}), currently i={i}...")
//             await asyncio.sleep(0.1)
//             f *= i
//         print(f"Task {name}: factorial({number}) = {f}")
//         return f
//     results = await asyncio.gather(factorial("A", 2), factorial("B", 3), factorial("C", 4))
//
// The output is line for line what CPython prints (under --virtual-time).
#include <aio/aio.hpp>

#include <cstdio>
#include <string>
#include <string_view>

aio::Coro<long long> factorial(std::string name, int number) {
    long long f = 1;
    for (int i = 2; i <= number; ++i) {
        std::printf("Task %s: Compute factorial(%d), currently i=%d...\n", name.c_str(), number, i);
        co_await aio::sleep(0.1);
        f *= i;
    }
    std::printf("Task %s: factorial(%d) = %lld\n", name.c_str(), number, f);
    co_return f;
}

aio::Coro<void> main_coro() {
    aio::EventLoop& loop = aio::get_running_loop();
    const double start = loop.time();
    auto [a, b, c] = co_await aio::gather(factorial("A", 2), factorial("B", 3), factorial("C", 4));
    std::printf("[%lld, %lld, %lld]\n", a, b, c);
    std::printf("elapsed %.1f\n", loop.time() - start);
}

int main(int argc, char** argv) {
    aio::EventLoop::Options options;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--virtual-time") options.clock = aio::Clock::Kind::virtual_time;
    aio::run(main_coro(), std::move(options));
    return 0;
}
