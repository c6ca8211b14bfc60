// blocking_sleep: a blocking sleep inside a coroutine stalls every task (seed corpus 014).
//
// Teaches: the event loop runs one task at a time on one thread. A coroutine that blocks the
// thread (std::this_thread::sleep_for, a long computation, blocking I/O) instead of awaiting
// keeps every other task from running: the ticker below misses its ticks for 2 s. Two "parallel"
// tasks that each block for 1.25 s take 2.5 s together. Use co_await aio::sleep() to wait, and
// aio::to_thread() / run_in_executor() for blocking work (see the executor example).
//
// Python version:
//     async def blocker():
//         await asyncio.sleep(0.6)
//         print(f"blocking for 2s at {time.perf_counter():.2f}")
//         time.sleep(2)
//         print(f"unblocked at {time.perf_counter():.2f}")
//
// C++ differences: blocking_sleep() is Python's time.sleep(). With --virtual-time it does what
// the conformance oracle's time.sleep does under the virtual clock: it moves the loop's clock
// forward by the same amount at once (the loop is blocked, but nobody really waits); otherwise it
// really blocks the thread. Times are measured on the loop's clock (Python's time.perf_counter()
// is the virtual clock under the oracle), from the start of main.
#include <aio/aio.hpp>

#include <chrono>
#include <cstdio>
#include <string_view>
#include <thread>

// time.sleep(seconds): blocks the loop's thread.
void blocking_sleep(double seconds) {
    aio::EventLoop& loop = aio::get_running_loop();
    if (loop.clock().is_virtual())
        loop.clock().advance(seconds);
    else
        std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
}

double t0 = 0.0;
double elapsed() { return aio::get_running_loop().time() - t0; }

aio::Coro<void> ticker() {
    for (int i = 0; i < 5; ++i) {
        std::printf("tick %d at %.2f\n", i, elapsed());
        co_await aio::sleep(0.5);
    }
}

aio::Coro<void> blocker() {
    co_await aio::sleep(0.6);
    std::printf("blocking for 2s at %.2f\n", elapsed());
    blocking_sleep(2);  // the mistake: nothing else runs meanwhile
    std::printf("unblocked at %.2f\n", elapsed());
}

aio::Coro<double> cpu_bound() {
    const double start = elapsed();
    blocking_sleep(1.25);
    co_return elapsed() - start;
}

aio::Coro<void> main_coro() {
    t0 = aio::get_running_loop().time();
    co_await aio::gather(ticker(), blocker());
    std::printf("total %.2f\n", elapsed());
    aio::Task<double> t1 = aio::create_task(cpu_bound());
    aio::Task<double> t2 = aio::create_task(cpu_bound());
    auto [d1, d2] = co_await aio::gather(t1, t2);
    std::printf("each took ['%.2f', '%.2f']\n", d1, d2);
    std::printf("both together took %.2f in total\n", elapsed());
}

int main(int argc, char** argv) {
    aio::EventLoop::Options options;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--virtual-time") options.clock = aio::Clock::Kind::virtual_time;
    aio::run(main_coro(), std::move(options));
    return 0;
}
