# io for Loopscope's MicroPython: CPython 3.11's io written in Python, over the run's in-memory file
# system (shim/_lsfs.py). open() (also the builtin, port/interp.c) gives TextIOWrapper,
# BufferedReader, BufferedWriter or BufferedRandom with CPython's modes, errors and reprs; StringIO
# and BytesIO are in-memory streams; TextIOWrapper(BytesIO(...)) decodes one.
#
# Sections: errors and constants · encodings · the binary streams (BytesIO, the Buffered* files)
# · the text streams (TextIOWrapper, StringIO) · open().
#
# Differs from CPython: no real buffering (a write is in the file at once); fileno() numbers are
# made up; encodings are utf-8, ascii and latin-1; type names print without "_io.".

import _lsfs

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO",
           "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom",
           "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding"]

# ---- errors and constants -----------------------------------------------------------------------

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

try:
    class UnsupportedOperation(OSError, ValueError):
        pass
except TypeError:  # two native bases: MicroPython keeps one
    class UnsupportedOperation(OSError):
        pass

BlockingIOError = OSError


def _closed_error():
    return ValueError("I/O operation on closed file.")


def text_encoding(encoding, stacklevel=2):
    return "locale" if encoding is None else encoding


# ---- encodings ----------------------------------------------------------------------------------

def _codec(encoding):
    # The canonical codec name for an encoding argument, or LookupError as CPython's.
    key = encoding.lower().replace("_", "-")
    if key in ("utf-8", "utf8", "locale", "u8"):
        return "utf-8"
    if key in ("ascii", "us-ascii", "646"):
        return "ascii"
    if key in ("latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "cp819"):
        return "latin-1"
    raise LookupError("unknown encoding: %s" % encoding)


def _encode(text, codec):
    if codec == "utf-8":
        return text.encode()
    limit = 128 if codec == "ascii" else 256
    for i, c in enumerate(text):
        if ord(c) >= limit:
            raise ValueError("'%s' codec can't encode character %r in position %d: ordinal not in range(%d)"
                             % (codec, c, i, limit))
    return bytes(ord(c) for c in text)


def _decode(data, codec):
    if codec == "utf-8":
        return str(bytes(data), "utf-8")
    if codec == "ascii":
        for i, b in enumerate(data):
            if b >= 128:
                raise ValueError("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)"
                                 % (b, i))
    return "".join(chr(b) for b in data)


def _utf8_span(data, start, count):
    # The end of `count` characters of UTF-8 starting at byte `start`.
    end = start
    n = len(data)
    while count > 0 and end < n:
        b = data[end]
        end += 1 if b < 0x80 else 2 if b < 0xE0 else 3 if b < 0xF0 else 4
        count -= 1
    return min(end, n)


# ---- the binary streams -------------------------------------------------------------------------

class IOBase:
    closed = False

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_open(self):
        if self.closed:
            raise _closed_error()

    def close(self):
        self.closed = True

    def flush(self):
        self._check_open()

    def isatty(self):
        self._check_open()
        return False

    def readable(self):
        self._check_open()
        return False

    def writable(self):
        self._check_open()
        return False

    def seekable(self):
        self._check_open()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _Bytes(BufferedIOBase):
    # A binary stream over a node with a bytearray `data`: a file of the run's file system, or a
    # BytesIO's own.
    _readable = True
    _writable = True
    _append = False

    def _check_readable(self):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation("read" if isinstance(self, _BinaryFile) else "not readable")

    def _check_writable(self):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("write" if isinstance(self, _BinaryFile) else "not writable")

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        return True

    def read(self, size=-1):
        self._check_readable()
        data = self._node.data
        start = self._pos
        end = len(data) if size is None or size < 0 else min(len(data), start + size)
        if end <= start:
            return b""
        self._pos = end
        return bytes(data[start:end])

    read1 = read

    def readinto(self, buffer):
        chunk = self.read(len(buffer))
        buffer[:len(chunk)] = chunk
        return len(chunk)

    def readline(self, size=-1):
        self._check_readable()
        data = self._node.data
        start = self._pos
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        if end <= start:
            return b""
        self._pos = end
        return bytes(data[start:end])

    def write(self, b):
        self._check_writable()
        if isinstance(b, str) or not isinstance(b, (bytes, bytearray, memoryview)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        node = self._node
        data = node.data
        if self._append:
            self._pos = len(data)
        pos = self._pos
        n = len(b)
        if pos > len(data):
            data.extend(bytes(pos - len(data)))
        if pos == len(data):
            data.extend(b)
        else:
            data[pos:pos + n] = b
        self._pos = pos + n
        self._touch()
        return n

    def _touch(self):
        pass

    def seek(self, offset, whence=0):
        self._check_open()
        if not isinstance(offset, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(offset).__name__)
        if whence == 0:
            if offset < 0:
                raise ValueError("negative seek value %d" % offset)
            pos = offset
        elif whence == 1:
            pos = max(0, self._pos + offset)
        elif whence == 2:
            pos = max(0, len(self._node.data) + offset)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_writable()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        data = self._node.data
        if size < len(data):
            del data[size:]
        elif size > len(data):
            data.extend(bytes(size - len(data)))
        self._touch()
        return size


class _BytesNode:
    def __init__(self, data):
        self.data = data


class BytesIO(_Bytes):
    def __init__(self, initial_bytes=b""):
        if isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._node = _BytesNode(bytearray(initial_bytes or b""))
        self._pos = 0

    def getvalue(self):
        self._check_open()
        return bytes(self._node.data)

    def getbuffer(self):
        self._check_open()
        return memoryview(self._node.data)


class _BinaryFile(_Bytes):
    # An open binary file: BufferedReader ('rb'), BufferedWriter ('wb', 'ab', 'xb'), BufferedRandom
    # (any '+' mode).
    def __init__(self, node, name, raw_mode, readable, writable, append):
        self._node = node
        self.name = name
        self.mode = raw_mode
        self._readable = readable
        self._writable = writable
        self._append = append
        self._pos = len(node.data) if append else 0
        self._fd = _next_fd()

    def _touch(self):
        self._node.mtime = _lsfs.utime.time()

    def fileno(self):
        self._check_open()
        return self._fd

    def __repr__(self):
        return "<_io.%s name=%r>" % (type(self).__name__, self.name)


class BufferedReader(_BinaryFile):
    pass


class BufferedWriter(_BinaryFile):
    pass


class BufferedRandom(_BinaryFile):
    pass


class BufferedRWPair(BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self._reader = reader
        self._writer = writer

    def read(self, size=-1):
        return self._reader.read(size)

    def write(self, b):
        return self._writer.write(b)


FileIO = BufferedRandom

_fd_counter = [2]


def _next_fd():
    _fd_counter[0] += 1
    return _fd_counter[0]


# ---- the text streams ---------------------------------------------------------------------------

class TextIOWrapper(TextIOBase):
    # Text over a binary stream (an open file's, or a BytesIO): positions are byte offsets (CPython's
    # tell() cookies are the same when the decoder keeps no state).
    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        self.buffer = buffer
        self.encoding = "UTF-8" if encoding is None or encoding == "locale" else encoding
        self._codec = _codec(self.encoding)
        self.errors = "strict" if errors is None else errors
        self._newline = newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        self.newlines = None

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def __repr__(self):
        mode = getattr(self, "mode", None)
        text = "<_io.TextIOWrapper"
        try:
            text += " name=%r" % (self.name,)
        except AttributeError:
            pass
        if mode is not None:
            text += " mode=%r" % mode
        return text + " encoding=%r>" % self.encoding

    def close(self):
        self.buffer.close()

    def detach(self):
        buffer = self.buffer
        self.buffer = None
        return buffer

    def fileno(self):
        return self.buffer.fileno()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def _check_readable(self):
        self._check_open()
        if not self.buffer._readable:
            raise UnsupportedOperation("not readable")

    def _translate(self, text):
        if self._newline is None and "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def read(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        buffer = self.buffer
        data = buffer._node.data
        start = buffer._pos
        if size < 0:
            end = len(data)
        elif self._codec == "utf-8":
            end = _utf8_span(data, start, size)
        else:
            end = min(len(data), start + size)
        if end <= start:
            return ""
        if self._newline is None and end < len(data) and data[end - 1] == 13 and data[end] == 10:
            end += 1  # keep "\r\n" together
        buffer._pos = end
        return self._translate(_decode(data[start:end], self._codec))

    def readline(self, size=-1):
        self._check_readable()
        buffer = self.buffer
        data = buffer._node.data
        start = buffer._pos
        n = len(data)
        if start >= n:
            return ""
        if self._newline in (None, ""):  # any of "\n", "\r\n", "\r" ends a line
            end = start
            while end < n and data[end] != 10 and data[end] != 13:
                end += 1
            if end < n:
                end += 2 if data[end] == 13 and end + 1 < n and data[end + 1] == 10 else 1
        else:
            ending = self._newline.encode()
            end = data.find(ending, start)
            end = n if end < 0 else end + len(ending)
        if size is not None and size >= 0:
            end = min(end, _utf8_span(data, start, size) if self._codec == "utf-8" else start + size)
        buffer._pos = end
        return self._translate(_decode(data[start:end], self._codec))

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not self.buffer._writable:
            raise UnsupportedOperation("not writable")
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(_encode(text, self._codec))
        return len(s)

    def seek(self, cookie, whence=0):
        self._check_open()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 0 and cookie < 0:
            raise ValueError("negative seek position %d" % cookie)
        return self.buffer.seek(cookie, whence)

    def tell(self):
        self._check_open()
        return self.buffer.tell()

    def truncate(self, pos=None):
        return self.buffer.truncate(pos)

    def flush(self):
        self.buffer.flush()


class StringIO(TextIOBase):
    # Text in memory: a position in characters over a list of pieces joined when read.
    def __init__(self, initial_value="", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        self._newline = newline
        self._text = self._in(initial_value or "")
        self._pieces = []
        self._pos = 0

    def _in(self, s):
        if self._newline is None and "\r" in s:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline not in (None, "", "\n"):
            s = s.replace("\n", self._newline)
        return s

    def _value(self):
        if self._pieces:
            self._text += "".join(self._pieces)
            self._pieces = []
        return self._text

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def readable(self):
        self._check_open()
        return True

    writable = seekable = readable

    def getvalue(self):
        self._check_open()
        return self._value()

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._in(s)
        length = len(self._text) + sum(len(p) for p in self._pieces) if self._pieces else len(self._text)
        if self._pos == length:
            self._pieces.append(s)
        else:
            text = self._value()
            if self._pos > len(text):
                text += "\0" * (self._pos - len(text))
            self._text = text[:self._pos] + s + text[self._pos + len(s):]
        self._pos += len(s)
        return n

    def read(self, size=-1):
        self._check_open()
        text = self._value()
        start = self._pos
        end = len(text) if size is None or size < 0 else min(len(text), start + size)
        if end <= start:
            return ""
        self._pos = end
        return text[start:end]

    def readline(self, size=-1):
        self._check_open()
        text = self._value()
        start = self._pos
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        if end <= start:
            return ""
        self._pos = end
        return text[start:end]

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence in (1, 2):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks" if whence == 1 else
                              "Can't do nonzero end-relative seeks")
            if whence == 2:
                self._pos = len(self._value())
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        text = self._value()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._text = text[:size]
        return size

    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None


# ---- open() -------------------------------------------------------------------------------------

def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if isinstance(file, bool) or not isinstance(file, (str, bytes)) and not hasattr(type(file), "__fspath__"):
        if isinstance(file, int):
            raise OSError("the Loopscope sandbox has no file descriptors")
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(file).__name__)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
    for c in mode:
        if c not in "rwxabt+" or mode.count(c) > 1:
            raise ValueError("invalid mode: %r" % mode)
    creating = "x" in mode
    reading = "r" in mode
    writing = "w" in mode
    appending = "a" in mode
    updating = "+" in mode
    text = "t" in mode
    binary = "b" in mode
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        pass
    if not binary and encoding is not None:
        _codec(encoding)
    if not binary and buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    name = _lsfs.fspath(file)
    node = _lsfs.open_file(name, not reading, creating, writing)
    raw_mode = ("x" if creating else "a" if appending else "w" if writing else "r") + "b" + ("+" if updating else "")
    if reading and updating or writing and updating:
        raw_mode = "rb+"
    readable = reading or updating
    writable = not reading or updating
    cls = BufferedRandom if updating else BufferedReader if reading else BufferedWriter
    binary_file = cls(node, name, raw_mode, readable, writable, appending)
    if binary:
        return binary_file
    wrapper = TextIOWrapper(binary_file, encoding, errors, newline)
    wrapper.mode = mode
    return wrapper
