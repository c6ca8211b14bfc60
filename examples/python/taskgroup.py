"""TaskGroup: structured concurrency

Tasks created in an `asyncio.TaskGroup` are all finished when the `async with` block is left: the
block waits for them (the idea of trio's nursery). If one task fails, the group cancels the others,
waits for them, and raises an `ExceptionGroup` holding the failures.
"""
import asyncio


async def fetch(i, delay):
    await asyncio.sleep(delay)
    return i * i


async def child(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print(f"{name} ok")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(i, 1 / (i + 1))) for i in range(4)]
        print("body done, children pending:", sum(not t.done() for t in tasks))
    print(f"{loop.time():.2f} results:", [t.result() for t in tasks])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a", 0.5))
            tg.create_task(child("b", 1, fail=True))
            tg.create_task(child("c", 2))
    except ExceptionGroup as eg:
        print("group failed:", [str(e) for e in eg.exceptions])


asyncio.run(main())
