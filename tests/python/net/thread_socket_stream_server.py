# realtime
# A blocking socket client on a thread talks to an asyncio.start_server server.
import asyncio
import socket


async def handle(reader, writer):
    async for line in reader:
        writer.write(line.upper())
        await writer.drain()
    writer.close()


def client(port):
    with socket.create_connection(("127.0.0.1", port)) as sock:
        f = sock.makefile("rwb")
        replies = []
        for word in (b"alpha\n", b"beta\n"):
            sock.sendall(word)
            replies.append(f.readline())
        sock.shutdown(socket.SHUT_WR)
        replies.append(sock.recv(10))
        return replies


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(await asyncio.to_thread(client, port))
    server.close()


asyncio.run(main())
