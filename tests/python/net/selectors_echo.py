# An event loop on selectors (as the source document's slides build one): a non-blocking echo
# server and two clients in one selector loop, every socket of this script's own.
import selectors
import socket

sel = selectors.DefaultSelector()
finished = []


def accept(sock, mask):
    conn, addr = sock.accept()
    print("accepted a connection from", addr[0])
    conn.setblocking(False)
    sel.register(conn, selectors.EVENT_READ, echo)


def echo(conn, mask):
    data = conn.recv(1000)
    if data:
        print("echoing", repr(data))
        conn.send(data.upper())
    else:
        print("closing a server connection")
        sel.unregister(conn)
        conn.close()


def make_client(port, name, words):
    sock = socket.socket()
    sock.setblocking(False)
    try:
        sock.connect(("127.0.0.1", port))
    except BlockingIOError as e:
        print(name, "connecting:", e)
    pending = list(words)

    def connected(sock, mask):
        print(name, "connected, events", mask)
        sel.modify(sock, selectors.EVENT_READ, reply)
        sock.send(pending.pop(0))

    def reply(sock, mask):
        data = sock.recv(1000)
        print(name, "got", data)
        if pending:
            sock.send(pending.pop(0))
        else:
            sel.unregister(sock)
            sock.close()
            finished.append(name)

    sel.register(sock, selectors.EVENT_WRITE, connected)


server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen(100)
server.setblocking(False)
key = sel.register(server, selectors.EVENT_READ, accept)
print(key.events, key.data.__name__, key.fileobj is server)
port = server.getsockname()[1]
make_client(port, "A", [b"one", b"two"])
make_client(port, "B", [b"three"])
try:
    sel.register(server, selectors.EVENT_READ)
except KeyError as e:
    print("KeyError", "already registered" in str(e))
try:
    sel.register(server, 4)
except ValueError as e:
    print("ValueError:", e)
print(sel.select(timeout=0) == [] or "ready at once")
rounds = 0
while len(finished) < 2 or len(sel.get_map()) > 1:
    events = sel.select(timeout=1)
    rounds += 1
    for key, mask in events:
        callback = key.data
        callback(key.fileobj, mask)
print("rounds", rounds, "finished", finished)
sel.unregister(server)
server.close()
print(len(sel.get_map()), sel.select(timeout=0.5))
sel.close()
