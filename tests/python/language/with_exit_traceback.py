# `with` and `async with` hand __exit__/__aexit__ the exception's traceback as the third argument
# (a traceback object whose entries end at the raising line; None when nothing was raised).
import asyncio
import contextlib
import traceback


class Sync:
    def __init__(self, swallow):
        self.swallow = swallow

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("sync exit:", exc_type, repr(exc), type(tb).__name__)
        if tb is not None:
            print("  frames:", [(f.name, f.lineno) for f in traceback.extract_tb(tb)])
            print("  is exc.__traceback__'s chain:", tb.tb_lineno == exc.__traceback__.tb_lineno)
        return self.swallow


class Async:
    def __init__(self, swallow):
        self.swallow = swallow

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("async exit:", exc_type, repr(exc), type(tb).__name__)
        if tb is not None:
            print("  frames:", [(f.name, f.lineno) for f in traceback.extract_tb(tb)])
        return self.swallow


def fail(n):
    raise ValueError(n)


def sync_cases():
    with Sync(True):
        pass
    with Sync(True):
        fail(1)
    try:
        with Sync(False):
            raise KeyError("out")
    except KeyError as e:
        print("propagated:", repr(e))
    with Sync(True), Sync(False):
        fail(2)


@contextlib.contextmanager
def reporting():
    try:
        yield
    except ZeroDivisionError as e:
        print("contextmanager got:", repr(e), type(e.__traceback__).__name__)


async def main():
    sync_cases()
    async with Async(True):
        pass
    async with Async(True):
        fail(3)
    try:
        async with Async(False):
            await asyncio.sleep(0)
            fail(4)
    except ValueError as e:
        print("propagated:", repr(e))
    with reporting():
        1 / 0
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout:", type(e.__context__).__name__)
    print("done")


asyncio.run(main())
