// asyncio.timeout / timeout_at / Timeout and TaskGroup reprs (expected output: CPython 3.11.7 under the virtual clock).
#include <doctest/doctest.h>

#include "support.hpp"

namespace {
loopscope::python::EngineOptions vtime() {
    loopscope::python::EngineOptions o;
    o.virtual_time = true;
    return o;
}
}  // namespace

TEST_CASE("timeout and TaskGroup reprs; create_task on a group that is shutting down") {
    auto c = run_py(R"~(# timeout and TaskGroup reprs; create_task on a group that is shutting down
import asyncio
async def childp(name, d, fail=False):
    await asyncio.sleep(d)
    if fail: raise ValueError(name)
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(childp("a", 1, True))
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                c = childp("late", 1)
                try:
                    tg.create_task(c)
                except RuntimeError as e:
                    print("create_task after abort:", e)
                    c.close()
                raise
    except ExceptionGroup:
        pass
    t = asyncio.timeout(1)
    print(repr(t))
    async with t:
        print(repr(t))
        t.reschedule(None)
        print(repr(t))
        t.reschedule(asyncio.get_running_loop().time() + 0.12345)
        print(repr(t))
    print(repr(t))
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        tg.create_task(asyncio.sleep(0.1))
        print(repr(tg))
asyncio.run(main())
)~",
                    vtime());
    CHECK(c.result.ok);
    CHECK(c.out == R"~(create_task after abort: TaskGroup <TaskGroup errors=1 cancelling> is shutting down
<Timeout [created]>
<Timeout [active] when=2.0>
<Timeout [active] when=None>
<Timeout [active] when=1.123>
<Timeout [finished]>
<TaskGroup>
<TaskGroup tasks=1 entered>
)~");
}

TEST_CASE(
    "timeout: a cancel request made before entering is not the timeout's (3.11.7); reschedule errors; "
    "expired deadline at the first await") {
    auto c = run_py(
        R"~(# timeout: a cancel request made before entering is not the timeout's (3.11.7); reschedule errors; expired deadline at the first await
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.current_task()
    t.cancel()
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("cancelled once", t.cancelling())
    try:
        async with asyncio.timeout(0.5):
            await asyncio.sleep(2)
    except TimeoutError:
        print(f"{loop.time():.1f} TimeoutError, cancelling={t.cancelling()}")
    t.uncancel()
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("expired:", cm.expired(), "when:", cm.when())
    async def other():
        async with asyncio.timeout(10):
            await asyncio.sleep(1)
    inner = asyncio.create_task(other())
    await asyncio.sleep(0.5)
    inner.cancel("from outside")
    try:
        await inner
    except asyncio.CancelledError as e:
        print(f"{loop.time():.1f} outside cancel passes through:", e.args)
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("body runs")
            await asyncio.sleep(0)
    except TimeoutError:
        print(f"{loop.time():.1f} past deadline")

asyncio.run(main())
)~",
        vtime());
    CHECK(c.result.ok);
    CHECK(c.out == R"~(cancelled once 1
0.5 TimeoutError, cancelling=1
RuntimeError: Timeout has not been entered
RuntimeError: Timeout has already been entered
expired: False when: 1.5
1.0 outside cancel passes through: ('from outside',)
body runs
1.0 past deadline
)~");
}
