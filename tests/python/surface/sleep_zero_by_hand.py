# asyncio.sleep(0) is a bare yield, as CPython's __sleep0: a coroutine driven by hand without a
# loop (Hattingh's "coroutines are generators" demo) sees None from send() and throw(); a
# positive delay needs the running loop.
import asyncio
import inspect


async def g():
    try:
        while True:
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("I was cancelled!")
    else:
        return 111


async def stubborn():
    try:
        while True:
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("Nope!")
        while True:
            await asyncio.sleep(0)


coro = g()
print(coro.send(None), coro.send(None))
try:
    coro.throw(asyncio.CancelledError)
except StopIteration as e:
    print("returned", e.value)

coro = stubborn()
coro.send(None)
print(coro.throw(asyncio.CancelledError))
print(inspect.getcoroutinestate(coro))
coro.close()
print(inspect.getcoroutinestate(coro))


async def sleeps(n):
    return await asyncio.sleep(n, result="slept")


coro = sleeps(0)
print(coro.send(None))
try:
    coro.send(None)
except StopIteration as e:
    print("result:", e.value)
coro = sleeps(1)
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.run(sleeps(0)), asyncio.run(sleeps(1)))
