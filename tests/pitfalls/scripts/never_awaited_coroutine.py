# never-awaited: calling an async function without await does nothing.
import asyncio
import gc


async def save(record):
    print("saving", record)


async def main():
    save("a")
    gc.collect()
    await asyncio.sleep(0.01)
    print("done")


asyncio.run(main())
