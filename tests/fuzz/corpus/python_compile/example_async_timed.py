"""The async_timed decorator

A decorator can wrap a coroutine function: the wrapper is itself a coroutine that prints a line on
the way in, awaits the original and prints how long it took on the way out, also when it fails. Two
tasks created together overlap: delay(2) and delay(3) take 3 seconds, not 5.
"""
import asyncio
import time


def async_timed(func):
    async def wrapped(*args):
        print(f"starting {func.__name__} with args {args}")
        start = time.perf_counter()
        try:
            return await func(*args)
        finally:
            print(f"finished {func.__name__} in {time.perf_counter() - start:.4f} second(s)")

    return wrapped


@async_timed
async def delay(seconds):
    print(f"sleeping for {seconds} second(s)")
    await asyncio.sleep(seconds)
    print(f"finished sleeping for {seconds} second(s)")
    return seconds


@async_timed
async def fails():
    await asyncio.sleep(0.5)
    raise RuntimeError("boom")


@async_timed
async def main():
    task_one = asyncio.create_task(delay(2))
    task_two = asyncio.create_task(delay(3))
    await task_one
    await task_two
    try:
        await fails()
    except RuntimeError as e:
        print("caught", e)


asyncio.run(main())
