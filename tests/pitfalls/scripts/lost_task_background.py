# lost-task: fire-and-forget tasks still running when main returns are dropped unseen.
import asyncio


async def save(n):
    await asyncio.sleep(1)
    print("saved", n)


async def main():
    for n in range(2):
        asyncio.create_task(save(n))
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
