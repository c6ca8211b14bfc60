import asyncio


async def handle(reader, writer):
    data = await reader.read(100)
    writer.write(data[::1].upper())
    await writer.drain()
    writer.close()


async def ask(port, text):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(text)
    print("reply", await reader.read())
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8899, start_serving=False, backlog=10,
                                        reuse_address=True)
    print(server, server.is_serving())
    try:
        await ask(8899, b"early")
    except ConnectionRefusedError as e:
        print("refused:", e)
    await server.start_serving()
    print("serving", server.is_serving())
    await ask(8899, b"hello")
    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    await ask(8899, b"again")
    server.close()
    await asyncio.gather(task, return_exceptions=True)
    print(task.cancelled(), server.is_serving(), server)


asyncio.run(main())
