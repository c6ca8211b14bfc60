# expect: ok
# gather(gather(...)) 5000 deep, cancelled: the cancellation stops at the recursion limit
# (CPython's RecursionError text, a RuntimeError) instead of overflowing the C++ stack, and the
# chain still completes afterwards. (gather_chain_release.py and gather_pending_at_end.py cover
# deeper chains and gathers left pending.)
import asyncio


async def main():
    inner = asyncio.get_running_loop().create_future()
    g = inner
    for _ in range(5000):
        g = asyncio.gather(g)
    await asyncio.sleep(0)
    try:
        g.cancel()
    except RuntimeError as e:
        print("cancel refused:", e)
    inner.set_result(1)
    try:
        await g
    except asyncio.CancelledError:
        pass
    print("ok")


asyncio.run(main())
