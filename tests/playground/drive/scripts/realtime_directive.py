# realtime
import asyncio
import time


def blocking():
    time.sleep(0.3)
    return 42


async def main():
    loop = asyncio.get_running_loop()
    print("got", await loop.run_in_executor(None, blocking))


asyncio.run(main())
