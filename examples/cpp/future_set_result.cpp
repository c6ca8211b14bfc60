// future_set_result: a Future resolved by one task and awaited by others (seed corpus 009).
//
// Teaches: a Future is a placeholder for a result that someone will provide later. Any number of
// tasks can co_await it; set_result() wakes them all (each resumes on a later loop iteration, in
// the order they started waiting). A callback can resolve it too (call_later), and awaiting a
// future that is already done gives its result again at once.
//
// Python version:
//     fut = loop.create_future()
//     results = await asyncio.gather(waiter("w1", fut), waiter("w2", fut), setter(fut, 1, 42))
//     fut2 = asyncio.Future()
//     loop.call_later(0.5, fut2.set_result, "from call_later")
//     print(await fut2)
//
// C++ differences: a Future has a value type (aio::Future<int>); copies of it are handles to the
// same future, so passing it by value shares it. gather() of three coroutines gives a tuple.
#include <aio/aio.hpp>

#include <cstdio>
#include <string>
#include <string_view>

const char* py_bool(bool b) { return b ? "True" : "False"; }

aio::Coro<std::string> setter(aio::Future<int> fut, double delay, int value) {
    co_await aio::sleep(delay);
    std::printf("setting result\n");
    fut.set_result(value);
    std::printf("result set; done = %s\n", py_bool(fut.done()));
    co_return "setter";
}

aio::Coro<int> waiter(std::string name, aio::Future<int> fut) {
    std::printf("%s waiting\n", name.c_str());
    int value = co_await fut;
    std::printf("%s got %d\n", name.c_str(), value);
    co_return value;
}

aio::Coro<void> main_coro() {
    aio::EventLoop& loop = aio::get_running_loop();
    const double start = loop.time();  // 0.0 on the virtual clock, as Python's loop.time() there
    aio::Future<int> fut = loop.create_future<int>();
    std::printf("done? %s cancelled? %s\n", py_bool(fut.done()), py_bool(fut.cancelled()));
    auto [a, b, who] = co_await aio::gather(waiter("w1", fut), waiter("w2", fut), setter(fut, 1, 42));
    std::printf("[%d, %d, '%s'] %d\n", a, b, who.c_str(), fut.result());

    aio::Future<std::string> fut2 = loop.create_future<std::string>();
    loop.call_later(0.5, [fut2] { fut2.set_result("from call_later"); });
    std::string first = co_await fut2;
    std::printf("%s\n", first.c_str());
    std::string again = co_await fut2;
    std::printf("awaiting a done future again: %s\n", again.c_str());
    std::printf("time %.1f\n", loop.time() - start);
}

int main(int argc, char** argv) {
    aio::EventLoop::Options options;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--virtual-time") options.clock = aio::Clock::Kind::virtual_time;
    aio::run(main_coro(), std::move(options));
    return 0;
}
