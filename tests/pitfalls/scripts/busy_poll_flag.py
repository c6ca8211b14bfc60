# busy-loop: polling a flag with sleep(0) instead of waiting for an Event.
import asyncio

done = False


async def producer():
    global done
    await asyncio.sleep(0.05)
    done = True


async def main():
    task = asyncio.create_task(producer())
    while not done:
        await asyncio.sleep(0)
    await task
    print("finished")


asyncio.run(main())
