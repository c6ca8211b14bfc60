# create_task + completion of a trivial coroutine; prints nanoseconds per task (wall clock).
import asyncio
import sys
import time

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
BATCH = 1000


async def trivial(i):
    return i


async def main():
    start = time.perf_counter()
    total = 0
    for _ in range(COUNT // BATCH):
        tasks = [asyncio.create_task(trivial(i)) for i in range(BATCH)]
        for t in tasks:
            total += await t
    elapsed = time.perf_counter() - start
    assert total == (COUNT // BATCH) * (BATCH * (BATCH - 1) // 2)
    print(f"{elapsed / COUNT * 1e9:.1f}")


asyncio.run(main())
