# gather()'s future prints as CPython's _GatheringFuture (a plain Future for gather() of nothing)
import asyncio
async def w(d):
    await asyncio.sleep(d)
    return d
async def main():
    g = asyncio.gather(w(1), w(2))
    print(g)
    t = asyncio.create_task(asyncio.sleep(0, result=g))
    async def waiter():
        return await g
    x = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(g)
    await x
    print(g)
    e = asyncio.gather()
    print(e, type(e).__name__)
asyncio.run(main())
