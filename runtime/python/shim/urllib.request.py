# urllib.request: urlopen(url or Request) over the run's simulated web (README "Simulated web"):
# blocking as in CPython (the calling thread waits the host's latency with time.sleep), redirects
# followed, HTTPError for 4xx/5xx answers, URLError when a name does not resolve.
import time
import loopscope.web as web
from urllib.error import URLError, HTTPError
from urllib.parse import urljoin
from requests.structures import CaseInsensitiveDict

__all__ = ["urlopen", "Request", "HTTPResponse"]

_USER_AGENT = "Python-urllib/3.11"


class Request:
    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False,
                 method=None):
        self.full_url = url
        self.data = data
        self.headers = {}
        for key, value in headers.items():
            self.add_header(key, value)
        self.method = method

    def add_header(self, key, value):
        self.headers[key[:1].upper() + key[1:].lower()] = value

    def get_method(self):
        return self.method or ("POST" if self.data is not None else "GET")

    def get_full_url(self):
        return self.full_url


class _Message(CaseInsensitiveDict):
    """The headers of a response (http.client.HTTPMessage): get(), items(), [] by any case."""

    def get_content_type(self):
        return self.get("Content-Type", "text/plain").partition(";")[0].strip().lower()

    def get_content_charset(self, failobj=None):
        for part in self.get("Content-Type", "").split(";")[1:]:
            name, _, value = part.strip().partition("=")
            if name.lower() == "charset":
                return value.strip("'\"").lower()
        return failobj

    def __str__(self):
        return "".join("%s: %s\n" % item for item in self.items()) + "\n"


class _Body:
    def __init__(self, data):
        self._data = data
        self._pos = 0

    def read(self, amt=-1):
        end = len(self._data) if amt is None or amt < 0 else self._pos + amt
        chunk = self._data[self._pos:end]
        self._pos += len(chunk)
        return chunk


class HTTPResponse:
    def __init__(self, url, answer):
        self.url = url
        self.status = answer.status
        self.code = answer.status
        self.reason = answer.reason
        self.msg = answer.reason
        self.headers = _Message(answer.headers)
        self._body = _Body(answer.body)
        self.closed = False

    def read(self, amt=-1):
        return self._body.read(amt)

    def readline(self):
        data = self._body._data
        end = data.find(b"\n", self._body._pos)
        return self._body.read(-1 if end < 0 else end + 1 - self._body._pos)

    def readlines(self):
        return [line for line in iter(self.readline, b"")]

    def __iter__(self):
        return iter(self.readlines())

    def getcode(self):
        return self.status

    def geturl(self):
        return self.url

    def info(self):
        return self.headers

    def getheader(self, name, default=None):
        return self.headers.get(name, default)

    def getheaders(self):
        return self.headers.items()

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return "<http.client.HTTPResponse object at 0x%x>" % id(self)


class InvalidURL(Exception):
    """A URL http.client cannot use (CPython's is http.client.InvalidURL, an HTTPException)."""


def _fetch(method, url, headers, data, timeout):
    try:
        scheme, host, port, path, query = web.split_url(url)
    except ValueError as error:
        raise InvalidURL(str(error)) from None
    if scheme not in ("http", "https"):
        raise URLError("unknown url type: %s" % (scheme or url.partition(":")[0]))
    if not host:
        raise URLError("no host given")
    port = port or (443 if scheme == "https" else 80)
    if web.is_local(host):
        sent = [("Accept-Encoding", "identity"), ("Host", "%s:%d" % (host, port)),
                ("User-Agent", _USER_AGENT)] + list(headers.items())
        try:
            return web.exchange_local(method, host, port, path, query, sent, data or b"", timeout)
        except ConnectionRefusedError as error:
            raise URLError(error)
    target = web.lookup(host)
    if target is None:
        raise URLError(OSError(-2, "Name or service not known"))
    delay = target.next_delay()
    if target.fail == "refused":
        time.sleep(delay / 2)
        raise URLError(ConnectionRefusedError(111, "Connection refused"))
    if target.fail == "timeout":
        time.sleep(timeout if timeout is not None else 130.0)
        raise URLError(TimeoutError("timed out"))
    sent = [("Accept-Encoding", "identity"), ("Host", host), ("User-Agent", _USER_AGENT),
            ("Connection", "close")] + list(headers.items())
    if isinstance(target.fail, int):
        answer = web.Answer(target.fail, [("Content-Length", "0"), ("Date", web.http_date())])
    else:
        answer = target.respond(web.Request(method, scheme, host, port, path, query, sent,
                                            data or b""))
    total = delay + answer.extra
    if timeout is not None and total > timeout + delay / 2:
        time.sleep(timeout + delay / 2)
        raise TimeoutError("The read operation timed out")
    time.sleep(total)
    return answer


def urlopen(url, data=None, timeout=None, *, context=None):
    request = url if isinstance(url, Request) else Request(url, data)
    method = request.get_method()
    full_url = request.full_url
    body = request.data
    headers = dict(request.headers)
    if body is not None:
        if isinstance(body, str):
            raise TypeError("POST data should be bytes, an iterable of bytes, or a file object. "
                            "It cannot be of type str.")
        headers.setdefault("Content-type", "application/x-www-form-urlencoded")
        headers["Content-length"] = str(len(body))
    for _ in range(11):
        answer = _fetch(method, full_url, headers, body, timeout)
        location = dict((k.lower(), v) for k, v in answer.headers).get("location")
        if answer.status in (301, 302, 303, 307, 308) and location:
            full_url = urljoin(full_url, location)
            if answer.status in (301, 302, 303):
                method, body = ("HEAD" if method == "HEAD" else "GET"), None
                headers.pop("Content-type", None)
                headers.pop("Content-length", None)
            continue
        break
    response = HTTPResponse(full_url, answer)
    if answer.status >= 400:
        raise HTTPError(full_url, answer.status, answer.reason, response.headers, response)
    return response
