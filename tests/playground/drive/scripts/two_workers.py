import asyncio


async def worker(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} done at {asyncio.get_running_loop().time():.1f}")


async def main():
    await asyncio.gather(worker("A", 1), worker("B", 2))
    print("all done")


asyncio.run(main())
