# Notebook mode: the loop already runs, so asyncio.run() and run_until_complete() raise as in CPython.
import asyncio


async def work():
    return 42

coro = work()
try:
    asyncio.run(coro)
except RuntimeError as e:
    print('asyncio.run:', e)
coro.close()
loop = asyncio.get_running_loop()
try:
    loop.run_until_complete(asyncio.sleep(0))
except RuntimeError as e:
    print('run_until_complete:', e)
print('awaited instead:', await work())
