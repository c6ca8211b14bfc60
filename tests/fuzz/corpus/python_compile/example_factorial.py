"""The factorial exercise

Three gathered tasks take turns: each `await asyncio.sleep(0.1)` hands the loop to the others, so
their lines interleave A, B, C, A, B, C... The whole run takes as long as the longest task (0.3 s),
not the sum of all three.
"""
import asyncio


async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0.1)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(factorial("A", 2), factorial("B", 3), factorial("C", 4))
    print(results)
    print(f"took {loop.time():.1f}s")


asyncio.run(main())
