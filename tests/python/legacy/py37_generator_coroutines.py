# asyncio of Python 3.7: @asyncio.coroutine generators driven with `yield from` a future, a task
# and a coroutine; ensure_future/create_task of a generator; wait()/as_completed() of bare
# coroutines; loop= accepted everywhere; what 3.8+ added is missing. Run with --asyncio 3.7.
import asyncio

log = []


@asyncio.coroutine
def ticker(n):
    for i in range(n):
        log.append("tick %d" % i)
        yield from asyncio.sleep(0.1)
    return "ticked %d" % n


@asyncio.coroutine
def plain():  # not a generator: 3.7 wraps it into one
    return 42


async def native(x):
    await asyncio.sleep(0.05)
    return x * 2


@asyncio.coroutine
def legacy_main():
    loop = asyncio.get_event_loop()
    gen = ticker(3)
    print(type(gen).__name__, asyncio.iscoroutine(gen), asyncio.iscoroutinefunction(ticker))
    task = asyncio.ensure_future(gen)
    fut = loop.create_future()
    loop.call_later(0.15, fut.set_result, "future value")
    print("future:", (yield from fut))
    print("task:", (yield from task), log)
    print("plain:", (yield from plain()), asyncio.iscoroutinefunction(plain))
    print("native:", (yield from native(4)))
    t2 = loop.create_task(ticker(1))
    print("create_task:", (yield from t2))
    return "legacy done"


async def waits():
    loop = asyncio.get_event_loop()
    done, pending = await asyncio.wait([native(1), native(2)], loop=loop)
    print("wait:", sorted(t.result() for t in done), len(pending))
    coros = [asyncio.sleep(d, result=d, loop=loop) for d in (0.3, 0.1, 0.2)]
    done, pending = await asyncio.wait(coros, timeout=0.25, loop=loop)
    print("wait timeout:", sorted(t.result() for t in done), len(pending))
    for t in pending:
        t.cancel()
    order = []
    for f in asyncio.as_completed([native(3), asyncio.sleep(0.01, "first")], loop=loop):
        order.append((await f))
    print("as_completed:", order)
    print("gather:", await asyncio.gather(native(5), native(6), loop=loop))
    print("wait_for:", await asyncio.wait_for(native(7), 1, loop=loop))
    print("shield:", await asyncio.shield(native(8), loop=loop))
    q = asyncio.Queue(loop=loop)
    lock = asyncio.Lock(loop=loop)
    event = asyncio.Event(loop=loop)
    sem = asyncio.Semaphore(2, loop=loop)
    cond = asyncio.Condition(loop=loop)
    await q.put("item")
    async with lock, sem, cond:
        event.set()
        print("primitives:", await q.get(), lock.locked(), event.is_set(), isinstance(q, asyncio.Queue))
    try:
        await asyncio.wait(ticker(9))  # one generator coroutine, not a list
    except TypeError as e:
        print("TypeError:", e)


async def classmethods():  # 3.6's Task.current_task() / Task.all_tasks()
    child = asyncio.ensure_future(asyncio.sleep(1))
    await asyncio.sleep(0)
    me = asyncio.Task.current_task()
    print("Task classmethods:", me is asyncio.current_task(), me in asyncio.Task.all_tasks(),
          child in asyncio.Task.all_tasks(loop=asyncio.get_event_loop()))
    child.cancel()


loop = asyncio.get_event_loop()
print("result:", loop.run_until_complete(legacy_main()))
loop.run_until_complete(waits())
loop.run_until_complete(classmethods())
for name in ("TaskGroup", "timeout", "to_thread", "Runner"):
    print(name, hasattr(asyncio, name))
try:
    asyncio.TaskGroup
except AttributeError as e:
    print("AttributeError:", e)
