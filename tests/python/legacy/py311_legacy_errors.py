# Under the default asyncio (3.11), what 3.7-era scripts use fails as CPython 3.11 fails:
# no asyncio.coroutine, wait() refuses bare coroutines, loop= is gone; nested runs are refused.
import asyncio

try:
    asyncio.coroutine
except AttributeError as e:
    print("AttributeError:", e)


async def item(i):
    await asyncio.sleep(i)
    return i


async def main():
    coros = [item(1), item(2)]
    try:
        await asyncio.wait(coros)
    except TypeError as e:
        print("TypeError:", e)
    for c in coros:
        c.close()
    try:
        await asyncio.sleep(0.1, loop=asyncio.get_running_loop())
    except TypeError:
        print("sleep(loop=) TypeError")
    try:
        asyncio.Queue(loop=asyncio.get_running_loop())
    except TypeError:
        print("Queue(loop=) TypeError")
    try:
        asyncio.Task.all_tasks()
    except AttributeError:
        print("Task.all_tasks AttributeError")
    inner = item(0)
    try:
        asyncio.get_running_loop().run_until_complete(inner)
    except RuntimeError as e:
        print("RuntimeError:", e)
    inner.close()
    inner = item(0)
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print("RuntimeError:", e)
    inner.close()


asyncio.run(main())
