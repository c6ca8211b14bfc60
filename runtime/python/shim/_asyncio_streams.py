# asyncio's streams over the `socket` network's transports (CPython 3.11's streams.py, written here):
# what asyncio.open_connection returns when the port belongs to a listening socket or a
# loop.create_server server of this run (asyncio/streams.c asks _lsnet.serves first), and what a
# native asyncio.start_server's callback gets for a connection from a socket client
# (_asyncio_network.mirror). The native streams (asyncio/streams.*) serve everything else.
#
# Sections: the native writers' transport · StreamReader · the protocol · StreamWriter · open_connection ·
# start_server

import asyncio
import _lsstreams
from _asyncio_network import Protocol, Transport

__all__ = ["open_connection", "start_server"]


async def next_line(reader):
    # `async for line in reader` of the native readers (asyncio/streams.c): CPython's __anext__
    line = await reader.readline()
    if line == b"":
        raise StopAsyncIteration
    return line

_DEFAULT_LIMIT = 2 ** 16


# ---- the native writers' transport ---------------------------------------------------------------

class _SelectorSocketTransport(Transport):
    """`writer.transport` of a native StreamWriter (asyncio/streams.c): CPython's transport as seen
    through the writer. The connection is the native writer's, so this forwards to it; the
    loopback network has no write buffer (the size is 0) and closing and aborting are one."""

    def __init__(self, writer):
        super().__init__()
        self._writer = writer
        self._fd = -1

    def __repr__(self):
        fd = self._writer.get_extra_info("socket").fileno()
        if fd >= 0:
            self._fd = fd
        if self._writer.is_closing():
            return "<_SelectorSocketTransport closing fd=%d read=idle write=<idle, bufsize=0>>" % self._fd
        return "<_SelectorSocketTransport fd=%d read=polling write=<idle, bufsize=0>>" % self._fd

    def get_extra_info(self, name, default=None):
        return self._writer.get_extra_info(name, default)

    def is_closing(self):
        return self._writer.is_closing()

    def close(self):
        self._writer.close()

    def abort(self):
        self._writer.close()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("data argument must be a bytes-like object, not %r" % type(data).__name__)
        self._writer.write(data)

    def writelines(self, list_of_data):
        self._writer.writelines(list_of_data)

    def write_eof(self):
        self._writer.write_eof()

    def can_write_eof(self):
        return self._writer.can_write_eof()

    def get_write_buffer_size(self):
        return 0

    def get_write_buffer_limits(self):
        return (16384, 65536)

    def is_reading(self):
        return not self._writer.is_closing()


NativeTransport = _SelectorSocketTransport


class _StreamSocketView:
    """The socket of a native stream connection, for asyncio.TransportSocket: addresses from the
    writer, options kept, a descriptor number taken from the `socket` network's table when first
    asked (so numbers follow the order sockets are shown, not made)."""

    def __init__(self, writer):
        import socket
        self._writer = writer
        self._fd = -1
        self._options = {}
        self.family = socket.AF_INET
        self.type = socket.SOCK_STREAM
        self.proto = 6

    def _closed(self):
        return self._writer.is_closing()

    def fileno(self):
        if self._closed():
            if self._fd >= 0:  # the descriptor is free again
                import _asyncio_network
                _asyncio_network.release_fd(self._fd)
                self._fd = -1
            return -1
        if self._fd < 0:
            import _asyncio_network
            self._fd = _asyncio_network.reserve_fd()
        return self._fd

    def getsockname(self):
        if self._closed():
            raise OSError(9, "Bad file descriptor")
        return self._writer.get_extra_info("sockname")

    def getpeername(self):
        if self._closed():
            raise OSError(9, "Bad file descriptor")
        return self._writer.get_extra_info("peername")

    def setsockopt(self, level, option, value, optlen=None):
        self._options[(level, option)] = value

    def getsockopt(self, level, option, buflen=0):
        value = self._options.get((level, option), 0)
        return int(value) if isinstance(value, (bool, int)) else value


def stream_socket(writer):
    """writer.get_extra_info('socket') of a native StreamWriter (asyncio/streams.c)."""
    import _asyncio_network
    return _asyncio_network.TransportSocket(_StreamSocketView(writer))


# ---- StreamReader ---------------------------------------------------------------------------------

class StreamReader:
    __module__ = "asyncio.streams"

    # asyncio.StreamReader is this class; a connection's reader is native (asyncio/streams.c)
    @classmethod
    def __subclasshook__(cls, C):
        if cls is StreamReader and C is _lsstreams.StreamReader:
            return True
        return NotImplemented

    # Also what a script's own asyncio.StreamReader() is (asyncio/streams.c), fed by hand.
    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if loop is None:
            loop = asyncio.get_event_loop()
        if limit <= 0:
            raise ValueError("Limit cannot be <= 0")
        self._limit = limit
        self._loop = loop
        self._buffer = b""
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ["StreamReader"]
        if self._buffer:
            info.append("%d bytes" % len(self._buffer))
        if self._eof:
            info.append("eof")
        if self._limit != _DEFAULT_LIMIT:
            info.append("limit=%d" % self._limit)
        if self._transport:
            info.append("transport=%r" % self._transport)
        return "<%s>" % " ".join(info)

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        if self._eof:
            raise AssertionError("feed_data after feed_eof")
        if not data:
            return
        self._buffer += bytes(data)
        self._wakeup_waiter()
        if self._transport is not None and not self._paused and len(self._buffer) > 2 * self._limit:
            self._transport.pause_reading()
            self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError("%s() called while another coroutine is already waiting for incoming "
                               "data" % func_name)
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    def _take(self, n):
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    async def readline(self):
        sep = b"\n"
        try:
            line = await self.readuntil(sep)
        except asyncio.IncompleteReadError as e:
            return e.partial
        except asyncio.LimitOverrunError as e:
            if self._buffer[e.consumed:].startswith(sep):
                self._take(e.consumed + len(sep))
            else:
                self._buffer = b""
            self._maybe_resume_transport()
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b"\n"):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError("Separator should be at least one-byte string")
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                isep = self._buffer.find(separator, offset)
                if isep != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise asyncio.LimitOverrunError(
                        "Separator is not found, and chunk exceed the limit", offset)
            if self._eof:
                chunk = self._buffer
                self._buffer = b""
                raise asyncio.IncompleteReadError(chunk, None)
            await self._wait_for_data("readuntil")
        if isep > self._limit:
            raise asyncio.LimitOverrunError("Separator is found, but chunk is longer than limit", isep)
        chunk = self._take(isep + seplen)
        self._maybe_resume_transport()
        return chunk

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b""
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b"".join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data("read")
        data = self._take(n)
        self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError("readexactly size can not be less than zero")
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b""
        while len(self._buffer) < n:
            if self._eof:
                incomplete = self._buffer
                self._buffer = b""
                raise asyncio.IncompleteReadError(incomplete, n)
            await self._wait_for_data("readexactly")
        data = self._take(n)
        self._maybe_resume_transport()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b"":
            raise StopAsyncIteration
        return val


# ---- the protocol ---------------------------------------------------------------------------------

class StreamReaderProtocol(Protocol):
    """Feeds a StreamReader from a transport (CPython's StreamReaderProtocol, client side)."""

    __module__ = "asyncio.streams"

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        if loop is None:
            loop = asyncio.get_event_loop()
        self._loop = loop
        self._stream_reader = stream_reader
        self._client_connected_cb = client_connected_cb
        self._stream_writer = None
        self._task = None
        self._transport = None
        self._connection_lost = False
        self._paused = False
        self._drain_waiters = []
        self._closed = loop.create_future()

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        if self._client_connected_cb is not None:  # a server's connection (CPython's order)
            self._stream_writer = StreamWriter(transport, self, reader, self._loop)
            res = self._client_connected_cb(reader, self._stream_writer)
            if asyncio.iscoroutine(res):
                self._task = self._loop.create_task(res)

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if not self._closed.done():
            if exc is None:
                self._closed.set_result(None)
            else:
                self._closed.set_exception(exc)
        self._connection_lost = True
        for waiter in self._drain_waiters:
            if not waiter.done():
                if exc is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(exc)
        self._stream_reader = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        if self._stream_reader is not None:
            self._stream_reader.feed_data(data)

    def eof_received(self):
        if self._stream_reader is not None:
            self._stream_reader.feed_eof()
        return True

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError("Connection lost")
        if not self._paused:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)


# ---- StreamWriter ---------------------------------------------------------------------------------

class StreamWriter:
    __module__ = "asyncio.streams"

    @classmethod
    def __subclasshook__(cls, C):
        if cls is StreamWriter and C is _lsstreams.StreamWriter:
            return True
        return NotImplemented

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = ["StreamWriter", "transport=%r" % self._transport]
        if self._reader is not None:
            info.append("reader=%r" % self._reader)
        return "<%s>" % " ".join(info)

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._closed

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        if self._transport.is_closing():
            await asyncio.sleep(0)
        await self._protocol._drain_helper()


# ---- open_connection ------------------------------------------------------------------------------

async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = asyncio.get_running_loop()
    reader = StreamReader(limit, loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_connection(lambda: protocol, host, port, **kwds)
    writer = StreamWriter(transport, protocol, reader, loop)
    return reader, writer


# ---- start_server ---------------------------------------------------------------------------------
# asyncio.start_server with create_server's keywords (start_serving=False, sock=, backlog=...):
# asyncio/streams.c hands such calls here. The server is loop.create_server's (this network only).

async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = asyncio.get_running_loop()

    def factory():
        reader = StreamReader(limit, loop)
        return StreamReaderProtocol(reader, client_connected_cb, loop=loop)

    return await loop.create_server(factory, host, port, **kwds)
