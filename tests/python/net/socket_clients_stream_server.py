import asyncio
import socket


async def handle(reader, writer):
    addr = writer.get_extra_info("peername")
    data = await reader.readline()
    print("server got", data, "from", addr[0])
    writer.write(b"re:" + data)
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    print("server closed", asyncio.current_task().get_name())


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        transport.write(b"proto\n")

    def data_received(self, data):
        print("protocol client got", data)

    def connection_lost(self, exc):
        print("protocol client lost", exc)
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 8765)
    done = loop.create_future()
    await loop.create_connection(lambda: Client(done), "127.0.0.1", 8765)
    await done
    sock = socket.socket()
    sock.setblocking(False)
    await loop.sock_connect(sock, ("127.0.0.1", 8765))
    await loop.sock_sendall(sock, b"raw\n")
    print("sock client got", await loop.sock_recv(sock, 100))
    sock.close()
    print([t.get_name() for t in asyncio.all_tasks()])
    server.close()
    await server.wait_closed()
    try:
        await loop.create_connection(asyncio.Protocol, "127.0.0.1", 8765)
    except ConnectionRefusedError as e:
        print("after close:", e)


asyncio.run(main())
