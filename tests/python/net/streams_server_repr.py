import asyncio
async def cb(r, w):
    w.close()
async def main():
    server = await asyncio.start_server(cb, "127.0.0.1", 8888)
    print(server)
    print(server.sockets)
    print(server.sockets[0].getsockname(), server.get_loop() is asyncio.get_running_loop())
    async with server:
        pass
    print(server)
asyncio.run(main())
