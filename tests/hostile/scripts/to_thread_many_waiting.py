# expect: ok
# 5000 asyncio.to_thread() jobs blocked on one threading.Event, then all released: while a worker
# thread is inside Python the engine cannot collect, and every safe point used to measure the whole
# heap again for the next collection (10^4 jobs 27 s natively, 2000 jobs 19 s); measured only after a
# collection that ran, it takes a few seconds.
import asyncio
import threading


async def main():
    release = threading.Event()
    jobs = [asyncio.create_task(asyncio.to_thread(release.wait)) for _ in range(5_000)]
    await asyncio.sleep(0.01)
    release.set()
    results = await asyncio.gather(*jobs)
    assert results == [True] * 5_000
    print("ok")


asyncio.run(main())
