"""Coroutine chaining

`await compute(x, y)` runs compute() inside the caller, exactly like a function call that may
pause: no new task is created and nothing runs concurrently. Results flow back through `return`,
and a chain of awaits takes the sum of its sleeps.
"""
import asyncio


async def compute(x, y):
    print(f"Compute {x} + {y} ...")
    await asyncio.sleep(1.0)
    return x + y


async def print_sum(x, y):
    result = await compute(x, y)
    print(f"{x} + {y} = {result}")
    return result


async def main():
    loop = asyncio.get_running_loop()
    total = await print_sum(1, 2)
    total += await print_sum(3, 4)
    print(f"total {total} after {loop.time():.1f} s: the two sums ran one after the other")


asyncio.run(main())
