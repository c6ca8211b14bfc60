# Notebook mode: async for, async with and async comprehensions in the module body.
import asyncio
import contextlib


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0.5)
        yield i


@contextlib.asynccontextmanager
async def opened(name):
    print('open', name)
    yield name.upper()
    print('close', name)

async for i in numbers(3):
    print('got', i)

async with opened('file') as f:
    print('inside', f)

squares = [i * i async for i in numbers(4)]
print(squares)
waited = [await asyncio.sleep(0, result=i) for i in range(3)]
print(waited)
lock = asyncio.Lock()
async with lock:
    print('locked', lock.locked())
print('at', asyncio.get_running_loop().time())
