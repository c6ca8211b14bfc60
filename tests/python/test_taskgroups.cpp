// TaskGroup for Python scripts (expected output: CPython 3.11.7 under the virtual clock).
#include <doctest/doctest.h>

#include "support.hpp"

namespace {
loopscope::python::EngineOptions vtime() {
    loopscope::python::EngineOptions o;
    o.virtual_time = true;
    return o;
}
}  // namespace

TEST_CASE(
    "TaskGroup: errors while exiting, shutting-down error, body swallowing CancelledError, cancel during "
    "exit") {
    auto c = run_py(
        R"~(# TaskGroup: errors while exiting, shutting-down error, body swallowing CancelledError, cancel during exit
import asyncio

async def fail(d, msg):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def slow(d, name, log):
    try:
        await asyncio.sleep(d)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.2, "a"))
            tg.create_task(fail(0.2, "b"))
            tg.create_task(slow(1, "s", log))
    except ExceptionGroup as eg:
        print(f"{loop.time():.1f}", eg, sorted(str(e) for e in eg.exceptions), sorted(log))
        try:
            tg.create_task(slow(1, "late", log))
        except RuntimeError as e:
            print("RuntimeError:", e)
    log.clear()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(slow(0.3, "x", log))
        try:
            await asyncio.sleep(0.1)
            asyncio.current_task().cancel()
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("body swallowed its own cancel", asyncio.current_task().cancelling())
            asyncio.current_task().uncancel()
    print(f"{loop.time():.1f}", log)
    log.clear()
    async def runner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(1, "p", log))
            tg.create_task(slow(2, "q", log))
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.5)
    t.cancel()
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print(f"{loop.time():.1f} cancelled twice", sorted(log), t.cancelling())
    async def bad_child():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.1, "inner"))
            await asyncio.sleep(1)
    try:
        await bad_child()
    except ExceptionGroup as eg:
        print("nested:", eg, [str(e) for e in eg.exceptions])
    print("end")

asyncio.run(main())
)~",
        vtime());
    CHECK(c.result.ok);
    CHECK(c.out == R"~(0.2 unhandled errors in a TaskGroup (2 sub-exceptions) ['a', 'b'] ['s cancelled']
RuntimeError: TaskGroup <TaskGroup cancelling> is finished
body swallowed its own cancel 2
0.5 ['x done']
1.0 cancelled twice ['p cancelled', 'q cancelled'] 2
nested: unhandled errors in a TaskGroup (1 sub-exception) ['inner']
end
)~");
}

TEST_CASE("TaskGroup under timeout; timeout inside children; shield inside a TaskGroup") {
    auto c = run_py(R"~(# TaskGroup under timeout; timeout inside children; shield inside a TaskGroup
import asyncio

async def work(name, d, log):
    try:
        await asyncio.sleep(d)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def limited(name, d, limit, log):
    try:
        async with asyncio.timeout(limit):
            return await work(name, d, log)
    except TimeoutError:
        log.append(f"{name} timed out")
        return None

async def main():
    loop = asyncio.get_running_loop()
    log = []
    try:
        async with asyncio.timeout(1):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(work("a", 0.5, log))
                tg.create_task(work("b", 2, log))
    except TimeoutError:
        print(f"{loop.time():.1f} group timed out", sorted(log))
    log.clear()
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(limited(n, d, 1, log)) for n, d in [("x", 0.5), ("y", 3)]]
    print(f"{loop.time():.1f}", [t.result() for t in ts], log)
    log.clear()
    inner = asyncio.create_task(work("shielded", 1, log))
    async def guard():
        return await asyncio.shield(inner)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(guard())
            tg.create_task(asyncio.sleep(0.2))
            await asyncio.sleep(0.1)
            raise RuntimeError("body")
    except ExceptionGroup as eg:
        print(f"{loop.time():.1f}", eg.exceptions, inner.done())
    print(await inner, f"{loop.time():.1f}", log)

asyncio.run(main())
)~",
                    vtime());
    CHECK(c.result.ok);
    CHECK(c.out == R"~(1.0 group timed out ['a done', 'b cancelled']
2.0 ['x', None] ['x done', 'y cancelled', 'y timed out']
2.1 (RuntimeError('body'),) False
shielded 3.0 ['shielded done']
)~");
}
