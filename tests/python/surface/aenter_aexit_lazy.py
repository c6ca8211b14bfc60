# The asynchronous context managers' __aenter__ / __aexit__ are coroutines, as in CPython: calling
# one does nothing until it is awaited (timeout, TaskGroup, Lock, Semaphore, Condition).
import asyncio


async def main():
    t = asyncio.timeout(1)
    enter = t.__aenter__()
    print(type(enter).__name__, asyncio.iscoroutine(enter), t)
    print(await enter is t, t.when())
    leave = t.__aexit__(None, None, None)
    print(t.expired(), await leave, t)
    try:
        await enter
    except RuntimeError as e:
        print("again:", e)

    lock = asyncio.Lock()
    await lock.acquire()
    release = lock.__aexit__(None, None, None)
    print(type(release).__name__, lock.locked())
    await release
    print(lock.locked())
    acquire = lock.__aenter__()
    print(lock.locked(), await acquire, lock.locked())
    lock.release()

    sem = asyncio.Semaphore(1)
    taken = sem.__aenter__()
    print(sem.locked())
    await taken
    print(sem.locked())
    given = sem.__aexit__(None, None, None)
    print(sem.locked())
    await given
    print(sem.locked())

    cond = asyncio.Condition()
    async with cond:
        leave = cond.__aexit__(None, None, None)
        print(cond.locked())
        await leave
        print(cond.locked())
        await cond.acquire()

    tg = asyncio.TaskGroup()
    enter = tg.__aenter__()
    try:
        tg.create_task(asyncio.sleep(0))
    except RuntimeError as e:
        print("not entered:", e)
    print(await enter is tg)
    task = tg.create_task(asyncio.sleep(0.1, result="slept"))
    await tg.__aexit__(None, None, None)
    print(task.result())

    # the usual forms still work
    try:
        async with asyncio.timeout(0.5):
            await asyncio.sleep(2)
    except TimeoutError:
        print("timed out at", asyncio.get_running_loop().time())
    async with asyncio.TaskGroup() as group:
        results = [group.create_task(asyncio.sleep(d, result=d)) for d in (0.2, 0.1)]
    print([r.result() for r in results])
    async with lock:
        print("inside", lock.locked())
    print("after", lock.locked())

    # made and dropped, never awaited: nothing happens
    asyncio.timeout(0.1).__aenter__()
    await asyncio.sleep(0.3)
    print("still running")


asyncio.run(main())
