# _lsnet: the run's in-process network under `socket`, `select`, `selectors` and asyncio's
# transports (runtime/python/README.md "Sockets").
#
# A run has no outside network. A socket reaches two kinds of peers:
#  * the script's own listening sockets ("127.x.y.z", "localhost", "::1"; for bind also "" and
#    "0.0.0.0"): a connection is two Conn ends; bytes sent are in the peer's buffer at once, as on
#    CPython's loopback TCP;
#  * the simulated web's hosts (loopscope.web): a WebPeer reads HTTP/1.x requests and answers each
#    after the host's latency on the run's clock (timers here).
#
# Who waits how: a blocking call waits in wait() (the run's clock for web timers, so on the loop's
# thread the loop is blocked; a condition for other threads); an event loop is told through its
# watchers (Watch: call_soon_threadsafe, so readiness joins the ready queue at the start of the next
# iteration, where CPython's selector puts it).
#
# Sections: errors · state and ports · connections · datagrams · the web's hosts · timers and waiting ·
# watchers

import time

__all__ = []

# ---- errors ---------------------------------------------------------------------------------------

NO_NETWORK = ("this sandbox has no outside network: a socket reaches this script's own servers "
              "(127.0.0.1, localhost) and the simulated web's hosts (loopscope.web.hosts)")


def gaierror_class():
    import socket
    return socket.gaierror


def would_block():
    return BlockingIOError(11, "Resource temporarily unavailable")


def reset_error():
    return ConnectionResetError(104, "Connection reset by peer")


# ---- state and ports ------------------------------------------------------------------------------

listeners = {}   # port -> the listening socket
_ports = {}      # port -> how many sockets hold it
_next_port = 40000
by_fd = {}       # fd -> socket, for select() and add_reader(fd)
LOCAL_ADDRESS = "127.0.0.1"
HOST_ADDRESS = "10.0.2.15"   # this host's address on its (simulated) network


def new_fd(sock):
    """The lowest free descriptor, as the OS gives: from 3 (after stdin, stdout, stderr), from 6
    while an event loop runs (CPython's loop holds its epoll and self-pipe descriptors)."""
    fd = 3 if _running_loop() is None else 6
    while fd in by_fd:
        fd += 1
    by_fd[fd] = sock
    return fd


def forget_fd(fd):
    by_fd.pop(fd, None)


def is_local(host, listening=False):
    if host in ("localhost", "::1") or host.startswith("127."):
        return True
    return listening and host in ("", "0.0.0.0", "::")


def port_free(port):
    return port not in _ports


def _ephemeral_port(taken):
    # The next port from 40000 to 64999 (round robin, as Linux's range) that `taken` does not hold.
    global _next_port
    for _ in range(25000):
        candidate = _next_port
        _next_port = 40000 if _next_port >= 64999 else _next_port + 1
        if candidate not in taken:
            return candidate
    raise OSError(99, "Cannot assign requested address")


def take_port(port=0):
    if port == 0:
        port = _ephemeral_port(_ports)
    _ports[port] = _ports.get(port, 0) + 1
    return port


def release_port(port):
    n = _ports.get(port, 0) - 1
    if n <= 0:
        _ports.pop(port, None)
    else:
        _ports[port] = n


# Web hosts get documentation addresses (198.51.100.x), so getaddrinfo() gives plausible values and
# connecting to the address reaches the host.
_address_of = {}
_host_at = {}


def web_address(name):
    name = name.lower().rstrip(".")
    addr = _address_of.get(name)
    if addr is None:
        h = 0
        for byte in name.encode():
            h = (h * 31 + byte) & 0xFFFF
        n = h % 250 + 2
        while "198.51.100.%d" % n in _host_at:
            n = n % 250 + 2
        addr = "198.51.100.%d" % n
        _address_of[name] = addr
        _host_at[addr] = name
    return addr


def web_host(name):
    """The simulated web's Host for a name or one of its addresses, or None."""
    import loopscope.web as web
    name = _host_at.get(name, name)
    return web.lookup(name)


def resolve(host):
    """host -> an IPv4 address text; socket.gaierror for names that do not resolve."""
    if host in ("", "0.0.0.0"):
        return "0.0.0.0"
    if host in ("<broadcast>", "255.255.255.255"):
        return "255.255.255.255"
    if is_local(host):
        return "::1" if host == "::1" else (host if host.startswith("127.") else LOCAL_ADDRESS)
    if host in _host_at:
        return host
    if web_host(host) is not None:
        return web_address(host)
    raise unreachable(host)


def unreachable(host):
    parts = host.split(".")
    if len(parts) == 4 and all(p.isdigit() for p in parts):
        return OSError(101, "Network is unreachable (%s)" % NO_NETWORK)
    import loopscope.web as web
    if host.lower().rstrip(".") in web.hosts:  # a simulated host made to fail as DNS does
        return gaierror_class()(-2, "Name or service not known")
    return gaierror_class()(-2, "Name or service not known (%s)" % NO_NETWORK)


# ---- connections ----------------------------------------------------------------------------------

class Conn:
    """One end of a connection: what has arrived for this end, and its peer."""

    def __init__(self, sock, local, remote):
        self.sock = sock          # the socket that owns this end (None until accepted)
        self.local = local
        self.remote = remote
        self.peer = None          # a Conn or a WebPeer
        self.inbuf = b""
        self.eof = False          # the peer will send nothing more
        self.error = None         # an exception the next call raises (a reset)
        self.closed = False
        self.shut_wr = False
        self.owns_port = True     # False for an accepted end: the port is the listener's

    # What the peer's actions do to this end.
    def deliver(self, data):
        if self.closed:
            if self.peer is not None:
                self.peer.deliver_reset()
            return
        self.inbuf += bytes(data)
        changed(self.sock)

    def deliver_eof(self):
        if not self.closed:
            self.eof = True
            changed(self.sock)

    def deliver_reset(self):
        if not self.closed and self.error is None:
            self.error = reset_error()
            self.inbuf = b""
            changed(self.sock)

    # This end's own actions.
    def send(self, data):
        if self.error is not None:
            raise self._take_error()
        if self.shut_wr or self.peer is None:
            raise BrokenPipeError(32, "Broken pipe")
        self.peer.deliver(bytes(data))
        return len(data)

    def _take_error(self):
        e, self.error = self.error, None
        if isinstance(e, ConnectionResetError):
            self.shut_wr = True
            self.eof = True
            self.peer = None
        return e

    def recv_ready(self):
        return bool(self.inbuf) or self.eof or self.error is not None

    def recv(self, n):
        if self.error is not None:
            raise self._take_error()
        data = self.inbuf[:n]
        self.inbuf = self.inbuf[n:]
        return data

    def shutdown_write(self):
        if not self.shut_wr:
            self.shut_wr = True
            if self.peer is not None:
                self.peer.deliver_eof()

    def close(self):
        if self.closed:
            return
        peer = self.peer
        unread = bool(self.inbuf)
        self.closed = True
        self.inbuf = b""
        if peer is not None:
            if unread:
                peer.deliver_reset()  # closing with unread data resets the connection, as TCP does
            elif not self.shut_wr:
                peer.deliver_eof()
        self.shut_wr = True


def _stream_server(port):
    """The listener standing for a native asyncio.start_server server on port, or None."""
    import sys
    serving = sys.modules.get("_asyncio_serving")
    if serving is None or port not in serving.servers:
        return None
    mirror = serving._mirrors.get(port)
    if mirror is None:
        import _asyncio_network
        mirror = serving._mirrors[port] = _asyncio_network.mirror(port, serving.servers[port])
    return mirror


def serves(host, port):
    """Whether (host, port) is a listening socket of this network (asyncio/streams.c asks, so that
    asyncio.open_connection reaches a socket or loop.create_server server: _asyncio_streams)."""
    if not isinstance(host, str) or not is_local(host) or not isinstance(port, int):
        return False
    listener = listeners.get(port)
    return listener is not None and listener._listening and not listener._mirror


def connect_local(sock, host, port):
    """Connects sock to the script's own listener on port -> its Conn, or ConnectionRefusedError."""
    listener = listeners.get(port)
    if listener is None or not listener._listening:
        listener = _stream_server(port)
        if listener is None:
            raise ConnectionRefusedError(111, "Connection refused")
    client_port = take_port(0)
    client = Conn(sock, (LOCAL_ADDRESS, client_port), (LOCAL_ADDRESS, port))
    server = Conn(None, (LOCAL_ADDRESS, port), (LOCAL_ADDRESS, client_port))
    server.owns_port = False
    client.peer, server.peer = server, client
    listener._backlog.append(server)
    changed(listener)
    return client


# ---- datagrams -----------------------------------------------------------------------------------
# UDP has its own ports (a TCP and a UDP socket may hold the same number). A datagram sent to a
# local port is in the bound socket's queue at once, as on CPython's loopback; one sent to a port
# nobody holds is dropped, and a connected sender is told (ICMP port unreachable on Linux: its next
# call raises ConnectionRefusedError, select() finds it readable, SO_ERROR is 111).

udp_bound = {}   # port -> the datagram socket bound there


def take_udp_port(port=0):
    if port == 0:
        return _ephemeral_port(udp_bound)
    if port in udp_bound:
        raise OSError(98, "Address already in use")
    return port


def send_datagram(source, host, port, data):
    """Delivers data from the datagram socket `source` to (host, port) -> whether a socket took
    it (False: nobody holds the port)."""
    if not is_local(host):
        raise OSError(101, "Network is unreachable (this sandbox has no outside network: a UDP "
                           "datagram reaches this script's own sockets (127.0.0.1, localhost) only)")
    target = udp_bound.get(port)
    if target is None or target._closed:
        return False
    local = source._local
    if local[0] == "0.0.0.0":
        local = (LOCAL_ADDRESS, local[1])
    elif local[0] == "::":
        local = ("::1", local[1])
    if target._dpeer is not None and target._dpeer != local:
        return True  # a connected socket takes datagrams from its peer only
    target._dq.append((bytes(data), source._shown(local)))
    changed(target)
    return True


def broadcast_datagram(source, port, data):
    """A datagram to 255.255.255.255: the socket bound to all addresses at port gets it, from this
    host's network address (a socket bound to 127.0.0.1 is not on that network)."""
    target = udp_bound.get(port)
    if target is None or target._closed or target._local[0] not in ("0.0.0.0", "::"):
        return
    sender = (HOST_ADDRESS, source._local[1])
    if target._dpeer is not None and target._dpeer != sender:
        return
    target._dq.append((bytes(data), sender))
    changed(target)


# ---- the web's hosts ------------------------------------------------------------------------------

class WebPeer:
    """A simulated web host at the other end of a connection: reads HTTP/1.x requests and answers
    each one after the host's latency. HTTP/1.0 or "Connection: close" close after the answer."""

    def __init__(self, client, host, name, port):
        self.client = client
        self.host = host
        self.name = name
        self.port = port
        self.buf = b""
        self.closed = False
        self.answering = False

    def deliver(self, data):
        if self.closed:
            return
        self.buf += bytes(data)
        self._next_request()

    def deliver_eof(self):
        pass  # a half-closed client still gets its answer

    def deliver_reset(self):
        self.closed = True

    def _next_request(self):
        if self.answering:
            return
        end = self.buf.find(b"\r\n\r\n")
        if end < 0:
            return
        head = bytes(self.buf[:end]).decode("latin-1").split("\r\n")
        headers = []
        for line in head[1:]:
            name, _, value = line.partition(":")
            headers.append((name.strip(), value.strip()))
        length = 0
        for name, value in headers:
            if name.lower() == "content-length" and value.isdigit():
                length = int(value)
        if len(self.buf) < end + 4 + length:
            return
        body = self.buf[end + 4:end + 4 + length]
        self.buf = self.buf[end + 4 + length:]
        self._answer(head[0], headers, body)

    def _answer(self, request_line, headers, body):
        import loopscope.web as web
        parts = request_line.split(" ")
        version = parts[2] if len(parts) == 3 else ""
        close = version != "HTTP/1.1" or any(
            n.lower() == "connection" and v.lower() == "close" for n, v in headers)
        if len(parts) != 3 or not version.startswith("HTTP/1."):
            answer = web.Answer(400, [("Content-Type", "text/html"), ("Connection", "close")],
                                "<html><body><h1>400 Bad Request</h1></body></html>\n")
            close = True
        elif isinstance(self.host.fail, int):
            answer = web.Answer(self.host.fail, [("Content-Type", "text/plain")], "")
        else:
            path, _, query = parts[1].partition("?")
            scheme = "https" if self.port == 443 else "http"
            request = web.Request(parts[0], scheme, self.name, self.port, path, query, headers, body)
            answer = self.host.answer(request)
        if self.host.fail == "timeout":
            return  # never answers
        head = ["HTTP/1.1 %d %s" % (answer.status, answer.reason)]  # as the hosts' servers answer
        names = set()
        for name, value in answer.headers:
            names.add(name.lower())
            head.append("%s: %s" % (name, value))
        if "content-length" not in names:
            head.append("Content-Length: %d" % len(answer.body))
        if close and "connection" not in names:
            head.append("Connection: close")
        data = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1")
        if parts[0] != "HEAD":
            data += answer.body
        self.answering = True
        at_time(time.monotonic() + self.host.next_delay() + answer.extra,
                lambda: self._send(data, close))

    def _send(self, data, close):
        self.answering = False
        if self.closed:
            return
        self.client.deliver(data)
        if close:
            self.closed = True
            self.client.deliver_eof()
        elif self.buf:
            self._next_request()


def connect_web(sock, host, name, port):
    """Connects sock to a simulated web host -> its Conn (the host's own failures are the caller's)."""
    client = Conn(sock, ("10.0.2.15", take_port(0)), (web_address(name), port))
    client.peer = WebPeer(client, host, name, port)
    return client


# ---- timers and waiting ---------------------------------------------------------------------------
# Timers are on the run's clock (time.monotonic, the loop's clock too). Whoever looks at a socket
# first runs the timers that are due (run_due), so a loop, a selector and a blocking call all see
# the web's answers at their time.

_timers = []   # [(when, seq, fn)]
_seq = 0
_cond = None


def at_time(when, fn):
    global _seq
    import heapq
    _seq += 1
    heapq.heappush(_timers, (when, _seq, fn))
    loop = _running_loop()
    if loop is not None:
        arm(loop)


def arm(loop):
    """Makes `loop` run the due timers at their times (a loop that waits for a web answer)."""
    now = time.monotonic()
    for when, _, _ in _timers:
        loop.call_at(loop.time() + max(0.0, when - now), run_due)


def run_due():
    import heapq
    now = time.monotonic()
    while _timers and _timers[0][0] <= now:
        heapq.heappop(_timers)[2]()


def next_due():
    return _timers[0][0] if _timers else None


def _running_loop():
    try:
        import asyncio
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _condition():
    global _cond
    if _cond is None:
        import threading
        _cond = threading.Condition()
    return _cond


def _other_threads():
    try:
        import threading
        return threading.active_count() > 1
    except ImportError:
        return False


def wait(ready, timeout, what):
    """Waits until ready() (True) or `timeout` seconds (None: no limit) have passed (False).

    Web timers are waited for on the run's clock (time.sleep: on the loop's thread the loop is
    blocked, as in CPython); a peer on another thread is waited for on a condition. When nothing
    could ever make it ready, raises RuntimeError instead of waiting forever."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        run_due()
        if ready():
            return True
        now = time.monotonic()
        if deadline is not None and now >= deadline:
            return False
        due = next_due()
        if due is not None and (deadline is None or due <= deadline):
            if due > now:
                time.sleep(due - now)
            continue
        if _other_threads():
            if deadline is not None:
                # A timeout runs on the run's clock (virtual or real): wait in small steps of it.
                time.sleep(min(0.005, deadline - now))
                continue
            cond = _condition()
            with cond:
                if not ready():
                    cond.wait(0.05)
            continue
        if deadline is not None:
            time.sleep(deadline - now)
            continue
        loop = _running_loop()
        where = ("on the event loop's thread: the loop cannot run the other end while its thread "
                 "waits" if loop is not None else "and no other thread or host could ever act")
        raise RuntimeError("%s would wait forever %s (CPython would hang here)" % (what, where))


# ---- watchers -------------------------------------------------------------------------------------

class Watch:
    """An event loop's interest in a socket becoming readable or writable (CPython: a selector
    key and the Handle it runs). Level-triggered: while the socket stays ready and the watch is
    active, the callback runs once per loop iteration."""

    def __init__(self, loop, sock, writing, callback, args):
        self.loop = loop
        self.sock = sock
        self.writing = writing
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._pending = False
        self._handle = None       # the loop's Handle of the callback while it is due

    def cancel(self):
        self._cancelled = True
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def cancelled(self):
        return self._cancelled

    def kick(self):
        # The callback runs as its own Handle (so an exception in it is reported as CPython
        # reports it: "Exception in callback _SelectorSocketTransport._read_ready()"), followed by
        # _rearm, which keeps the watch level-triggered.
        if self._pending or self._cancelled:
            return
        self._pending = True
        try:
            self._handle = self.loop.call_soon_threadsafe(self._callback, *self._args)
            self.loop.call_soon_threadsafe(self._rearm)
        except RuntimeError:  # the loop is closed
            self._cancelled = True

    def _rearm(self):
        self._pending = False
        self._handle = None
        if not self._cancelled and self.ready():
            self.kick()

    def ready(self):
        return self.sock._writable() if self.writing else self.sock._readable()

    def __repr__(self):
        return "<Handle %s>" % getattr(self._callback, "__name__", "callback")


def changed(sock):
    """Something happened to sock: wake the loops watching it and the threads waiting."""
    if sock is None:
        return
    for w in (sock._rwatch, sock._wwatch):
        if w is not None and w.ready():
            w.kick()
    for selector in sock._selectors:
        selector._wakeup(sock._fd)
    if _cond is not None:
        with _cond:
            _cond.notify_all()
