# UDP sockets under selectors and the event loop's add_reader, a protocol's datagram_received
# raising, transport repr over its life, and a Ping-Pong of two endpoints with timings.
import asyncio
import selectors
import socket

sel = selectors.DefaultSelector()
srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
srv.bind(("127.0.0.1", 45201))
srv.setblocking(False)
sel.register(srv, selectors.EVENT_READ)
clients = []
for i in range(3):
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.setblocking(False)
    sel.register(c, selectors.EVENT_READ, i)
    clients.append(c)
for i, c in enumerate(clients):
    c.sendto(b"hi %d" % i, ("127.0.0.1", 45201))
answered = 0
while answered < 3:
    for key, events in sel.select(timeout=1):
        if key.fileobj is srv:
            data, addr = srv.recvfrom(100)
            print("srv", data)
            srv.sendto(data + b"!", addr)
        else:
            print("client", key.data, key.fileobj.recv(100))
            answered += 1
sel.close()
for c in clients:
    c.close()
srv.close()


class Pinger(asyncio.DatagramProtocol):
    def __init__(self, name, done, count):
        self.name, self.done, self.count = name, done, count

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        loop = asyncio.get_running_loop()
        n = int(data)
        print(self.name, n, round(loop.time(), 2))
        if n >= self.count:
            self.done.set_result(n)
            return
        loop.call_later(0.1, self.transport.sendto, str(n + 1).encode(), addr)


class Bad(asyncio.DatagramProtocol):
    def datagram_received(self, data, addr):
        raise ValueError("bad datagram %r" % data)

    def connection_lost(self, exc):
        print("Bad lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    ta, pa = await loop.create_datagram_endpoint(lambda: Pinger("A", done, 5),
                                                 local_addr=("127.0.0.1", 45202))
    tb, pb = await loop.create_datagram_endpoint(lambda: Pinger("B", done, 5),
                                                 remote_addr=("127.0.0.1", 45202))
    tb.sendto(b"0")
    print("result", await done, round(loop.time(), 2))
    ta.close()
    tb.close()
    print(repr(ta).split(" fd=")[0], ta.is_closing())
    await asyncio.sleep(0)
    print(repr(ta))

    # add_reader on a UDP socket
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", 45203))
    s.setblocking(False)
    got = loop.create_future()

    def on_readable():
        data, addr = s.recvfrom(100)
        print("reader:", data)
        if data == b"last":
            loop.remove_reader(s)
            got.set_result(None)

    loop.add_reader(s, on_readable)
    t = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for word in (b"first", b"second", b"last"):
        t.sendto(word, ("127.0.0.1", 45203))
    await got
    s.close()
    t.close()

    # a protocol that raises in datagram_received
    tbad, _ = await loop.create_datagram_endpoint(Bad, local_addr=("127.0.0.1", 45204))
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.sendto(b"boom", ("127.0.0.1", 45204))
    for _ in range(3):
        await asyncio.sleep(0)
    print("bad closing", tbad.is_closing())
    tbad.close()
    await asyncio.sleep(0)
    u.close()

asyncio.run(main())
