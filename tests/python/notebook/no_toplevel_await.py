# Notebook mode leaves a script without top-level await as it is: asyncio.run works as usual.
import asyncio


async def main():
    await asyncio.sleep(1)
    print('main ran at', asyncio.get_running_loop().time())
    return 'done'

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('no loop at top level:', e)
print(asyncio.run(main()))
print(asyncio.run(main()))
