# asyncio's exception classes: where they live and what they derive from, as scripts print them.
import asyncio
import asyncio.exceptions

for name in ["CancelledError", "InvalidStateError", "TimeoutError", "IncompleteReadError",
             "LimitOverrunError", "SendfileNotAvailableError", "BrokenBarrierError"]:
    cls = getattr(asyncio, name)
    print(name, cls.__module__, cls.__mro__[1].__name__, getattr(asyncio.exceptions, name) is cls)

try:
    raise asyncio.SendfileNotAvailableError("the transport cannot send files")
except RuntimeError as e:
    print("caught", type(e).__name__, e)
