# aiohttp.client: ClientSession, ClientResponse, ClientTimeout and the module-level request()
# (aiohttp 1.x's get/post too) over the run's simulated web (README "Simulated web").
#
# A web host's answer comes after its latency, awaited with asyncio.sleep: the loop runs other tasks
# meanwhile. The script's own servers (localhost, 127.x, 0.0.0.0) are reached over asyncio's
# streams with HTTP/1.1 (one connection per request).
#
# Sections: ClientTimeout · ClientResponse · ClientSession · module-level request/get/post
import asyncio
import json as _json
import loopscope.web as web
from yarl import URL
from requests.structures import CaseInsensitiveDict
from aiohttp.client_exceptions import (ClientConnectorError, ClientResponseError, ContentTypeError,
                                       TooManyRedirects, InvalidURL, ServerDisconnectedError)
from aiohttp.http import read_head, read_body, encode_head, SERVER_SOFTWARE

__all__ = ["ClientSession", "ClientResponse", "ClientTimeout", "RequestInfo", "request", "get",
           "post", "put", "delete", "head", "patch", "options"]


# ---- ClientTimeout --------------------------------------------------------------------------------

class ClientTimeout:
    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None,
                 ceil_threshold=5):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect
        self.ceil_threshold = ceil_threshold

    def __repr__(self):
        return ("ClientTimeout(total=%r, connect=%r, sock_read=%r, sock_connect=%r, "
                "ceil_threshold=%r)" % (self.total, self.connect, self.sock_read, self.sock_connect,
                                        self.ceil_threshold))


DEFAULT_TIMEOUT = ClientTimeout(total=5 * 60)


class RequestInfo:
    def __init__(self, url, method, headers, real_url):
        self.url = url
        self.method = method
        self.headers = headers
        self.real_url = real_url

    def __repr__(self):
        return "RequestInfo(url=%r, method=%r, headers=%r, real_url=%r)" % (
            self.url, self.method, self.headers, self.real_url)


class _Headers(CaseInsensitiveDict):
    def __repr__(self):
        body = ", ".join("%r: %r" % item for item in self.items())
        return "<CIMultiDictProxy(%s)>" % body


# ---- ClientResponse -------------------------------------------------------------------------------

def _content_type(headers):
    value = headers.get("Content-Type", "application/octet-stream")
    main, _, params = value.partition(";")
    charset = None
    for part in params.split(";"):
        name, _, v = part.strip().partition("=")
        if name.lower() == "charset":
            charset = v.strip("'\"")
    return main.strip().lower(), charset


class StreamReader:
    """resp.content: the body (already received) read piece by piece."""

    def __init__(self, data):
        self._data = data
        self._pos = 0

    def at_eof(self):
        return self._pos >= len(self._data)

    def _take(self, end):
        chunk = self._data[self._pos:end]
        self._pos += len(chunk)
        return chunk

    async def read(self, n=-1):
        return self._take(len(self._data) if n < 0 else self._pos + n)

    async def readany(self):
        return self._take(len(self._data))

    async def readexactly(self, n):
        if len(self._data) - self._pos < n:
            raise asyncio.IncompleteReadError(self._take(len(self._data)), n)
        return self._take(self._pos + n)

    async def readline(self):
        end = self._data.find(b"\n", self._pos)
        return self._take(len(self._data) if end < 0 else end + 1)

    def iter_chunked(self, n):
        return _Chunks(self, n)

    def iter_any(self):
        return _Chunks(self, 1 << 16)

    def __aiter__(self):
        return _Chunks(self, 0)


class _Chunks:
    # async iteration over a StreamReader: lines (size 0) or chunks of `size` bytes
    def __init__(self, reader, size):
        self._reader = reader
        self._size = size

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self._reader.at_eof():
            raise StopAsyncIteration
        if self._size:
            return await self._reader.read(self._size)
        return await self._reader.readline()


class ClientResponse:
    def __init__(self, method, url, status, reason, headers, body, request_info, history):
        self.method = method
        self.url = url
        self.real_url = url
        self.status = status
        self.reason = reason
        self.headers = _Headers(headers)
        self.raw_headers = tuple((k.encode(), v.encode()) for k, v in headers)
        self._body = body
        self.request_info = request_info
        self.history = tuple(history)
        self.closed = False
        self.content_type, self.charset = _content_type(self.headers)
        self.content = StreamReader(body)

    def __repr__(self):
        return "<ClientResponse(%s) [%s %s]>\n%r\n" % (self.url, self.status, self.reason,
                                                        self.headers)

    @property
    def ok(self):
        return self.status < 400

    @property
    def content_length(self):
        value = self.headers.get("Content-Length")
        return int(value) if value is not None else None

    def get_encoding(self):
        return self.charset or "utf-8"

    async def read(self):
        return self._body

    async def text(self, encoding=None, errors="strict"):
        return self._body.decode()

    async def json(self, *, encoding=None, loads=_json.loads, content_type="application/json"):
        if content_type and content_type not in self.content_type:
            raise ContentTypeError(
                self.request_info, self.history, status=self.status,
                message="Attempt to decode JSON with unexpected mimetype: %s" % self.content_type,
                headers=self.headers)
        text = self._body.decode().strip()
        return loads(text) if text else None

    def raise_for_status(self):
        if not self.ok:
            raise ClientResponseError(self.request_info, self.history, status=self.status,
                                      message=self.reason, headers=self.headers)

    def release(self):
        self.closed = True

    def close(self):
        self.closed = True

    async def wait_for_close(self):
        self.closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.release()


class _RequestContextManager:
    """What session.get() returns: await it, or use it with `async with`."""

    def __init__(self, coro, session_to_close=None):
        self._coro = coro
        self._response = None
        self._session = session_to_close

    def __await__(self):
        return self._coro.__await__()

    def __iter__(self):
        return self.__await__()

    async def __aenter__(self):
        self._response = await self._coro
        return self._response

    async def __aexit__(self, *exc):
        if self._response is not None:
            self._response.release()
        if self._session is not None:
            await self._session.close()


# ---- ClientSession --------------------------------------------------------------------------------

def _encode_params(params):
    from requests.sessions import _encode_params as encode
    return encode(params)


class ClientSession:
    """The first-class interface for making HTTP requests."""

    def __init__(self, base_url=None, *, connector=None, loop=None, cookies=None, headers=None,
                 skip_auto_headers=None, auth=None, json_serialize=_json.dumps, version=None,
                 cookie_jar=None, conn_timeout=None, raise_for_status=False, timeout=None,
                 read_timeout=None, auto_decompress=True, trust_env=False, **kwargs):
        self._base_url = URL(base_url) if base_url is not None else None
        self._default_headers = CaseInsensitiveDict(headers or {})
        self._timeout = timeout if timeout is not None else DEFAULT_TIMEOUT
        self._raise_for_status = raise_for_status
        self._json_serialize = json_serialize
        self._closed = False

    @property
    def closed(self):
        return self._closed

    @property
    def timeout(self):
        return self._timeout

    @property
    def headers(self):
        return self._default_headers

    async def close(self):
        self._closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self.close()

    def __enter__(self):
        raise TypeError("Use async with instead")

    def __exit__(self, *exc):
        pass

    def request(self, method, url, **kwargs):
        return _RequestContextManager(self._request(method, url, **kwargs))

    def get(self, url, *, allow_redirects=True, **kwargs):
        return self.request("GET", url, allow_redirects=allow_redirects, **kwargs)

    def options(self, url, *, allow_redirects=True, **kwargs):
        return self.request("OPTIONS", url, allow_redirects=allow_redirects, **kwargs)

    def head(self, url, *, allow_redirects=False, **kwargs):
        return self.request("HEAD", url, allow_redirects=allow_redirects, **kwargs)

    def post(self, url, *, data=None, **kwargs):
        return self.request("POST", url, data=data, **kwargs)

    def put(self, url, *, data=None, **kwargs):
        return self.request("PUT", url, data=data, **kwargs)

    def patch(self, url, *, data=None, **kwargs):
        return self.request("PATCH", url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request("DELETE", url, **kwargs)

    async def _request(self, method, str_or_url, *, params=None, data=None, json=None,
                       headers=None, allow_redirects=True, max_redirects=10, raise_for_status=None,
                       timeout=None, ssl=True, **kwargs):
        if self._closed:
            raise RuntimeError("Session is closed")
        if data is not None and json is not None:
            raise ValueError("data and json parameters can not be used at the same time")
        url = str(str_or_url)
        if self._base_url is not None and "://" not in url:
            url = str(self._base_url.join(URL(url)))
        extra = _encode_params(params) if params else ""
        if extra:
            url += ("&" if "?" in url else "?") + extra
        sent = CaseInsensitiveDict({"Host": "", "Accept": "*/*",
                                    "Accept-Encoding": "gzip, deflate",
                                    "User-Agent": SERVER_SOFTWARE})
        sent.update(self._default_headers)
        sent.update(headers or {})
        body = b""
        if json is not None:
            body = self._json_serialize(json).encode()
            sent.setdefault("Content-Type", "application/json")
        elif data is not None:
            if isinstance(data, dict):
                body = _encode_params(data).encode()
                sent.setdefault("Content-Type", "application/x-www-form-urlencoded")
            else:
                body = data.encode() if isinstance(data, str) else bytes(data)
                sent.setdefault("Content-Type", "application/octet-stream")
        if body or method in ("POST", "PUT", "PATCH"):
            sent["Content-Length"] = str(len(body))
        limit = timeout if timeout is not None else self._timeout
        total = limit.total if isinstance(limit, ClientTimeout) else limit
        check = raise_for_status if raise_for_status is not None else self._raise_for_status
        if total:
            async with asyncio.timeout(total):
                response = await _follow(method, url, sent, body, allow_redirects, max_redirects,
                                         ssl)
        else:
            response = await _follow(method, url, sent, body, allow_redirects, max_redirects, ssl)
        if check:
            response.raise_for_status()
        return response


async def _follow(method, url, headers, body, allow_redirects, max_redirects, ssl):
    history = []
    while True:
        response = await _exchange(method, url, headers, body, history, ssl)
        location = response.headers.get("Location")
        if not (allow_redirects and response.status in (301, 302, 303, 307, 308) and location):
            return response
        history.append(response)
        if len(history) > max_redirects:
            raise TooManyRedirects(response.request_info, tuple(history), status=response.status,
                                   message=response.reason, headers=response.headers)
        if response.status == 303 and method != "HEAD" or (
                response.status in (301, 302) and method == "POST"):
            method, body = "GET", b""
            headers.pop("Content-Length", None)
            headers.pop("Content-Type", None)
        url = str(URL(url).join(URL(location)))


async def _exchange(method, url, headers, body, history, ssl):
    try:
        scheme, host, port, path, query = web.split_url(url)
    except ValueError:
        raise InvalidURL(url) from None
    if scheme not in ("http", "https") or not host:
        raise InvalidURL(url)
    port = port or (443 if scheme == "https" else 80)
    default_port = port == (443 if scheme == "https" else 80)
    headers["Host"] = host if default_port else "%s:%d" % (host, port)
    info = RequestInfo(URL(url), method, CaseInsensitiveDict(headers.items()), URL(url))
    if web.is_local(host):
        answer = await _local(method, host, port, path, query, headers, body, ssl)
    else:
        target = web.lookup(host)
        if target is None:
            raise ClientConnectorError(host, port, ssl, OSError(-2, "Name or service not known"))
        delay = target.next_delay()
        if target.fail == "refused":
            await asyncio.sleep(delay / 2)
            raise ClientConnectorError(host, port, ssl, ConnectionRefusedError(
                111, "Connect call failed (%r, %d)" % (web.origin_address(), port)))
        if target.fail == "timeout":
            await asyncio.get_running_loop().create_future()  # never answers: only a timeout ends it
        if isinstance(target.fail, int):
            answer = web.Answer(target.fail, [("Content-Length", "0"), ("Date", web.http_date())])
        else:
            answer = target.respond(web.Request(method, scheme, host, port, path, query,
                                                list(headers.items()), body))
        await asyncio.sleep(delay + answer.extra)
        if method == "HEAD":
            answer.body = b""
    return ClientResponse(method, URL(url), answer.status, answer.reason, answer.headers,
                          answer.body, info, history)


async def _local(method, host, port, path, query, headers, body, ssl):
    try:
        reader, writer = await asyncio.open_connection(host, port)
    except OSError as error:
        raise ClientConnectorError(host, port, ssl, error)
    try:
        lines = [(k, v) for k, v in headers.items() if k.lower() not in ("connection", "host")]
        lines.insert(0, ("Host", "%s:%d" % (host, port)))
        lines.append(("Connection", "close"))
        target = path + ("?" + query if query else "")
        writer.write(encode_head("%s %s HTTP/1.1" % (method, target), lines) + body)
        await writer.drain()
        head = await read_head(reader)
        if head is None:
            raise ServerDisconnectedError()
        start, answer_headers = head
        parts = start.split(" ", 2)
        status = int(parts[1])
        reason = parts[2] if len(parts) > 2 else ""
        data = b"" if method == "HEAD" else await read_body(reader, answer_headers, True)
    finally:
        writer.close()
    return web.Answer(status, answer_headers, data, reason=reason)


# ---- module-level request/get/post ----------------------------------------------------------------

def request(method, url, **kwargs):
    """A request in a session of its own: `async with aiohttp.request(...) as resp:` (aiohttp 3),
    or `resp = await aiohttp.request(...)` / `await aiohttp.get(url)` (aiohttp 1.x)."""
    session = ClientSession(timeout=kwargs.pop("timeout", None),
                            raise_for_status=kwargs.pop("raise_for_status", False))
    return _RequestContextManager(session._request(method, url, **kwargs), session)


def get(url, **kwargs):
    return request("GET", url, **kwargs)


def options(url, **kwargs):
    return request("OPTIONS", url, **kwargs)


def head(url, **kwargs):
    return request("HEAD", url, **kwargs)


def post(url, **kwargs):
    return request("POST", url, **kwargs)


def put(url, **kwargs):
    return request("PUT", url, **kwargs)


def patch(url, **kwargs):
    return request("PATCH", url, **kwargs)


def delete(url, **kwargs):
    return request("DELETE", url, **kwargs)
