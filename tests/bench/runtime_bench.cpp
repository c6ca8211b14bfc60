// Runtime benchmark: per-operation cost of the loop's hot paths. Prints one line per workload:
//   <name> <nanoseconds per operation> <operations>
// tools/bench.py runs this natively and under node, runs the same workloads in CPython's asyncio,
// and prints the table with ratios. Not a test: nothing here asserts a time.
#include <aio/aio.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#if __has_include(<aio/queues.hpp>)
#include <aio/queues.hpp>
#define AIO_BENCH_HAVE_QUEUES 1
#endif

namespace {

double now() { return aio::monotonic_seconds(); }

struct Result {
    const char* name;
    double ns_per_op;
    long ops;
};

// Best of `runs`: the least disturbed run is the closest to the real cost.
template <class F> Result measure(const char* name, long ops, int runs, F&& body) {
    double best = 1e30;
    for (int r = 0; r < runs; ++r) {
        double t0 = now();
        body();
        best = std::min(best, now() - t0);
    }
    return {name, best * 1e9 / double(ops), ops};
}

// ---- sleep(0) switch among many tasks -------------------------------------------------------

aio::Coro<void> switcher(long rounds) {
    for (long i = 0; i < rounds; ++i) co_await aio::sleep(0);
}

Result bench_switch(long tasks, long rounds) {
    return measure("switch", tasks * rounds, 5, [&] {
        aio::EventLoop loop;
        loop.run_until_complete([](long tasks, long rounds) -> aio::Coro<void> {
            std::vector<aio::Task<void>> all;
            all.reserve(tasks);
            for (long t = 0; t < tasks; ++t) all.push_back(aio::create_task(switcher(rounds)));
            for (auto& t : all) co_await t;
        }(tasks, rounds));
    });
}

// ---- create_task + completion ---------------------------------------------------------------

aio::Coro<long> trivial(long i) { co_return i; }

Result bench_create_task(long count) {
    return measure("create_task", count, 5, [&] {
        aio::EventLoop loop;
        loop.run_until_complete([](long count) -> aio::Coro<void> {
            constexpr long batch = 1000;
            std::vector<aio::Task<long>> tasks;
            tasks.reserve(batch);
            long sum = 0;
            for (long done = 0; done < count; done += batch) {
                tasks.clear();
                for (long i = 0; i < batch; ++i) tasks.push_back(aio::create_task(trivial(i)));
                for (auto& t : tasks) sum += co_await t;
            }
            if (sum < 0) std::abort();
        }(count));
    });
}

// ---- call_soon --------------------------------------------------------------------------------

Result bench_call_soon(long count) {
    return measure("call_soon", count, 5, [&] {
        aio::EventLoop loop;
        long n = 0;
        loop.run_until_complete([](long count, long& n) -> aio::Coro<void> {
            aio::EventLoop& loop = aio::get_running_loop();
            constexpr long batch = 1000;
            for (long done = 0; done < count; done += batch) {
                for (long i = 0; i < batch; ++i) loop.call_soon([&n] { ++n; });
                co_await aio::sleep(0);
            }
        }(count, n));
        if (n != count) std::abort();
    });
}

// ---- timers -----------------------------------------------------------------------------------

Result bench_timers(long count) {
    return measure("timers", count, 5, [&] {
        aio::EventLoop loop;
        long n = 0;
        loop.run_until_complete([](long count, long& n) -> aio::Coro<void> {
            aio::EventLoop& loop = aio::get_running_loop();
            constexpr long batch = 1000;
            for (long done = 0; done < count; done += batch) {
                double base = loop.time();
                // Deadlines already due, in a scrambled order: every timer goes through the heap.
                for (long i = 0; i < batch; ++i)
                    loop.call_at(base - double((i * 7919) % batch) * 1e-9, [&n] { ++n; });
                co_await aio::sleep(0);
                co_await aio::sleep(0);
            }
        }(count, n));
        if (n != count) std::abort();
    });
}

#ifdef AIO_BENCH_HAVE_QUEUES
// ---- Queue ping-pong ----------------------------------------------------------------------------

Result bench_queue(long rounds) {
    return measure("queue_pingpong", rounds, 5, [&] {
        aio::EventLoop loop;
        loop.run_until_complete([](long rounds) -> aio::Coro<void> {
            aio::Queue<long> ping, pong;
            auto echo = aio::create_task(
                [](aio::Queue<long>& ping, aio::Queue<long>& pong, long rounds) -> aio::Coro<void> {
                    for (long i = 0; i < rounds; ++i) co_await pong.put(co_await ping.get());
                }(ping, pong, rounds));
            for (long i = 0; i < rounds; ++i) {
                co_await ping.put(i);
                if (co_await pong.get() != i) std::abort();
            }
            co_await echo;
        }(rounds));
    });
}
#endif

}  // namespace

int main(int argc, char** argv) {
    double scale = 1.0;
    if (argc > 1) scale = std::atof(argv[1]);  // e.g. 0.1 for a quick run
    // Optional second argument: only the workloads whose names it contains (profiling one of them).
    const char* only = argc > 2 ? argv[2] : nullptr;
    auto wanted = [&](const char* name) { return !only || std::strstr(only, name); };
    auto n = [&](long base) { return std::max(1000L, long(double(base) * scale)); };
    std::vector<Result> results;
    if (wanted("switch")) results.push_back(bench_switch(1000, n(1000)));
    if (wanted("create_task")) results.push_back(bench_create_task(n(1000000)));
    if (wanted("call_soon")) results.push_back(bench_call_soon(n(1000000)));
    if (wanted("timers")) results.push_back(bench_timers(n(1000000)));
#ifdef AIO_BENCH_HAVE_QUEUES
    if (wanted("queue_pingpong")) results.push_back(bench_queue(n(1000000)));
#endif
    for (const auto& r : results) std::printf("%s %.2f %ld\n", r.name, r.ns_per_op, r.ops);
    return 0;
}
