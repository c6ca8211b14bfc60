# realtime
import socket
import threading

ready = threading.Event()
port_box = []


def serve():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as srv:
        srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        srv.bind(("127.0.0.1", 0))
        srv.listen(1)
        port_box.append(srv.getsockname()[1])
        ready.set()
        conn, addr = srv.accept()
        with conn:
            print("server: connected by", addr[0])
            while True:
                data = conn.recv(1024)
                if not data:
                    break
                conn.sendall(data.upper())
        print("server: done")


t = threading.Thread(target=serve)
t.start()
ready.wait()
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
    s.connect(("127.0.0.1", port_box[0]))
    for word in (b"hello", b"world"):
        s.sendall(word)
        print("client: got", s.recv(1024))
    s.settimeout(0.2)
    try:
        s.recv(10)
    except socket.timeout as e:
        print("client: timeout", e, type(e).__name__)
t2 = None
t.join()
print("refused:", end=" ")
try:
    socket.create_connection(("127.0.0.1", port_box[0]))
except ConnectionRefusedError as e:
    print(e)
try:
    socket.create_connection(("www.google.com", 80))
except socket.gaierror as e:
    print("gaierror", e.errno)
print(socket.gethostbyname("localhost"), isinstance(socket.gethostname(), str))
print(socket.getaddrinfo("127.0.0.1", 8080, type=socket.SOCK_STREAM))
print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError))
s = socket.socket()
print(s.family, s.type, s.gettimeout(), s.getblocking())
s.close()
print(s)
try:
    s.send("text")
except TypeError as e:
    print("TypeError:", e)
try:
    socket.socket().send(b"x")
except OSError as e:
    print("OSError:", e)
