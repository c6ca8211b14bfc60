# realtime
# A streams client against a blocking socket server on a thread.
import asyncio
import socket


class EchoServerProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        peername = transport.get_extra_info('peername')
        print('Connection from {}'.format(peername[0]))
        self.transport = transport

    def data_received(self, data):
        message = data.decode()
        print('Data received: {!r}'.format(message))
        print('Send: {!r}'.format(message))
        self.transport.write(data)
        print('Close the client socket')
        self.transport.close()


async def tcp_echo_client(message):
    reader, writer = await asyncio.open_connection('127.0.0.1', 8888)
    print(f'Send: {message!r}')
    writer.write(message.encode())
    await writer.drain()
    data = await reader.read(100)
    print(f'Received: {data.decode()!r}')
    line = await reader.readline()
    print('after close:', line, reader.at_eof())
    print('Close the connection')
    writer.close()
    await writer.wait_closed()


async def lines_client():
    reader, writer = await asyncio.open_connection('localhost', 9999)
    writer.write(b"a\nbb\nccc")
    writer.write_eof()
    async for line in reader:
        print("line", line)
    try:
        await reader.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print("incomplete", e.partial, e.expected)
    writer.close()


def serve_lines(sock):
    conn, _ = sock.accept()
    data = b""
    while True:
        chunk = conn.recv(100)
        if not chunk:
            break
        data += chunk
    conn.sendall(data)
    conn.close()


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.create_server(("127.0.0.1", 9999))
    listener.setblocking(False)
    listener.setblocking(True)
    await asyncio.gather(lines_client(), asyncio.to_thread(serve_lines, listener))
    listener.close()

asyncio.run(main())
