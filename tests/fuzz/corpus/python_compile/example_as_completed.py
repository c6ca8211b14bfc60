"""as_completed: results in the order they finish

`asyncio.as_completed()` starts every awaitable and hands back their results fastest first. With a
timeout it raises `TimeoutError` once the deadline has passed; the awaitables that were still
running are not cancelled for you.
"""
import asyncio


async def fetch(i, delay):
    await asyncio.sleep(delay)
    return i, delay


async def main():
    loop = asyncio.get_running_loop()
    coros = [fetch(i, d) for i, d in enumerate([0.3, 0.1, 0.2])]
    for fut in asyncio.as_completed(coros):
        i, d = await fut
        print(f"{loop.time():.1f}: got {i} (delay {d})")

    coros = [fetch(i, d) for i, d in enumerate([0.5, 2.0, 3.0])]
    try:
        for fut in asyncio.as_completed(coros, timeout=1.0):
            i, d = await fut
            print(f"{loop.time():.1f}: got {i} (delay {d})")
    except asyncio.TimeoutError:
        print(f"{loop.time():.1f}: timed out waiting for the rest")


asyncio.run(main())
