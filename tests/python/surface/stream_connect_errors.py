# A refused stream connection is CPython's ConnectionRefusedError(errno, strerror): errno 111,
# strerror "Connect call failed (host, port)", str() "[Errno 111] ..."; a port a closed server
# held is refused the same way.
import asyncio


def show(e):
    print(type(e).__name__, e.errno, repr(e.strerror), e.args)
    print(" ", str(e))
    print(" ", isinstance(e, ConnectionError), isinstance(e, OSError))


async def handle(reader, writer):
    writer.close()


async def main():
    try:
        await asyncio.open_connection("127.0.0.1", 9999)
    except ConnectionRefusedError as e:
        show(e)
    server = await asyncio.start_server(handle, "127.0.0.1", 9998)
    reader, writer = await asyncio.open_connection("127.0.0.1", 9998)
    print("connected:", await reader.read() == b"")
    writer.close()
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", 9998)
    except OSError as e:
        show(e)


asyncio.run(main())
