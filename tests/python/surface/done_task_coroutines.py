# A done task keeps its coroutine for get_coro() (its frame let go): name, state attributes, reprs.
import asyncio, gc
async def work(n):
    big = [n] * 1000
    await asyncio.sleep(0.1)
    return n
async def boom():
    raise ValueError("x")
async def main():
    t = asyncio.create_task(work(1), name="w")
    b = asyncio.create_task(boom())
    print(t.get_coro().__name__, t.get_coro().cr_frame is not None)
    await t
    try:
        await b
    except ValueError:
        pass
    c = t.get_coro()
    print(c.__name__, c.cr_frame, c.cr_running, c.cr_await, c.cr_suspended, b.get_coro().__qualname__)
    print(repr(t).replace(__file__, "main.py"))
    print(repr(b).replace(__file__, "main.py"))
    done, _ = await asyncio.wait([asyncio.create_task(work(i)) for i in range(3)])
    print(sorted(d.get_coro().__name__ + str(d.result()) for d in done))
    try:
        t.get_coro().send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(main())
