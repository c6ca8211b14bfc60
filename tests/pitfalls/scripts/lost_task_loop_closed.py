# lost-task: 3.7-style code closes its loop while fire-and-forget tasks still wait.
import asyncio


async def save(n):
    await asyncio.sleep(1)
    print("saved", n)


async def main():
    for n in range(2):
        asyncio.ensure_future(save(n))
    await asyncio.sleep(0.01)
    print("main done")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
