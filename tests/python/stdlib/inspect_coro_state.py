# inspect.getcoroutinestate: CREATED, RUNNING (seen from inside), SUSPENDED at an await, CLOSED
import asyncio
import inspect

seen = []


async def worker(event):
    seen.append(inspect.getcoroutinestate(current))
    await event.wait()
    return "done"


async def main():
    global current
    event = asyncio.Event()
    current = worker(event)
    print(inspect.getcoroutinestate(current))
    task = asyncio.create_task(current)
    await asyncio.sleep(0)
    print(seen, inspect.getcoroutinestate(current))
    event.set()
    print(await task, inspect.getcoroutinestate(current))
    unstarted = worker(event)
    unstarted.close()
    print(inspect.getcoroutinestate(unstarted))
    print(inspect.CORO_CREATED, inspect.CORO_RUNNING, inspect.CORO_SUSPENDED, inspect.CORO_CLOSED)


asyncio.run(main())
