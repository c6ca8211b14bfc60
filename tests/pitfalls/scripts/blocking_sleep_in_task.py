# blocking-call: time.sleep inside a coroutine holds the loop; the ticker cannot run meanwhile.
import asyncio
import time


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.01)


async def slow_io():
    print("fetching")
    time.sleep(0.05)
    print("fetched")


async def main():
    await asyncio.gather(ticker(), slow_io())


asyncio.run(main())
