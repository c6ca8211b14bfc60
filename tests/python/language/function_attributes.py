# Functions and closures take attributes; functools.wraps copies __name__, __qualname__, __doc__,
# __module__, __dict__ and sets __wrapped__ (as decorators in asyncio code rely on).
import asyncio
import functools


def logged(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        print(f"calling {wrapper.__name__}{args}")
        return await fn(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


@logged
async def fetch(n):
    await asyncio.sleep(0.1)
    return n * 2


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)

    wrapper.calls = 0
    return wrapper


@timed
def add(a, b):
    return a + b


add.category = "math"
print(add(1, 2), add(3, 4), add.calls, add.category)
print(add.__name__, add.__qualname__, add.__module__, add.__wrapped__.__name__)
print(sorted(add.__dict__))
print(repr(add).startswith("<function add at 0x"))


def plain():
    pass


print(plain.__dict__, plain.__doc__, plain.__module__, plain.__qualname__)
plain.__name__ = "renamed"
plain.__qualname__ = "Some.renamed"
plain.x = 1
print(plain.__name__, plain.__qualname__, plain.x, plain.__dict__)
print(repr(plain).startswith("<function Some.renamed at 0x"))
del plain.x
print(hasattr(plain, "x"), getattr(plain, "x", "gone"), plain.__dict__)
try:
    del plain.missing
except AttributeError:
    print("AttributeError on del")


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info().hits > 0, fib.__name__, fib.__wrapped__(10))


async def main():
    print(await fetch(21), fetch.calls, fetch.__name__, fetch.__wrapped__.__name__)


asyncio.run(main())
