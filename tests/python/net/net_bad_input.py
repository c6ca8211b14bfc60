import asyncio
import select
import selectors
import socket

def attempt(label, f, *args):
    try:
        r = f(*args)
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("family 99", socket.socket, 99)
s = socket.socket()
attempt("connect str", s.connect, "localhost:80")
attempt("connect port", s.connect, ("127.0.0.1", 70000))
attempt("connect port str", s.connect, ("127.0.0.1", "80"))
attempt("recv unconnected", s.recv, 10)
attempt("recv negative", s.recv, -1)
attempt("accept unlistened", s.accept)
attempt("getpeername", s.getpeername)
attempt("settimeout", s.settimeout, -1)
attempt("settimeout str", s.settimeout, "x")
s.bind(("127.0.0.1", 0))
attempt("bind twice", s.bind, ("127.0.0.1", 0))
t = socket.socket()
attempt("bind in use", t.bind, s.getsockname())
attempt("bind remote", t.bind, ("8.8.8.8", 0))
s.close()
attempt("closed fileno", s.fileno)
attempt("closed send", s.send, b"x")
attempt("closed close", s.close)
attempt("select bad fd", select.select, [99], [], [], 0)
attempt("select bad obj", select.select, ["x"], [], [], 0)
attempt("select neg timeout", select.select, [], [], [], -1)
attempt("select empty", select.select, [], [], [], 0.5)
sel = selectors.DefaultSelector()
attempt("register bad", sel.register, "x", selectors.EVENT_READ)
attempt("unregister missing", sel.unregister, t)
attempt("get_key missing", sel.get_key, t)
attempt("inet_aton", socket.inet_aton, "1.2.3.4")
attempt("htons", socket.htons, 80)
t.close()

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0)
    try:
        await loop.create_connection(asyncio.Protocol, "127.0.0.1", 1)
    except OSError as e:
        print("create_connection ->", type(e).__name__, e)
    try:
        await loop.create_server(asyncio.Protocol)
    except ValueError as e:
        print("create_server ->", e)
    try:
        await loop.create_connection(asyncio.Protocol)
    except ValueError as e:
        print("create_connection ->", e)

asyncio.run(main())
