// wait_for, wait, as_completed, shield, all_tasks for Python scripts (expected output: CPython 3.11.7 under the virtual clock).
#include <doctest/doctest.h>

#include "support.hpp"

namespace {
loopscope::python::EngineOptions vtime() {
    loopscope::python::EngineOptions o;
    o.virtual_time = true;
    return o;
}
}  // namespace

TEST_CASE("wait_for: cancellation while waiting waits for the inner task's cleanup; Task-N names unchanged") {
    auto c = run_py(
        R"~(# wait_for: cancellation while waiting waits for the inner task's cleanup; Task-N names unchanged
import asyncio

log = []

async def inner(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print(f"{asyncio.get_running_loop().time():.2f} {name} cleanup start")
        await asyncio.sleep(0.3)
        print(f"{asyncio.get_running_loop().time():.2f} {name} cleanup end")
        raise

async def ticker():
    for i in range(6):
        print(f"tick {i}")
        await asyncio.sleep(0)

async def outer():
    try:
        return await asyncio.wait_for(inner("x", 5), 10)
    except asyncio.CancelledError as e:
        print(f"{asyncio.get_running_loop().time():.2f} outer cancelled args={e.args}")
        raise

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(outer())
    await asyncio.sleep(1)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError:
        print(f"{loop.time():.2f} t cancelled {t.cancelled()}")
    t2 = asyncio.create_task(ticker())
    try:
        await asyncio.wait_for(inner("y", 5), 0.5)
    except TimeoutError as e:
        print(f"{loop.time():.2f} timeout {type(e).__name__}")
    await t2
    print("names:", sorted(x.get_name() for x in [t, t2]))
    print("current:", asyncio.current_task().get_name())
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, "late")
    print(await asyncio.wait_for(fut, 1))
    f2 = loop.create_future()
    f2.set_exception(KeyError("k"))
    try:
        await asyncio.wait_for(f2, 1)
    except KeyError as e:
        print("keyerror", repr(e))
    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed"
    print(await asyncio.wait_for(swallow(), 0.1))
    print(f"{loop.time():.2f} end", len(asyncio.all_tasks()))

asyncio.run(main())
)~",
        vtime());
    CHECK(c.result.ok);
    CHECK(c.out == R"~(1.00 x cleanup start
1.30 x cleanup end
1.30 outer cancelled args=('stop it',)
1.30 t cancelled True
tick 0
tick 1
tick 2
tick 3
tick 4
tick 5
1.80 y cleanup start
2.10 y cleanup end
2.10 timeout TimeoutError
names: ['Task-2', 'Task-4']
current: Task-1
late
keyerror KeyError('k')
swallowed
2.40 end 1
)~");
}

TEST_CASE(
    "wait: FIRST_EXCEPTION, duplicates, bad args; as_completed timeout and order; shield cancelled inner") {
    auto c = run_py(
        R"~(# wait: FIRST_EXCEPTION, duplicates, bad args; as_completed timeout and order; shield cancelled inner
import asyncio

async def job(n, fail=False):
    await asyncio.sleep(n)
    if fail:
        raise ValueError(f"job {n}")
    return n

async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(1)), asyncio.create_task(job(2, True)), asyncio.create_task(job(3))]
    done, pending = await asyncio.wait(ts + ts[:1], return_when=asyncio.FIRST_EXCEPTION)
    print(f"{loop.time():.1f}", len(done), len(pending))
    for bad in ([ts[0]], ts[0]):
        try:
            await asyncio.wait(bad, return_when="NOPE")
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    c = job(1)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError", e)
    c.close()
    done, pending = await asyncio.wait(ts)
    print(f"{loop.time():.1f}", len(done), len(pending))
    res = []
    for f in asyncio.as_completed([job(0.3), job(0.1), job(0.2, True)]):
        try:
            res.append(await f)
        except ValueError as e:
            res.append(str(e))
    print(res)
    inner = asyncio.create_task(job(1))
    s = asyncio.shield(inner)
    inner.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("shield cancelled:", s.cancelled(), inner.cancelled())
    inner2 = asyncio.create_task(job(0.5))
    s2 = asyncio.shield(inner2)
    s2.cancel()
    print("outer cancelled", s2.cancelled(), "inner done", inner2.done())
    print(await inner2)
    print(len(asyncio.all_tasks()), type(asyncio.all_tasks()).__name__)

asyncio.run(main())
)~",
        vtime());
    CHECK(c.result.ok);
    CHECK(c.out == R"~(2.0 2 1
ValueError Invalid return_when value: NOPE
TypeError expect a list of futures, not Task
TypeError Passing coroutines is forbidden, use tasks explicitly.
3.0 3 0
[0.1, 'job 0.2', 0.3]
shield cancelled: True True
outer cancelled True inner done False
0.5
1 set
)~");
}

TEST_CASE("as_completed: a cancelled awaiting task hands a wake-up on; timeout with nothing finished") {
    auto c =
        run_py(R"~(# as_completed: a cancelled awaiting task hands a wake-up on; timeout with nothing finished
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def consumer(it, log):
    try:
        v = await next(it)
        log.append(v)
    except asyncio.CancelledError:
        log.append("consumer cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    log = []
    it = iter(asyncio.as_completed([job(0.5), job(0.2)]))
    c = asyncio.create_task(consumer(it, log))
    await asyncio.sleep(0.1)
    c.cancel()
    await asyncio.sleep(0)
    print(log)
    print(await next(it), f"{loop.time():.1f}")
    try:
        for f in asyncio.as_completed([job(3)], timeout=0.5):
            await f
    except TimeoutError:
        print(f"{loop.time():.1f} TimeoutError")
    print(list(asyncio.as_completed([])))
    try:
        asyncio.as_completed(loop.create_future())
    except TypeError as e:
        print("TypeError:", e)
    tasks = [asyncio.create_task(job(d)) for d in (0.3, 0.1)]
    done, pending = await asyncio.wait(tasks, timeout=0.2)
    t = asyncio.create_task(asyncio.wait(pending))
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("wait cancelled; the awaited task is left alone:", tasks[0].cancelled(), tasks[0].done())
    print(await tasks[0], [x.get_name() for x in tasks], t.get_name())

asyncio.run(main())
)~",
               vtime());
    CHECK(c.result.ok);
    CHECK(c.out == R"~(['consumer cancelled']
0.2 0.2
0.7 TimeoutError
[]
wait cancelled; the awaited task is left alone: False False
0.3 ['Task-6', 'Task-7'] Task-8
)~");
}

TEST_CASE(
    "wait()/as_completed items as tasks' coroutines; gather of wait_for; shield of a shield; wait_for on a "
    "cancelled future") {
    auto c = run_py(
        R"~(# wait()/as_completed items as tasks' coroutines; gather of wait_for; shield of a shield; wait_for on a cancelled future
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(d)) for d in (0.2, 0.1)]
    w = asyncio.create_task(asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED))
    done, pending = await w
    print(f"{loop.time():.1f}", sorted(t.result() for t in done), len(pending), w.get_name())
    print(await asyncio.gather(asyncio.wait_for(job(0.1), 1), asyncio.wait_for(job(0.3), 1)))
    r = await asyncio.gather(asyncio.wait_for(job(2), 0.1), return_exceptions=True)
    print([type(x).__name__ for x in r])
    s = asyncio.shield(asyncio.shield(job(0.1)))
    print(await s)
    f = loop.create_future()
    f.cancel()
    try:
        await asyncio.wait_for(f, 1)
    except asyncio.CancelledError:
        print("cancelled future -> CancelledError", asyncio.current_task().cancelling())
    it = asyncio.as_completed([job(0.1)])
    t = asyncio.create_task(next(it))
    print(await t, t.get_name())
    print(sorted(x.get_name() for x in asyncio.all_tasks()))

asyncio.run(main())
)~",
        vtime());
    CHECK(c.result.ok);
    CHECK(c.out == R"~(0.1 [0.1] 1 Task-4
[0.1, 0.3]
['TimeoutError']
0.1
cancelled future -> CancelledError 0
0.1 Task-13
['Task-1']
)~");
}

TEST_CASE(
    "wait_for races: timeout 0 on a coroutine, inner finishing as the timer fires, cancel as inner "
    "finishes") {
    auto c = run_py(
        R"~(# wait_for races: timeout 0 on a coroutine, inner finishing as the timer fires, cancel as inner finishes
import asyncio

log = []

async def ticker(n):
    for i in range(n):
        log.append(f"t{i}")
        await asyncio.sleep(0)

async def quick(v):
    log.append(f"quick {v} runs")
    return v

async def at(d, v):
    await asyncio.sleep(d)
    log.append(f"at {v}")
    return v

async def main():
    loop = asyncio.get_running_loop()
    tk = asyncio.create_task(ticker(8))
    try:
        await asyncio.wait_for(quick(1), 0)
    except TimeoutError:
        log.append("timeout 0")
    await tk
    print(log); log.clear()
    tk = asyncio.create_task(ticker(8))
    try:
        print(await asyncio.wait_for(at(0.5, "same deadline"), 0.5))
    except TimeoutError:
        print("same deadline: the timer fires first")
    await tk
    print(log); log.clear()
    async def waiter():
        return await asyncio.wait_for(at(0.5, "w"), 2)
    w = asyncio.create_task(waiter())
    tk = asyncio.create_task(ticker(8))
    await asyncio.sleep(0.5)
    w.cancel()
    try:
        print("w result", await w)
    except asyncio.CancelledError:
        print("w cancelled")
    await tk
    print(log); log.clear()
    async def stubborn():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            log.append("stubborn cleanup")
            await asyncio.sleep(0.2)
            return "kept"
    w = asyncio.create_task(asyncio.wait_for(stubborn(), 1))
    await asyncio.sleep(1.1)
    w.cancel()
    try:
        print("w2", await w)
    except asyncio.CancelledError:
        print("w2 cancelled")
    print(f"{loop.time():.2f}", log)

asyncio.run(main())
)~",
        vtime());
    CHECK(c.result.ok);
    CHECK(c.out == R"~(['t0', 't1', 't2', 'timeout 0', 't3', 't4', 't5', 't6', 't7']
same deadline: the timer fires first
['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7']
w result w
['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7', 'at w']
w2 cancelled
2.10 ['stubborn cleanup']
)~");
}
