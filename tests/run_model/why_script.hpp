// A recorded Python run shared by the "why" views' suites (task_times, resources, chains, warnings):
// three workers take turns on a Lock and put into a Queue a consumer drains, a ticker sleeps, main
// then blocks the loop (time.sleep: a pitfall; the ticker's timer runs late), a wait_for times out
// (its task is cancelled through wait_for) and main cancels the consumer. Line numbers matter.
#pragma once
#include "loopscope/python_engine.hpp"
#include "support.hpp"

namespace run_model_test {

inline const char* why_script = R"(import asyncio
import time


async def worker(name, lock, queue):
    async with lock:
        await asyncio.sleep(1)
        await queue.put(name)


async def consumer(queue):
    while True:
        item = await queue.get()
        print("got", item)


async def slow():
    await asyncio.sleep(10)


async def main():
    lock = asyncio.Lock()
    queue = asyncio.Queue()
    workers = [asyncio.create_task(worker(f"w{i}", lock, queue), name=f"w{i}") for i in range(3)]
    eater = asyncio.create_task(consumer(queue), name="consumer")
    ticker = asyncio.create_task(asyncio.sleep(3.1), name="ticker")
    await asyncio.gather(*workers)
    time.sleep(0.2)
    try:
        await asyncio.wait_for(slow(), 0.5)
    except asyncio.TimeoutError:
        print("timed out")
    eater.cancel()
    await ticker


asyncio.run(main())
)";

// Runs `source` under virtual time into `rec` (once per recorder).
inline void run_python(Recorder& rec, const char* source, const char* name = "why.py") {
    loopscope::python::EngineOptions o;
    o.virtual_time = true;
    o.trace = &rec;
    loopscope::python::Engine engine(std::move(o));
    auto r = engine.run(source, name);
    REQUIRE(r.exit_code == 0);
}

inline Recorder& why_run() {
    static Recorder rec;
    static bool done = false;
    if (!done) {
        run_python(rec, why_script);
        done = true;
    }
    return rec;
}

// The task whose coroutine function is `coro` (npos if none).
inline std::uint32_t task_running(const Recorder& r, std::string_view coro) {
    const auto& tasks = r.index().tasks();
    for (std::uint32_t i = 0; i < tasks.size(); ++i)
        if (r.str(tasks[i].coroutine) == coro) return i;
    return npos;
}

}  // namespace run_model_test
