# reprs of the asyncio primitives and queues as CPython 3.11 prints them (addresses replaced)
import asyncio
import re


def show(obj):
    print(re.sub(r"0x[0-9a-f]+", "0xADDR", repr(obj)))


async def main():
    lock = asyncio.Lock()
    show(lock)
    await lock.acquire()
    show(lock)
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    show(lock)
    lock.release()
    await waiter
    lock.release()
    event = asyncio.Event()
    show(event)
    w = asyncio.create_task(event.wait())
    await asyncio.sleep(0)
    show(event)
    event.set()
    show(event)
    await w
    sem = asyncio.Semaphore(2)
    show(sem)
    await sem.acquire()
    await sem.acquire()
    show(sem)
    s = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    show(sem)
    sem.release()
    await s
    show(asyncio.BoundedSemaphore(3))
    cond = asyncio.Condition()
    show(cond)
    async with cond:
        show(cond)
    barrier = asyncio.Barrier(2)
    show(barrier)
    b = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    show(barrier)
    await barrier.wait()
    show(barrier)
    await b
    show(barrier)
    await barrier.abort()
    show(barrier)
    q = asyncio.Queue()
    show(q)
    print(q)
    q.put_nowait(1)
    q.put_nowait(2)
    show(q)
    print(q)
    q.get_nowait()
    q.task_done()
    show(q)
    bounded = asyncio.Queue(maxsize=1)
    bounded.put_nowait("a")
    p = asyncio.create_task(bounded.put("b"))
    await asyncio.sleep(0)
    show(bounded)
    empty = asyncio.LifoQueue()
    g = asyncio.create_task(empty.get())
    await asyncio.sleep(0)
    show(empty)
    empty.put_nowait(3)
    await g
    pq = asyncio.PriorityQueue()
    for item in (5, 1, 4, 2):
        pq.put_nowait(item)
    print(pq)
    bounded.get_nowait()
    await p


asyncio.run(main())
