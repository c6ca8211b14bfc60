# `await`, `async for` and `async with` belong in an `async def` body: anywhere else compile()
# raises CPython's SyntaxError (a plain function, a generator function, a lambda, the module).
import asyncio

samples = {
    "await in def": "def m(x):\n    y = await z\n    return y\n",
    "await in generator": "def g():\n    yield 1\n    await z\n",
    "await in lambda": "f = lambda: await z\n",
    "await in nested def": "async def outer():\n    def inner():\n        await z\n",
    "async for in def": "def f():\n    async for i in x:\n        pass\n",
    "async with in generator": "def f():\n    yield\n    async with x:\n        pass\n",
    "await at module": "await something()\n",
    "yield from in async def": "async def g():\n    yield from range(3)\n",
    "ok: await in async def": "async def f():\n    await z\n",
    "ok: decorated async def": "import functools\n@functools.lru_cache\nasync def f():\n    await z\n",
    "ok: async for and with": "async def f():\n    async with a:\n        async for i in b:\n            pass\n",
    "ok: async lambda inside": "async def f():\n    g = lambda: 1\n    return await z\n",
    "ok: method": "class C:\n    async def m(self):\n        return await self.x\n",
}
for name, src in samples.items():
    try:
        compile(src, "<demo>", "exec")
        print(f"{name}: compiles")
    except SyntaxError as e:
        print(f"{name}: SyntaxError: {e.args[0]}")


async def main():
    return await asyncio.sleep(0, result="async def still awaits")


print(asyncio.run(main()))
