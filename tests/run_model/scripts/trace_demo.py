import asyncio
import time


async def inner():
    await asyncio.sleep(0.5)


async def chained():
    await inner()


async def waiter(fut):
    print("waiting for the future")
    value = await fut
    print("got", value)


async def main():
    fut = asyncio.get_running_loop().create_future()
    a = asyncio.create_task(chained(), name="chained")
    b = asyncio.create_task(waiter(fut), name="waiter")
    await asyncio.sleep(1)
    time.sleep(0.25)
    fut.set_result("it \"quoted\"\tvalue")
    await asyncio.gather(a, b)
    print("done")


asyncio.run(main())
