# Sockets to the simulated web's hosts and to nowhere (loopscope.web; no CPython oracle: CPython
# here has no network). Times are on the virtual clock with the run's seed (0).
import asyncio
import socket
import time

import loopscope.web


def http_get(host, path="/", version="1.1", timeout=None):
    start = time.monotonic()
    with socket.create_connection((host, 80), timeout=timeout) as sock:
        sock.sendall(("GET %s HTTP/%s\r\nHost: %s\r\nConnection: close\r\n\r\n"
                      % (path, version, host)).encode())
        chunks = []
        while True:
            chunk = sock.recv(1024)
            if not chunk:
                break
            chunks.append(chunk)
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    status = head.split(b"\r\n")[0].decode()
    print(host + path, "->", status, len(body), "bytes in", round(time.monotonic() - start, 4), "s")
    return body


body = http_get("www.example.com")
print(b"<title>Example Domain</title>" in body)
http_get("httpbin.org", "/status/418")
http_get("httpbin.org", "/delay/2")
print("address", socket.gethostbyname("www.example.com"))
print(socket.getaddrinfo("example.com", 443, type=socket.SOCK_STREAM)[0][4][1])

# keep-alive: two requests on one connection
with socket.create_connection(("www.example.com", 80)) as sock:
    for n in range(2):
        sock.sendall(b"GET /missing HTTP/1.1\r\nHost: www.example.com\r\n\r\n")
        reply = b""
        while b"</html>" not in reply:
            reply += sock.recv(4096)
        print("keep-alive", n, reply.split(b"\r\n")[0].decode())

for host in ("www.google.com", "10.1.2.3"):
    try:
        socket.create_connection((host, 80))
    except OSError as e:
        print(type(e).__name__, e)

loopscope.web.configure({"python.org": {"fail": "refused"}, "xkcd.com": {"fail": "timeout"},
                         "example.com": {"fail": "dns"}})
for host in ("python.org", "example.com"):
    try:
        socket.create_connection((host, 80))
    except OSError as e:
        print(type(e).__name__, e)
start = time.monotonic()
try:
    socket.create_connection(("xkcd.com", 80), timeout=3)
except socket.timeout as e:
    print("timeout:", e, "after", time.monotonic() - start)


async def main():
    loop = asyncio.get_running_loop()

    class Client(asyncio.Protocol):
        def connection_made(self, transport):
            transport.write(b"GET /json HTTP/1.0\r\nHost: httpbin.org\r\n\r\n")
            self.data = b""

        def data_received(self, data):
            self.data += data

        def connection_lost(self, exc):
            print("protocol got", self.data.split(b"\r\n")[0].decode(), "at", round(loop.time(), 4))
            done.set_result(None)

    done = loop.create_future()
    await loop.create_connection(Client, "httpbin.org", 80)
    await done
    # A blocking call to this loop's own server would wait forever: the loop is blocked.
    server = await loop.create_server(asyncio.Protocol, "127.0.0.1", 8000)
    sock = socket.create_connection(("127.0.0.1", 8000))
    try:
        sock.recv(10)
    except RuntimeError as e:
        print("RuntimeError:", e)
    sock.close()
    server.close()

asyncio.run(main())
