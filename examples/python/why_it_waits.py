"""Why it waits: a lock, a queue, a timeout and a blocking call

Three workers take turns on one Lock and hand their results to a consumer through a Queue; a
ticker keeps time; `wait_for` gives up on a slow task; a `time.sleep` blocks the loop. Open the
inspector's tabs: Warnings names the blocking call (line and fix, marked on the timeline), Time
shows who waited on what, Resources who holds the lock and who queues for it at the cursor; click
a task's name for who created and who cancelled it.
"""
import asyncio
import time


async def worker(name, lock, queue):
    async with lock:
        await asyncio.sleep(1)
        await queue.put(name)


async def consumer(queue):
    while True:
        item = await queue.get()
        print("got", item, "at", asyncio.get_running_loop().time())


async def slow():
    await asyncio.sleep(10)


async def main():
    lock = asyncio.Lock()
    queue = asyncio.Queue()
    workers = [asyncio.create_task(worker(f"w{i}", lock, queue), name=f"w{i}") for i in range(3)]
    eater = asyncio.create_task(consumer(queue), name="consumer")
    ticker = asyncio.create_task(asyncio.sleep(3.1), name="ticker")
    await asyncio.gather(*workers)
    time.sleep(0.2)  # blocks the loop: the ticker wakes up late
    try:
        await asyncio.wait_for(slow(), 0.5)
    except asyncio.TimeoutError:
        print("slow() timed out")
    eater.cancel()
    await ticker


asyncio.run(main())
