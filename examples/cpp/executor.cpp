// executor: blocking work on worker threads with run_in_executor and to_thread (seed corpus 069
// and 070; runs in real time).
//
// Teaches: blocking calls must not run on the loop's thread (see blocking_sleep). Hand them to
// a thread pool instead: aio::run_in_executor(&pool, fn) returns an aio::Future at once and the
// loop keeps running tasks while fn runs on a worker; aio::to_thread(fn) does the same on the
// loop's default executor. Results and exceptions come back through the future.
//
// Python version:
//     with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
//         fut = loop.run_in_executor(pool, work, 1, started, release)
//         while not started.is_set():
//             await asyncio.sleep(0.001)
//         release.set()
//         print(await fut)
//     value, in_main = await asyncio.to_thread(blocking, 7)
//     ...
//     print(await loop.run_in_executor(None, sum, [1, 2, 3]))
//
// C++ differences: the callables take no arguments, so the arguments are captured by lambdas.
// threading.Event (a flag between threads) is ThreadFlag below; Python's OSError is OSError below.
// The default executor is set to two threads: in the browser build a program has four worker
// threads pre-started, and this example's two pools together use exactly four. Only results are
// printed (no timings), so the output is deterministic although time is real; --virtual-time is
// accepted but changes nothing visible (worker threads always take real time).
#include <aio/aio.hpp>

#include <condition_variable>
#include <cstdio>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

// threading.Event: set() by one thread, waited for by another.
class ThreadFlag {
public:
    void set() {
        std::lock_guard<std::mutex> lock(mutex_);
        value_ = true;
        cv_.notify_all();
    }
    bool is_set() {
        std::lock_guard<std::mutex> lock(mutex_);
        return value_;
    }
    bool wait(double timeout) {
        std::unique_lock<std::mutex> lock(mutex_);
        return cv_.wait_for(lock, std::chrono::duration<double>(timeout), [this] { return value_; });
    }

private:
    std::mutex mutex_;
    std::condition_variable cv_;
    bool value_ = false;
};

struct OSError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::thread::id main_thread;

std::string work(int n, ThreadFlag& started, ThreadFlag& release) {
    started.set();
    release.wait(5);
    return "work " + std::to_string(n) + " done";
}

std::pair<int, bool> blocking(int x) { return {x * x, std::this_thread::get_id() == main_thread}; }

int failing() { throw OSError("disk on fire"); }

long long power(int base, int k) {
    long long r = 1;
    while (k-- > 0) r *= base;
    return r;
}

aio::Coro<void> main_coro() {
    aio::EventLoop& loop = aio::get_running_loop();
    aio::set_default_executor(loop, std::make_unique<aio::ThreadPoolExecutor>(2));

    ThreadFlag started, release;
    {
        aio::ThreadPoolExecutor pool(2);
        auto job = [&started, &release] { return work(1, started, release); };
        aio::Future<std::string> fut = aio::run_in_executor(&pool, job);
        while (!started.is_set()) co_await aio::sleep(0.001);  // the loop keeps running meanwhile
        std::printf("worker started; loop still responsive, fut done: %s\n", fut.done() ? "True" : "False");
        release.set();
        std::string done = co_await fut;
        std::printf("%s\n", done.c_str());

        std::vector<aio::Future<long long>> powers;
        for (int k = 0; k < 5; ++k)
            powers.push_back(aio::run_in_executor(&pool, [k] { return power(2, k); }));
        std::vector<long long> results = co_await aio::gather(std::move(powers));
        std::string listed;
        for (long long r : results) listed += (listed.empty() ? "" : ", ") + std::to_string(r);
        std::printf("[%s]\n", listed.c_str());
    }  // like `with ThreadPoolExecutor(...)`: the pool shuts down and joins its threads here

    auto square_of_7 = [] { return blocking(7); };
    auto [value, in_main] = co_await aio::to_thread(square_of_7);
    std::printf("result: %d ran in main thread: %s\n", value, in_main ? "True" : "False");

    std::vector<aio::Coro<std::pair<int, bool>>> calls;
    for (int i = 0; i < 4; ++i) calls.push_back(aio::to_thread([i] { return blocking(i); }));
    std::vector<std::pair<int, bool>> squares = co_await aio::gather(std::move(calls));
    std::string listed;
    for (auto& s : squares) listed += (listed.empty() ? "" : ", ") + std::to_string(s.first);
    std::printf("gathered: [%s]\n", listed.c_str());

    try {
        auto fail = [] { return failing(); };
        co_await aio::to_thread(fail);
    } catch (const OSError& e) { std::printf("exception from thread: %s\n", e.what()); }

    std::vector<int> numbers{1, 2, 3};
    auto sum = [numbers] {
        int total = 0;
        for (int n : numbers) total += n;
        return total;
    };
    aio::Future<int> summed = aio::run_in_executor(nullptr, sum);  // None: the default executor
    int total = co_await summed;
    std::printf("%d\n", total);
}

int main(int argc, char** argv) {
    main_thread = std::this_thread::get_id();
    aio::EventLoop::Options options;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--virtual-time") options.clock = aio::Clock::Kind::virtual_time;
    aio::run(main_coro(), std::move(options));
    return 0;
}
