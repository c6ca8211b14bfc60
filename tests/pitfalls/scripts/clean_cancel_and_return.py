# clean: main cancels its background task and returns without awaiting it; a kept task finishes.
import asyncio

background = set()


async def ticker():
    while True:
        await asyncio.sleep(0.01)


async def job():
    await asyncio.sleep(0.02)
    print("job done")


async def main():
    t = asyncio.create_task(ticker())
    kept = asyncio.create_task(job())
    background.add(kept)
    kept.add_done_callback(background.discard)
    await asyncio.sleep(0.05)
    t.cancel()
    print("main done")


asyncio.run(main())
