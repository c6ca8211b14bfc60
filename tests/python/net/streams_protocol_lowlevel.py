# CPython's streams built by hand over loop.create_connection: StreamReaderProtocol, a script's
# StreamReader and StreamWriter(transport, protocol, reader, loop), against a start_server server
# and a loop.create_server server.
import asyncio


async def handle(reader, writer):
    line = await reader.readline()
    writer.write(b"echo: " + line)
    await writer.drain()
    writer.close()


class Upper(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.transport.write(data.upper())
        self.transport.close()


async def talk(loop, port, text):
    reader = asyncio.StreamReader(limit=2 ** 10)
    protocol = asyncio.StreamReaderProtocol(reader)
    transport, _ = await loop.create_connection(lambda: protocol, "127.0.0.1", port)
    writer = asyncio.StreamWriter(transport, protocol, reader, loop)
    print(type(protocol).__name__, type(writer).__name__, type(reader).__module__)
    print(writer.get_extra_info("peername"), writer.transport is transport)
    writer.write(text)
    await writer.drain()
    print(await reader.readline())
    print("eof:", await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 8951)
    await talk(loop, 8951, b"hello streams\n")
    server.close()
    await server.wait_closed()
    server2 = await loop.create_server(Upper, "127.0.0.1", 8952)
    await talk(loop, 8952, b"hello protocol\n")
    server2.close()
    await server2.wait_closed()
    print("done", loop.time())

asyncio.run(main())
