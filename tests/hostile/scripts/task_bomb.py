# expect: MemoryError
# args: --virtual-time --step-limit 25
# Millions of pending tasks (C++ objects of the loop, outside the Python heap) count against the
# run's memory cap: MemoryError at create_task, not a process grown until the OS kills it.
import asyncio


async def sleeper():
    await asyncio.sleep(1000)


async def main():
    while True:
        for _ in range(10000):
            asyncio.create_task(sleeper())
        await asyncio.sleep(0)

asyncio.run(main())
