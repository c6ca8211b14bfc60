# expect: RuntimeError
# Two tasks awaiting each other, one cancelled: CPython's RecursionError (a RuntimeError), not a
# C++ stack overflow in TaskBase::cancel.
import asyncio
async def main():
    box = {}
    async def a():
        await asyncio.sleep(0)
        await box["b"]
    async def b():
        await asyncio.sleep(0)
        await box["a"]
    box["a"] = asyncio.create_task(a())
    box["b"] = asyncio.create_task(b())
    await asyncio.sleep(1)
    box["a"].cancel()
    await asyncio.sleep(1)
    print("ok")
asyncio.run(main())
