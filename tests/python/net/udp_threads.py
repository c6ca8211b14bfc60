# realtime
# A blocking UDP echo server on a thread and blocking clients (sendto/recvfrom, settimeout), and
# asyncio.to_thread around a blocking UDP call while the loop serves a datagram endpoint.
import asyncio
import socket
import threading

ready = threading.Event()


def serve():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as srv:
        srv.bind(("127.0.0.1", 45101))
        ready.set()
        while True:
            data, addr = srv.recvfrom(1024)
            if data == b"quit":
                print("server: quit")
                break
            print("server: got", data, "from", addr[0])
            srv.sendto(data.upper(), addr)


t = threading.Thread(target=serve)
t.start()
ready.wait()
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as c:
    c.settimeout(2)
    for word in (b"alpha", b"beta"):
        c.sendto(word, ("127.0.0.1", 45101))
        data, addr = c.recvfrom(1024)
        print("client: got", data, addr)
    c.connect(("127.0.0.1", 45101))
    c.send(b"connected")
    print("client:", c.recv(1024))
    c.send(b"quit")
    c.settimeout(0.2)
    try:
        c.recv(1024)
    except socket.timeout as e:
        print("client:", type(e).__name__, e)
t.join()


class Echo(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.transport.sendto(data[::-1], addr)


def blocking_client():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(2)
        s.sendto(b"reverse me", ("127.0.0.1", 45102))
        return s.recvfrom(100)[0]


async def main():
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(Echo, local_addr=("127.0.0.1", 45102))
    print("to_thread:", await asyncio.to_thread(blocking_client))
    transport.close()

asyncio.run(main())
