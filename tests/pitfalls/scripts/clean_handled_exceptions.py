# clean: failing tasks whose exceptions are retrieved (awaited, gathered, read in a callback).
import asyncio


async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"bad {n}")


async def main():
    results = await asyncio.gather(fail(1), fail(2), return_exceptions=True)
    print(results)
    task = asyncio.create_task(fail(1))
    try:
        await task
    except ValueError as e:
        print("caught", e)
    seen = []
    other = asyncio.create_task(fail(1))
    other.add_done_callback(lambda t: seen.append(repr(t.exception())))
    await asyncio.sleep(0.05)
    print(seen)


asyncio.run(main())
