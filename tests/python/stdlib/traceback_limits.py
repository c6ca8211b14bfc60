# traceback's limit: the first `limit` frames of each exception, the last -limit when negative,
# none (and no "Traceback" header) for 0; asyncio.run refuses a running loop before it looks at
# its argument.
import asyncio
import io
import sys
import traceback


def show(text):
    print(text.replace(__file__, "main.py"), end="")


def outer():
    middle()


def middle():
    inner()


def inner():
    raise ValueError("deep")


for limit in (None, 0, 1, 2, -1, -2):
    try:
        outer()
    except ValueError:
        print("limit", limit)
        buffer = io.StringIO()
        traceback.print_exc(limit=limit, file=buffer)
        show(buffer.getvalue())
try:
    try:
        outer()
    except ValueError as exc:
        raise KeyError("k") from exc
except KeyError:
    show(traceback.format_exc(limit=-1))
    print(traceback.format_exception(*sys.exc_info(), limit=0))


async def main():
    try:
        asyncio.run(5)
    except RuntimeError as exc:
        print("RuntimeError:", exc)


asyncio.run(main())
