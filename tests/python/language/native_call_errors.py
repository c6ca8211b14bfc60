# Calls of asyncio's (and the builtins') native functions with wrong arguments get CPython's
# messages, naming the function and what is missing; asyncio.sleep and the other functions CPython
# writes as `async def` are coroutine functions; a wait_for timeout comes from the awaited task's
# CancelledError; asyncio's exceptions are printed with their module in tracebacks.
import asyncio
import inspect
import traceback


async def main():
    calls = [
        ("asyncio.sleep()", lambda: asyncio.sleep()),
        ("asyncio.sleep(1, 2, 3)", lambda: asyncio.sleep(1, 2, 3)),
        ("asyncio.sleep(1, delay_s=2)", lambda: asyncio.sleep(1, delay_s=2)),
        ("asyncio.wait_for()", lambda: asyncio.wait_for()),
        ("asyncio.wait_for(main())", lambda: asyncio.wait_for(asyncio.sleep(0))),
        ("asyncio.wait()", lambda: asyncio.wait()),
        ("asyncio.create_task()", lambda: asyncio.create_task()),
        ("asyncio.as_completed()", lambda: asyncio.as_completed()),
    ]
    for text, call in calls:
        try:
            result = call()
            print(text, "->", type(result).__name__)
        except TypeError as e:
            print(text, "-> TypeError:", e)

    for f in (asyncio.sleep, asyncio.wait_for, asyncio.wait, asyncio.to_thread, main):
        print(f.__name__, asyncio.iscoroutinefunction(f), inspect.iscoroutinefunction(f))
    print("gather", asyncio.iscoroutinefunction(asyncio.gather), inspect.iscoroutinefunction(asyncio.gather))

    async def own_timeout():
        raise TimeoutError("its own")

    try:
        await asyncio.wait_for(own_timeout(), 5)
    except TimeoutError as e:
        print("own:", repr(e), e.__cause__, e.__suppress_context__)
    try:
        await asyncio.wait_for(asyncio.sleep(5), 1)
    except TimeoutError as e:
        print("timed out:", repr(e), repr(e.__cause__), type(e.__context__).__name__, e.__suppress_context__)

    for exc in (asyncio.CancelledError(), asyncio.InvalidStateError("not yet"), asyncio.QueueEmpty()):
        print(traceback.format_exception_only(type(exc), exc)[-1].rstrip())


asyncio.run(main())
