"""A blocking sleep stalls every task

`time.sleep()` blocks the whole thread, and with it the event loop: the ticker below misses its
ticks for two seconds, and two "parallel" tasks that each block take the sum of their times. Use
`await asyncio.sleep()` to wait, and `asyncio.to_thread()` for blocking calls.
"""
import asyncio
import time


async def ticker():
    for _ in range(6):
        print(f"tick at {time.perf_counter():.2f}")
        await asyncio.sleep(0.5)


async def blocker():
    await asyncio.sleep(0.6)
    print(f"blocking for 2s at {time.perf_counter():.2f}")
    time.sleep(2)
    print(f"unblocked at {time.perf_counter():.2f}")


async def block(name, seconds):
    time.sleep(seconds)
    print(f"{name} done at {time.perf_counter():.2f}")


async def main():
    await asyncio.gather(ticker(), blocker())
    start = time.perf_counter()
    await asyncio.gather(block("x", 1.25), block("y", 1.25))
    print(f"two blocking tasks took {time.perf_counter() - start:.2f}s, not 1.25s")


asyncio.run(main())
