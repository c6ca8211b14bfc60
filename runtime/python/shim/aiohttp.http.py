# aiohttp.http: HTTP/1.1 messages over asyncio streams, for the script's own servers (aiohttp.web)
# and the client's connections to them (README "Simulated web"). Bodies: Content-Length, chunked,
# or (responses) up to the end of the connection.

__all__ = ["HttpProcessingError", "read_head", "read_body", "encode_head", "encode_chunk",
           "SERVER_SOFTWARE", "HttpVersion11"]

SERVER_SOFTWARE = "Python/3.11 aiohttp/3.9.1"
HttpVersion11 = (1, 1)


class HttpProcessingError(Exception):
    def __init__(self, code=0, message=""):
        self.code = code
        self.message = message
        super().__init__(message)


async def read_head(reader):
    """(start line, [(name, value)]) of the next message, or None at the end of the connection."""
    line = await reader.readline()
    while line in (b"\r\n", b"\n"):
        line = await reader.readline()
    if not line:
        return None
    start = line.decode().rstrip("\r\n")
    headers = []
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        name, sep, value = line.decode().partition(":")
        if not sep:
            raise HttpProcessingError(400, "Bad header line %r" % line)
        headers.append((name.strip(), value.strip()))
    return start, headers


def _header(headers, name):
    name = name.lower()
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


async def read_body(reader, headers, until_eof):
    length = _header(headers, "Content-Length")
    if length is not None:
        return await reader.readexactly(int(length)) if int(length) else b""
    encoding = _header(headers, "Transfer-Encoding")
    if encoding is not None and "chunked" in encoding.lower():
        parts = []
        while True:
            size = int((await reader.readline()).decode().split(";")[0].strip() or "0", 16)
            if size == 0:
                await reader.readline()
                return b"".join(parts)
            parts.append(await reader.readexactly(size))
            await reader.readline()
    return await reader.read() if until_eof else b""


def encode_head(start, headers):
    lines = [start]
    for name, value in headers:
        lines.append("%s: %s" % (name, value))
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def encode_chunk(data):
    return b"%x\r\n" % len(data) + data + b"\r\n"
