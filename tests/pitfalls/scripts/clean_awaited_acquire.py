# clean: every coroutine is awaited (acquire/release by hand, a helper coroutine, sleep).
import asyncio


async def save(record):
    await asyncio.sleep(0.01)
    return record.upper()


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    try:
        print(await save("a"))
    finally:
        lock.release()
    coro = save("b")
    print(await coro)


asyncio.run(main())
