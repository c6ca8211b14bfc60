# slow-step: a coroutine computes for a long time without awaiting.
import asyncio


async def crunch(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


async def main():
    print(await crunch(6_000_000))


asyncio.run(main())
