"""An Event that is never set: 'Ooops!' under gather

Tasks blocked on an `asyncio.Event` wait until someone calls `set()`. If the task meant to set it
fails first, `gather()` raises that exception at once, but it does not cancel the other awaitables:
the waiters stay blocked until you cancel them. With `return_exceptions=True`, gather waits for
everything and returns exceptions in place of results.
"""
import asyncio


async def waiter(event, name):
    print(f"{name} waiting for the event")
    await event.wait()
    print(f"{name} triggered")
    return name


async def trigger(event, fail):
    await asyncio.sleep(1)
    if fail:
        raise Exception("Ooops!")
    event.set()


async def main():
    loop = asyncio.get_running_loop()
    event = asyncio.Event()
    waiters = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(2)]
    try:
        await asyncio.gather(*waiters, trigger(event, fail=True))
    except Exception as e:
        print(f"{loop.time():.1f} gather raised: {e}")
    print("waiters still pending:", [not w.done() for w in waiters])
    for w in waiters:
        w.cancel()
    outcome = await asyncio.gather(*waiters, return_exceptions=True)
    print("outcome:", [type(o).__name__ for o in outcome])


asyncio.run(main())
