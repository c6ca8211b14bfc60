# expect: ok|MemoryError
# args: --virtual-time --step-limit 25
# 10**6 gathered coroutines: CPython runs them; the argument list was a RecursionError (the
# pystack), then past MicroPython's 65535 builtin arguments. Either all run, or MemoryError with
# the cap's message - never RecursionError.
import asyncio


async def one():
    return 1


async def main():
    results = await asyncio.gather(*(one() for _ in range(10**6)))
    assert len(results) == 10**6 and sum(results) == 10**6
    print("ok")

asyncio.run(main())
