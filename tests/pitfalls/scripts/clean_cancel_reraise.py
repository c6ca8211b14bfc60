# clean: a task that cleans up on cancellation and re-raises it; timeouts that cancel internally.
import asyncio


async def worker(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("cleaned up")
        raise


async def main():
    log = []
    task = asyncio.create_task(worker(log))
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", log)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except TimeoutError:
        print("wait_for timed out")


asyncio.run(main())
