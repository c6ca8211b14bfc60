# nest_asyncio: before apply() a nested run is CPython's RuntimeError; after it,
# run_until_complete and asyncio.run inside the running loop (from a task or a callback) run it
# nested, other tasks go on meanwhile, errors propagate, and the current task is kept.
import asyncio
import nest_asyncio


async def inner(x):
    await asyncio.sleep(0.1)
    return x + 1


async def failing():
    await asyncio.sleep(0)
    raise ValueError("inner failure")


async def sibling(log):
    for i in range(3):
        log.append("sibling %d" % i)
        await asyncio.sleep(0.05)


async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    coro = inner(0)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("before apply:", e)
    coro.close()
    nest_asyncio.apply()
    log = []
    task = asyncio.ensure_future(sibling(log))
    print("nested run_until_complete:", loop.run_until_complete(inner(1)))
    print("nested asyncio.run:", asyncio.run(inner(2)))
    print("sibling ran meanwhile:", log)
    await task
    print("time: %.2f" % loop.time(), asyncio.current_task() is me)

    def callback():
        print("from a callback:", loop.run_until_complete(inner(3)), "at %.2f" % loop.time())

    loop.call_soon(callback)
    await asyncio.sleep(0.5)
    try:
        loop.run_until_complete(failing())
    except ValueError as e:
        print("nested error:", e)
    return "main done at %.2f" % loop.time()


print(asyncio.run(main()))
