import asyncio
import socket


async def handle(loop, conn, addr):
    print("server: accepted from", addr[0])
    while True:
        data = await loop.sock_recv(conn, 1024)
        print("server: got", data)
        if not data:
            break
        await loop.sock_sendall(conn, b"echo:" + data)
    conn.close()
    print("server: closed")


async def server(loop, listener):
    conn, addr = await loop.sock_accept(listener)
    print("accepted socket blocking?", conn.getblocking())
    await handle(loop, conn, addr)


async def client(loop, port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setblocking(False)
    await loop.sock_connect(sock, ("127.0.0.1", port))
    print("client: connected to", sock.getpeername() == ("127.0.0.1", port))
    for word in (b"one", b"two"):
        await loop.sock_sendall(sock, word)
        reply = await loop.sock_recv(sock, 1024)
        print("client: reply", reply)
    sock.shutdown(socket.SHUT_WR)
    print("client: final", await loop.sock_recv(sock, 1024))
    sock.close()


async def refused(loop):
    sock = socket.socket()
    sock.setblocking(False)
    try:
        await loop.sock_connect(sock, ("127.0.0.1", 9))
    except ConnectionRefusedError as e:
        print("refused:", e)
    finally:
        sock.close()


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    port = listener.getsockname()[1]
    print("listening", listener.getsockname()[0], port > 0)
    try:
        listener.accept()
    except BlockingIOError as e:
        print("accept:", repr(e))
    await asyncio.gather(server(loop, listener), client(loop, port))
    await refused(loop)
    listener.close()
    print(listener)


asyncio.run(main())
