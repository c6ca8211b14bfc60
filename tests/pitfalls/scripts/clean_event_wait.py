# clean: waiting for an Event (not polling), a Queue between producer and consumer.
import asyncio


async def producer(queue, done):
    for i in range(3):
        await asyncio.sleep(0.01)
        await queue.put(i)
    done.set()


async def consumer(queue, done):
    got = []
    while not (done.is_set() and queue.empty()):
        try:
            got.append(await asyncio.wait_for(queue.get(), 0.05))
        except TimeoutError:
            pass
    return got


async def main():
    queue = asyncio.Queue()
    done = asyncio.Event()
    _, got = await asyncio.gather(producer(queue, done), consumer(queue, done))
    print(got)


asyncio.run(main())
