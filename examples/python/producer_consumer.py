"""Producer and consumers with a Queue

Consumers block in `q.get()` until an item arrives; each calls `task_done()` once the item is
handled, and `q.join()` returns when every item put has been handled. Consumers that loop forever are
stopped by cancelling them.
"""
import asyncio


async def producer(q, n):
    loop = asyncio.get_running_loop()
    for i in range(n):
        await asyncio.sleep(0.3)
        await q.put(f"item{i}")
        print(f"{loop.time():.1f} produced item{i} (qsize {q.qsize()})")


async def consumer(name, q, handled):
    loop = asyncio.get_running_loop()
    while True:
        item = await q.get()
        await asyncio.sleep(0.5)
        handled.append((name, item))
        print(f"{loop.time():.1f} {name} handled {item}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    handled = []
    consumers = [asyncio.create_task(consumer(f"c{i}", q, handled)) for i in range(2)]
    await producer(q, 6)
    await q.join()
    print("all handled:", len(handled))
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print("consumers:", [type(r).__name__ for r in results])


asyncio.run(main())
