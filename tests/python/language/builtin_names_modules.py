# __name__/__qualname__ of built-in methods read from their class (str.upper), and __module__ of
# built-in functions (print: builtins, math.sqrt: math, asyncio's: the module CPython defines them
# in), as decorators and logging helpers print them.
import asyncio
import functools
import math

for f in (str.upper, str.join, str.startswith, list.append, dict.get, bytes.hex, list.sort):
    print(f.__name__, f.__qualname__, f, type(f).__name__)
print(hasattr(str.upper, "__module__") and str.upper.__module__ is None or not hasattr(str.upper, "__module__"))

for f in (print, len, sorted, max, isinstance, getattr, hash, repr, iter, math.sqrt, math.floor):
    print(f"{f.__module__}.{f.__qualname__}", f.__name__)

for f in (asyncio.sleep, asyncio.gather, asyncio.run, asyncio.create_task, asyncio.wait_for, asyncio.to_thread,
          asyncio.wait, asyncio.shield, asyncio.as_completed, asyncio.current_task, asyncio.all_tasks,
          asyncio.ensure_future, asyncio.iscoroutine, asyncio.iscoroutinefunction, asyncio.isfuture,
          asyncio.new_event_loop, asyncio.set_event_loop, asyncio.get_event_loop, asyncio.get_running_loop,
          asyncio.wrap_future, asyncio.open_connection, asyncio.start_server, asyncio.timeout,
          asyncio.run_coroutine_threadsafe):
    print(f"{f.__module__}.{f.__qualname__}")


def traced(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        # a method descriptor has no __module__
        print(f"-> {getattr(func, '__module__', '?')}.{func.__qualname__}")
        return func(*args, **kwargs)

    return wrapper


shout = traced(str.upper)
pause = traced(asyncio.sleep)
total = traced(sum)
print(shout("hello"), total([1, 2, 3]), shout.__name__, pause.__qualname__, pause.__module__)


async def main():
    await pause(0.5)
    loop_time = traced(asyncio.get_running_loop)
    print(type(loop_time()).__name__ != "")
    print(await traced(asyncio.gather)(asyncio.sleep(0.1, result="a"), asyncio.sleep(0.2, result="b")))


asyncio.run(main())
