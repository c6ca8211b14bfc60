# unretrieved-exception: a background task fails and nobody looks at it.
import asyncio


async def fetch():
    await asyncio.sleep(0.01)
    raise ConnectionError("server went away")


async def main():
    task = asyncio.create_task(fetch())
    await asyncio.sleep(0.05)
    print("main done", task.done())


asyncio.run(main())
