# The errors asyncio's common misuses raise, as CPython 3.11 words them: a missing `async` or
# `await`, the wrong kind of object in `async with` / `async for` / `await`, a coroutine function
# where a coroutine is expected, primitives used out of order.
import asyncio
import re
import threading
async def agen():
    yield 1
async def coro():
    return 1
async def main():
    cases = [
        ("async with int", "async with 5: pass"),
        ("async for list", "async for x in [1, 2]: pass"),
        ("for over agen", "for x in agen(): pass"),
        ("await int", "await 5"),
        ("await list", "await [1]"),
        ("with asyncio.Lock", "with asyncio.Lock(): pass"),
        ("await coroutine function", "await coro"),
        ("gather non-awaitable", "await asyncio.gather(1)"),
        ("create_task non-coro", "asyncio.create_task(coro)"),
        ("wait_for non-awaitable", "await asyncio.wait_for(5, 1)"),
        ("wait empty", "await asyncio.wait([])"),
        ("run in running loop", "asyncio.run(coro())"),
        ("sleep negative", "await asyncio.sleep(-1)"),
        ("sleep str", "await asyncio.sleep('1')"),
        ("Queue get_nowait empty", "asyncio.Queue().get_nowait()"),
        ("Event wait no await", "asyncio.Event().wait()"),
        ("lock release unlocked", "asyncio.Lock().release()"),
        ("semaphore release bounded", "asyncio.BoundedSemaphore(1).release()"),
        ("future result pending", "asyncio.get_running_loop().create_future().result()"),
        ("task result pending", "asyncio.create_task(asyncio.sleep(1)).result()"),
        ("anext on list", "await anext([1])"),
        ("aiter on list", "aiter([1])"),
        ("next on coroutine", "next(coro())"),
        ("shield non-awaitable", "asyncio.shield(5)"),
        ("ensure_future int", "asyncio.ensure_future(5)"),
        ("as_completed coroutine obj", "[f for f in asyncio.as_completed(coro())]"),
        ("timeout negative", "await asyncio.wait_for(asyncio.sleep(1), -1)"),
    ]
    for name, src in cases:
        code = "async def _t():\n    " + src.replace("\n", "\n    ") + "\n"
        ns = {"asyncio": asyncio, "threading": threading, "agen": agen, "coro": coro}
        try:
            exec(code, ns)
            await ns["_t"]()
            print(name, "-> no error")
        except Exception as e:
            print(name, "->", type(e).__name__ + ":", re.sub(r"0x[0-9a-f]+", "0xADDR", str(e)))
asyncio.run(main())
