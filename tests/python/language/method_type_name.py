# A bound method's type is `method`: type(), its repr and the messages that name it.
import asyncio
import inspect
import types


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n

    async def fetch(self):
        await asyncio.sleep(0.1)
        return self.n


c = Counter()
m = c.bump
print(type(m), type(m).__name__, type(m) is types.MethodType)
print(inspect.ismethod(m), inspect.ismethod(Counter.bump), inspect.ismethod(len))
for attempt in (lambda: m[0], lambda: m + 1, lambda: len(m)):
    try:
        attempt()
    except TypeError as e:
        print(type(e).__name__ + ':', e)


async def main():
    try:
        await c.fetch  # forgot the call
    except TypeError as e:
        print('TypeError:', e)
    event = asyncio.Event()
    try:
        await event.wait
    except TypeError as e:
        print('TypeError:', e)
    print(await c.fetch())


asyncio.run(main())
