# Notebook mode: tasks still running when the body ends are cancelled, as asyncio.run does.
import asyncio


async def forever(name):
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print(f'{name} cancelled at {asyncio.get_running_loop().time():.1f}')
        raise


background = asyncio.create_task(forever('background'))
await asyncio.sleep(2)
print('background done?', background.done())
done = asyncio.create_task(asyncio.sleep(1, result='finished'))
print('other task:', await done)
print('body ends')
