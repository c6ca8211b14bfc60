"""Cancelling a polled task

`task.done()` lets a coroutine check on a task without waiting for it. `task.cancel()` asks the task
to stop: a `CancelledError` is thrown into it at its current `await`, its `finally` blocks run, and
whoever awaits it afterwards gets `CancelledError` too.
"""
import asyncio


async def long_task():
    try:
        print("long task: working for 10 seconds")
        await asyncio.sleep(10)
        print("long task: finished (never printed)")
    finally:
        print("long task: cleaning up")


async def main():
    task = asyncio.create_task(long_task())
    seconds = 0
    while not task.done():
        print(f"task not finished, checking again in a second ({seconds})")
        await asyncio.sleep(1)
        seconds += 1
        if seconds == 5:
            print("cancel ->", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("our task was cancelled")
    print("cancelled:", task.cancelled())


asyncio.run(main())
