# gather()'s future is an asyncio.tasks._GatheringFuture (a Future subclass); asyncio.run closes the
# async generators left unfinished (their finally runs, on the loop: loop.shutdown_asyncgens()).
# The script keeps them referenced: CPython would otherwise finalize them as soon as they are
# dropped (a task of aclose(), which the end of asyncio.run cancels), which this engine does not.
import asyncio

kept = []


async def work(x):
    await asyncio.sleep(x)
    return x


async def ticker(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print(name, "closed at", asyncio.get_running_loop().time() > 0)
        await asyncio.sleep(0)
        print(name, "cleanup awaited")


async def finished():
    yield 1


async def main():
    g = asyncio.gather(work(0.1), work(0.2))
    print(type(g), type(g).__name__, type(g).__module__)
    print(isinstance(g, asyncio.Future), asyncio.isfuture(g), type(g) is asyncio.Future)
    print(g)
    print(await g, g.done(), g.result())
    print(type(asyncio.gather()))
    t = asyncio.ensure_future(g)
    print(t is g)
    first = ticker("first")
    kept.append(first)
    async for i in first:
        if i == 2:
            break
    second = ticker("second")
    kept.append(second)
    print(await second.__anext__())
    async for _ in finished():
        pass
    print("main done")


asyncio.run(main())
print("after run")


async def manual():
    agen = ticker("manual")
    await agen.__anext__()
    return agen


loop = asyncio.new_event_loop()
kept = loop.run_until_complete(manual())
print("before shutdown_asyncgens")
loop.run_until_complete(loop.shutdown_asyncgens())
print("after shutdown_asyncgens")
loop.run_until_complete(loop.shutdown_default_executor())
loop.close()
