"""wait_for: a deadline for one awaitable

`asyncio.wait_for(aw, timeout)` waits for one awaitable, at most `timeout` seconds. If it is too
slow, wait_for cancels it, waits until the cancellation has really finished (its cleanup runs), and
raises `TimeoutError`. In a fast case it simply returns the result.
"""
import asyncio


async def slow_op(seconds):
    try:
        await asyncio.sleep(seconds)
        print(f"slept {seconds}")
        return seconds
    except asyncio.CancelledError:
        print(f"slow_op({seconds}) cancelled, cleaning up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    print("result:", await asyncio.wait_for(slow_op(0.5), timeout=1))
    try:
        await asyncio.wait_for(slow_op(5), timeout=1)
    except asyncio.TimeoutError:
        print(f"{loop.time():.1f} timed out")


asyncio.run(main())
