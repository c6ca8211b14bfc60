# expect: ok
# Done tasks kept in a list keep their coroutines (get_coro()) but not what their frames held:
# 400 tasks that each held 1 MB in a local would need 400 MB if the frames were kept.
import asyncio


async def work(n):
    block = bytearray(1_000_000)
    await asyncio.sleep(0)
    return n + len(block) // 1_000_000


async def main():
    done = []
    for n in range(400):
        task = asyncio.create_task(work(n))
        await task
        done.append(task)
    assert sum(t.result() for t in done) == 80200 and done[-1].get_coro().__name__ == "work"
    print("ok")


asyncio.run(main())
