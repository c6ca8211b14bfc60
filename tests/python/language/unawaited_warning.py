# A coroutine made by a call alone on its line and never awaited warns as CPython frees it:
# "RuntimeWarning: coroutine 'f' was never awaited", through the warnings module (filters,
# catch_warnings, showwarning). Awaited, scheduled or closed coroutines do not warn.
import asyncio
import warnings


async def f():
    return 1


class Worker:
    async def run(self):
        return 2


def show(message, category, filename, lineno, file=None, line=None):
    print("warning:", category.__name__, message, filename.rsplit("/", 1)[-1], lineno, repr(line))


warnings.showwarning = show


async def main():
    f()
    Worker().run()
    asyncio.sleep(1)
    q = asyncio.Queue()
    q.get()
    asyncio.wait_for(f(), 1)  # the wait_for coroutine, then the one it held
    asyncio.Lock().acquire()
    asyncio.Event().wait()
    print("after the pitfalls")
    for i in range(3):
        f()  # the "default" action: once per line
    # no warning: awaited, scheduled, gathered, closed, kept in a list and awaited
    await f()
    t = asyncio.create_task(f())
    await t
    print(await asyncio.gather(f(), Worker().run()))
    c = f()
    c.close()
    pending = [f() for _ in range(2)]
    print(await asyncio.gather(*pending))
    c2 = f()
    print(await c2)
    print(len([1, 2]), max(3, 4))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        f()
        f()
        print([str(x.message) for x in w], [x.category.__name__ for x in w], [x.lineno for x in w])
        print(w[0].filename.rsplit("/", 1)[-1], type(w[0].source).__name__)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f()
    print("end")


asyncio.run(main())
