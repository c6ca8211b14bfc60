# asyncio's primitives no longer take loop= (removed in Python 3.10): CPython 3.11's TypeError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for cls in (asyncio.Queue, asyncio.PriorityQueue, asyncio.LifoQueue, asyncio.Lock,
                asyncio.Event, asyncio.Semaphore, asyncio.BoundedSemaphore, asyncio.Condition):
        try:
            cls(loop=loop)
            print(cls.__name__, "accepted loop=")
        except TypeError as e:
            print(cls.__name__, "->", e)
    try:
        asyncio.Barrier(2, loop=loop)
    except TypeError as e:
        print("Barrier ->", e)
    try:
        asyncio.Queue(maxsize=2, timeout=1)
    except TypeError as e:
        print("Queue(timeout=) ->", e)
    # what they do take
    q = asyncio.Queue(maxsize=2)
    s = asyncio.Semaphore(value=3)
    b = asyncio.BoundedSemaphore(value=1)
    lock = asyncio.Lock()
    c = asyncio.Condition(lock=lock)
    bar = asyncio.Barrier(parties=1)
    print(q.maxsize, s.locked(), b.locked(), c.locked(), bar.parties)
    await q.put(1)
    async with c:
        print("condition held", lock.locked())
    print(await q.get())


asyncio.run(main())


async def gathered():
    try:
        await asyncio.gather(loop=asyncio.get_running_loop())
    except TypeError as e:
        print("gather ->", e)
    print(await asyncio.gather(asyncio.sleep(0, "x"), return_exceptions=True))


asyncio.run(gathered())
