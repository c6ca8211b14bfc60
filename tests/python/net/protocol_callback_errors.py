# A protocol method that raises inside a transport's reader (datagram and stream): what the loop's
# exception handler is given (message, handle, exception), and the transport after it.
import asyncio


class BadDatagram(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        raise ValueError("bad datagram %r" % data)


class BadStream(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        raise KeyError(data)

    def connection_lost(self, exc):
        print("stream server lost:", type(exc).__name__)


def handler(loop, context):
    print("handler:", context["message"])
    print("  handle:", repr(context.get("handle")))
    print("  exception:", repr(context.get("exception")))
    print("  keys:", sorted(context))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    tr, _ = await loop.create_datagram_endpoint(BadDatagram, local_addr=("127.0.0.1", 45301))
    tc, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol,
                                                remote_addr=("127.0.0.1", 45301))
    tc.sendto(b"boom")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("datagram transport closing:", tr.is_closing())
    tc.sendto(b"again")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    tr.close()
    tc.close()

    server = await loop.create_server(BadStream, "127.0.0.1", 45302)
    ct, _ = await loop.create_connection(asyncio.Protocol, "127.0.0.1", 45302)
    ct.write(b"data")
    for _ in range(4):
        await asyncio.sleep(0)
    ct.close()
    server.close()
    await server.wait_closed()
    await asyncio.sleep(0)

asyncio.run(main())
