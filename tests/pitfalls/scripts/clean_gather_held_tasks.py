# clean: tasks kept in a list and gathered; a TaskGroup.
import asyncio


async def fetch(n):
    await asyncio.sleep(0.01 * n)
    return n * n


async def main():
    tasks = [asyncio.create_task(fetch(n)) for n in range(4)]
    print(await asyncio.gather(*tasks))
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(fetch(1))
        b = tg.create_task(fetch(2))
    print(a.result(), b.result())


asyncio.run(main())
