"""Hello, and a delayed hello

A coroutine is defined with `async def`; calling it runs nothing yet. An event loop runs it:
`asyncio.run()` creates a loop, runs the coroutine to its end and returns its result.
`await asyncio.sleep(1)` pauses this coroutine for a second and lets the loop do other work.
"""
import asyncio


async def hello():
    print("Hello, world!")


async def delayed_hello(name, delay):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.1f} waiting {delay}s before greeting {name}")
    await asyncio.sleep(delay)
    print(f"{loop.time():.1f} Hello, {name}!")
    return len(name)


asyncio.run(hello())
n = asyncio.run(delayed_hello("World", 1))
print("delayed_hello returned", n)
