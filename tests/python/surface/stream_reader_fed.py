# A StreamReader a script makes and feeds by hand (as tests and tutorials do): readline, readuntil,
# readexactly and read on the buffer, IncompleteReadError at the end, a reader waiting for data.
import asyncio


async def main():
    reader = asyncio.StreamReader()
    reader.feed_data(b"line one\nline two\npartial")
    reader.feed_eof()
    print(await reader.readline())
    print(await reader.readuntil(b"\n"))
    try:
        await reader.readuntil(b"\n")
    except asyncio.IncompleteReadError as e:
        print("incomplete:", e.partial, e.expected, str(e))
    print(reader.at_eof(), await reader.read())

    later = asyncio.StreamReader(limit=1024)
    waiting = asyncio.create_task(later.readexactly(5))
    await asyncio.sleep(0.1)
    later.feed_data(b"ab")
    await asyncio.sleep(0.1)
    print(waiting.done())
    later.feed_data(b"cdef")
    print(await waiting, await later.read(10))
    later.feed_eof()
    print(await later.read(), later.at_eof())


e = asyncio.IncompleteReadError(b"ab", 5)
print(str(e), e.args, e.partial, e.expected, isinstance(e, EOFError))
overrun = asyncio.LimitOverrunError("too long", 3)
print(repr(overrun), overrun.consumed, overrun.args)
print(asyncio.IncompleteReadError(b"xyz", None), asyncio.IncompleteReadError(b"", 3).args)
asyncio.run(main())
