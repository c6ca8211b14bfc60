# sleep(0) switches among 1000 tasks; prints nanoseconds per switch (wall clock).
import asyncio
import sys
import time

TASKS = 1000
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 100


async def switcher():
    for _ in range(ROUNDS):
        await asyncio.sleep(0)


async def main():
    tasks = [asyncio.create_task(switcher()) for _ in range(TASKS)]
    await asyncio.sleep(0)  # every task has started: only switches are timed
    start = time.perf_counter()
    for t in tasks:
        await t
    elapsed = time.perf_counter() - start
    print(f"{elapsed / (TASKS * (ROUNDS - 1)) * 1e9:.1f}")


asyncio.run(main())
