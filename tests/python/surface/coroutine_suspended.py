# 3.11's cr_suspended: False when created, running or finished; True while paused at an await.
import asyncio
async def child():
    await asyncio.sleep(1)
async def main():
    c = child()
    print(c.cr_suspended, c.cr_running)
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print(c.cr_suspended, c.cr_running)
    await t
    print(c.cr_suspended, asyncio.current_task().get_coro().cr_running, asyncio.current_task().get_coro().cr_suspended)
    print([a for a in dir(c) if a.startswith("cr_")])
asyncio.run(main())
