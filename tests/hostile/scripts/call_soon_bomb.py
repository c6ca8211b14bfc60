# expect: MemoryError
# args: --virtual-time --step-limit 25
# call_soon faster than the loop runs the callbacks: the ready queue is capped with the heap.
import asyncio


def again(loop):
    for _ in range(3):
        loop.call_soon(again, loop)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(again, loop)
    await asyncio.sleep(10)

asyncio.run(main())
