# clean: a CPU loop that yields with sleep(0) now and then (not a poll), next to a ticker.
import asyncio


async def crunch(n):
    total = 0
    for i in range(n):
        total += i % 7
        if i % 500 == 0:
            await asyncio.sleep(0)
    return total


async def ticker(stop):
    ticks = 0
    while not stop.is_set():
        ticks += 1
        await asyncio.sleep(0.001)
    return ticks > 0


async def main():
    stop = asyncio.Event()
    tick = asyncio.create_task(ticker(stop))
    print(await asyncio.gather(crunch(100_000), crunch(50_000)))
    stop.set()
    print(await tick)


asyncio.run(main())
