"""gather: run coroutines concurrently

`asyncio.gather()` wraps each coroutine in a task, runs them all at once and returns their results
in argument order, not in the order they finished. The whole call takes as long as the slowest
worker, not the sum of all of them.
"""
import asyncio


async def worker(name, delay):
    print(f"{name} starts, will take {delay}s")
    await asyncio.sleep(delay)
    print(f"{name} done")
    return f"{name}:{delay}"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(worker("A", 3), worker("B", 1), worker("C", 2))
    print("results:", results)
    print(f"took {loop.time() - start:.1f}s, not 6s")
    results = await asyncio.gather(*(worker(f"W{i}", 1) for i in range(3)))
    print("results:", results)


asyncio.run(main())
