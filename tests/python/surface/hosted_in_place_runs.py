# asyncio.run / run_until_complete called where the playground cannot suspend the main program
# (a constructor, __call__, a property, a super() call, map(), a sort key, timeit): on the virtual
# clock the loop runs in place, with CPython's output; afterwards no loop is current.
import asyncio
import timeit


async def work(tag, delay):
    await asyncio.sleep(delay)
    print(f"  {tag}: woke at {asyncio.get_running_loop().time():.1f}")
    return tag.upper()


class Client:
    def __init__(self):
        self.greeting = asyncio.run(work("init", 1))

    def __call__(self, tag):
        return asyncio.run(work(tag, 0.5))

    @property
    def status(self):
        loop = asyncio.new_event_loop()
        try:
            return loop.run_until_complete(work("property", 0.25))
        finally:
            loop.close()


class Base:
    def fetch(self):
        return asyncio.run(work("base", 2))


class Derived(Base):
    def __init__(self):
        self.value = super().fetch()


c = Client()
print("constructor:", c.greeting)
print("call:", c("call"))
print("property:", c.status)
print("super:", Derived().value)
print("map:", list(map(lambda t: asyncio.run(work(t, 0.1)), ["m1", "m2"])))
print("sorted:", sorted(["b", "a"], key=lambda t: asyncio.run(work(t, 0.1))))
n = timeit.timeit(lambda: asyncio.run(work("timed", 0)), number=2)
print("timeit ran:", n >= 0)


async def main():
    return await work("main", 1)

print("plain:", asyncio.run(main()))
try:
    asyncio.get_event_loop()
except RuntimeError as exc:
    print("after asyncio.run:", exc)
