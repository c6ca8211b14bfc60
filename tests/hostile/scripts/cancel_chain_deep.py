# expect: RuntimeError
# 10^5 tasks each awaiting the previous one, the last cancelled: the cancellation stops at the
# recursion limit instead of overflowing the C++ stack.
import asyncio
async def waiter(prev):
    await prev
async def main():
    t = asyncio.get_running_loop().create_future()
    first = t
    for _ in range(10**5):
        t = asyncio.create_task(waiter(t))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled')
    print(first.cancelled())
    print('ok')
asyncio.run(main())
