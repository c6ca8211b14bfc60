# busy-loop: polling task.done() with sleep(0) instead of awaiting the task.
import asyncio


async def download():
    await asyncio.sleep(0.05)
    return "data"


async def main():
    task = asyncio.create_task(download())
    while not task.done():
        await asyncio.sleep(0)
    print(task.result())


asyncio.run(main())
