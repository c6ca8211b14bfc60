# asyncio's low-level networking for Loopscope's engine (CPython 3.11's selector_events.py,
# protocols.py, transports.py and base_events.Server, written here): protocols and transports,
# loop.create_server / create_connection, the loop.sock_* coroutines and add_reader/add_writer,
# over the sockets of the run's network (shim/socket.py, shim/_lsnet.py). The loop's methods of
# these names (asyncio/network.c) call the functions below with the loop first.
#
# Each step takes the loop iterations CPython's takes: readiness reaches the loop as CPython's
# selector reports it (_lsnet.Watch), and callbacks are scheduled with call_soon in CPython's order,
# so a script that talks to its own servers prints what CPython prints.
#
# Sections: protocols · transports · the socket transport · Server · loop methods: readers and
# writers · sock_* · create_connection · create_server

import functools
import socket
import _lsnet

__all__ = ["BaseProtocol", "Protocol", "BufferedProtocol", "DatagramProtocol", "SubprocessProtocol",
           "BaseTransport", "ReadTransport", "WriteTransport", "Transport", "DatagramTransport",
           "SubprocessTransport", "AbstractServer", "Server"]

# ---- protocols ------------------------------------------------------------------------------------


class BaseProtocol:
    __slots__ = ()

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    __slots__ = ()

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class BufferedProtocol(BaseProtocol):
    __slots__ = ()

    def get_buffer(self, sizehint):
        pass

    def buffer_updated(self, nbytes):
        pass

    def eof_received(self):
        pass


class DatagramProtocol(BaseProtocol):
    __slots__ = ()

    def datagram_received(self, data, addr):
        pass

    def error_received(self, exc):
        pass


class SubprocessProtocol(BaseProtocol):
    __slots__ = ()

    def pipe_data_received(self, fd, data):
        pass

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass


# ---- transports -----------------------------------------------------------------------------------

class BaseTransport:
    __slots__ = ("_extra",)

    def __init__(self, extra=None):
        if extra is None:
            extra = {}
        self._extra = extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    def set_protocol(self, protocol):
        raise NotImplementedError

    def get_protocol(self):
        raise NotImplementedError


class ReadTransport(BaseTransport):
    __slots__ = ()

    def is_reading(self):
        raise NotImplementedError

    def pause_reading(self):
        raise NotImplementedError

    def resume_reading(self):
        raise NotImplementedError


class WriteTransport(BaseTransport):
    __slots__ = ()

    def write(self, data):
        raise NotImplementedError

    def writelines(self, list_of_data):
        self.write(b"".join(list_of_data))

    def write_eof(self):
        raise NotImplementedError

    def can_write_eof(self):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


class Transport(ReadTransport, WriteTransport):
    __slots__ = ()


class DatagramTransport(BaseTransport):
    __slots__ = ()


class SubprocessTransport(BaseTransport):
    __slots__ = ()


class TransportSocket:
    """What transports and servers hand out instead of the socket (asyncio.trsock)."""

    def __init__(self, sock):
        self._sock = sock

    family = property(lambda self: self._sock.family)
    type = property(lambda self: self._sock.type)
    proto = property(lambda self: self._sock.proto)

    def fileno(self):
        return self._sock.fileno()

    def getsockname(self):
        return self._sock.getsockname()

    def getpeername(self):
        return self._sock.getpeername()

    def getsockopt(self, *args):
        return self._sock.getsockopt(*args)

    def setsockopt(self, *args):
        self._sock.setsockopt(*args)

    def __repr__(self):
        text = "<asyncio.TransportSocket fd=%d, family=%d, type=%d, proto=%d" % (
            self.fileno(), int(self.family), int(self.type), self.proto)
        if self.fileno() != -1:
            try:
                text += ", laddr=%r" % (self.getsockname(),)
            except OSError:
                pass
            try:
                text += ", raddr=%r" % (self.getpeername(),)
            except OSError:
                pass
        return text + ">"


# ---- the socket transport -------------------------------------------------------------------------

_MAX_SIZE = 256 * 1024


class _SelectorTransport(Transport):
    """What the socket and datagram transports share (CPython's _SelectorTransport: its name is
    what "Exception in callback _SelectorTransport._call_connection_lost(None)" shows)."""

    __slots__ = ("_loop", "_sock", "_sock_fd", "_protocol", "_protocol_connected", "_server",
                 "_buffer", "_conn_lost", "_closing", "_paused", "_eof")

    def _setup(self, loop, sock, protocol, extra, server):
        BaseTransport.__init__(self, extra)
        self._extra["socket"] = TransportSocket(sock)
        try:
            self._extra["sockname"] = sock.getsockname()
        except OSError:
            self._extra["sockname"] = None
        if "peername" not in self._extra:
            try:
                self._extra["peername"] = sock.getpeername()
            except OSError:
                self._extra["peername"] = None
        self._loop = loop
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol_connected = False
        self.set_protocol(protocol)
        self._server = server
        self._buffer = bytearray()
        self._conn_lost = 0
        self._closing = False
        self._paused = False
        self._eof = False
        if server is not None:
            server._attach()

    def _start(self, waiter):
        # Only start reading once connection_made() has been called, and only wake the waiter
        # then (CPython's order).
        loop = self._loop
        loop.call_soon(self._protocol.connection_made, self)
        loop.call_soon(_add_reader, loop, self._sock_fd, self._read_ready)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._sock is None:
            info.append("closed")
        elif self._closing:
            info.append("closing")
        info.append("fd=%s" % self._sock_fd)
        if self._sock is not None:
            info.append("read=%s" % ("polling" if self._sock._rwatch is not None else "idle"))
            info.append("write=<%s, bufsize=%d>" % (
                "polling" if self._sock._wwatch is not None else "idle",
                self.get_write_buffer_size()))
        return "<%s>" % " ".join(info)

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._protocol_connected = True

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self.is_closing() and not self._paused

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        _remove_reader(self._loop, self._sock_fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        _add_reader(self._loop, self._sock_fd, self._read_ready)

    def get_write_buffer_size(self):
        return len(self._buffer)

    def get_write_buffer_limits(self):
        return (16384, 65536)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is not None and low is not None and not high >= low >= 0:
            raise ValueError("high (%r) must be >= low (%r) must be >= 0" % (high, low))

    def abort(self):
        self._force_close(None)

    def close(self):
        if self._closing:
            return
        self._closing = True
        _remove_reader(self._loop, self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            _remove_writer(self._loop, self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def _fatal_error(self, exc, message="Fatal error on transport"):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                "message": message,
                "exception": exc,
                "transport": self,
                "protocol": self._protocol,
            })
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer = self._buffer[:0]
            _remove_writer(self._loop, self._sock_fd)
        if not self._closing:
            self._closing = True
            _remove_reader(self._loop, self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None


class _SelectorSocketTransport(_SelectorTransport):
    """A connected socket as a Transport (CPython's _SelectorSocketTransport)."""

    __slots__ = ()

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        self._setup(loop, sock, protocol, extra, server)
        self._buffer = bytearray()
        self._start(waiter)

    def _read_ready(self):
        if self._conn_lost:
            return
        if isinstance(self._protocol, BufferedProtocol):
            self._read_ready__get_buffer()
            return
        try:
            data = self._sock.recv(_MAX_SIZE)
        except BlockingIOError:
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, "Fatal read error on socket transport")
            return
        if not data:
            self._read_ready__on_eof()
            return
        try:
            self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, "Fatal error: protocol.data_received() call failed.")

    def _read_ready__get_buffer(self):
        try:
            buf = self._protocol.get_buffer(-1)
            if not len(buf):
                raise RuntimeError("get_buffer() returned an empty buffer")
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, "Fatal error: protocol.get_buffer() call failed.")
            return
        try:
            nbytes = self._sock.recv_into(buf)
        except BlockingIOError:
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, "Fatal read error on socket transport")
            return
        if not nbytes:
            self._read_ready__on_eof()
            return
        try:
            self._protocol.buffer_updated(nbytes)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, "Fatal error: protocol.buffer_updated() call failed.")

    def _read_ready__on_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, "Fatal error: protocol.eof_received() call failed.")
            return
        if keep_open:
            _remove_reader(self._loop, self._sock_fd)
        else:
            self.close()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("data argument must be a bytes-like object, not %r" % type(data).__name__)
        if self._eof:
            raise RuntimeError("Cannot call write() after write_eof()")
        if not data:
            return
        if self._conn_lost:
            self._conn_lost += 1
            return
        try:
            self._sock.send(data)
        except BlockingIOError:
            self._buffer.extend(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, "Fatal write error on socket transport")

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True


# ---- the datagram transport -----------------------------------------------------------------------

class _SelectorDatagramTransport(_SelectorTransport):
    """A UDP socket as a transport (CPython's _SelectorDatagramTransport; as there, it is a
    Transport but not a DatagramTransport). A datagram sent is readable by its receiver's reader
    at the next loop iteration, as on CPython's loopback."""

    __slots__ = ("_address", "_buffer_size")
    max_size = 256 * 1024

    def __init__(self, loop, sock, protocol, address=None, waiter=None, extra=None):
        self._setup(loop, sock, protocol, extra, None)
        self._address = address
        self._buffer = []          # [(bytes, address)] waiting for the socket to be writable
        self._buffer_size = 0
        self._start(waiter)

    def get_write_buffer_size(self):
        return self._buffer_size

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data, addr = self._sock.recvfrom(self.max_size)
        except BlockingIOError:
            pass
        except OSError as exc:
            self._protocol.error_received(exc)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, "Fatal read error on datagram transport")
        else:
            self._protocol.datagram_received(data, addr)

    def sendto(self, data, addr=None):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("data argument must be a bytes-like object, not %r"
                            % type(data).__name__)
        if not data:
            return
        if self._address:
            if addr not in (None, self._address):
                raise ValueError("Invalid address: must be None or %s" % (self._address,))
            addr = self._address
        if self._conn_lost and self._address:
            self._conn_lost += 1
            return
        if not self._buffer:
            if self._send_datagram(data, addr) != "blocked":
                return
            _add_writer(self._loop, self._sock_fd, self._sendto_ready)
        self._buffer.append((bytes(data), addr))
        self._buffer_size += len(data)

    def _send_datagram(self, data, addr):
        # One datagram now: "sent", "blocked" (the socket would block) or "failed" (the protocol's
        # error_received, or a fatal error, was told).
        try:
            if self._extra["peername"]:
                self._sock.send(data)
            else:
                self._sock.sendto(data, addr)
        except BlockingIOError:
            return "blocked"
        except OSError as exc:
            self._protocol.error_received(exc)
            return "failed"
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, "Fatal write error on datagram transport")
            return "failed"
        return "sent"

    def _sendto_ready(self):
        while self._buffer:
            data, addr = self._buffer.pop(0)
            self._buffer_size -= len(data)
            outcome = self._send_datagram(data, addr)
            if outcome == "blocked":
                self._buffer.insert(0, (data, addr))
                self._buffer_size += len(data)
                break
            if outcome == "failed":
                return
        if not self._buffer:
            _remove_writer(self._loop, self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)

    def _force_close(self, exc):
        self._buffer_size = 0
        _SelectorTransport._force_close(self, exc)


async def _when_connected(transport, protocol, waiter):
    # (transport, protocol) once the transport told its protocol connection_made; closed if that
    # wait fails or is cancelled, as CPython's create_connection / create_datagram_endpoint.
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


# ---- Server ---------------------------------------------------------------------------------------

class AbstractServer:
    # start_server's servers are native (asyncio/streams.c): theirs too, as CPython's Server
    # derives from AbstractServer (patch 0121 asks this hook).
    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractServer:
            import asyncio
            if issubclass(C, asyncio.Server):
                return True
        return NotImplemented

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def start_serving(self):
        raise NotImplementedError

    async def serve_forever(self):
        raise NotImplementedError

    async def wait_closed(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class Server(AbstractServer):
    """What loop.create_server returns (CPython's base_events.Server)."""

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return "<%s sockets=%r>" % (self.__class__.__name__, self.sockets)

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            sock.setblocking(False)
            _add_reader(self._loop, sock.fileno(), _accept_connection, self._loop,
                        self._protocol_factory, sock, self, self._backlog)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(TransportSocket(s) for s in self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            _remove_reader(self._loop, sock.fileno())
            sock.close()
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        import asyncio
        self._start_serving()
        await asyncio.sleep(0)  # one loop iteration, as CPython's, so the readers are in place

    async def serve_forever(self):
        import asyncio
        if self._serving_forever_fut is not None:
            raise RuntimeError("server %r is already being awaited on serve_forever()" % (self,))
        if self._sockets is None:
            raise RuntimeError("server %r is closed" % (self,))
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except asyncio.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        # CPython 3.11 returns at once once the server is closed.
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter


def _accept_connection(loop, protocol_factory, sock, server, backlog):
    for _ in range(backlog):
        try:
            conn, addr = sock.accept()
            conn.setblocking(False)
        except (BlockingIOError, ConnectionAbortedError):
            return
        loop.create_task(_accept_connection2(loop, protocol_factory, conn, {"peername": addr}, server))


async def _accept_connection2(loop, protocol_factory, conn, extra, server):
    transport = None
    try:
        protocol = protocol_factory()
        waiter = loop.create_future()
        transport = _SelectorSocketTransport(loop, conn, protocol, waiter, extra, server)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        context = {"message": "Error on transport creation for incoming connection",
                   "exception": exc}
        loop.call_exception_handler(context)


def mirror(port, entry):
    """A listening socket of this network standing for the native asyncio.start_server server
    `entry` (_asyncio_serving): connections to it run the server's client_connected_cb with
    CPython's streams over this network, on the server's loop, as CPython's server would."""
    from _asyncio_streams import StreamReader, StreamReaderProtocol
    server, callback, limit = entry
    loop = server.get_loop()
    sock = socket.socket()
    sock._local = ("127.0.0.1", port)
    sock._listening = True
    sock._mirror = True
    sock.setblocking(False)
    _lsnet.listeners[port] = sock

    def factory():
        return StreamReaderProtocol(StreamReader(limit, loop), callback, loop=loop)
    # Made where the client connects (maybe another thread): no timers armed here.
    sock._rwatch = _lsnet.Watch(loop, sock, False, _accept_connection,
                                (loop, factory, sock, None, 100))
    return sock


def reserve_fd():
    """A descriptor number for a listening socket of asyncio's streams (asyncio/streams.c), so
    its TransportSocket shows the number the OS would give it."""
    return _lsnet.new_fd(None)


def release_fd(fd):
    _lsnet.forget_fd(fd)


# ---- loop methods: readers and writers ------------------------------------------------------------

def _socket_of(fd):
    if not isinstance(fd, int):
        try:
            fd = int(fd.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError("Invalid file object: %r" % (fd,)) from None
    sock = _lsnet.by_fd.get(fd)
    if sock is None:
        raise ValueError("Invalid file descriptor: %r (not a socket of this run's network)" % (fd,))
    return sock


def _add_reader(loop, fd, callback, *args):
    sock = _socket_of(fd)
    if sock._rwatch is not None:
        sock._rwatch.cancel()
    watch = sock._rwatch = _lsnet.Watch(loop, sock, False, callback, args)
    _lsnet.arm(loop)
    if watch.ready():
        watch.kick()
    return watch


def _remove_reader(loop, fd):
    sock = _lsnet.by_fd.get(fd if isinstance(fd, int) else fd.fileno())
    if sock is None or sock._rwatch is None:
        return False
    sock._rwatch.cancel()
    sock._rwatch = None
    return True


def _add_writer(loop, fd, callback, *args):
    sock = _socket_of(fd)
    if sock._wwatch is not None:
        sock._wwatch.cancel()
    watch = sock._wwatch = _lsnet.Watch(loop, sock, True, callback, args)
    _lsnet.arm(loop)
    if watch.ready():
        watch.kick()
    return watch


def _remove_writer(loop, fd):
    sock = _lsnet.by_fd.get(fd if isinstance(fd, int) else fd.fileno())
    if sock is None or sock._wwatch is None:
        return False
    sock._wwatch.cancel()
    sock._wwatch = None
    return True


def add_reader(loop, fd, callback, *args):
    _add_reader(loop, fd, callback, *args)


def remove_reader(loop, fd):
    return _remove_reader(loop, fd)


def add_writer(loop, fd, callback, *args):
    _add_writer(loop, fd, callback, *args)


def remove_writer(loop, fd):
    return _remove_writer(loop, fd)


# ---- sock_* ---------------------------------------------------------------------------------------

def _check_socket(sock):
    if not isinstance(sock, socket.socket):
        raise TypeError("socket expected, got %s" % type(sock).__name__)


def _sock_read_done(loop, fd, fut, handle=None):
    if handle is None or not handle.cancelled():
        _remove_reader(loop, fd)


def _sock_write_done(loop, fd, fut, handle=None):
    if handle is None or not handle.cancelled():
        _remove_writer(loop, fd)


async def _sock_io(loop, sock, attempt, writing=False):
    # What sock_recv, sock_recvfrom and sock_sendto share: attempt() (a non-blocking call on sock) at
    # once, or each time the loop sees the socket ready, until it does not raise BlockingIOError.
    _check_socket(sock)
    try:
        return attempt()
    except BlockingIOError:
        pass
    fut = loop.create_future()
    fd = sock.fileno()
    watch, unwatch = (_add_writer, _sock_write_done) if writing else (_add_reader, _sock_read_done)
    handle = watch(loop, fd, _sock_io_ready, fut, attempt)
    fut.add_done_callback(functools.partial(unwatch, loop, fd, handle=handle))
    return await fut


def _sock_io_ready(fut, attempt):
    if fut.done():
        return
    try:
        result = attempt()
    except BlockingIOError:
        return
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(result)


async def sock_recv(loop, sock, n):
    return await _sock_io(loop, sock, functools.partial(sock.recv, n))


async def sock_recv_into(loop, sock, buf):
    data = await sock_recv(loop, sock, len(buf))
    buf[:len(data)] = data
    return len(data)


async def sock_sendall(loop, sock, data):
    _check_socket(sock)
    try:
        n = sock.send(data)
    except BlockingIOError:
        n = 0
    if n == len(data):
        return
    fut = loop.create_future()
    fd = sock.fileno()
    handle = _add_writer(loop, fd, _sock_sendall, fut, sock, bytes(data), [n])
    fut.add_done_callback(functools.partial(_sock_write_done, loop, fd, handle=handle))
    return await fut


def _sock_sendall(fut, sock, data, pos):
    if fut.done():
        return
    try:
        n = sock.send(data[pos[0]:])
    except BlockingIOError:
        return
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
        return
    pos[0] += n
    if pos[0] == len(data):
        fut.set_result(None)


async def sock_recvfrom(loop, sock, bufsize):
    return await _sock_io(loop, sock, functools.partial(sock.recvfrom, bufsize))


async def sock_recvfrom_into(loop, sock, buf, nbytes=0):
    data, address = await sock_recvfrom(loop, sock, nbytes or len(buf))
    buf[:len(data)] = data
    return len(data), address


async def sock_sendto(loop, sock, data, address):
    return await _sock_io(loop, sock, functools.partial(sock.sendto, data, address), writing=True)


async def sock_accept(loop, sock):
    _check_socket(sock)
    fut = loop.create_future()
    _sock_accept(loop, fut, sock)
    return await fut


def _sock_accept(loop, fut, sock):
    fd = sock.fileno()
    try:
        conn, address = sock.accept()
        conn.setblocking(False)
    except BlockingIOError:
        handle = _add_reader(loop, fd, _sock_accept, loop, fut, sock)
        fut.add_done_callback(functools.partial(_sock_read_done, loop, fd, handle=handle))
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result((conn, address))


async def sock_connect(loop, sock, address):
    _check_socket(sock)
    host, port = address[0], address[1]
    address = (socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][4][0], port)
    fut = loop.create_future()
    fd = sock.fileno()
    try:
        sock.connect(address)
    except BlockingIOError:
        handle = _add_writer(loop, fd, _sock_connect_cb, fut, sock, address)
        fut.add_done_callback(functools.partial(_sock_write_done, loop, fd, handle=handle))
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(None)
    return await fut


_CONNECT_ERRORS = {111: ConnectionRefusedError, 110: TimeoutError}


def _sock_connect_cb(fut, sock, address):
    if fut.done():
        return
    try:
        err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if err != 0:
            raise _CONNECT_ERRORS.get(err, OSError)(err, "Connect call failed %s" % (address,))
    except BlockingIOError:
        pass
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(None)


async def getaddrinfo(loop, host, port, *, family=0, type=0, proto=0, flags=0):
    return socket.getaddrinfo(host, port, family, type, proto, flags)


# ---- create_connection ----------------------------------------------------------------------------

async def create_connection(loop, protocol_factory, host=None, port=None, *, ssl=None, family=0,
                            proto=0, flags=0, sock=None, local_addr=None, server_hostname=None,
                            ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                            happy_eyeballs_delay=None, interleave=None):
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError("host/port and sock can not be specified at the same time")
        infos = socket.getaddrinfo(host, port, family, socket.SOCK_STREAM, proto, flags)
        exceptions = []
        for family_, type_, proto_, _, address in infos:
            sock = socket.socket(family=family_, type=type_, proto=proto_)
            try:
                sock.setblocking(False)
                await sock_connect(loop, sock, address)
                break
            except OSError as exc:
                exceptions.append(exc)
                sock.close()
                sock = None
        if sock is None:
            if len(exceptions) == 1 or all(str(e) == str(exceptions[0]) for e in exceptions):
                raise exceptions[0]
            raise OSError("Multiple exceptions: %s" % ", ".join(str(e) for e in exceptions))
    else:
        if sock is None:
            raise ValueError("host and port was not specified and no sock specified")
        if sock.type != socket.SOCK_STREAM:
            raise ValueError("A Stream Socket was expected, got %r" % (sock,))
    sock.setblocking(False)
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _SelectorSocketTransport(loop, sock, protocol, waiter)
    return await _when_connected(transport, protocol, waiter)


# ---- create_server --------------------------------------------------------------------------------

async def _create_server_getaddrinfo(host, port, family, flags):
    return socket.getaddrinfo(host, port, family, socket.SOCK_STREAM, 0, flags | socket.AI_PASSIVE)


async def create_server(loop, protocol_factory, host=None, port=None, *, family=0, flags=1,
                        sock=None, backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                        ssl_handshake_timeout=None, ssl_shutdown_timeout=None, start_serving=True):
    import asyncio
    if ssl is not None:
        raise ValueError("ssl is not available in this sandbox")
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError("host/port and sock can not be specified at the same time")
        hosts = [None] if host == "" else ([host] if isinstance(host, str) or host is None
                                           else list(host))
        # CPython resolves the hosts in a gather (one task: the Task-N numbers stay the same).
        infos = await asyncio.gather(*[_create_server_getaddrinfo(h, port, family, flags)
                                       for h in hosts])
        sockets = []
        seen = set()
        for info in infos:
            for af, socktype, proto, _, sa in info:
                if sa in seen:
                    continue
                seen.add(sa)
                s = socket.socket(af, socktype, proto)
                sockets.append(s)
                try:
                    s.bind(sa)
                except OSError as err:
                    for opened in sockets:
                        opened.close()
                    raise OSError(err.errno, "error while attempting to bind on address %r: %s"
                                  % (sa, err.strerror.lower())) from None
    else:
        if sock is None:
            raise ValueError("Neither host/port nor sock were specified")
        if sock.type != socket.SOCK_STREAM:
            raise ValueError("A Stream Socket was expected, got %r" % (sock,))
        sockets = [sock]
    for s in sockets:
        s.setblocking(False)
    server = Server(loop, sockets, protocol_factory, backlog)
    if start_serving:
        server._start_serving()
        await asyncio.sleep(0)  # as CPython: one iteration so that the readers are in place
    return server


# ---- create_datagram_endpoint ---------------------------------------------------------------------

async def create_datagram_endpoint(loop, protocol_factory, local_addr=None, remote_addr=None, *,
                                   family=0, proto=0, flags=0, reuse_port=None,
                                   allow_broadcast=None, sock=None):
    if sock is not None:
        if sock.type != socket.SOCK_DGRAM:
            raise ValueError("A UDP Socket was expected, got %r" % (sock,))
        if (local_addr or remote_addr or family or proto or flags or reuse_port
                or allow_broadcast):
            given = (("local_addr", local_addr), ("remote_addr", remote_addr), ("family", family),
                     ("proto", proto), ("flags", flags), ("reuse_port", reuse_port),
                     ("allow_broadcast", allow_broadcast))
            problems = ", ".join("%s=%s" % (k, v) for k, v in given if v)
            raise ValueError("socket modifier keyword arguments can not be used when sock is "
                             "specified. (%s)" % problems)
        sock.setblocking(False)
        r_addr = None
    else:
        if not (local_addr or remote_addr):
            if family == 0:
                raise ValueError("unexpected address family")
            pairs = [((family, proto), (None, None))]
        elif family == socket.AF_UNIX:
            raise OSError(93, "Protocol not supported: Unix datagram sockets do not exist in "
                              "this sandbox")
        else:
            by_key = {}  # (family, proto) -> [local, remote], in the order first seen
            keys = []
            for idx, addr in ((0, local_addr), (1, remote_addr)):
                if addr is None:
                    continue
                if not (isinstance(addr, tuple) and len(addr) == 2):
                    raise TypeError("2-tuple is expected")
                infos = socket.getaddrinfo(addr[0], addr[1], family, socket.SOCK_DGRAM, proto,
                                           flags)
                if not infos:
                    raise OSError("getaddrinfo() returned empty list")
                for fam, _, pro, _, address in infos:
                    key = (fam, pro)
                    if key not in by_key:
                        by_key[key] = [None, None]
                        keys.append(key)
                    by_key[key][idx] = address
            pairs = [(key, by_key[key]) for key in keys
                     if not ((local_addr and by_key[key][0] is None) or
                             (remote_addr and by_key[key][1] is None))]
            if not pairs:
                raise ValueError("can not get address information")
        exceptions = []
        for (fam, pro), (local_address, remote_address) in pairs:
            sock = None
            r_addr = None
            try:
                sock = socket.socket(family=fam, type=socket.SOCK_DGRAM, proto=pro)
                if reuse_port:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                if allow_broadcast:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
                sock.setblocking(False)
                if local_addr:
                    sock.bind(local_address)
                if remote_addr:
                    if not allow_broadcast:
                        await sock_connect(loop, sock, remote_address)
                    r_addr = remote_address
            except OSError as exc:
                if sock is not None:
                    sock.close()
                exceptions.append(exc)
            except BaseException:
                if sock is not None:
                    sock.close()
                raise
            else:
                break
        else:
            raise exceptions[0]
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _SelectorDatagramTransport(loop, sock, protocol, r_addr, waiter)
    return await _when_connected(transport, protocol, waiter)
