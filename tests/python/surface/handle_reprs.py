# reprs of Handle and TimerHandle (call_soon, call_later, call_at) as CPython 3.11 prints them
import asyncio


def show(obj):
    # The oracle's virtual clock (vtime.py) schedules timers as FifoTimerHandle; CPython's own
    # loop, which Loopscope follows, prints TimerHandle.
    print(repr(obj).replace(__file__, "FILE").replace("FifoTimerHandle", "TimerHandle"))


def callback(n, text):
    print("callback", n, text)


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(callback, 1, "a")
    show(h)
    t = loop.call_later(1.5, callback, 2, "b")
    show(t)
    t2 = loop.call_at(loop.time() + 3, callback, 3, "c")
    show(t2)
    t2.cancel()
    show(t2)
    h2 = loop.call_soon(lambda: None)
    h2.cancel()
    show(h2)
    await asyncio.sleep(2)
    show(t)


asyncio.run(main())
