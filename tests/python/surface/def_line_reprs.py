# The line a Task or Handle repr names for a coroutine or callback that has not run: CPython's
# co_firstlineno (the `def` line, or its first decorator's), whatever sits
# between it and the body, and the coroutine's or method's qualified name (files named FILE).
import asyncio
import functools


def show(obj):
    print(repr(obj).replace(__file__, "FILE"))


def logged(func):
    @functools.wraps(func)
    async def wrapper(*args):
        return await func(*args)
    return wrapper


async def documented(n):
    """A docstring between the def and the body."""
    await asyncio.sleep(n)


@logged
async def decorated(
    n,
    scale=1,
):
    # a comment before the body
    await asyncio.sleep(n * scale)


async def one_liner(n): await asyncio.sleep(n)


def callback(x): pass


class Service:
    def on_tick(self, x):
        return x

    async def run(self, n):
        def helper():
            return n
        await asyncio.sleep(helper())


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(c) for c in
             (documented(1), decorated(1), one_liner(1), Service().run(1))]
    for t in tasks:
        show(t)
    show(loop.call_soon(callback, 1))
    show(loop.call_soon(Service().on_tick, 2))
    await asyncio.gather(*tasks)
    for t in tasks:
        show(t)


asyncio.run(main())
