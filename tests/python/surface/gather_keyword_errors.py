# gather() takes one keyword, return_exceptions; any other (a typo such as return_exception) is
# CPython's TypeError naming it, and nothing is scheduled.
import asyncio


async def work(n):
    await asyncio.sleep(n)
    return n


async def main():
    for kwargs in ({"return_exception": True}, {"loop": None}, {"timeout": 1}):
        coro = work(0)
        try:
            await asyncio.gather(coro, **kwargs)
        except TypeError as e:
            print("TypeError:", e)
        coro.close()
    print(len(asyncio.all_tasks()))
    print(await asyncio.gather(work(0.1), work(0), return_exceptions=False))


asyncio.run(main())
