# reprs of Task and Future as CPython 3.11 prints them (file names replaced by FILE)
import asyncio


def show(obj):
    print(repr(obj).replace(__file__, "FILE"))


async def worker(delay):
    await asyncio.sleep(delay)
    return delay * 2


async def failing():
    await asyncio.sleep(0)
    raise ValueError("boom")


async def awaiting(task):
    return await task


def on_done(fut):
    pass


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    show(fut)
    fut.add_done_callback(on_done)
    show(fut)
    fut.add_done_callback(lambda f: None)
    fut.add_done_callback(on_done)
    show(fut)
    fut.set_result(42)
    show(fut)
    await asyncio.sleep(0)
    f2 = loop.create_future()
    f2.set_exception(KeyError("k"))
    show(f2)
    f2.exception()
    f3 = loop.create_future()
    f3.cancel()
    show(f3)
    t = asyncio.create_task(worker(1))
    show(t)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t)
    t2 = asyncio.create_task(failing(), name="bad")
    await asyncio.sleep(0.01)
    show(t2)
    t2.exception()
    t3 = asyncio.create_task(worker(5))
    await asyncio.sleep(0)
    t3.cancel()
    show(t3)
    await asyncio.sleep(0)
    show(t3)
    inner = asyncio.create_task(worker(3))
    outer = asyncio.create_task(awaiting(inner))
    await asyncio.sleep(0)
    show(outer)
    show(inner)
    await outer


asyncio.run(main())
