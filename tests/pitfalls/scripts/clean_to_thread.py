# clean: blocking work goes to a thread; time.sleep outside the event loop.
import asyncio
import time


def blocking(n):
    time.sleep(0.02)
    return n + 1


async def main():
    print(await asyncio.to_thread(blocking, 1))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 2))


time.sleep(0.01)
asyncio.run(main())
