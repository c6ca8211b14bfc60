// wait_timeout: wait() with a timeout, then cancel what is still pending; wait_for()
// (seed corpus 006 and 007).
//
// Teaches: aio::wait(tasks, timeout) returns when the timeout passes (or everything is done) and
// splits the tasks into done and pending. It never cancels anything and never throws
// TimeoutError: cancelling the stragglers is up to you. FIRST_COMPLETED returns as soon as one
// task is done. aio::wait_for(awaitable, timeout) is the opposite: on timeout it cancels the
// awaitable, waits until it has really finished, and throws aio::TimeoutError.
//
// Python version (the expected output is CPython's for this script):
//     done, pending = await asyncio.wait(tasks, timeout=1.2)
//     for t in sorted(pending, key=lambda t: t.get_name()):
//         print("  cancelling", t.get_name(), "->", t.cancel())
//     done2, _ = await asyncio.wait(pending)
//     ...
//     done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
//     print(await asyncio.wait_for(slow_op(0.5), timeout=1))
//     await asyncio.wait_for(slow_op(5), timeout=1)        # TimeoutError after 1 s
//
// C++ differences: Python's wait() returns sets, so the script sorts them by name; aio::wait()
// returns vectors in argument order, which here is the same order.
#include <aio/aio.hpp>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

// Seconds since main_coro() started: Python's loop.time(), which starts at 0.0 on the virtual
// clock; counting from the start keeps real-time runs readable too.
double start_time = 0.0;
double now() { return aio::get_running_loop().time() - start_time; }

aio::Coro<std::string> job(std::string name, double delay) {
    try {
        co_await aio::sleep(delay);
    } catch (const aio::CancelledError&) {
        std::printf("%s cancelled at %.2f\n", name.c_str(), now());
        throw;
    }
    std::printf("%s finished\n", name.c_str());
    co_return name + "-result";
}

aio::Coro<std::string> slow_op(double delay) {
    try {
        co_await aio::sleep(delay);
    } catch (const aio::CancelledError&) {
        std::printf("slow_op(%g) cancelled at %.2f\n", delay, now());
        throw;
    }
    char text[32];
    std::snprintf(text, sizeof text, "slept %g", delay);
    co_return std::string(text);
}

aio::Coro<void> main_coro() {
    start_time = aio::get_running_loop().time();
    // 1. wait() with a timeout, then cancel the pending ones ourselves.
    std::vector<aio::Task<std::string>> tasks;
    const double delays[] = {0.5, 1.5, 3.0, 1.0};
    for (int i = 0; i < 4; ++i) {
        std::string name = "job" + std::to_string(i);
        tasks.push_back(aio::create_task(job(name, delays[i]), name));
    }
    aio::WaitResult<aio::Task<std::string>> first = co_await aio::wait(tasks, 1.2);
    std::printf("%.2f wait returned: %zu done, %zu pending\n", now(), first.done.size(),
                first.pending.size());
    for (auto& t : first.done) std::printf("  done: %s -> %s\n", t.get_name().c_str(), t.result().c_str());
    for (auto& t : first.pending)
        std::printf("  cancelling %s -> %s\n", t.get_name().c_str(), t.cancel() ? "True" : "False");
    aio::WaitResult<aio::Task<std::string>> second = co_await aio::wait(first.pending);
    bool all_cancelled = true;
    for (auto& t : second.done) all_cancelled = all_cancelled && t.cancelled();
    std::printf("%.2f pending ones cancelled: %s\n", now(), all_cancelled ? "True" : "False");

    // 2. FIRST_COMPLETED: return as soon as one is done.
    std::vector<aio::Task<std::string>> racers;
    const double race_delays[] = {0.7, 0.2, 0.4};
    for (int i = 0; i < 3; ++i) {
        std::string name = "race" + std::to_string(i);
        racers.push_back(aio::create_task(job(name, race_delays[i]), name));
    }
    aio::WaitResult<aio::Task<std::string>> race =
        co_await aio::wait(racers, std::nullopt, aio::FIRST_COMPLETED);
    std::string winners;
    for (auto& t : race.done) winners += (winners.empty() ? "'" : ", '") + t.get_name() + "'";
    std::printf("%.2f first completed: [%s] still pending: %zu\n", now(), winners.c_str(),
                race.pending.size());
    for (auto& t : racers) t.cancel();
    co_await aio::gather(aio::return_exceptions, racers);

    // 3. wait_for(): a result in time, or cancellation plus TimeoutError.
    std::string quick = co_await aio::wait_for(slow_op(0.5), 1.0);
    std::printf("%s\n", quick.c_str());
    try {
        co_await aio::wait_for(slow_op(5), 1.0);
    } catch (const aio::TimeoutError&) { std::printf("%.2f wait_for timed out\n", now()); }
    std::printf("%.2f end\n", now());
}

int main(int argc, char** argv) {
    aio::EventLoop::Options options;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--virtual-time") options.clock = aio::Clock::Kind::virtual_time;
    aio::run(main_coro(), std::move(options));
    return 0;
}
