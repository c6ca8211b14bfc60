# deadlock: the consumer waits for an event nobody will ever set.
import asyncio


async def consumer(ready):
    print("waiting")
    await ready.wait()
    print("never printed")


async def main():
    ready = asyncio.Event()
    await consumer(ready)


asyncio.run(main())
