# expect: MemoryError
# args: --virtual-time --step-limit 25
# Tasks named with a megabyte each: the name (copied into the C++ task) counts against the cap.
import asyncio
async def s():
    await asyncio.sleep(1000)
async def main():
    big = 'x' * 10**6
    while True:
        asyncio.create_task(s(), name=big)
        await asyncio.sleep(0)
asyncio.run(main())
