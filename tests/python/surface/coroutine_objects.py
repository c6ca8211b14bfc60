# Coroutine objects: cr_frame/cr_code, and the runtime's own awaitables count as coroutines
import asyncio
import inspect


async def work(n):
    await asyncio.sleep(n)
    return n


async def main():
    c = work(0)
    print(type(c).__name__, c.cr_running, c.cr_frame is not None, c.cr_code.co_name, c.cr_code.co_argcount)
    print(c.cr_frame.f_code.co_name, c.cr_frame.f_lineno)
    print(await c, c.cr_frame)
    q = asyncio.Queue()
    for aw in (asyncio.sleep(0), q.put(1), q.get(), asyncio.Lock().acquire(), asyncio.Event().wait()):
        print(type(aw).__name__, asyncio.iscoroutine(aw), inspect.iscoroutine(aw), inspect.isawaitable(aw))
    print(asyncio.iscoroutine(iter([])), inspect.iscoroutine(work), asyncio.iscoroutinefunction(work))
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    loop.set_debug(False)
    loop.slow_callback_duration = 0.25
    print(loop.get_debug(), loop.slow_callback_duration)


def first():
    asyncio.run(main(), debug=True)
    for bad in (work, 42, "x"):
        try:
            asyncio.run(bad)
        except ValueError as e:
            print("ValueError:", str(e).split(" at 0x")[0])
    loop = asyncio.new_event_loop()
    print(loop.get_debug())
    loop.close()


first()
