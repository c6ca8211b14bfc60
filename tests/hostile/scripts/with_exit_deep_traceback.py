# expect: ok
# Every `with` an exception leaves hands __exit__ the exception's traceback (patch 0300), built from
# the entries it collected so far: an exception unwinding through hundreds of `with` frames (and
# recursion until RecursionError, each frame inside a `with`) builds one at each level and must
# still end promptly.
import asyncio


class CM:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return False


class ACM:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        return False


def deep(n):
    with CM():
        if n == 0:
            raise ValueError("bottom")
        deep(n - 1)


def endless(n):
    with CM():
        endless(n + 1)


async def adeep(n):
    async with ACM():
        if n == 0:
            raise ValueError("bottom")
        await adeep(n - 1)


for _ in range(5):
    try:
        deep(400)
    except ValueError:
        pass
for _ in range(3):
    try:
        endless(0)
    except RecursionError:
        pass


async def main():
    try:
        await adeep(150)
    except ValueError:
        pass


asyncio.run(main())
print("ok")
