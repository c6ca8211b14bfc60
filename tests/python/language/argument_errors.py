# Argument errors name the function as CPython 3.11 does (its qualified name: `Worker.run()`,
# `outer.<locals>.inner()`), and a class without __init__ or __new__ takes no arguments.
class Worker:
    def run(self, job, *, retries):
        return job

    @staticmethod
    def helper(a, b=1):
        return a

    class Config:
        def load(self, path):
            return path


def outer():
    def inner(x):
        return x
    return inner


class Empty:
    pass


class WithNew:
    def __new__(cls, *args):
        return super().__new__(cls)


class Child(Empty):
    pass


calls = [
    lambda: Worker().run(),
    lambda: Worker().run(1),
    lambda: Worker().run(1, 2),
    lambda: Worker().run(1, retries=1, extra=2),
    lambda: Worker().run(1, job=1, retries=1),
    lambda: Worker.helper(),
    lambda: Worker.helper(1, 2, 3),
    lambda: Worker.Config().load(),
    lambda: outer()(),
    lambda: outer()(1, 2),
    lambda: Empty(1),
    lambda: Empty(x=1),
    lambda: Child("a"),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(type(Empty()).__name__, type(WithNew(1, 2)).__name__)


# `with` on an object that is not a context manager (an asyncio.Lock needs `async with`)
class EnterOnly:
    def __enter__(self):
        return self


for manager in (5, EnterOnly()):
    try:
        with manager:
            pass
    except TypeError as e:
        print("TypeError:", e)

import asyncio


async def forgot_async():
    lock = asyncio.Lock()
    try:
        with lock:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(forgot_async())
