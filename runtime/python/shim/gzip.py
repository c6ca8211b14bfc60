# gzip for Loopscope's MicroPython: compress/decompress, GzipFile and open() over the run's
# in-memory files or any binary file object, on the zlib shim (so the bytes are CPython's: same
# header, mtime from the run's clock, zlib 1.2.13's deflate). GzipFile reads by inflating the whole
# member at its first read.

import io
import os
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
READ_BUFFER_SIZE = 128 * 1024


class BadGzipFile(OSError):
    pass


def _xfl(compresslevel):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _u32(n):
    return (int(n) & 0xFFFFFFFF).to_bytes(4, "little")


def _read_header(data, pos):
    # Returns the offset after the header of the member at pos, or None at the end of data.
    magic = data[pos:pos + 2]
    if magic == b"":
        return None
    if magic != b"\037\213":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    if len(data) < pos + 10:
        raise EOFError("Compressed file ended before the end-of-stream marker was reached")
    method, flag = data[pos + 2], data[pos + 3]
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    pos += 10
    if flag & FEXTRA:
        pos += 2 + (data[pos] | (data[pos + 1] << 8))
    for bit in (FNAME, FCOMMENT):
        if flag & bit:
            end = data.find(b"\0", pos)
            if end < 0:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            pos = end + 1
    if flag & FHCRC:
        pos += 2
    return pos


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    if mtime == 0:
        return zlib.compress(data, level=compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    header = b"\037\213\010\000" + _u32(mtime) + bytes((_xfl(compresslevel), 255))
    trailer = _u32(zlib.crc32(data)) + _u32(len(data))
    return header + zlib.compress(data, level=compresslevel, wbits=-15) + trailer


def decompress(data):
    data = bytes(data)
    members = []
    pos = 0
    while True:
        start = _read_header(data, pos)
        if start is None:
            return b"".join(members)
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = do.decompress(data[start:])
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        tail = do.unused_data
        crc = int.from_bytes(tail[0:4], "little")
        length = int.from_bytes(tail[4:8], "little")
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if length != (len(out) & 0xFFFFFFFF):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        rest = tail[8:]
        pos = len(data) - len(rest)
        while pos < len(data) and data[pos] == 0:
            pos += 1


class GzipFile:
    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None,
                 mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: %r" % (mode,))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = io.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename) if hasattr(os, "fspath") else filename
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        if mode.startswith("r"):
            self.mode = READ
            self._data = None
            self._pos = 0
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            if origmode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will change in future Python "
                              "releases.  Specify the mode argument for opening it for writing.",
                              FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self.crc = zlib.crc32(b"")
            self.size = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: %r" % (mode,))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def mtime(self):
        return getattr(self, "_last_mtime", None)

    def __repr__(self):
        s = repr(self.fileobj)
        return "<gzip " + s[1:-1] + " " + hex(id(self)) + ">"

    def _write_gzip_header(self, compresslevel):
        fname = os.path.basename(self.name) if self.name else ""
        if not isinstance(fname, bytes):
            try:
                fname = fname.encode("latin-1")
            except UnicodeEncodeError:
                fname = b""
        if fname.endswith(b".gz"):
            fname = fname[:-3]
        flags = FNAME if fname else 0
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        header = b"\037\213\010" + bytes((flags,)) + _u32(mtime) + bytes((_xfl(compresslevel), 255))
        if fname:
            header += fname + b"\000"
        self.fileobj.write(header)

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self.fileobj is None

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            raise OSError(9, "write() on read-only GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
        return length

    def _load(self):
        if self._data is None:
            raw = self.fileobj.read()
            self._data = decompress(raw) if raw else b""
            if raw:
                self._last_mtime = int.from_bytes(raw[4:8], "little")
        return self._data

    def read(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            raise OSError(9, "read() on write-only GzipFile object")
        data = self._load()
        if size is None or size < 0:
            out = data[self._pos:]
        else:
            out = data[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    read1 = read

    def peek(self, n):
        data = self._load()
        return data[self._pos:self._pos + max(n, 1)]

    def readline(self, size=-1):
        data = self._load()
        end = data.find(b"\n", self._pos)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = data[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        return self.size if self.mode == WRITE else self._pos

    def seek(self, offset, whence=0):
        if self.mode == WRITE:
            raise OSError("Negative seek in write mode")
        if whence == 1:
            offset += self._pos
        elif whence == 2:
            offset += len(self._load())
        self._pos = max(0, offset)
        return self._pos

    def rewind(self):
        self._pos = 0

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            if hasattr(self.fileobj, "flush"):
                self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                fileobj.write(_u32(self.crc))
                fileobj.write(_u32(self.size))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()


class _TextGzip:
    def __init__(self, binary, encoding, errors, newline):
        self._b = binary
        self.encoding = encoding or "utf-8"
        self.errors = errors or "strict"
        self._text = None
        self._pos = 0

    def _load(self):
        if self._text is None:
            self._text = self._b.read().decode(self.encoding, self.errors).replace("\r\n", "\n")
        return self._text

    def write(self, s):
        self._b.write(s.encode(self.encoding, self.errors))
        return len(s)

    def read(self, size=-1):
        text = self._load()
        out = text[self._pos:] if size is None or size < 0 else text[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def readline(self, size=-1):
        text = self._load()
        end = text.find("\n", self._pos)
        end = len(text) if end < 0 else end + 1
        out = text[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        return list(iter(self.readline, ""))

    def __iter__(self):
        return iter(self.readline, "")

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def close(self):
        self._b.close()

    @property
    def closed(self):
        return self._b.closed

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return _TextGzip(binary_file, encoding, errors, newline)
    return binary_file
