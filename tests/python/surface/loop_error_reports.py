# What the loop reports and how: the default exception handler logs on the 'asyncio' logger (the
# script's logging format and stream apply), a timer callback's context names its TimerHandle, a
# failing handler's report carries the context it got; and with logging set up, a KeyboardInterrupt
# / SystemExit that a task raises while asyncio.run closes still leaves asyncio.run.
import asyncio
import logging
import sys


class OneLine(logging.Formatter):
    def formatException(self, ei):
        return f'  ({ei[0].__name__}: {ei[1]})'

    def format(self, record):
        # (the conformance harness's loop makes FifoTimerHandles)
        text = super().format(record).replace('FifoTimerHandle', 'TimerHandle')
        return text.replace(__file__, 'main.py')


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(OneLine('%(levelname)s:%(name)s:%(funcName)s: %(message)s'))
logging.basicConfig(level=logging.INFO, handlers=[handler])


def bad(x):
    raise RuntimeError(f'callback {x} failed')


async def boom():
    raise ValueError('lost')


async def default_reports():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad, 1)
    loop.call_later(0.5, bad, 2)
    asyncio.create_task(boom())
    await asyncio.sleep(1)
    loop.call_exception_handler({'message': 'custom report', 'extra': [1, 2]})


def printing_handler(loop, context):
    handle = context.get('handle')
    shown = repr(handle).replace('FifoTimerHandle', 'TimerHandle')  # (the harness's own class)
    print('handler:', context['message'].replace(__file__, 'main.py'), shown.replace(__file__, 'main.py'))
    if isinstance(handle, asyncio.TimerHandle):
        print('  a TimerHandle, when', handle.when())
    if 'raise' in context:
        raise KeyError(context['raise'])


async def custom_handler():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(printing_handler)
    loop.call_soon(bad, 3)
    loop.call_later(0.25, bad, 4)
    loop.call_at(loop.time() + 0.5, bad, 5)
    await asyncio.sleep(1)
    loop.call_exception_handler({'message': 'handler fails', 'raise': 'boom'})


async def interrupt(exc):
    await asyncio.sleep(0.1)
    raise exc


async def stopped_while_closing(exc):
    try:
        await asyncio.gather(interrupt(exc), asyncio.sleep(1))
    finally:
        print('main finally')


asyncio.run(default_reports())
asyncio.run(custom_handler())
logging.getLogger('asyncio').setLevel(logging.CRITICAL)  # (CPython reports the interrupted main task at exit)
for exc in (KeyboardInterrupt, SystemExit(3)):
    try:
        asyncio.run(stopped_while_closing(exc))
    except (KeyboardInterrupt, SystemExit) as e:
        print('asyncio.run raised', type(e).__name__, e.args)
print('end')
