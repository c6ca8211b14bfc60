# UDP sockets of the run's network: bind, sendto/recvfrom, connect, send/recv, getsockname,
# blocking and non-blocking modes, select and selectors readiness, refused ports.
import select
import selectors
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(a.type, a.family, a.proto, a.gettimeout(), a.getblocking())
print(a.getsockname())
a.bind(("127.0.0.1", 47001))
print(a.getsockname())
print(repr(a).replace("fd=%d" % a.fileno(), "fd=N"))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print("sendto returns", b.sendto(b"hello", ("127.0.0.1", 47001)))
bport = b.getsockname()[1]
print("b bound by sendto:", b.getsockname()[0], bport > 0)
data, addr = a.recvfrom(1024)
print(data, addr == ("127.0.0.1", bport))
b.sendto(b"0123456789", ("127.0.0.1", 47001))
print("truncated:", a.recvfrom(4)[0])
a.setblocking(False)
try:
    a.recvfrom(10)
except BlockingIOError as e:
    print("BlockingIOError", e)
try:
    a.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e, e.errno)
print(select.select([a], [a], [], 0) == ([], [a], []))
b.sendto(b"x1", ("127.0.0.1", 47001))
b.sendto(b"x2", ("127.0.0.1", 47001))
r, w, x = select.select([a, b], [], [], 0)
print(r == [a], w, x)
print(a.recv(100), a.recvfrom(100)[0])
print(select.select([a], [], [], 0))
# connected sockets
try:
    a.getpeername()
except OSError as e:
    print("getpeername:", e)
b.connect(("127.0.0.1", 47001))
print(b.getpeername())
print("send returns", b.send(b"via send"))
print(a.recvfrom(100)[0])
a.sendto(b"reply", b.getsockname())
print(b.recv(100))
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.bind(("127.0.0.1", 0))
c.sendto(b"not from the peer", b.getsockname())
b.setblocking(False)
try:
    print(b.recv(100))
except BlockingIOError:
    print("connected socket ignores other senders")
try:
    a.send(b"x")
except OSError as e:
    print(type(e).__name__, e)
sel = selectors.DefaultSelector()
sel.register(a, selectors.EVENT_READ, "a")
print(sel.select(0))
c.sendto(b"sel", ("127.0.0.1", 47001))
for key, ev in sel.select(0):
    print(key.data, ev, key.fileobj.recvfrom(10)[0])
sel.close()
# datagrams keep their boundaries
for i in range(3):
    c.sendto(b"d%d" % i, ("127.0.0.1", 47001))
print([a.recv(100) for _ in range(3)])
# a port nobody listens on
d = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print("unconnected sendto:", d.sendto(b"lost", ("127.0.0.1", 47999)))
d.setblocking(False)
try:
    d.recvfrom(10)
except OSError as e:
    print(type(e).__name__, e)
d.connect(("127.0.0.1", 47999))
print("connected send:", d.send(b"lost"))
try:
    d.recv(10)
except OSError as e:
    print(type(e).__name__, e)
try:
    d.recv(10)
except OSError as e:
    print(type(e).__name__, e)
d.send(b"again")
try:
    d.send(b"again")
except OSError as e:
    print("send:", type(e).__name__, e)
d.send(b"again")
print(select.select([d], [d], [], 0) == ([d], [d], []))
print(d.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
print(d.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
# bind errors
e = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    e.bind(("127.0.0.1", 47001))
except OSError as err:
    print(err)
t = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
t.bind(("127.0.0.1", 47001))
print("TCP and UDP ports are apart:", t.getsockname())
t.close()
try:
    a.sendto("text", ("127.0.0.1", 47001))
except TypeError as err:
    print(err)
try:
    a.sendto(b"x")
except TypeError as err:
    print(err)
a.settimeout(0.5)
try:
    a.recvfrom(10)
except TimeoutError as err:
    print("timeout:", err)
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as f:
    f.sendto(b"with", ("127.0.0.1", 47001))
print(a.recvfrom(10)[0])
for s in (a, b, c, d, e):
    s.close()
print(repr(a))
