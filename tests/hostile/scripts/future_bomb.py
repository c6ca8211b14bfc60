# expect: MemoryError
# args: --virtual-time --step-limit 25
# Futures kept in a list: their C++ halves count against the cap with the list itself.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    kept = []
    while True:
        kept.append(loop.create_future())

asyncio.run(main())
