# The event loop the source document builds on selectors (documents/004_*.txt, slides "... and in
# Python?" and "Why We Need Coroutines (1)/(2)"), assembled into one program. The slides' fragments
# are kept; only what Python 3 itself requires is repaired: connect() of a non-blocking socket raises
# BlockingIOError, send() takes bytes, the socket is registered (not its fileno(): the callbacks use
# it as a socket), unregister() takes it, `selector.` is `selectors.`, "HTTP 1.0" is "HTTP/1.0", and
# the loop ends once nothing is registered (the slides' runs forever).
import selectors
import socket
import time

sel = selectors.DefaultSelector()


def initialize():
    sock = socket.socket()
    sock.setblocking(False)
    try:
        sock.connect(('xkcd.com', 80))
    except BlockingIOError:
        pass
    sel.register(sock, selectors.EVENT_WRITE, connected)


def main():
    while sel.get_map():
        events = sel.select()
        for key, mask in events:
            callback = key.data
            callback(key.fileobj, mask)


def connected(sock, mask):
    sel.unregister(sock)
    request = 'GET / HTTP/1.0\r\nHost: xkcd.com\r\n\r\n'
    sock.send(request.encode())
    sel.register(sock, selectors.EVENT_READ, read)


response = b''


def read(sock, mask):
    global response
    chunk = sock.recv(4096)  # process request
    if chunk:
        response += chunk
        return
    sel.unregister(sock)
    sock.close()
    head, _, body = response.partition(b'\r\n\r\n')
    lines = head.decode().split('\r\n')
    print(lines[0])
    for line in lines[1:]:
        if line.split(':')[0] in ('Location', 'Server', 'Connection'):
            print(line)
    print(len(body), 'bytes of body after', round(time.monotonic() - start, 3), 's')


start = time.monotonic()
initialize()
main()
