# `async for line in reader` over a connection's StreamReader, as streams tutorials read lines.
import asyncio


async def handle(reader, writer):
    writer.write(b"first\nsecond\nno newline")
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(reader.__aiter__() is reader)
    async for line in reader:
        print(line)
    print("at eof:", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
