import asyncio
import socket


class Upper(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server: made", transport.get_extra_info("sockname")[0])

    def data_received(self, data):
        self.transport.write(data.upper())
        self.transport.close()

    def connection_lost(self, exc):
        print("server: lost", exc)


class Buffered(asyncio.BufferedProtocol):
    def __init__(self, done):
        self.buf = bytearray(4)
        self.got = []
        self.done = done

    def connection_made(self, transport):
        transport.write(b"abcdefghij")

    def get_buffer(self, sizehint):
        return self.buf

    def buffer_updated(self, nbytes):
        self.got.append(bytes(self.buf[:nbytes]))

    def eof_received(self):
        print("buffered eof", self.got)

    def connection_lost(self, exc):
        self.done.set_result(self.got)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Upper, "127.0.0.1", 9000, start_serving=False)
    print(server, server.is_serving())
    try:
        await loop.create_connection(asyncio.Protocol, "127.0.0.1", 9000)
    except ConnectionRefusedError as e:
        print("before start_serving:", e)
    await server.start_serving()
    print("serving", server.is_serving())
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Buffered(done), "127.0.0.1", 9000)
    print(await done)
    print(transport.is_closing(), transport.get_extra_info("peername"))
    try:
        transport.write("text")
    except TypeError as e:
        print("TypeError:", e)
    try:
        await loop.create_server(Upper, "127.0.0.1", 9000)
    except OSError as e:
        print("OSError:", e)
    forever = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("RuntimeError:", "already being awaited" in str(e))
    server.close()
    try:
        await forever
    except asyncio.CancelledError:
        print("serve_forever cancelled", forever.cancelled())
    await server.wait_closed()
    print(server, server.is_serving())
    async with await loop.create_server(Upper, "127.0.0.1", 0) as s2:
        print(len(s2.sockets), s2.sockets[0].getsockname()[0])
    print(s2.sockets)
    listener = socket.create_server(("127.0.0.1", 0))
    s3 = await loop.create_server(Upper, sock=listener)
    reader_port = listener.getsockname()[1]
    sock = socket.socket()
    sock.setblocking(False)
    await loop.sock_connect(sock, ("127.0.0.1", reader_port))
    await loop.sock_sendall(sock, b"via sock=")
    print(await loop.sock_recv(sock, 100))
    sock.close()
    s3.close()
    print(issubclass(asyncio.Protocol, asyncio.BaseProtocol), issubclass(asyncio.Transport, asyncio.BaseTransport))


asyncio.run(main())
