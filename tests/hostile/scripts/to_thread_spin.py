# expect: ok
# args: --virtual-time --step-limit 5
# A to_thread worker that never returns: asyncio.run's end waits the thread-exit timeout (5 s), says
# the worker was abandoned, and the run ends (CPython 3.11 would hang forever).
import asyncio


def spin():
    while True:
        pass


async def main():
    asyncio.create_task(asyncio.to_thread(spin))
    await asyncio.sleep(0.1)

asyncio.run(main())
print("ok")
