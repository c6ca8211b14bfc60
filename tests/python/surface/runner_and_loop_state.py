# The current loop and Runner state as CPython 3.11 keeps them: asyncio.run and Runner.close leave
# no current loop (get_event_loop() then raises), a Runner runs every run() in one context,
# gather() of nothing outside a loop, and Handle reprs of functools.partial callbacks.
import asyncio
import contextvars
import functools

var = contextvars.ContextVar("var", default="unset")


async def set_var(value):
    var.set(value)


async def get_var():
    return var.get()


with asyncio.Runner() as runner:
    runner.run(set_var("one"))
    print(runner.run(get_var()))
    context = contextvars.copy_context()
    runner.run(set_var("two"), context=context)
    print(runner.run(get_var()), context[var])
    try:
        runner.run(42)
    except ValueError as exc:
        print("ValueError:", exc)

for step in ("after Runner", "after set_event_loop(None)"):
    try:
        asyncio.get_event_loop()
        print(step, "got a loop")
    except RuntimeError as exc:
        print(step, "RuntimeError:", exc)
    asyncio.set_event_loop(None)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(asyncio.gather()), asyncio.get_event_loop() is loop)
loop.close()


def greet(greeting, name, punctuation="!"):
    print(greeting, name + punctuation)


async def main():
    running = asyncio.get_running_loop()
    handle = running.call_soon(functools.partial(greet, "Hi"), "Bob")
    print(repr(handle).replace(__file__, "main.py"))
    handle = running.call_soon(functools.partial(greet, "Hey", punctuation="?"), "Ann")
    print(repr(handle).replace(__file__, "main.py"))
    await asyncio.sleep(0)
    try:
        running.set_exception_handler(42)
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        await asyncio.gather([get_var(), get_var()])
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
try:
    asyncio.get_event_loop()
except RuntimeError as exc:
    print("after asyncio.run RuntimeError:", exc)
