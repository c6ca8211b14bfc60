"""CPU-bound work stalls the loop

The event loop runs one task at a time on one thread. A long computation without any `await` keeps
every other task from running: the ticker below gets no turn while `crunch()` counts. Split heavy
work into pieces with `await asyncio.sleep(0)` between them, or move it to an executor.
"""
import asyncio

ticks = 0


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


def crunch(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


async def crunch_politely(n, chunk):
    total = 0
    for start in range(0, n, chunk):
        for i in range(start, min(n, start + chunk)):
            total += i * i
        await asyncio.sleep(0)  # let the other tasks run between chunks
    return total


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    before = ticks
    result = crunch(200000)
    print(f"crunch -> {result}; ticks during it: {ticks - before}")
    before = ticks
    result = await crunch_politely(200000, 20000)
    print(f"crunch_politely -> {result}; ticks during it: {ticks - before}")
    t.cancel()


asyncio.run(main())
