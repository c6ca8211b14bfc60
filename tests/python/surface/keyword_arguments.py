# asyncio's functions take their parameters by keyword as CPython's do: ensure_future(loop=),
# all_tasks(loop=), current_task(loop=), shield(arg=), timeout(delay=), iscoroutinefunction(func=),
# run_coroutine_threadsafe(coro=, loop=), call_soon/call_later/call_at(callback=, delay=, when=).
import asyncio


async def value(v):
    await asyncio.sleep(0)
    return v


loop = asyncio.new_event_loop()
task = asyncio.ensure_future(value(7), loop=loop)
print(loop.run_until_complete(task), len(asyncio.all_tasks(loop=loop)), asyncio.all_tasks(loop) == set())
other = asyncio.new_event_loop()
try:
    asyncio.ensure_future(task, loop=other)
except ValueError as exc:
    print("ValueError:", exc)
other.close()
loop.close()


async def main():
    running = asyncio.get_running_loop()
    print(asyncio.current_task(loop=running) is asyncio.current_task())
    print(asyncio.current_task(loop=asyncio.new_event_loop()), asyncio.current_task(loop=5))
    async with asyncio.timeout(delay=1):
        print(await asyncio.shield(arg=value(1)))
    print(asyncio.iscoroutinefunction(func=value), asyncio.iscoroutinefunction(func=print))
    done = asyncio.Event()
    running.call_soon(callback=lambda: print("soon"))
    running.call_later(delay=0.5, callback=lambda: print("later", running.time()))
    running.call_at(when=running.time() + 1, callback=done.set)
    running.call_later(0.25, print, "positional", "args")
    await done.wait()
    print("at", running.time())
    try:
        asyncio.shield(aw=value(2))
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        asyncio.current_task(None, loop=None)
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
