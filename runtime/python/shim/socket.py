# socket for Loopscope's engine: TCP and UDP sockets on the run's in-process network (shim/_lsnet.py;
# runtime/python/README.md "Sockets"), with CPython 3.11's names, reprs and errors.
#
# Blocking calls block (on the loop's thread the loop is held, as in CPython); non-blocking ones
# raise BlockingIOError. Reachable: the script's own listening sockets and the simulated web's
# hosts; anything else fails saying the sandbox has no outside network.
#
# Sections: constants · errors · name resolution · the socket · helpers

from enum import IntEnum
import _lsnet

__all__ = ["socket", "SocketType", "error", "timeout", "herror", "gaierror", "AddressFamily",
           "SocketKind", "AF_UNSPEC", "AF_UNIX", "AF_INET", "AF_INET6", "SOCK_STREAM", "SOCK_DGRAM",
           "SOCK_RAW", "SOL_SOCKET", "SO_REUSEADDR", "SO_REUSEPORT", "SO_ERROR", "SO_KEEPALIVE",
           "SO_SNDBUF", "SO_RCVBUF", "SO_BROADCAST", "SO_LINGER", "SOL_TCP", "IPPROTO_TCP",
           "IPPROTO_UDP", "IPPROTO_IP", "TCP_NODELAY", "SHUT_RD", "SHUT_WR", "SHUT_RDWR",
           "SOMAXCONN", "AI_PASSIVE", "AI_CANONNAME", "AI_NUMERICHOST", "INADDR_ANY", "has_ipv6",
           "getaddrinfo", "gethostname", "gethostbyname", "gethostbyname_ex", "getfqdn",
           "create_connection", "create_server", "socketpair", "getdefaulttimeout",
           "setdefaulttimeout", "inet_aton", "inet_ntoa", "htons", "ntohs", "htonl", "ntohl"]

# ---- constants ------------------------------------------------------------------------------------


class AddressFamily(IntEnum):
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_INET6 = 10


class SocketKind(IntEnum):
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3


AF_UNSPEC = AddressFamily.AF_UNSPEC
AF_UNIX = AddressFamily.AF_UNIX
AF_INET = AddressFamily.AF_INET
AF_INET6 = AddressFamily.AF_INET6
SOCK_STREAM = SocketKind.SOCK_STREAM
SOCK_DGRAM = SocketKind.SOCK_DGRAM
SOCK_RAW = SocketKind.SOCK_RAW
SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_ERROR = 4
SO_BROADCAST = 6
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_KEEPALIVE = 9
SO_LINGER = 13
SO_REUSEPORT = 15
IPPROTO_IP = 0
IPPROTO_TCP = 6
SOL_TCP = 6
IPPROTO_UDP = 17
TCP_NODELAY = 1
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
SOMAXCONN = 4096
AI_PASSIVE = 1
AI_CANONNAME = 2
AI_NUMERICHOST = 4
INADDR_ANY = 0
has_ipv6 = True

# ---- errors ---------------------------------------------------------------------------------------

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


gaierror.__module__ = "socket"
herror.__module__ = "socket"

_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(seconds):
    global _default_timeout
    _default_timeout = _check_timeout(seconds)


def _check_timeout(value):
    if value is None:
        return None
    if not isinstance(value, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    if value < 0:
        raise ValueError("Timeout value out of range")
    return float(value)


# ---- name resolution ------------------------------------------------------------------------------

def gethostname():
    return "loopscope"


def getfqdn(name=""):
    return name if name and name not in ("0.0.0.0", "localhost", "127.0.0.1") else gethostname()


def gethostbyname(hostname):
    return _lsnet.resolve(_host_text(hostname))


def gethostbyname_ex(hostname):
    return (hostname, [], [gethostbyname(hostname)])


def _host_text(host):
    if isinstance(host, bytes):
        host = host.decode()
    if not isinstance(host, str):
        raise TypeError("str, bytes or bytearray expected, not %s" % type(host).__name__)
    return host


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if host is None:
        address = "127.0.0.1" if not flags & AI_PASSIVE else "0.0.0.0"
    else:
        address = _lsnet.resolve(_host_text(host))
    if isinstance(port, str):
        if not port.isdigit():
            known = {"http": 80, "https": 443}
            if port not in known:
                raise gaierror(-8, "Servname not supported for ai_socktype")
            port = known[port]
        port = int(port)
    elif port is None:
        port = 0
    fam = AF_INET6 if address == "::1" else AF_INET
    if family not in (0, fam):
        raise gaierror(-9, "Address family for hostname not supported")
    sockaddr = (address, port, 0, 0) if fam == AF_INET6 else (address, port)
    kinds = [(SOCK_STREAM, 6), (SOCK_DGRAM, 17), (SOCK_RAW, 0)]
    return [(fam, kind, p, "", sockaddr) for kind, p in kinds
            if type in (0, kind) and proto in (0, p)]


def inet_aton(text):
    parts = text.split(".")
    if len(parts) != 4 or not all(p.isdigit() and int(p) < 256 for p in parts):
        raise OSError("illegal IP address string passed to inet_aton")
    return bytes(int(p) for p in parts)


def inet_ntoa(packed):
    if len(packed) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return ".".join(str(b) for b in packed)


def htons(x):
    return ((x & 0xFF) << 8) | ((x >> 8) & 0xFF)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, "big"), "little")


ntohl = htonl


# ---- the socket -----------------------------------------------------------------------------------

def _address(address, what):
    if not isinstance(address, tuple) or len(address) not in (2, 4):
        raise TypeError("%s(): AF_INET address must be tuple, not %s" % (what, type(address).__name__))
    host, port = address[0], address[1]
    host = _host_text(host)
    if not isinstance(port, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(port).__name__)
    if not 0 <= port <= 65535:
        raise OverflowError("%s(): port must be 0-65535." % what)
    return host, port


class socket:
    """A TCP or UDP socket of the run's network (CPython's socket.socket)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        family = AF_INET if family == -1 else family
        type = SOCK_STREAM if type == -1 else type
        if family not in (AF_INET, AF_INET6, AF_UNIX):
            raise OSError(97, "Address family not supported by protocol")
        if type not in (SOCK_STREAM, SOCK_DGRAM):
            raise OSError(93, "Protocol not supported: only TCP (SOCK_STREAM) and UDP (SOCK_DGRAM) "
                              "sockets exist in this sandbox")
        if type == SOCK_DGRAM and family == AF_UNIX:
            raise OSError(93, "Protocol not supported: Unix datagram sockets do not exist in this "
                              "sandbox")
        self.family = AddressFamily(family)
        self.type = SocketKind(type)
        self.proto = 0 if proto == -1 else proto
        self._fd = _lsnet.new_fd(self)
        self._timeout = _default_timeout
        self._local = None        # (host, port) once bound
        self._conn = None         # _lsnet.Conn once connected
        self._listening = False
        self._mirror = False      # stands for a native asyncio.start_server server
        self._backlog = []        # accepted-to-be Conns of a listening socket
        self._connect_error = 0   # SO_ERROR after a non-blocking connect
        self._refused = False     # a non-blocking connect that was refused
        self._connecting = False  # a non-blocking connect still in progress
        self._closed = False
        self._options = {}
        self._rwatch = None       # _lsnet.Watch of the event loop reading it
        self._wwatch = None
        self._selectors = []      # selectors.BaseSelector objects it is registered with
        self._dgram = self.type == SOCK_DGRAM
        self._dq = []             # datagrams of a UDP socket: [(bytes, sender address)]
        self._dpeer = None        # the address a UDP socket is connected to
        self._so_error = 0        # a UDP socket's pending error (111: a refused datagram)

    # -- identity
    def fileno(self):
        return -1 if self._closed else self._fd

    def __repr__(self):
        closed = " [closed]" if self._closed else ""
        text = "<socket.socket%s fd=%d, family=%d, type=%d, proto=%d" % (
            closed, self.fileno(), int(self.family), int(self.type), self.proto)
        if not self._closed:
            text += ", laddr=%r" % (self.getsockname(),)
            if self._conn is not None:
                text += ", raddr=%r" % (self._conn.remote,)
            elif self._dpeer is not None:
                text += ", raddr=%r" % (self.getpeername(),)
        return text + ">"

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _check_open(self):
        if self._closed:
            raise OSError(9, "Bad file descriptor")

    # -- blocking mode
    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    def settimeout(self, value):
        self._timeout = _check_timeout(value)

    def gettimeout(self):
        return self._timeout

    def _wait(self, ready, what):
        """Waits as the socket's mode says; False when it is non-blocking and not ready."""
        if ready():
            return True
        if self._timeout == 0.0:
            return False
        if not _lsnet.wait(ready, self._timeout, what):
            raise TimeoutError("timed out")
        return True

    # -- options
    def setsockopt(self, level, option, value, optlen=None):
        self._check_open()
        self._options[(level, option)] = value

    def getsockopt(self, level, option, buflen=0):
        self._check_open()
        if (level, option) == (SOL_SOCKET, SO_ERROR):
            if self._dgram:
                error, self._so_error = self._so_error, 0
                return error
            error, self._connect_error = self._connect_error, 0
            return error
        if (level, option) == (SOL_SOCKET, SO_RCVBUF):
            return self._options.get((level, option), 131072)
        if (level, option) == (SOL_SOCKET, SO_SNDBUF):
            return self._options.get((level, option), 16384)
        value = self._options.get((level, option), 0)
        return int(value) if isinstance(value, (bool, int)) else value

    # -- addresses
    def getsockname(self):
        self._check_open()
        if self._dgram and self._local is not None:
            return self._shown(self._local)
        if self._conn is not None:
            return self._conn.local
        if self._local is not None:
            return self._local
        return ("::", 0, 0, 0) if self.family == AF_INET6 else ("0.0.0.0", 0)

    def getpeername(self):
        self._check_open()
        if self._dgram:
            if self._dpeer is None:
                raise OSError(107, "Transport endpoint is not connected")
            return self._shown(self._dpeer)
        if self._conn is None or self._connecting:
            raise OSError(107, "Transport endpoint is not connected")
        return self._conn.remote

    # -- server side
    def bind(self, address):
        self._check_open()
        host, port = _address(address, "bind")
        if self._local is not None:
            raise OSError(22, "Invalid argument")
        if not _lsnet.is_local(host, listening=True):
            raise OSError(99, "Cannot assign requested address")
        if self._dgram:
            port = _lsnet.take_udp_port(port)
            _lsnet.udp_bound[port] = self
        else:
            if port and not _lsnet.port_free(port):
                raise OSError(98, "Address already in use")
            port = _lsnet.take_port(port)
        shown = "0.0.0.0" if host in ("", "0.0.0.0") else ("::" if host == "::" else
                                                              _lsnet.resolve(host))
        self._local = (shown, port)

    def listen(self, backlog=128):
        self._check_open()
        if self._dgram:
            raise OSError(95, "Operation not supported")
        if self._conn is not None:
            raise OSError(22, "Invalid argument")
        if self._local is None:
            self._local = ("0.0.0.0", _lsnet.take_port(0))
        self._listening = True
        _lsnet.listeners[self._local[1]] = self

    def accept(self):
        self._check_open()
        if self._dgram:
            raise OSError(95, "Operation not supported")
        if not self._listening:
            raise OSError(22, "Invalid argument")
        if not self._wait(lambda: bool(self._backlog) or self._closed, "accept()"):
            raise _lsnet.would_block()
        self._check_open()
        conn = self._backlog.pop(0)
        sock = socket(self.family, self.type, self.proto)
        sock._timeout = _default_timeout
        sock._conn = conn
        conn.sock = sock
        if conn.recv_ready():
            _lsnet.changed(sock)
        return sock, conn.remote

    # -- client side
    def connect(self, address):
        error = self._connect(address, "connect")
        if error:
            raise error

    def connect_ex(self, address):
        error = self._connect(address, "connect_ex")
        if error is None:
            return 0
        if isinstance(error, gaierror):
            raise error
        return error.errno

    def _connect(self, address, what):
        self._check_open()
        host, port = _address(address, what)
        if self._dgram:
            return self._dgram_connect(host, port)
        if self._conn is not None:
            if self._connecting:
                return OSError(114, "Operation already in progress")
            return OSError(106, "Transport endpoint is already connected")
        if self._listening:
            return OSError(22, "Invalid argument")
        blocking = self._timeout != 0.0
        if _lsnet.is_local(host):
            try:
                self._conn = _lsnet.connect_local(self, host, port)
            except ConnectionRefusedError as e:
                if blocking:
                    return e
                self._connect_error = 111
                self._refused = True
                self._conn = _lsnet.Conn(self, ("127.0.0.1", 0), ("127.0.0.1", port))
                self._conn.owns_port = False
                self._conn.eof = True
                return BlockingIOError(115, "Operation now in progress")
            return None if blocking else BlockingIOError(115, "Operation now in progress")
        web = _lsnet.web_host(host)
        if web is None:
            return _lsnet.unreachable(host)
        return self._connect_web(web, host, port, blocking)

    def _connect_web(self, web, host, port, blocking):
        name = _lsnet._host_at.get(host, host).lower().rstrip(".")
        if web.fail in ("refused", "timeout"):
            # refused: the answer comes after half a latency; timeout: the OS gives up after 130 s
            refused = web.fail == "refused"
            delay = web.latency / 2 if refused else 130.0
            error = (ConnectionRefusedError(111, "Connection refused") if refused
                     else TimeoutError(110, "Connection timed out"))
            if blocking:
                done = []
                _lsnet.at_time(_lsnet.time.monotonic() + delay, lambda: done.append(1))
                if not _lsnet.wait(lambda: bool(done), self._timeout, "connect()"):
                    raise TimeoutError("timed out")
                return error
            self._conn = _lsnet.Conn(self, ("10.0.2.15", 0), (_lsnet.web_address(name), port))
            self._conn.owns_port = False
            self._connecting = True

            def fail():
                self._connecting = False
                self._connect_error = error.errno
                self._conn.eof = True
                _lsnet.changed(self)
            _lsnet.at_time(_lsnet.time.monotonic() + delay, fail)
            return BlockingIOError(115, "Operation now in progress")
        self._conn = _lsnet.connect_web(self, web, name, port)
        return None if blocking else BlockingIOError(115, "Operation now in progress")

    # -- data
    def _connected(self):
        if self._conn is None:
            raise OSError(107, "Transport endpoint is not connected")
        return self._conn

    def send(self, data, flags=0):
        data = _bytes_like(data)
        self._check_open()
        if self._dgram:
            if self._dpeer is None:
                raise OSError(89, "Destination address required")
            return self._dgram_send(data, self._dpeer)
        if self._conn is None:
            raise BrokenPipeError(32, "Broken pipe")
        conn = self._conn
        if self._connecting:
            raise _lsnet.would_block()
        if self._connect_error or self._refused:
            raise BrokenPipeError(32, "Broken pipe")
        return conn.send(data)

    def sendall(self, data, flags=0):
        self.send(data, flags)

    def sendto(self, data, flags_or_address=None, address=None):
        if address is None:
            if flags_or_address is None:
                raise TypeError("sendto() takes 2 or 3 arguments (1 given)")
            address = flags_or_address
        data = _bytes_like(data)
        self._check_open()
        if not self._dgram:
            if self._conn is None:
                raise BrokenPipeError(32, "Broken pipe")
            raise OSError(106, "Transport endpoint is already connected")
        host, port = _address(address, "sendto")
        if host in ("<broadcast>", "255.255.255.255"):
            if not self._options.get((SOL_SOCKET, SO_BROADCAST)):
                raise PermissionError(13, "Permission denied")
            self._dgram_error()
            self._dgram_autobind()
            _lsnet.broadcast_datagram(self, port, data)
            return len(data)
        return self._dgram_send(data, (_lsnet.resolve(host), port))

    def recv(self, bufsize, flags=0):
        self._check_open()
        if bufsize < 0:
            raise ValueError("negative buffersize in recv")
        if self._dgram:
            return self._dgram_recv(bufsize, "recv()")[0]
        conn = self._connected()
        if not self._wait(conn.recv_ready, "recv()"):
            raise _lsnet.would_block()
        return conn.recv(bufsize)

    def recv_into(self, buffer, nbytes=0, flags=0):
        data = self.recv(nbytes or len(buffer), flags)
        buffer[:len(data)] = data
        return len(data)

    def recvfrom(self, bufsize, flags=0):
        if self._dgram:
            self._check_open()
            if bufsize < 0:
                raise ValueError("negative buffersize in recvfrom")
            return self._dgram_recv(bufsize, "recvfrom()")
        return self.recv(bufsize, flags), None

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        data, address = self.recvfrom(nbytes or len(buffer), flags)
        buffer[:len(data)] = data
        return len(data), address

    # -- datagrams (UDP)
    def _shown(self, address):
        """An address as this socket's family shows it (AF_INET6: a 4-tuple)."""
        if self.family == AF_INET6:
            return (address[0], address[1], 0, 0)
        return address

    def _dgram_autobind(self):
        if self._local is None:
            port = _lsnet.take_udp_port(0)
            _lsnet.udp_bound[port] = self
            self._local = ("::" if self.family == AF_INET6 else "0.0.0.0", port)

    def _dgram_error(self):
        if self._so_error:
            self._so_error = 0
            raise ConnectionRefusedError(111, "Connection refused")

    def _dgram_connect(self, host, port):
        # Connecting a UDP socket sends nothing: another host's address is accepted (scripts do
        # this to learn their own address); sending to it is what fails (no outside network).
        try:
            resolved = _lsnet.resolve(host)
        except gaierror as e:
            return e
        except OSError:
            resolved = host
        self._dgram_autobind()
        if self._local[0] in ("0.0.0.0", "::"):
            if not _lsnet.is_local(resolved):
                shown = _lsnet.HOST_ADDRESS
            else:
                shown = "::1" if self.family == AF_INET6 else _lsnet.LOCAL_ADDRESS
            self._local = (shown, self._local[1])
        address = (resolved, port)
        self._dpeer = address
        return None

    def _dgram_send(self, data, address):
        self._dgram_error()
        if len(data) > 65507:
            raise OSError(90, "Message too long")
        self._dgram_autobind()
        taken = _lsnet.send_datagram(self, address[0], address[1], data)
        if not taken and self._dpeer is not None:
            self._so_error = 111  # the port unreachable answer is back at once on loopback
            _lsnet.changed(self)
        return len(data)

    def _dgram_recv(self, bufsize, what):
        if not self._wait(lambda: bool(self._dq) or bool(self._so_error) or self._closed, what):
            raise _lsnet.would_block()
        self._check_open()
        self._dgram_error()
        data, address = self._dq.pop(0)
        return data[:bufsize], address

    def shutdown(self, how):
        self._check_open()
        if self._dgram:
            if self._dpeer is None:
                raise OSError(107, "Transport endpoint is not connected")
            return
        conn = self._connected()
        if how not in (SHUT_RD, SHUT_WR, SHUT_RDWR):
            raise OSError(22, "Invalid argument")
        if how != SHUT_RD:
            conn.shutdown_write()
        if how != SHUT_WR:
            conn.eof = True
            _lsnet.changed(self)

    def close(self):
        if self._closed:
            return
        self._closed = True
        if self._conn is not None:
            self._conn.close()
            if self._conn.owns_port and self._conn.local[1]:
                _lsnet.release_port(self._conn.local[1])
        elif self._dgram:
            if self._local is not None and _lsnet.udp_bound.get(self._local[1]) is self:
                del _lsnet.udp_bound[self._local[1]]
            self._dq = []
        elif self._local is not None:
            _lsnet.release_port(self._local[1])
        if self._listening:
            if _lsnet.listeners.get(self._local[1]) is self:
                del _lsnet.listeners[self._local[1]]
            for conn in self._backlog:  # connections never accepted are reset
                if conn.peer is not None:
                    conn.peer.deliver_reset()
            self._backlog = []
            self._listening = False
        _lsnet.forget_fd(self._fd)
        _lsnet.changed(self)

    def detach(self):
        fd = self.fileno()
        self._closed = True
        return fd

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        return _SocketFile(self, mode, encoding or "utf-8")

    # -- readiness, for select, selectors and the event loop
    def _readable(self):
        if self._closed:
            return False
        if self._dgram:
            return bool(self._dq) or bool(self._so_error)
        if self._listening:
            return bool(self._backlog)
        return self._conn is not None and not self._connecting and (
            self._conn.recv_ready() or bool(self._connect_error))

    def _writable(self):
        if self._dgram:
            return not self._closed
        if self._closed or self._conn is None or self._listening:
            return False
        return not self._connecting


SocketType = socket


def _bytes_like(data):
    if isinstance(data, (bytes, bytearray, memoryview)):
        return data
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


class _SocketFile:
    """socket.makefile(): lines and reads over the socket (text or binary)."""

    def __init__(self, sock, mode, encoding):
        self._sock = sock
        self._binary = "b" in mode
        self._encoding = encoding
        self._buf = b""

    def _fill(self):
        data = self._sock.recv(65536)
        self._buf += data
        return bool(data)

    def readline(self):
        while b"\n" not in self._buf and self._fill():
            pass
        i = self._buf.find(b"\n")
        line, self._buf = (self._buf, b"") if i < 0 else (self._buf[:i + 1], self._buf[i + 1:])
        return line if self._binary else line.decode(self._encoding)

    def read(self, n=-1):
        while (n < 0 or len(self._buf) < n) and self._fill():
            pass
        data, self._buf = (self._buf, b"") if n < 0 else (self._buf[:n], self._buf[n:])
        return data if self._binary else data.decode(self._encoding)

    def write(self, data):
        self._sock.sendall(data if self._binary else data.encode(self._encoding))
        return len(data)

    def flush(self):
        pass

    def close(self):
        pass

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# ---- helpers --------------------------------------------------------------------------------------

def create_connection(address, timeout=None, source_address=None, *, all_errors=False):
    host, port = address[0], address[1]
    sock = socket(AF_INET, SOCK_STREAM)
    if timeout is not None:
        sock.settimeout(timeout)
    try:
        sock.connect((host, port))
    except BaseException:
        sock.close()
        raise
    return sock


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen() if backlog is None else sock.listen(backlog)
    except BaseException:
        sock.close()
        raise
    return sock


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    """Two connected sockets (through a listener that is closed at once)."""
    listener = socket(AF_INET, SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    a = socket(AF_INET, SOCK_STREAM)
    a.connect(listener.getsockname())
    b, _ = listener.accept()
    listener.close()
    a.family = b.family = AddressFamily(family)
    return a, b
