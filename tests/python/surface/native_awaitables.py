# asyncio's native awaitables (what the engine writes in C where CPython writes a coroutine:
# sleep, the primitives' and queues' methods, wait_for, wait, as_completed's items, __aexit__...)
# behave as CPython's coroutines: awaiting one twice or after close() is a RuntimeError, send()
# and throw() before the first step, close() while waiting cleans up as the coroutine's finally
# blocks do, a coroutine closed while awaiting one closes it, cancellation in each state.
import asyncio


def masked(obj):
    return repr(obj).split(" at ")[0]


async def closed_then_awaited(make, label):
    aw = make()
    aw.close()
    try:
        await aw
    except RuntimeError as e:
        print(label, "RuntimeError:", e)


async def protocol():
    lock = asyncio.Lock()
    q = asyncio.Queue()
    ev = asyncio.Event()
    await closed_then_awaited(lambda: asyncio.sleep(0), "sleep")
    await closed_then_awaited(lambda: q.put(1), "put")
    await closed_then_awaited(lambda: ev.wait(), "event wait")
    await closed_then_awaited(lambda: asyncio.wait_for(asyncio.sleep(0), 1), "wait_for")

    # awaited twice
    a = lock.acquire()
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock.release()

    # close() while waiting: the waiter goes (a later put is not lost)
    g = q.get()
    fut = g.send(None)
    print("yielded a future:", isinstance(fut, asyncio.Future))
    g.close()
    print("getters after close:", "_getters" in repr(q))
    q.put_nowait(5)
    print("got", await q.get())
    g.close()

    # throw into a fresh one: it comes out and nothing happened
    p = q.put(7)
    try:
        p.throw(ValueError("boom"))
    except ValueError as e:
        print("ValueError:", e, q.qsize())
    try:
        await p
    except RuntimeError as e:
        print("RuntimeError:", e)

    # send
    s = asyncio.sleep(0)
    try:
        s.send(1)
    except TypeError as e:
        print("TypeError:", e)
    print(s.send(None))
    try:
        s.send(None)
    except StopIteration as e:
        print("StopIteration", e.value)

    # __aexit__'s awaitable is a coroutine create_task takes
    await lock.acquire()
    t = asyncio.create_task(lock.__aexit__(None, None, None))
    await t
    print("locked:", lock.locked(), asyncio.iscoroutine(lock.__aexit__), type(asyncio.wait([])).__name__)

    # cancelled while waiting on a queue: CancelledError, and the queue is fine
    async def getter():
        return await q.get()
    t = asyncio.create_task(getter())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("getter cancelled", repr(q).split(" at ")[1].split(" ", 1)[1])

    # cancelled during sleep(0) and sleep(1)
    for d in (0, 1):
        t = asyncio.create_task(asyncio.sleep(d, "r"))
        await asyncio.sleep(0)
        t.cancel()
        try:
            print(await t)
        except asyncio.CancelledError:
            print("sleep", d, "cancelled")

    # a coroutine closed while it awaits a lock: the lock's waiter goes
    await lock.acquire()

    async def waiter():
        await lock.acquire()
    c = waiter()
    c.send(None)
    print(masked(lock))
    c.close()
    print(repr(lock).split("[")[1])
    lock.release()
    print(lock.locked())


async def cancellation_and_close():
    # Condition.wait closed while waiting: the lock is taken back (CPython's finally)
    cond = asyncio.Condition()

    async def cwait():
        async with cond:
            await cond.wait()
    c = cwait()
    c.send(None)
    print("locked while waiting:", cond.locked())
    try:
        c.close()
    except BaseException as e:
        print("close raised", type(e).__name__)
    print("locked after close:", cond.locked())

    # Barrier.wait closed while waiting
    b = asyncio.Barrier(2)
    w = b.wait()
    w.send(None)
    print("waiting:", b.n_waiting)
    w.close()
    print("after close:", b.n_waiting, b.broken)

    # wait_for: cancelled while the inner future is done keeps its outcome
    fut = asyncio.get_running_loop().create_future()

    async def wf():
        return await asyncio.wait_for(fut, 5)
    t = asyncio.create_task(wf())
    await asyncio.sleep(0)
    fut.set_result("inner result")
    t.cancel()
    try:
        print("wait_for:", await t)
    except asyncio.CancelledError:
        print("wait_for cancelled")

    # wait_for times out
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.5)
    except TimeoutError as e:
        print("timeout", type(e.__cause__).__name__)

    # wait() and as_completed() items closed / awaited again
    t1 = asyncio.create_task(asyncio.sleep(1, "one"))
    w = asyncio.wait([t1])
    w.close()
    try:
        await w
    except RuntimeError as e:
        print("wait:", e)
    for item in asyncio.as_completed([t1]):
        it = item
        print("as_completed:", await item)
    try:
        await it
    except RuntimeError as e:
        print("as_completed item:", e)
    t2 = asyncio.create_task(asyncio.sleep(1, "two"))
    gen = asyncio.as_completed([t2])
    item = next(gen)
    item.send(None)
    item.close()
    print("closed item; t2 done:", t2.done())
    print(await t2)

    # TaskGroup exit cancelled while it waits
    async def body():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(1))
    t = asyncio.create_task(body())
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("taskgroup body cancelled", t.cancelled())

    # timeout() around a queue get
    q = asyncio.Queue()
    try:
        async with asyncio.timeout(0.5):
            await q.get()
    except TimeoutError:
        print("queue get timed out", q.empty())

    # a Semaphore acquire thrown into while waiting hands the permit on
    sem = asyncio.Semaphore(0)

    async def acq(n):
        await sem.acquire()
        print("acquired", n)
    t1 = asyncio.create_task(acq(1))
    t2 = asyncio.create_task(acq(2))
    await asyncio.sleep(0)
    sem.release()
    t1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t1.cancelled(), t2.done())

    # Event.wait as a task's coroutine
    ev = asyncio.Event()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    ev.set()
    print("event:", await t)
    print("sleep as task:", await asyncio.create_task(asyncio.sleep(0.1, "slept")))
    print("gather:", await asyncio.gather(asyncio.sleep(0, 1), q.put(3), q.get(), asyncio.wait_for(asyncio.sleep(0, 2), 1)))


async def resumed_too_early():
    # send(None) again before the awaited future is done: Future.__await__'s RuntimeError, and the
    # operation cleans up (the queue keeps no getter, the sleep's timer is cancelled)
    q = asyncio.Queue()
    for name, aw in (("get", q.get()), ("sleep", asyncio.sleep(5))):
        try:
            aw.send(None)
            aw.send(None)
        except RuntimeError as e:
            print(name, "RuntimeError:", e)
    lock = asyncio.Lock()
    await lock.acquire()
    a = lock.acquire()
    a.send(None)
    try:
        a.send(None)
    except RuntimeError as e:
        print("lock waiter RuntimeError:", e)
    lock.release()
    print("locked:", lock.locked(), "getters:", "_getters" in repr(q))
    q.put_nowait(1)
    print(await q.get(), asyncio.get_running_loop().time())


async def main():
    await protocol()
    await cancellation_and_close()
    await resumed_too_early()


asyncio.run(main())
