# Native streams on the loopback network with a ticker task: the iteration where the server reads
# the data, then the EOF sent with it (write_eof), and where each side sees the other close.
import asyncio

async def handle(reader, writer):
    print("server: start")
    data = await reader.read(100)
    print("server: read", data)
    rest = await reader.read()
    print("server: eof", rest)
    writer.write(b"bye")
    writer.write_eof()
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    print("server: closed")

async def ticker():
    for i in range(25):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8971)
    t = asyncio.create_task(ticker())
    reader, writer = await asyncio.open_connection("127.0.0.1", 8971)
    print("client: connected")
    writer.write(b"abc")
    await writer.drain()
    print("client: drained")
    writer.write_eof()
    print("client: read", await reader.read())
    writer.close()
    await writer.wait_closed()
    print("client: closed")
    server.close()
    await server.wait_closed()
    print("server closed")
    await t

asyncio.run(main())
