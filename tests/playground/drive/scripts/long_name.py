import asyncio


async def a_coroutine_with_a_rather_long_name():
    await asyncio.sleep(0.5)


async def main():
    await asyncio.create_task(a_coroutine_with_a_rather_long_name())


asyncio.run(main())
