# cancel-swallowed: the worker catches CancelledError and returns normally.
import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cancel ignored")
    return "finished anyway"


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    task.cancel()
    print(await task)


asyncio.run(main())
