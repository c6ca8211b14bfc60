# inspect, asyncio, types and collections.abc tell coroutines, generators and their functions apart
# as CPython 3.11 does (coroutine objects have their own type: patch 0120; the ABCs' hooks: 0121).
import asyncio
import collections.abc as abc
import inspect
import types


async def coro_fn():
    return 1


def gen_fn():
    yield 1


async def agen_fn():
    yield 1


def plain():
    return 1


class A:
    async def m(self):
        pass


@types.coroutine
def old_style():
    yield
    return "old"


c, g, a = coro_fn(), gen_fn(), agen_fn()
for name, obj in [("coroutine", c), ("generator", g), ("async generator", a), ("plain", plain())]:
    print(name, inspect.iscoroutine(obj), inspect.isgenerator(obj), inspect.isawaitable(obj),
          inspect.isasyncgen(obj), asyncio.iscoroutine(obj))
for name, fn in [("async def", coro_fn), ("generator def", gen_fn), ("async gen def", agen_fn),
                 ("def", plain), ("method", A().m)]:
    print(name, inspect.iscoroutinefunction(fn), inspect.isgeneratorfunction(fn),
          inspect.isasyncgenfunction(fn), asyncio.iscoroutinefunction(fn), inspect.isfunction(fn))
print(types.CoroutineType, types.GeneratorType, types.AsyncGeneratorType)
print(type(c) is types.CoroutineType, type(g) is types.GeneratorType, type(a) is types.AsyncGeneratorType)
print(isinstance(c, types.CoroutineType), isinstance(g, types.CoroutineType))
print("Coroutine", isinstance(c, abc.Coroutine), isinstance(g, abc.Coroutine))
print("Awaitable", isinstance(c, abc.Awaitable), isinstance(g, abc.Awaitable), isinstance(1, abc.Awaitable))
print("Generator", isinstance(g, abc.Generator), isinstance(c, abc.Generator))
print("AsyncGenerator", isinstance(a, abc.AsyncGenerator), isinstance(a, abc.AsyncIterator),
      isinstance(a, abc.AsyncIterable), isinstance(c, abc.AsyncIterable))
print(issubclass(types.CoroutineType, abc.Coroutine), issubclass(types.GeneratorType, abc.Awaitable))


class MyAwaitable:
    def __await__(self):
        yield
        return "mine"


class MyCoro(MyAwaitable):
    def send(self, v):
        pass

    def throw(self, *a):
        pass

    def close(self):
        pass


print(isinstance(MyAwaitable(), abc.Awaitable), isinstance(MyAwaitable(), abc.Coroutine),
      isinstance(MyCoro(), abc.Coroutine), inspect.isawaitable(MyAwaitable()))


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(3)
    print("future", isinstance(fut, abc.Awaitable), inspect.isawaitable(fut), asyncio.iscoroutine(fut))
    print(await old_style(), await MyAwaitable(), await fut)


asyncio.run(main())
for obj in (c, g):
    obj.close()
