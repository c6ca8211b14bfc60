"""Futures: a result that arrives later

A `Future` is a placeholder for a result someone will provide later. Any number of tasks can await
it; `set_result()` wakes them all. A plain callback can resolve it too (`loop.call_later`), and
awaiting a future that is already done gives its result at once.
"""
import asyncio


async def waiter(name, fut):
    print(f"{name} waits")
    value = await fut
    print(f"{name} got {value}")
    return value


async def setter(fut, delay, value):
    await asyncio.sleep(delay)
    print(f"setter: set_result({value})")
    fut.set_result(value)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    results = await asyncio.gather(waiter("w1", fut), waiter("w2", fut), setter(fut, 1, 42))
    print("results:", results, "done:", fut.done())
    print("awaiting it again:", await fut)

    fut2 = loop.create_future()
    loop.call_later(0.5, fut2.set_result, "from call_later")
    print(f"{loop.time():.1f}", await fut2)


asyncio.run(main())
