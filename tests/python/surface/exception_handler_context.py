# What a loop exception handler is given: CPython's message, the handle, the script's own keys
import asyncio

seen = []


def handler(loop, context):
    seen.append(context)
    print(sorted(context))
    print(context["message"].replace(__file__, "FILE"))
    if "handle" in context:
        print(repr(context["handle"]).replace(__file__, "FILE"), context["handle"].cancelled())
    print(repr(context.get("exception")))


def bad_callback(n, word="x"):
    raise ValueError(f"callback failure {n}")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback, 1)
    loop.call_soon(bad_callback, "a long argument that reprlib shortens", ["x"] * 9)
    fut = loop.create_future()
    fut.add_done_callback(bad_callback)
    fut.set_result("done")
    await asyncio.sleep(0.05)
    custom = {"message": "custom message", "peer": ("10.0.0.1", 80), "exception": KeyError("k")}
    loop.call_exception_handler(custom)
    print(seen[-1] is custom)
    loop.call_exception_handler({"message": "only a message"})
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())


asyncio.run(main())
