# expect: ok
# gather(gather(...)) 10^5 deep, cancelled: the cancellation stops at the recursion limit
# (CPython's RecursionError text, a RuntimeError) instead of overflowing the C++ stack, and the
# chain still completes afterwards. (A gather left pending at the end of a run is a reference
# cycle the leak checker of the ASan build reports; completing it keeps that out of this test.)
import asyncio


async def main():
    inner = asyncio.get_running_loop().create_future()
    g = inner
    for _ in range(10**5):
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
