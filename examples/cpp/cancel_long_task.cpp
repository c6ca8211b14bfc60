// cancel_long_task: poll a long task, cancel it, and see the cancellation arrive (seed corpus 008).
//
// Teaches: done() lets a task check on another without waiting for it; cancel() asks a task to
// stop: the CancelledError is thrown into it at its current co_await (here a 10 s sleep), its
// cleanup runs, and whoever awaits it afterwards gets CancelledError too.
//
// Python version:
//     task = asyncio.create_task(long_task())
//     while not task.done():
//         print(f"task not finished, checking again in a second ({seconds})")
//         await asyncio.sleep(1)
//         seconds += 1
//         if seconds == 5:
//             print("cancel ->", task.cancel())
//     try:
//         await task
//     except asyncio.CancelledError:
//         print("our task was cancelled")
//
// C++ differences: C++ has no `finally`, so long_task() catches everything (catch (...)), does its
// cleanup and rethrows. aio::CancelledError does not derive from std::exception (it is a
// BaseException in Python), so `catch (const std::exception&)` would not swallow it.
#include <aio/aio.hpp>

#include <cstdio>
#include <string_view>

// Seconds since main_coro() started: Python's loop.time(), which starts at 0.0 on the virtual
// clock; counting from the start keeps real-time runs readable too.
double start_time = 0.0;
double now() { return aio::get_running_loop().time() - start_time; }

aio::Coro<void> long_task() {
    std::printf("long task started\n");
    try {
        co_await aio::sleep(10);
        std::printf("never printed\n");
    } catch (...) {
        std::printf("long task finally at %.1f\n", now());
        throw;
    }
    std::printf("long task finally at %.1f\n", now());
}

aio::Coro<void> main_coro() {
    start_time = aio::get_running_loop().time();
    aio::Task<void> task = aio::create_task(long_task());
    int seconds = 0;
    while (!task.done()) {
        std::printf("task not finished, checking again in a second (%d)\n", seconds);
        co_await aio::sleep(1);
        seconds += 1;
        if (seconds == 5) std::printf("cancel -> %s\n", task.cancel() ? "True" : "False");
    }
    try {
        co_await task;
    } catch (const aio::CancelledError&) { std::printf("our task was cancelled\n"); }
    std::printf("cancelled: %s done: %s\n", task.cancelled() ? "True" : "False",
                task.done() ? "True" : "False");
    std::printf("elapsed %.1f\n", now());
}

int main(int argc, char** argv) {
    aio::EventLoop::Options options;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--virtual-time") options.clock = aio::Clock::Kind::virtual_time;
    aio::run(main_coro(), std::move(options));
    return 0;
}
