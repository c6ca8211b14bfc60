# expect: MemoryError
# args: --virtual-time --step-limit 25
# Millions of pending call_later handles: MemoryError at call_later (the loop's memory is capped).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    while True:
        for _ in range(10000):
            loop.call_later(1000, print, "never")
        await asyncio.sleep(0)

asyncio.run(main())
