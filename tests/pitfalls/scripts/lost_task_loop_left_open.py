# lost-task: the program ends with its loop open and a task nobody kept still waiting.
import asyncio


async def poll():
    while True:
        await asyncio.sleep(1)


async def main():
    asyncio.get_running_loop().create_task(poll())
    await asyncio.sleep(0.01)
    print("main done")


asyncio.get_event_loop().run_until_complete(main())
