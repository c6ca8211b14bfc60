# Objects whose class defines __await__ are awaitables everywhere asyncio takes one: await,
# gather, ensure_future, wait_for (with and without a timeout), shield, wait; they run as tasks of
# CPython's _wrap_awaitable. Objects without __await__ are refused with CPython's TypeError.
import asyncio


class Delayed:
    def __init__(self, value, delay):
        self.value = value
        self.delay = delay

    def __await__(self):
        yield from asyncio.sleep(self.delay).__await__()
        return self.value


class Ticket:
    def __await__(self):
        return (yield from asyncio.sleep(0, result="ticket").__await__())


async def main():
    print(await Delayed(1, 0.1))
    print(await asyncio.gather(Delayed("a", 0.2), Delayed("b", 0.1), Ticket()))
    fut = asyncio.ensure_future(Delayed("task", 0.1))
    print(type(fut).__name__, fut.get_coro().__qualname__, await fut)
    print(await asyncio.wait_for(Delayed("in time", 0.1), timeout=1))
    print(await asyncio.wait_for(Delayed("no timeout", 0.1), timeout=None))
    try:
        await asyncio.wait_for(Delayed("late", 5), timeout=0.5)
    except TimeoutError:
        print("timed out at", round(asyncio.get_running_loop().time(), 1))
    print(await asyncio.shield(Delayed("shielded", 0.1)))
    done, pending = await asyncio.wait([asyncio.ensure_future(Ticket())])
    print([t.result() for t in done], pending)
    for bad in (42, object()):
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        await asyncio.gather(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())


async def finished_future():
    # a done future refuses any exception, checked first as CPython's does
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    for exc in (StopIteration, ValueError("late")):
        try:
            fut.set_exception(exc)
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)


asyncio.run(finished_future())
