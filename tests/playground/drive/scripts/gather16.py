import asyncio


async def worker(i):
    await asyncio.sleep(1 + i * 0.01)


async def main():
    await asyncio.gather(*[worker(i) for i in range(16)])


asyncio.run(main())
