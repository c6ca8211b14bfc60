# When a stream's peer sees data and EOF, in loop iterations, as CPython's loopback TCP under a
# virtual clock: data the next iteration, a close's EOF one after (the transport closes its socket
# in a call_soon); an echo server's handler reads the client's EOF before asyncio.run ends.
import asyncio
log = []
async def handle(reader, writer):
    data = await reader.read()
    log.append(("server got EOF", data))
    print("server got", data)
    writer.close()
    await writer.wait_closed()
    print("server closed")

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 9999)
    r, w = await asyncio.open_connection("127.0.0.1", 9999)
    w.write(b"hi")
    w.close()
    print("client close called")
    await w.wait_closed()
    print("client wait_closed returned")
    for i in range(4):
        await asyncio.sleep(0)
        print("tick", i)
    server.close()
    await server.wait_closed()
asyncio.run(main())


async def handle_echo(reader, writer):
    while data := await reader.readline():
        writer.write(b"echo: " + data)
        await writer.drain()
    print("handler: client closed")
    writer.close()


async def echo_main():
    server = await asyncio.start_server(handle_echo, "127.0.0.1", 8888)
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", 8888)
        for message in (b"hello\n", b"world\n"):
            writer.write(message)
            await writer.drain()
            print("client got", await reader.readline())
        writer.close()
        await writer.wait_closed()
        print("client closed")
    print("server closed")


asyncio.run(echo_main())
