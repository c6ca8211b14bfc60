# lost-task: a background task nobody keeps waits on a future nobody will ever set.
import asyncio


async def listen():
    reply = asyncio.get_running_loop().create_future()
    print("listening")
    await reply


async def main():
    asyncio.create_task(listen())
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
