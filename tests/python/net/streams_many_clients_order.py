# Three native-stream clients at once against one start_server server, with a ticker task: the
# iteration of each send, echo and close (async for over the reader, readexactly, async with server).
import asyncio

async def handle(reader, writer):
    async for line in reader:
        print("server got", line)
        writer.write(line[::-1])
        await writer.drain()
    print("server: client done")
    writer.close()
    await writer.wait_closed()

async def ticker():
    for i in range(40):
        print("tick", i)
        await asyncio.sleep(0)

async def client(n):
    reader, writer = await asyncio.open_connection("127.0.0.1", 8981)
    for i in range(2):
        writer.write(b"c%d-%d\n" % (n, i))
        print("client", n, "sent", i)
        print("client", n, "got", await reader.readexactly(5))
    writer.close()
    print("client", n, "closing")
    await writer.wait_closed()
    print("client", n, "closed")

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8981)
    t = asyncio.create_task(ticker())
    await asyncio.gather(*(client(i) for i in range(3)))
    async with server:
        pass
    print("after server")
    await asyncio.sleep(0.5)
    t.cancel()

asyncio.run(main())
