# UDP broadcast (SO_BROADCAST, "<broadcast>", allow_broadcast=), IPv6 UDP addresses, and a UDP
# connect to another host's address to learn this host's address (nothing is sent).
import asyncio
import socket

r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
r.bind(("", 37020))
r.settimeout(1)
loop_only = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
loop_only.bind(("127.0.0.1", 37023))
loop_only.setblocking(False)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    s.sendto(b"x", ("<broadcast>", 37020))
except OSError as e:
    print(type(e).__name__, e)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
print(s.sendto(b"hello all", ("<broadcast>", 37020)))
data, addr = r.recvfrom(100)
print(data, addr[0] != "127.0.0.1", addr[1] == s.getsockname()[1])
s.sendto(b"again", ("255.255.255.255", 37020))
print(r.recvfrom(100)[0])
s.sendto(b"not for 127.0.0.1", ("255.255.255.255", 37023))
try:
    loop_only.recvfrom(100)
except BlockingIOError:
    print("a socket bound to 127.0.0.1 gets no broadcast")

v6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
print(v6.getsockname())
v6.bind(("::1", 37021))
print(v6.getsockname())
w6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
w6.sendto(b"six", ("::1", 37021))
data, addr = v6.recvfrom(10)
print(data, addr[0], len(addr), addr[2:], w6.getsockname()[0])
w6.connect(("::1", 37021))
print(w6.getpeername(), w6.getsockname()[0])
w6.send(b"connected six")
print(v6.recv(100))

g = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
g.connect(("8.8.8.8", 80))
ip = g.getsockname()[0]
print(ip not in ("0.0.0.0", "127.0.0.1"), ip.count("."), g.getpeername())
g.close()


class Listener(asyncio.DatagramProtocol):
    def __init__(self, got):
        self.got = got

    def datagram_received(self, data, addr):
        print("listener got", data)
        self.got.set_result(data)


async def main():
    loop = asyncio.get_running_loop()
    got = loop.create_future()
    lt, _ = await loop.create_datagram_endpoint(lambda: Listener(got),
                                                local_addr=("0.0.0.0", 37030))
    bt, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol,
                                                remote_addr=("255.255.255.255", 37030),
                                                allow_broadcast=True)
    print("peername", bt.get_extra_info("peername"))
    bt.sendto(b"announce")
    await got
    bt.close()
    lt.close()
    await asyncio.sleep(0)

asyncio.run(main())
for sock in (r, loop_only, s, v6, w6):
    sock.close()
