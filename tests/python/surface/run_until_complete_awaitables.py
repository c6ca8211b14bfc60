# loop.run_until_complete() takes any awaitable, as CPython's does through ensure_future():
# anext(gen), an async generator's __anext__(), an object whose class defines __await__.
import asyncio
import inspect


async def agen():
    yield 1
    yield 2


class Later:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0.5).__await__()
        return self.value


g = agen()
a = anext(g)
print(type(a).__name__, inspect.isawaitable(a))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(a))
print(loop.run_until_complete(g.__anext__()))
print(loop.run_until_complete(anext(g, "end")))
print(loop.run_until_complete(Later("later")), loop.time())
try:
    loop.run_until_complete(42)
except TypeError as e:
    print("TypeError:", e)


async def main():
    g2 = agen()
    print(await asyncio.gather(anext(g2), anext(g2)))
    print(await asyncio.wait_for(anext(g2, "done"), 1))


loop.run_until_complete(main())
loop.close()
