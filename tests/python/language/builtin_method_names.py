# A bound built-in method has CPython's __name__ and __qualname__ (the name its class gives it),
# as a Python method has; logging and decorator code reads them.
import asyncio
import collections


class Service:
    async def start(self):
        return "started"

    def stop(self):
        return "stopped"


async def main():
    s = Service()
    for fn in (s.start, s.stop, Service.stop):
        print(fn.__name__, fn.__qualname__)
    for fn in ([].append, {}.get, "x".upper, b"x".hex, (1,).count, {1}.add,
               collections.deque().appendleft):
        print(fn.__name__, fn.__qualname__)
    q = asyncio.Queue()
    for fn in (q.put, q.get_nowait):
        print(fn.__name__, fn.__qualname__)
    task = asyncio.create_task(s.start())
    for fn in (task.set_result, task.cancel, task.get_name):
        print(fn.__name__)
    print(await task)
    names = [m.__name__ for m in (q.qsize, q.empty, q.full)]
    print(names)
    try:
        [].append.no_such_attribute
    except AttributeError:
        print("AttributeError")


asyncio.run(main())
