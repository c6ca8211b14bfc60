# get_extra_info('socket') of native streams: asyncio.TransportSocket (repr with the descriptor
# and port numbers masked, addresses, family/type/proto, socket options), the same object from the
# writer and its transport, and its repr once closed.
import asyncio
import re
import socket


def masked(obj):
    text = re.sub(r"raddr=\('127.0.0.1', \d+\)", "raddr=(..)", repr(obj))
    return re.sub(r"laddr=\('127.0.0.1', [1-9]\d{4}\)", "laddr=(..)", re.sub(r"fd=\d+", "fd=N", text))


async def handle(reader, writer):
    s = writer.get_extra_info("socket")
    print("server:", masked(s))
    print(s.getpeername()[0], s.getsockname(), s.family, s.type, s.proto)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY), s.fileno() > 2)
    print(writer.transport.get_extra_info("socket") is s, type(s).__name__)
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8991)
    reader, writer = await asyncio.open_connection("127.0.0.1", 8991)
    s = writer.get_extra_info("socket")
    print("client:", masked(s), s.getpeername())
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    print(repr(s), s.fileno())
    server.close()

asyncio.run(main())
