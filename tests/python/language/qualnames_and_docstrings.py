# Qualified names and docstrings as CPython's compiler gives them: methods `C.m`, nested classes
# `C.Inner`, functions and classes inside functions `f.<locals>.g`, lambdas and comprehensions; the
# reprs that show them (functions, classes, generators, coroutines, Tasks); docstrings of functions,
# methods and coroutine functions; names functools.wraps sets win over the compiler's.
import asyncio
import functools
import re


def addressless(text):
    text = re.sub(r"running at \S*/", "running at ", str(text))  # the script's name, not its path
    return re.sub(r" at 0x[0-9a-f]+", " at 0x...", text)


def module_function():
    """A module-level function."""


class Service:
    """A service."""

    def tick(self):
        "One tick."
        return "tick"

    async def run(self):
        '''Runs
        on two lines.'''
        return "ran"

    @staticmethod
    def helper():
        pass

    @classmethod
    def build(cls):
        pass

    class Config:
        def value(self):
            pass

    sorter = lambda self: 0


def outer():
    def inner():
        def innermost():
            pass
        return innermost

    class Local:
        def method(self):
            pass

    async def job():
        await asyncio.sleep(0)

    return inner, inner(), Local, (lambda: 0), job


def one_line(): "docstring on the def line"


def not_a_docstring():
    x = 1
    "too late to be a docstring"
    return x


print("-- __qualname__")
for fn in (module_function, Service.tick, Service.run, Service.helper, Service.build.__func__,
           Service.Config.value, Service.sorter):
    print(fn.__name__, fn.__qualname__)
inner, innermost, Local, lam, job = outer()
for obj in (inner, innermost, Local.method, lam, job):
    print(obj.__name__, obj.__qualname__)
print(Service.__qualname__, Service.Config.__qualname__, Local.__qualname__)
print([lambda: 0 for _ in range(1)][0].__qualname__)
print(next(iter({(lambda: 1) for _ in range(1)})).__qualname__)

print("-- reprs")
print(addressless(module_function))
print(addressless(Service.tick))
print(addressless(innermost))
print(Service.Config, Local)
print(addressless(Local()))
print(addressless(Service().tick))


def numbers():
    yield 1


def make_gen():
    def gen():
        yield 1
    return gen()


print(addressless(numbers()), addressless(make_gen()))
coro = Service().run()
print(addressless(coro), coro.__qualname__)
coro.close()

print("-- __doc__")
for fn in (module_function, Service.tick, Service.run, Service.helper, inner, lam, one_line,
           not_a_docstring):
    print(repr(fn.__doc__))
print(repr(Service.__doc__), repr(Service.Config.__doc__))


def decorate(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@decorate
def wrapped():
    "The wrapped function's doc."


print(wrapped.__name__, wrapped.__qualname__, repr(wrapped.__doc__))
module_function.__doc__ = "set later"
print(module_function.__doc__)


async def main():
    task = asyncio.create_task(Service().run())
    print(addressless(task))
    await task
    inner_task = asyncio.create_task(job())
    print(addressless(inner_task))
    await inner_task


asyncio.run(main())
