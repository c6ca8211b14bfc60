# deadlock: two tasks take two locks in opposite orders.
import asyncio


async def transfer(name, first, second):
    async with first:
        await asyncio.sleep(0.01)
        async with second:
            print(name, "done")


async def main():
    a = asyncio.Lock()
    b = asyncio.Lock()
    await asyncio.gather(transfer("t1", a, b), transfer("t2", b, a))


asyncio.run(main())
