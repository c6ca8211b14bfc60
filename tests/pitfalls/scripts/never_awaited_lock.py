# never-awaited: lock.acquire() without await makes a coroutine that never runs.
import asyncio
import gc


async def main():
    lock = asyncio.Lock()
    lock.acquire()
    gc.collect()
    await asyncio.sleep(0)
    print("locked:", lock.locked())


asyncio.run(main())
