import asyncio


class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server: connection from", transport.get_extra_info("peername")[0])

    def data_received(self, data):
        print("server: received", data)
        self.transport.write(data.upper())

    def eof_received(self):
        print("server: eof")

    def connection_lost(self, exc):
        print("server: lost", exc)


class EchoClient(asyncio.Protocol):
    def __init__(self, message, done):
        self.message = message
        self.done = done

    def connection_made(self, transport):
        print("client: connected, closing?", transport.is_closing())
        transport.write(self.message.encode())
        print("client: sent", self.message)

    def data_received(self, data):
        print("client: received", data.decode())

    def eof_received(self):
        print("client: eof")

    def connection_lost(self, exc):
        print("client: lost", exc)
        self.done.set_result(True)


async def ticker():
    for i in range(12):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    server = await loop.create_server(EchoServer, "127.0.0.1", 8888)
    print(server)
    print(server.is_serving(), server.get_loop() is loop)
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: EchoClient("hello", done), "127.0.0.1", 8888)
    print(type(protocol).__name__, transport.get_extra_info("peername"))
    await asyncio.sleep(0.1)
    transport.write_eof()
    await asyncio.sleep(0.1)
    transport.close()
    print("closing", transport.is_closing())
    await done
    server.close()
    await server.wait_closed()
    print(server.is_serving(), server.sockets)
    await t
    print(len(asyncio.all_tasks()))


asyncio.run(main())
