# A native awaitable stands for CPython's coroutine of that name: asyncio.sleep(1) is
# `<coroutine object sleep at 0x...>` with __name__ 'sleep', and a task over it shows
# `coro=<sleep() running at .../asyncio/tasks.py:649>` as CPython 3.11's (file names replaced).
import asyncio
import re


def show(obj):
    text = re.sub(r"0x[0-9a-f]+", "0x", repr(obj))
    print(re.sub(r"[^ <\[]*/asyncio/", "LIB/asyncio/", text))


async def main():
    c = asyncio.sleep(1)
    print(type(c).__name__, c.__name__, c.__qualname__, asyncio.iscoroutine(c))
    show(c)
    t = asyncio.create_task(c)
    show(t)
    await asyncio.sleep(0)
    show(t)
    t0 = asyncio.create_task(asyncio.sleep(0))
    await asyncio.sleep(0)
    show(t0)
    await asyncio.sleep(0)
    show(t0)
    t.cancel()
    await asyncio.sleep(0)
    show(t)
    t3 = asyncio.create_task(asyncio.sleep(0.5, result=3))
    await asyncio.sleep(1)
    show(t3)
    early = asyncio.create_task(asyncio.sleep(1))
    early.cancel()
    await asyncio.sleep(0)
    show(early)
    q = asyncio.Queue(1)
    g = q.get()
    print(g.__name__, g.__qualname__)
    show(g)
    getter = asyncio.create_task(g)
    show(getter)
    await asyncio.sleep(0)
    show(getter)
    await q.put(1)
    await q.put(2)
    putter = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    show(getter)
    show(putter)
    print(await getter)
    show(await asyncio.wait_for(q.get(), 1))
    await asyncio.sleep(0)
    show(putter)


asyncio.run(main())
