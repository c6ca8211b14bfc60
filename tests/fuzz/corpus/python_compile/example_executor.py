# realtime
"""Executors: blocking work on worker threads

Blocking calls must not run on the loop's thread. `loop.run_in_executor(pool, fn, *args)` runs fn on
a worker thread and returns a future at once, so other tasks keep running; `asyncio.to_thread(fn)`
does the same on the loop's default executor. Results and exceptions come back through the future.
"""
import asyncio
import concurrent.futures
import threading


def blocking(n):
    return n * n, threading.current_thread() is threading.main_thread()


def fails():
    raise OSError("disk on fire")


async def main():
    loop = asyncio.get_running_loop()
    value, in_main = await asyncio.to_thread(blocking, 7)
    print("to_thread:", value, "ran in the main thread:", in_main)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking, n) for n in range(4)))
        print("pool:", [r[0] for r in results])
        try:
            await loop.run_in_executor(pool, fails)
        except OSError as e:
            print("worker raised:", e)
    print("default executor:", await loop.run_in_executor(None, sum, [1, 2, 3]))


asyncio.run(main())
