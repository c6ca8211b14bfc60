# asyncio's functions that CPython writes in Python are `function`s (printed <function sleep at
# 0x...>) with CPython's __module__; get_event_loop and get_running_loop are _asyncio's builtins.
import asyncio
import re


def show(obj):
    print(re.sub(r"0x[0-9a-f]+", "0x", repr(obj)))


NAMES = ("all_tasks as_completed create_task current_task ensure_future gather iscoroutine "
         "iscoroutinefunction isfuture new_event_loop open_connection run run_coroutine_threadsafe "
         "set_event_loop shield sleep start_server timeout timeout_at to_thread wait wait_for wrap_future "
         "get_event_loop_policy set_event_loop_policy create_subprocess_exec create_subprocess_shell "
         "get_event_loop get_running_loop").split()

for name in NAMES:
    fn = getattr(asyncio, name)
    print(name, type(fn).__name__, fn.__name__, fn.__qualname__, fn.__module__,
          asyncio.iscoroutinefunction(fn), callable(fn))
show(asyncio.sleep)
show(asyncio.gather)
show(asyncio.run)
show(asyncio.get_running_loop)
print(type(asyncio.sleep) is type(asyncio.gather), type(asyncio.sleep).__name__)
print(type(asyncio.get_running_loop).__name__)


async def main():
    try:
        await asyncio.sleep
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.gather
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.sleep(0.1, result="slept"))
    print(await asyncio.gather(asyncio.sleep(0, 1), asyncio.sleep(0, 2)))
    print(asyncio.iscoroutine(asyncio.sleep), asyncio.isfuture(asyncio.sleep))
    loop = asyncio.get_running_loop()
    print(asyncio.isfuture(loop.create_future()))
    async with asyncio.timeout_at(loop.time() + 1):
        await asyncio.sleep(0)
    print("done")


asyncio.run(main())
