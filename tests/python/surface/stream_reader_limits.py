# A StreamReader a script makes with limit=: the limit errors of readline/readuntil (ValueError,
# LimitOverrunError and its consumed), exception()/set_exception(), waiting readers woken by feed_data,
# feed_data after feed_eof.
import asyncio


async def main():
    r = asyncio.StreamReader(limit=10)
    print(r.exception(), r.at_eof())
    r.feed_data(b"line one\nline two is long\nrest")
    print(await r.readline())
    try:
        await r.readline()
    except ValueError as e:
        print(type(e).__name__, e)
    print(await r.read(4))
    r.feed_data(b"abcdefghijklmnop")
    try:
        await r.readuntil(b"|")
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed)
    try:
        await r.readline()
    except ValueError as e:
        print(type(e).__name__, e)
    r.feed_data(b"xyz")
    print(await r.readexactly(3))
    r.feed_data(b"0123456789xx|")
    try:
        print(await r.readuntil(b"|"))
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed)
    print(await r.read(100))

    r2 = asyncio.StreamReader()
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, r2.feed_data, b"hello ")
    loop.call_later(0.2, r2.feed_data, b"world\npartial")
    loop.call_later(0.3, r2.feed_eof)
    print(await r2.readline(), loop.time())
    try:
        await r2.readexactly(20)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected, loop.time())
    print(r2.at_eof(), await r2.read(), await r2.readline())
    try:
        await r2.readuntil(b"\n")
    except asyncio.IncompleteReadError as e:
        print("readuntil at eof:", e)

    r3 = asyncio.StreamReader()
    loop.call_later(0.1, r3.set_exception, ConnectionResetError("gone"))
    try:
        await r3.read(5)
    except ConnectionResetError as e:
        print("read raised", repr(e), repr(r3.exception()))
    r4 = asyncio.StreamReader()
    r4.feed_data(b"a\nb\nc")
    r4.feed_eof()
    async for line in r4:
        print("line", line)
    try:
        await asyncio.StreamReader().readuntil(b"")
    except ValueError as e:
        print(e)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print(e)
    r5 = asyncio.StreamReader()
    r5.feed_eof()
    try:
        r5.feed_data(b"x")
    except AssertionError as e:
        print("AssertionError", e)
    print(await r5.read(-1), await r5.readexactly(0))

asyncio.run(main())
