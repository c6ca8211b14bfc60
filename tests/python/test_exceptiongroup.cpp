// ExceptionGroup / BaseExceptionGroup and nested TaskGroups (expected output: CPython 3.11.7 under the virtual clock).
#include <doctest/doctest.h>

#include "support.hpp"

namespace {
loopscope::python::EngineOptions vtime() {
    loopscope::python::EngineOptions o;
    o.virtual_time = true;
    return o;
}
}  // namespace

TEST_CASE("TaskGroup nesting, ExceptionGroup API, timeout cancel from outside") {
    auto c = run_py(R"~(# TaskGroup nesting, ExceptionGroup API, timeout cancel from outside
import asyncio

async def boom(d, exc):
    await asyncio.sleep(d)
    raise exc

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(boom(0.5, ValueError("v")))
            async def nested():
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(boom(0.2, KeyError("k")))
                    tg.create_task(asyncio.sleep(5))
            outer.create_task(nested())
    except ExceptionGroup as eg:
        print(f"{loop.time():.1f}", str(eg), repr(eg.message))
        for e in eg.exceptions:
            print("  ", type(e).__name__, e)
        m, r = eg.split(KeyError)
        print("split match:", m, "rest:", r)
        print("subgroup ValueError:", eg.subgroup(ValueError))
        print("subgroup TypeError:", eg.subgroup(TypeError))
        print("subgroup lambda:", eg.subgroup(lambda e: isinstance(e, ExceptionGroup)) is eg)
        print("derive:", eg.derive([TypeError("t")]))
    g = ExceptionGroup("two", [ValueError(1), TypeError(2)])
    print(repr(g), g.args[0], isinstance(g, Exception), isinstance(g, BaseExceptionGroup))
    print(str(BaseExceptionGroup("one", [KeyboardInterrupt()])))
    try:
        raise ExceptionGroup("raised", [OSError("o")])
    except Exception as e:
        print("caught as Exception:", type(e).__name__, e)
    async def body():
        async with asyncio.timeout(5) as cm:
            await asyncio.sleep(10)
    t = asyncio.create_task(body())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print(f"{loop.time():.1f} outer cancel stays CancelledError")
    async with asyncio.timeout_at(loop.time() + 1) as cm:
        async with asyncio.timeout(0.5) as inner_cm:
            try:
                await asyncio.sleep(2)
            except asyncio.CancelledError:
                print("inner sees CancelledError")
                raise
    print("unreached")

try:
    asyncio.run(main())
except TimeoutError:
    print("TimeoutError escaped")
print(asyncio.exceptions.CancelledError is asyncio.CancelledError)
r = asyncio.Runner()
r.close()
print(r.run(asyncio.sleep(0, result="still runs")))
r.close()
)~", vtime());
    CHECK(c.result.ok);
    CHECK(c.out == R"~(0.2 unhandled errors in a TaskGroup (1 sub-exception) 'unhandled errors in a TaskGroup'
   ExceptionGroup unhandled errors in a TaskGroup (1 sub-exception)
split match: unhandled errors in a TaskGroup (1 sub-exception) rest: None
subgroup ValueError: None
subgroup TypeError: None
subgroup lambda: True
derive: unhandled errors in a TaskGroup (1 sub-exception)
ExceptionGroup('two', [ValueError(1), TypeError(2)]) two True True
one (1 sub-exception)
caught as Exception: ExceptionGroup raised (1 sub-exception)
1.2 outer cancel stays CancelledError
inner sees CancelledError
TimeoutError escaped
True
still runs
)~");
}
