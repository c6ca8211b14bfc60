# asyncio.Task / asyncio.Future constructors, create_task(coro=), iscoroutine(function), isfuture,
# AbstractEventLoop / BaseEventLoop and the event loop policy functions, as CPython 3.11
import asyncio


async def work(n):
    await asyncio.sleep(0)
    return n * 10


def plain():
    return 1


class Worker:
    async def run(self):
        return "ran"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.Task(work(1), name="built")
    print(t.get_name(), await t)
    u = asyncio.Task(work(2))
    print(u.get_name(), await u)
    v = asyncio.create_task(coro=work(3))
    print(v.get_name(), await v)
    f = asyncio.Future()
    print(f.get_loop() is loop, f.done())
    g = asyncio.Future(loop=loop)
    loop.call_soon(g.set_result, "later")
    print(await g)
    print(asyncio.iscoroutinefunction(work), asyncio.iscoroutinefunction(plain))
    print(asyncio.iscoroutinefunction(Worker().run), asyncio.iscoroutinefunction(Worker.run))
    c = work(4)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain), asyncio.isfuture(f), asyncio.isfuture(c))
    await c
    print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop))
    print(isinstance(t, asyncio.Future), isinstance(f, asyncio.Task))
    try:
        asyncio.Task(plain)
    except TypeError as e:
        print("TypeError", str(e).startswith("a coroutine was expected, got"))


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
early = asyncio.Future()
print(early.get_loop() is loop)
task = asyncio.Task(work(5), name="early")
print(loop.run_until_complete(task), task.get_name())
policy = asyncio.get_event_loop_policy()
print(isinstance(policy, asyncio.AbstractEventLoopPolicy), policy is asyncio.get_event_loop_policy())
print(policy.get_event_loop() is loop)
new = policy.new_event_loop()
print(new is not loop, isinstance(new, asyncio.AbstractEventLoop))
new.close()
loop.close()
asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())
try:
    asyncio.set_event_loop_policy(42)
except TypeError as e:
    print("TypeError", e)
asyncio.set_event_loop_policy(None)
asyncio.run(main())
try:
    asyncio.no_such_name
except AttributeError as e:
    print("AttributeError", e)
