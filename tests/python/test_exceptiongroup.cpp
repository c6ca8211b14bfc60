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
)~",
                    vtime());
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

TEST_CASE(
    "ExceptionGroup: nested split/subgroup by type, tuple and predicate; subclass; derive keeps the type "
    "rules") {
    auto c = run_py(
        R"~(# ExceptionGroup: nested split/subgroup by type, tuple and predicate; subclass; derive keeps the type rules
eg = ExceptionGroup("outer", [ValueError("v1"), ExceptionGroup("inner", [KeyError("k"), ValueError("v2")]), TypeError("t")])
def show(x):
    if x is None:
        return "None"
    if isinstance(x, BaseExceptionGroup):
        return f"{type(x).__name__}({x.message!r}, [{', '.join(show(e) for e in x.exceptions)}])"
    return repr(x)
m, r = eg.split(ValueError)
print(show(m)); print(show(r))
print(show(eg.subgroup((KeyError, TypeError))))
print(show(eg.subgroup(lambda e: isinstance(e, ValueError) and "2" in str(e))))
print(show(eg.split(lambda e: False)[0]), show(eg.split(lambda e: False)[1]) == show(eg))
print(eg.subgroup(BaseExceptionGroup) is eg, eg.split(Exception)[0] is eg)
class MyGroup(ExceptionGroup):
    pass
g = MyGroup("mine", [OSError("o")])
print(type(g).__name__, isinstance(g, ExceptionGroup), str(g), g.exceptions)
b = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("x")])
print(type(b).__name__, isinstance(b, Exception), show(b.subgroup(ValueError)))
try:
    eg.split(42)
except TypeError as e:
    print("TypeError:", e)
print(len(eg.exceptions), eg.args[0], str(ExceptionGroup("one", [ValueError()])))
)~",
        vtime());
    CHECK(c.result.ok);
    CHECK(c.out ==
          R"~(ExceptionGroup('outer', [ValueError('v1'), ExceptionGroup('inner', [ValueError('v2')])])
ExceptionGroup('outer', [ExceptionGroup('inner', [KeyError('k')]), TypeError('t')])
ExceptionGroup('outer', [ExceptionGroup('inner', [KeyError('k')]), TypeError('t')])
ExceptionGroup('outer', [ExceptionGroup('inner', [ValueError('v2')])])
None True
True True
MyGroup True mine (1 sub-exception) (OSError('o'),)
BaseExceptionGroup False ExceptionGroup('base', [ValueError('x')])
TypeError: expected a function, exception type or tuple of exception types
3 outer one (1 sub-exception)
)~");
}
