# wait(), gather() and wait_for() made before their loop runs, as older tutorials write them
import asyncio
import functools
import time


async def job(i):
    await asyncio.sleep(1)
    return i * 10


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
tasks = [loop.create_task(job(i)) for i in range(3)]
waiting = asyncio.wait(tasks)
print(type(waiting).__name__)
done, pending = loop.run_until_complete(waiting)
print(sorted(t.result() for t in done), pending)
print(loop.run_until_complete(asyncio.gather(*[loop.create_task(job(i)) for i in range(2)])))
print(loop.run_until_complete(asyncio.wait_for(job(5), 2)))

# wait()'s timeout counts from when it is awaited, not from when it was called
late = asyncio.wait([loop.create_task(job(7))], timeout=1.5)
start = time.monotonic()
loop.run_until_complete(asyncio.sleep(1))
done, pending = loop.run_until_complete(late)
print(len(done), len(pending), round(time.monotonic() - start, 2))
bad = asyncio.wait([])
try:
    loop.run_until_complete(bad)
except ValueError as e:
    print("ValueError:", e)


# async generator functions take annotations and functools.wraps, as functions do
def logged(agen_fn):
    @functools.wraps(agen_fn)
    async def wrapper(*args):
        async for item in agen_fn(*args):
            yield item
    return wrapper


@logged
async def numbers(n: int) -> "AsyncIterator[int]":
    """Count to n."""
    for i in range(n):
        yield i


async def collect():
    return [i async for i in numbers(3)]


print(loop.run_until_complete(collect()), numbers.__name__, numbers.__doc__, numbers.__annotations__)
loop.close()
