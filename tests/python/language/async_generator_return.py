# 'return' with a value in an async generator, and 'yield' in a comprehension, are SyntaxErrors
# (CPython's compiler refuses them wherever they stand); a bare return ends the generator.
import asyncio

SOURCES = [
    "async def ticks():\n    yield 1\n    return 2\n",
    "async def ticks():\n    return 2\n    yield 1\n",
    "async def ticks():\n    yield 1\n    return None\n",
    "async def ticks():\n    for i in range(2):\n        yield i\n    return [1]\n",
    "async def ticks():\n    yield 1\n    return\n",
    "async def outer():\n    def inner():\n        return 1\n    yield inner()\n",
    "async def outer():\n    async def inner():\n        return 1\n    yield await inner()\n",
    "async def coro():\n    return 3\n",
    "def gen():\n    yield 1\n    return 2\n",
    "async def ticks():\n    return [(yield x) for x in range(3)]\n",
    "def f():\n    return {(yield k): 1 for k in 'ab'}\n",
    "def f():\n    return {(yield k) for k in 'ab'}\n",
    "def f():\n    return list((yield k) for k in 'ab')\n",
    "values = [(yield) for i in range(2)]\n",
    "async def f(src):\n    return {k: (yield) async for k in src}\n",
    "async def f(src):\n    return [await v async for v in src]\n",
]

for src in SOURCES:
    try:
        compile(src, "agen.py", "exec")
    except SyntaxError as e:
        print(f"{src.splitlines()[0]!r:40} SyntaxError: {e.msg} (line {e.lineno})")
    else:
        print(f"{src.splitlines()[0]!r:40} compiles")


async def countdown(n):
    while True:
        if n == 0:
            return
        yield n
        n -= 1
        await asyncio.sleep(0.5)


async def main():
    print([i async for i in countdown(3)])
    try:
        exec("async def bad():\n    yield 'tick'\n    return 'done'\n")
    except SyntaxError as e:
        print(type(e).__name__, e)


asyncio.run(main())
