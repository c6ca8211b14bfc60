# cancel-swallowed: a loop that catches every exception keeps going after cancel().
import asyncio


async def poller(log):
    for _ in range(3):
        try:
            await asyncio.sleep(0.01)
            log.append("polled")
        except BaseException:
            log.append("error ignored")
    return log


async def main():
    task = asyncio.create_task(poller([]))
    await asyncio.sleep(0.015)
    task.cancel()
    print(await task)


asyncio.run(main())
