// hello: the smallest aio programs, "Hello" and a delayed greeting (seed corpus 001).
//
// Teaches: a coroutine is a function returning aio::Coro<T>; calling it runs nothing yet, and
// an event loop runs it to completion with run_until_complete(), which hands back its result.
// Several run_until_complete() calls can share one loop; loop.time() keeps counting between them.
//
// Python version (asyncio.get_event_loop().run_until_complete):
//     async def delayed_hello(name, delay):
//         print(f"waiting {delay}s before greeting {name}")
//         await asyncio.sleep(delay)
//         print(f"Hello, {name}!")
//         return len(name)
//     loop = asyncio.get_event_loop()
//     n = loop.run_until_complete(delayed_hello("World", 1))
//
// C++ differences: the loop is a plain object (aio::EventLoop) instead of a global one, and
// "%g" prints the delays the way Python prints 1 and 0.5. Times are printed from the loop's
// creation (Python prints loop.time(), which is the same under the virtual clock: it starts at 0).
//
// Run with --virtual-time to use the virtual clock (sleeps take no real time).
#include <aio/aio.hpp>

#include <cstdio>
#include <string>
#include <string_view>

aio::Coro<void> hello() {
    std::printf("Hello\n");
    co_return;
}

aio::Coro<int> delayed_hello(std::string name, double delay) {
    std::printf("waiting %gs before greeting %s\n", delay, name.c_str());
    co_await aio::sleep(delay);
    std::printf("Hello, %s!\n", name.c_str());
    co_return static_cast<int>(name.size());
}

int main(int argc, char** argv) {
    aio::EventLoop::Options options;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--virtual-time") options.clock = aio::Clock::Kind::virtual_time;

    aio::EventLoop loop(std::move(options));
    const double start = loop.time();  // 0.0 on the virtual clock, as Python's loop.time() there
    std::printf("running: %s\n", loop.is_running() ? "True" : "False");
    loop.run_until_complete(hello());
    int n = loop.run_until_complete(delayed_hello("World", 1));
    std::printf("returned %d\n", n);
    std::printf("loop time %.2f\n", loop.time() - start);
    loop.run_until_complete(delayed_hello("again", 0.5));
    std::printf("loop time %.2f\n", loop.time() - start);
    loop.close();
    std::printf("closed: %s\n", loop.is_closed() ? "True" : "False");
    return 0;
}
