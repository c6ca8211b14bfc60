# wait_for(aw, timeout), wait(fs) and as_completed's awaitables stand for CPython's coroutines: their
# names, reprs and a task's coro=<wait_for() running at .../tasks.py:476> (file names replaced).
import asyncio, re
def show(obj):
    text = re.sub(r"0x[0-9a-f]+", "0x", repr(obj))
    print(re.sub(r"[^ <\[]*/asyncio/", "LIB/asyncio/", text))
async def work(n):
    await asyncio.sleep(n)
    return n
async def main():
    c = asyncio.wait_for(work(1), 5)
    print(c.__qualname__); show(c)
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t)
    w = asyncio.wait([asyncio.create_task(work(1))])
    print(w.__qualname__); show(w)
    t = asyncio.create_task(w)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t)
    for f in asyncio.as_completed([work(1)]):
        print(f.__qualname__); show(f)
        print(await f)
asyncio.run(main())
