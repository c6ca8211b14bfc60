# "Task exception was never retrieved": the handler's context holds the task itself (CPython's
# Task.__del__ passes it), and a task nobody kept is reported before asyncio.run closes the loop.
import asyncio

kept = []


def handler(loop, context):
    fut = context.get('future')
    print('handler:', context['message'])
    print('  future:', repr(fut).replace(__file__, 'main.py'))
    print('  exception:', repr(context['exception']))
    print('  keys:', sorted(context))
    print('  same exception:', fut.exception() is context['exception'])
    kept.append(fut)  # the handler may keep it


async def boom(n):
    await asyncio.sleep(n / 10)
    raise ValueError(f'boom {n}')


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(boom(1))
    asyncio.create_task(boom(2), name='second')
    await asyncio.sleep(0.5)
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError('lost'))
    del fut
    await asyncio.sleep(0)
    print('main done')


async def quiet():
    t = asyncio.create_task(boom(3))
    await asyncio.sleep(0.5)
    print('retrieved:', repr(t.exception()))


async def fire_and_forget():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    asyncio.create_task(boom(4))
    await asyncio.sleep(0)
    print('returning before it fails')


asyncio.run(main())
print('kept:', [t.get_name() for t in kept if isinstance(t, asyncio.Task)])
asyncio.run(quiet())
asyncio.run(fire_and_forget())
print('end')
