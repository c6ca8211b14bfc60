// event_failure: the task that should set an Event fails ('Ooops!') under gather (seed group a).
//
// Teaches: tasks blocked on an aio::Event wait until someone calls set(). If the task meant to
// set it fails first, gather() propagates that exception at once (with the failure's message,
// "Ooops!"), but it does NOT cancel the other awaitables: the waiters stay blocked until you
// cancel them. With return_exceptions, gather() waits for everything and returns the exception
// in the failed task's place.
//
// Python version (the expected output is CPython's for this script):
//     async def trigger(event, fail):
//         await asyncio.sleep(1)
//         if fail:
//             raise Exception("Ooops!")
//         event.set()
//     try:
//         await asyncio.gather(*waiters, trigger(event, fail=True))
//     except Exception as e:
//         print(f"{loop.time():.1f} gather raised: {e}")
//     for w in waiters:
//         w.cancel()
//     outcome = await asyncio.gather(*waiters, return_exceptions=True)
//
// C++ differences: Python's bare Exception is std::runtime_error here. gather() of a vector needs
// one element type, so the trigger coroutine is made a task (Task<T> is a Future<T>) and put in
// the same std::vector<aio::Future<std::string>> as the waiters; gather() would do the same
// wrapping, at the same moment, in Python.
#include <aio/aio.hpp>

#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// Seconds since main_coro() started: Python's loop.time(), which starts at 0.0 on the virtual
// clock; counting from the start keeps real-time runs readable too.
double start_time = 0.0;
double now() { return aio::get_running_loop().time() - start_time; }

aio::Coro<std::string> waiter(std::string name, aio::Event& event) {
    std::printf("%s waiting for the event\n", name.c_str());
    co_await event.wait();
    std::printf("%s saw the event at %.1f\n", name.c_str(), now());
    co_return name;
}

aio::Coro<std::string> trigger(aio::Event& event, bool fail) {
    co_await aio::sleep(1);
    if (fail) {
        std::printf("trigger: something went wrong before set()\n");
        throw std::runtime_error("Ooops!");
    }
    std::printf("trigger: setting the event\n");
    event.set();
    co_return "trigger";
}

std::vector<aio::Future<std::string>> start_waiters(const char* prefix, int n, aio::Event& event) {
    std::vector<aio::Future<std::string>> waiters;
    for (int i = 0; i < n; ++i)
        waiters.push_back(aio::create_task(waiter(prefix + std::to_string(i), event)));
    return waiters;
}

aio::Coro<void> main_coro() {
    start_time = aio::get_running_loop().time();
    aio::Event event;

    // 1. The trigger fails: gather raises at once, the waiters are left waiting.
    std::vector<aio::Future<std::string>> waiters = start_waiters("w", 3, event);
    std::vector<aio::Future<std::string>> all = waiters;
    all.push_back(aio::create_task(trigger(event, true)));
    try {
        co_await aio::gather(all);
    } catch (const std::exception& e) { std::printf("%.1f gather raised: %s\n", now(), e.what()); }
    int pending = 0;
    for (auto& w : waiters) pending += !w.done();
    std::printf("waiters still pending: %d\n", pending);
    for (auto& w : waiters) w.cancel();
    auto outcome = co_await aio::gather(aio::return_exceptions, waiters);
    std::string names;
    for (auto& o : outcome)
        names += std::string(names.empty() ? "'" : ", '") +
                 (o.holds<aio::CancelledError>() ? "CancelledError" : "?") + "'";
    std::printf("after cancel: [%s]\n", names.c_str());

    // 2. The trigger sets the event: everyone finishes.
    std::vector<aio::Future<std::string>> second = start_waiters("v", 2, event);
    second.push_back(aio::create_task(trigger(event, false)));
    std::vector<std::string> results = co_await aio::gather(second);
    std::string listed;
    for (auto& r : results) listed += (listed.empty() ? "'" : ", '") + r + "'";
    std::printf("%.1f with set(): [%s]\n", now(), listed.c_str());

    // 3. return_exceptions: the failure takes its place in the results.
    event.clear();
    std::vector<aio::Future<std::string>> third = start_waiters("u", 2, event);
    third.push_back(aio::create_task(trigger(event, false)));
    third.push_back(aio::create_task(trigger(event, true)));
    auto mixed = co_await aio::gather(aio::return_exceptions, third);
    std::string shown;
    for (auto& o : mixed) {
        shown += shown.empty() ? "'" : ", '";
        if (o.has_value())
            shown += o.value();
        else
            shown += "Exception: " + aio::describe_exception(o.exception());
        shown += "'";
    }
    std::printf("return_exceptions: [%s]\n", shown.c_str());
    std::printf("elapsed %.1f\n", now());
}

int main(int argc, char** argv) {
    aio::EventLoop::Options options;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--virtual-time") options.clock = aio::Clock::Kind::virtual_time;
    aio::run(main_coro(), std::move(options));
    return 0;
}
