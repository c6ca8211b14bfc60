// task_done_callback: tasks with done callbacks that inspect how they ended (seed corpus 003).
//
// Teaches: aio::create_task() schedules a coroutine as its own Task (it starts on a later loop
// iteration, not inside create_task); add_done_callback() runs a function once the task is done,
// scheduled by the loop (never inline); a done task is either cancelled, failed with an exception,
// or finished with a result. cancel() only requests cancellation: the task is cancelled once it
// has run again and let the CancelledError out.
//
// Python version:
//     def report(task):
//         print(f"[cb] {task.get_name()}: done={task.done()} cancelled={task.cancelled()}")
//         ...
//     t1 = asyncio.create_task(work(1, 0.2), name="ok")
//     t1.add_done_callback(report)
//
// C++ differences: the callback receives the task as an aio::Future<int>; wrapping it in an
// aio::Task<int> gives back get_name(). Python prints exceptions with repr(); here
// python_repr() rebuilds "ValueError('bad input 2')" from the C++ exception.
#include <aio/aio.hpp>

#include <cstdio>
#include <exception>
#include <string>
#include <string_view>

// repr() of the exceptions this example raises.
std::string python_repr(const std::exception_ptr& e) {
    try {
        std::rethrow_exception(e);
    } catch (const aio::ValueError& v) {
        return std::string("ValueError('") + v.what() + "')";
    } catch (const std::exception& x) { return std::string("Exception('") + x.what() + "')"; }
}

const char* py_bool(bool b) { return b ? "True" : "False"; }

// The done callback: the future it gets is the task itself.
void report(aio::Future<int> fut) {
    aio::Task<int> task(fut.ref());
    const char* name = task.get_name().c_str();
    std::printf("[cb] %s: done=%s cancelled=%s\n", name, py_bool(task.done()), py_bool(task.cancelled()));
    if (task.cancelled())
        std::printf("[cb] %s: was cancelled\n", name);
    else if (std::exception_ptr e = task.exception())
        std::printf("[cb] %s: exception=%s\n", name, python_repr(e).c_str());
    else
        std::printf("[cb] %s: result=%d\n", name, task.result());
}

aio::Coro<int> work(int x, double delay, bool fail = false) {
    co_await aio::sleep(delay);
    if (fail) throw aio::ValueError("bad input " + std::to_string(x));
    co_return x * 10;
}

aio::Coro<void> main_coro() {
    aio::Task<int> t1 = aio::create_task(work(1, 0.2), "ok");
    aio::Task<int> t2 = aio::create_task(work(2, 0.1, true), "fails");
    aio::Task<int> t3 = aio::create_task(work(3, 5), "slow");
    for (const aio::Task<int>& t : {t1, t2, t3}) t.add_done_callback(report);
    std::printf("before: %s %s\n", py_bool(t1.done()), py_bool(t1.cancelled()));
    co_await aio::sleep(0.3);
    std::printf("cancel() returned %s\n", py_bool(t3.cancel()));
    // Only requested: t3 has not run since, so it is not done yet.
    std::printf("right after cancel: done %s cancelled %s\n", py_bool(t3.done()), py_bool(t3.cancelled()));
    co_await aio::sleep(0);
    std::printf("after one sleep(0): done %s cancelled %s\n", py_bool(t3.done()), py_bool(t3.cancelled()));
    co_await aio::sleep(0);
    int ok = co_await t1;
    std::printf("result of ok: %d\n", ok);
    try {
        co_await t2;
    } catch (const aio::ValueError& e) { std::printf("awaiting fails raised: %s\n", e.what()); }
}

int main(int argc, char** argv) {
    aio::EventLoop::Options options;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--virtual-time") options.clock = aio::Clock::Kind::virtual_time;
    aio::run(main_coro(), std::move(options));
    return 0;
}
