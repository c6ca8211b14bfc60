# realtime
# A Task refuses set_result()/set_exception() whatever its state or the argument (CPython's
# RuntimeError); loop.run_in_executor() takes keyword arguments for its own parameters only and
# names the first other one, as CPython's TypeError does (func's keywords go through a partial).
import asyncio
import functools


async def work():
    await asyncio.sleep(0)
    return 1


def greet(name, *, greeting="Hello"):
    return f"{greeting}, {name}"


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(work())
    for args in ((1,), (ValueError("x"),), (ValueError,), ("not an exception",)):
        for name, method in (("set_result", task.set_result), ("set_exception", task.set_exception)):
            try:
                method(*args)
            except RuntimeError as e:
                print(name, "pending:", e)
            except TypeError as e:
                print(name, "pending: TypeError", e)
    await task
    try:
        task.set_exception(KeyError("done"))
    except RuntimeError as e:
        print("done:", e)
    fut = loop.create_future()
    fut.set_result(5)
    try:
        fut.set_exception(KeyError("future"))
    except asyncio.InvalidStateError as e:
        print("future:", type(e).__name__, e)
    try:
        await loop.run_in_executor(None, greet, "Bob", greeting="Yo")
    except TypeError as e:
        print("TypeError:", e)
    try:
        await loop.run_in_executor(None, greet, "Bob", timeout=1, greeting="Yo")
    except TypeError as e:
        print("TypeError:", e)
    print(await loop.run_in_executor(None, functools.partial(greet, "Ann", greeting="Hi")))
    print(await loop.run_in_executor(None, func=functools.partial(greet, "Cy")))
    print(await loop.run_in_executor(executor=None, func=functools.partial(greet, "Di")))


asyncio.run(main())
