# slow-step: a call_soon callback runs for a long time.
import asyncio


def report(results):
    total = 0
    for i in range(6_000_000):
        total += i % 3
    results.append(total)


async def main():
    results = []
    asyncio.get_running_loop().call_soon(report, results)
    await asyncio.sleep(0.01)
    print(results)


asyncio.run(main())
