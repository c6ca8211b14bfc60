# The event loop, the policy and concurrent.futures' classes print and name themselves as
# CPython 3.11's on Unix. (Expected output: plain CPython 3.11, not vtime.py, whose own
# VirtualLoop class would show here.)
import asyncio
import concurrent.futures


async def main():
    loop = asyncio.get_running_loop()
    print(loop)
    print(type(loop), [c.__name__ for c in type(loop).__mro__])
    print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.SelectorEventLoop))
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(pow, 2, 10)
        print(type(future), future.result(), type(pool))
    print(concurrent.futures.CancelledError, concurrent.futures.Executor)


policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, asyncio.DefaultEventLoopPolicy, type(policy).__module__)
print(asyncio.SelectorEventLoop, asyncio.BaseEventLoop)
asyncio.run(main())
loop = asyncio.SelectorEventLoop()
print(loop)
loop.run_until_complete(asyncio.sleep(0))
loop.close()
print(loop, loop.is_closed())
