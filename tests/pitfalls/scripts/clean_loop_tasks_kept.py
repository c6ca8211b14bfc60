# clean: 3.7-style code keeps its tasks, cancels them and waits before closing the loop.
import asyncio


async def poll():
    while True:
        await asyncio.sleep(1)


async def main():
    task = asyncio.ensure_future(poll())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("stopped")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
