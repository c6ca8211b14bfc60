# asyncio.open_connection to an asyncio.start_server server of the same loop, with a ticker task:
# the loop iteration in which the server's callback starts and open_connection returns (the
# callback first, as CPython's accept task and StreamReaderProtocol make it), for two clients.
import asyncio


async def handle(reader, writer):
    print("server: callback starts for", writer.get_extra_info("peername")[0])
    data = await reader.readline()
    print("server: got", data)
    writer.write(data.upper())
    await writer.drain()
    writer.close()


async def ticker():
    for i in range(12):
        print("tick", i)
        await asyncio.sleep(0)


async def client(name):
    print(name, "connecting")
    reader, writer = await asyncio.open_connection("127.0.0.1", 8961)
    print(name, "connected")
    writer.write(name.encode() + b"\n")
    print(name, "got", await reader.readline())
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8961)
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    await client("first")
    await asyncio.gather(client("second"), client("third"))
    server.close()
    await server.wait_closed()
    await t
    try:
        await asyncio.open_connection("127.0.0.1", 8961)
    except ConnectionRefusedError as e:
        print("refused:", e)

asyncio.run(main())
