# Python subclasses of asyncio.Future and asyncio.Task: construct, await, own methods
import asyncio
class MyFuture(asyncio.Future):
    pass
class MyTask(asyncio.Task):
    pass
async def w():
    await asyncio.sleep(0)
    return 5
async def main():
    try:
        f = MyFuture()
        print(type(f).__name__, isinstance(f, asyncio.Future))
        asyncio.get_running_loop().call_soon(f.set_result, 3)
        print(await f)
    except Exception as e:
        print("future subclass:", type(e).__name__, e)
    try:
        t = MyTask(w())
        print(type(t).__name__, await t)
    except Exception as e:
        print("task subclass:", type(e).__name__, e)
asyncio.run(main())
