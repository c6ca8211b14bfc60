# The primitives' blocking methods stand for CPython's coroutines (Lock.acquire, Event.wait,
# Semaphore.acquire): their names and a task's coro=<...> with 3.11.7's lines (file names replaced).
import asyncio
import re


def show(obj):
    text = re.sub(r"0x[0-9a-f]+", "0x", repr(obj))
    print(re.sub(r"[^ <\[]*/asyncio/", "LIB/asyncio/", text))


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    acq = lock.acquire()
    print(acq.__qualname__)
    show(acq)
    t = asyncio.create_task(acq)
    await asyncio.sleep(0)
    show(t)
    lock.release()
    await asyncio.sleep(0)
    show(t)
    ev = asyncio.Event()
    w = asyncio.create_task(ev.wait())
    show(w)
    await asyncio.sleep(0)
    show(w)
    ev.set()
    await asyncio.sleep(0)
    show(w)
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    s = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    show(s)
    s.cancel()
    await asyncio.sleep(0)
    show(s)
    cond = asyncio.Condition()
    c = cond.acquire()
    show(c)
    c.close()


asyncio.run(main())
