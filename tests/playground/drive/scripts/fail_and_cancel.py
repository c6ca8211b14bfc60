import asyncio


async def boom():
    await asyncio.sleep(0.5)
    raise ValueError("bad value")


async def forever():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(forever())
    b = asyncio.create_task(boom())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await b
    except ValueError as e:
        print("caught", e)
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")


asyncio.run(main())
