// taskgroup: structured concurrency with a TaskGroup (seed corpus 040 and 041).
//
// Teaches: tasks created in a TaskGroup are all finished when the group's block is left: the
// block waits for them, even for tasks a child adds while the group is waiting. If one task
// fails, the group cancels the others and the block itself, waits for them to finish, and then
// throws an aio::ExceptionGroup holding the failures.
//
// Python version (the expected output is CPython's for this script):
//     async with asyncio.TaskGroup() as tg:
//         tasks = [tg.create_task(fetch(i, 1 / (i + 1)), name=f"f{i}") for i in range(4)]
//     print(f"{loop.time():.2f} results:", [t.result() for t in tasks])
//     try:
//         async with asyncio.TaskGroup() as tg:
//             t1 = tg.create_task(child("a", 0.5))
//             t2 = tg.create_task(child("b", 1, fail=True))
//             ...
//             await asyncio.sleep(10)        # cancelled when b fails
//     except ExceptionGroup as eg:
//         ...
//
// C++ differences: `async with TaskGroup() as tg: <block>` is
// `co_await aio::task_group(body)`, where body(tg) returns the block's coroutine. Each block here
// is a free coroutine function; the lambda passed to task_group() only calls it (the lambda is
// not a coroutine itself, so nothing depends on the lambda object staying alive).
#include <aio/aio.hpp>

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

// Seconds since main_coro() started: Python's loop.time(), which starts at 0.0 on the virtual
// clock; counting from the start keeps real-time runs readable too.
double start_time = 0.0;
double now() { return aio::get_running_loop().time() - start_time; }

std::vector<std::string> cancelled;  // which children saw CancelledError

aio::Coro<int> fetch(int i, double delay) {
    co_await aio::sleep(delay);
    std::printf("fetched %d\n", i);
    co_return i* i;
}

aio::Coro<std::string> child(std::string name, double delay, bool fail = false) {
    try {
        co_await aio::sleep(delay);
    } catch (const aio::CancelledError&) {
        cancelled.push_back(name);  // the order siblings are cancelled in is unspecified
        throw;
    }
    if (fail) {
        std::printf("%s failing\n", name.c_str());
        throw aio::ValueError(name + " broke");
    }
    std::printf("%s ok\n", name.c_str());
    co_return name;
}

// Block of the first group: start four fetches and leave; the group waits for them.
aio::Coro<void> start_fetches(aio::TaskGroup& tg, std::vector<aio::Task<int>>& tasks) {
    for (int i = 0; i < 4; ++i)
        tasks.push_back(tg.create_task(fetch(i, 1.0 / (i + 1)), "f" + std::to_string(i)));
    int pending = 0;
    for (auto& t : tasks) pending += !t.done();
    std::printf("body done, children pending: %d\n", pending);
    std::printf("names: ['%s', '%s', '%s', '%s']\n", tasks[0].get_name().c_str(), tasks[1].get_name().c_str(),
                tasks[2].get_name().c_str(), tasks[3].get_name().c_str());
    co_return;
}

// A child that adds another child to its group while the group is already waiting.
aio::Coro<void> spawner(aio::TaskGroup& tg) {
    co_await aio::sleep(0.1);
    tg.create_task(fetch(99, 0.5));
    std::printf("spawned a late child\n");
}

aio::Coro<void> start_spawner(aio::TaskGroup& tg) {
    tg.create_task(spawner(tg));
    co_return;
}

struct Children {
    aio::Task<std::string> a, b, c, d;
};

// Block of the failing group: b fails after 1 s, which cancels c, d and this block.
aio::Coro<void> start_children(aio::TaskGroup& tg, Children& kids) {
    kids.a = tg.create_task(child("a", 0.5));
    kids.b = tg.create_task(child("b", 1, true));
    kids.c = tg.create_task(child("c", 2));
    kids.d = tg.create_task(child("d", 3));
    try {
        co_await aio::sleep(10);
    } catch (const aio::CancelledError&) {
        std::sort(cancelled.begin(), cancelled.end());
        std::string names;
        for (auto& n : cancelled) names += (names.empty() ? "'" : ", '") + n + "'";
        std::printf("%.2f body cancelled after siblings: [%s]\n", now(), names.c_str());
        throw;
    }
}

aio::Coro<void> main_coro() {
    start_time = aio::get_running_loop().time();
    std::vector<aio::Task<int>> tasks;
    co_await aio::task_group([&](aio::TaskGroup& tg) { return start_fetches(tg, tasks); });
    std::printf("%.2f results: [%d, %d, %d, %d]\n", now(), tasks[0].result(), tasks[1].result(),
                tasks[2].result(), tasks[3].result());

    co_await aio::task_group([](aio::TaskGroup& tg) { return start_spawner(tg); });
    std::printf("%.2f second group done\n", now());

    Children kids;
    try {
        co_await aio::task_group([&](aio::TaskGroup& tg) { return start_children(tg, kids); });
        std::printf("not reached\n");
    } catch (const aio::ExceptionGroup& eg) {
        std::printf("%.2f ExceptionGroup: %s\n", now(), eg.what());
        for (const std::exception_ptr& e : eg.exceptions()) {
            try {
                std::rethrow_exception(e);
            } catch (const aio::ValueError& v) { std::printf("   ValueError %s\n", v.what()); }
        }
    }
    std::printf("a: %s | b failed: %s | c,d cancelled: %s %s\n", kids.a.result().c_str(),
                kids.b.exception() ? "True" : "False", kids.c.cancelled() ? "True" : "False",
                kids.d.cancelled() ? "True" : "False");
}

int main(int argc, char** argv) {
    aio::EventLoop::Options options;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--virtual-time") options.clock = aio::Clock::Kind::virtual_time;
    aio::run(main_coro(), std::move(options));
    return 0;
}
