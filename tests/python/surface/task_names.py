# Task-N numbering as 3.11: asyncio.create_task(name=) and TaskGroup.create_task(name=) use up a number
import asyncio


async def w():
    await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(w(), name="x")
    b = asyncio.create_task(w())
    c = loop.create_task(w(), name="y")
    d = asyncio.create_task(w())
    async with asyncio.TaskGroup() as tg:
        e = tg.create_task(w(), name="z")
        f = tg.create_task(w())
    g = asyncio.ensure_future(w())
    h = asyncio.create_task(coro=w(), name=42)
    i = loop.create_task(w())
    await asyncio.gather(a, b, c, d, g, h, i)
    print([t.get_name() for t in (a, b, c, d, e, f, g, h, i)])


asyncio.run(main())
