# trio's core: run, sleep, nurseries, cancellation of siblings, MultiError, move_on_after.
import trio

events = []


async def worker(name, delay, fail=None):
    try:
        if delay is not None:  # None: fail in the first step, before any checkpoint
            await trio.sleep(delay)
        if fail is not None:
            raise fail
        events.append(name + " done")
        return name
    except trio.Cancelled:
        events.append(name + " cancelled")
        raise


async def all_finish():
    async with trio.open_nursery() as nursery:
        nursery.start_soon(worker, "a", 0.2)
        nursery.start_soon(worker, "b", 0.1)
    print("all finish:", events)


async def one_fails():
    events.clear()
    try:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(worker, "slow", 1.0)
            nursery.start_soon(worker, "bad", 0.1, ValueError("bad input"))
            await trio.sleep(5)
            print("not reached")
    except ValueError as e:
        print("one fails:", repr(e), sorted(events))


async def two_fail():
    events.clear()
    try:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(worker, "x", None, KeyError("x"))
            nursery.start_soon(worker, "y", None, ZeroDivisionError("y"))
            nursery.start_soon(worker, "z", 0.5)
    except trio.MultiError as e:
        print("two fail:", type(e).__name__ in ("MultiError", "NonBaseMultiError"),
              sorted(repr(x) for x in e.exceptions), sorted(events))


async def scopes():
    with trio.move_on_after(0.1) as scope:
        await trio.sleep(1)
        print("not reached")
    print("moved on:", scope.cancelled_caught)
    try:
        with trio.fail_after(0.1):
            await trio.sleep(1)
    except trio.TooSlowError:
        print("too slow")
    async with trio.open_nursery() as nursery:
        nursery.start_soon(worker, "forever", 10)
        await trio.sleep(0.1)
        nursery.cancel_scope.cancel()
    print("cancelled by scope:", events[-1], nursery.cancel_scope.cancelled_caught)


async def main():
    await all_finish()
    await one_fails()
    await two_fail()
    await scopes()
    try:
        await trio.sleep(-1)
    except ValueError as e:
        print("ValueError:", e)
    return "main result"


print(trio.run(main))
try:
    trio.run(main())
except TypeError as e:
    print("TypeError:", str(e).split("\n")[0].split(" <")[0])
