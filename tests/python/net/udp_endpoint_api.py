# loop.create_datagram_endpoint's options and transport, error_received for a refused port,
# loop.sock_sendto / sock_recvfrom (3.11).
import asyncio
import socket


class Recorder(asyncio.DatagramProtocol):
    def __init__(self, name):
        self.name = name
        self.got = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        print(self.name, "connection_made", transport.is_closing())
        self.transport = transport

    def datagram_received(self, data, addr):
        print(self.name, "datagram_received", data, addr[0])
        if not self.got.done():
            self.got.set_result(data)

    def error_received(self, exc):
        print(self.name, "error_received", type(exc).__name__, exc)

    def connection_lost(self, exc):
        print(self.name, "connection_lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    # sock=
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", 46001))
    tr, pr = await loop.create_datagram_endpoint(lambda: Recorder("A"), sock=s)
    print(isinstance(tr, asyncio.DatagramTransport), isinstance(tr, asyncio.BaseTransport))
    print(tr.get_extra_info("socket").getsockname(), tr.get_extra_info("sockname"))
    print(tr.get_extra_info("peername"), tr.get_extra_info("nothing", "dflt"))
    print(tr.get_write_buffer_size(), tr.get_protocol() is pr, s.getblocking())
    print(repr(tr).replace("fd=%d" % s.fileno(), "fd=N"))
    for bad in [dict(sock=socket.socket()), dict(sock=s, local_addr=("127.0.0.1", 1)),
                dict(family=0), dict(local_addr="127.0.0.1:9")]:
        try:
            await loop.create_datagram_endpoint(asyncio.DatagramProtocol, **bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, str(e).replace("fd=%d" % bad.get("sock", s).fileno(), "fd=N").split(", laddr")[0])
    try:
        await loop.create_datagram_endpoint(asyncio.DatagramProtocol,
                                            local_addr=("127.0.0.1", 46001))
    except OSError as e:
        print("in use:", e)
    # remote_addr=
    tb, pb = await loop.create_datagram_endpoint(lambda: Recorder("B"),
                                                 remote_addr=("127.0.0.1", 46001))
    print("B peer", tb.get_extra_info("peername"))
    tb.sendto(b"one")
    tb.sendto(b"")
    tb.sendto(bytearray(b"two"), ("127.0.0.1", 46001))
    try:
        tb.sendto(b"x", ("127.0.0.1", 46002))
    except ValueError as e:
        print(e)
    try:
        tb.sendto("str")
    except TypeError as e:
        print(e)
    print(await pr.got)
    await asyncio.sleep(0)
    tr.sendto(b"back", tb.get_extra_info("sockname"))
    print(await pb.got)
    # a refused port: connected -> error_received, unconnected -> silence
    tc, pc = await loop.create_datagram_endpoint(lambda: Recorder("C"),
                                                 remote_addr=("127.0.0.1", 46999))
    tc.sendto(b"nobody")
    for i in range(3):
        print("iteration", i)
        await asyncio.sleep(0)
    tc.sendto(b"nobody again")
    tc.sendto(b"and again")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    tr.sendto(b"lost", ("127.0.0.1", 46999))
    await asyncio.sleep(0)
    tc.abort()
    print("C closing", tc.is_closing())
    tb.close()
    tb.close()
    tr.close()
    await asyncio.sleep(0)
    print("A, B, C closed", tr.is_closing())
    # local_addr + remote_addr, allow_broadcast, reuse_port
    td, pd = await loop.create_datagram_endpoint(lambda: Recorder("D"),
                                                 local_addr=("127.0.0.1", 46010))
    te, pe = await loop.create_datagram_endpoint(lambda: Recorder("E"),
                                                 local_addr=("127.0.0.1", 46011),
                                                 remote_addr=("127.0.0.1", 46010),
                                                 reuse_port=True)
    print(te.get_extra_info("sockname"), te.get_extra_info("peername"))
    te.sendto(b"from E")
    print(await pd.got)
    tf, pf = await loop.create_datagram_endpoint(lambda: Recorder("F"),
                                                 remote_addr=("127.0.0.1", 46010),
                                                 allow_broadcast=True)
    print("F peer", tf.get_extra_info("peername"))
    tf.sendto(b"from F")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for t in (td, te, tf):
        t.close()
    await asyncio.sleep(0)
    # sock_sendto / sock_recvfrom
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.bind(("127.0.0.1", 46020))
    u.setblocking(False)
    v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    v.setblocking(False)

    async def receive():
        data, addr = await loop.sock_recvfrom(u, 100)
        print("sock_recvfrom", data, addr[0], loop.time())
        return addr

    task = asyncio.create_task(receive())
    await asyncio.sleep(0.5)
    print("sock_sendto", await loop.sock_sendto(v, b"ping", ("127.0.0.1", 46020)))
    addr = await task
    await loop.sock_sendto(u, b"pong", addr)
    print(await loop.sock_recvfrom(v, 2))
    buf = bytearray(10)
    await loop.sock_sendto(u, b"into", addr)
    n, a = await loop.sock_recvfrom_into(v, buf)
    print(n, buf, a)
    u.close()
    v.close()


asyncio.run(main())
