# requests.sessions: Session, and the transfer over the simulated web (README "Simulated web").
#
# Blocking, as requests is in CPython: the calling thread waits the host's latency with time.sleep,
# so on the event loop's thread the whole loop is blocked for that long (and the timeline shows it),
# while on a worker thread only that thread waits. Redirects are followed as requests follows them.
#
# Sections: URL preparation · Session · the transfer (errors as requests/urllib3 word them)
import time
import datetime
import json as _json
import loopscope.web as web
from requests.structures import CaseInsensitiveDict
from requests.models import PreparedRequest, _make_response
from requests.exceptions import (ConnectionError, ConnectTimeout, ReadTimeout, MissingSchema,
                                 InvalidSchema, InvalidURL, TooManyRedirects)

__all__ = ["Session", "session"]

VERSION = "2.34.2"


def default_headers():
    return CaseInsensitiveDict({"User-Agent": "python-requests/" + VERSION,
                                "Accept-Encoding": "gzip, deflate", "Accept": "*/*",
                                "Connection": "keep-alive"})


# ---- URL preparation ------------------------------------------------------------------------------

_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"


def _quote(text):
    out = []
    for byte in str(text).encode():
        c = chr(byte)
        out.append(c if c in _SAFE else ("+" if c == " " else "%%%02X" % byte))
    return "".join(out)


def _encode_params(params):
    if params is None:
        return ""
    if isinstance(params, (str, bytes)):
        return params.decode() if isinstance(params, bytes) else params
    items = params.items() if hasattr(params, "items") else params
    pairs = []
    for key, value in items:
        values = value if isinstance(value, (list, tuple)) else [value]
        for v in values:
            if v is not None:
                pairs.append(_quote(key) + "=" + _quote(v))
    return "&".join(pairs)


def _prepare_url(url, params):
    url = str(url).strip()
    if ":" in url and not url.lower().startswith("http"):
        return url  # another scheme: no adapter will take it (InvalidSchema when sent)
    try:
        scheme, host, port, path, query = web.split_url(url)
    except ValueError:
        raise InvalidURL("Failed to parse: %s" % url)
    if not scheme:
        raise MissingSchema("Invalid URL %r: No scheme supplied. Perhaps you meant https://%s?"
                            % (url, url))
    if not host:
        raise InvalidURL("Invalid URL %r: No host supplied" % url)
    extra = _encode_params(params)
    if extra:
        query = query + "&" + extra if query else extra
    netloc = url.partition("://")[2]
    for mark in "/?#":
        netloc = netloc.partition(mark)[0]
    return "%s://%s%s%s" % (scheme, netloc.lower(), path, "?" + query if query else "")


def _join(base, location):
    if "://" in location:
        return location
    scheme, _, rest = base.partition("://")
    if location.startswith("//"):
        return scheme + ":" + location
    netloc = rest
    for mark in "/?#":
        netloc = netloc.partition(mark)[0]
    if location.startswith("/"):
        return "%s://%s%s" % (scheme, netloc, location)
    path = web.split_url(base)[3]
    return "%s://%s%s%s" % (scheme, netloc, path[:path.rfind("/") + 1], location)


# ---- Session --------------------------------------------------------------------------------------

class Session:
    """A Requests session: default headers and params for its requests (connections are not pooled:
    every request to a host waits its latency)."""

    def __init__(self):
        self.headers = default_headers()
        self.params = {}
        self.auth = None
        self.cookies = {}
        self.max_redirects = 30
        self.trust_env = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        pass

    def request(self, method, url, params=None, data=None, headers=None, cookies=None, files=None,
                auth=None, timeout=None, allow_redirects=True, proxies=None, hooks=None,
                stream=None, verify=None, cert=None, json=None):
        merged = self.headers.copy()
        for key, value in (headers or {}).items():
            if value is None:
                merged.pop(key, None)
            else:
                merged[key] = value
        all_params = dict(self.params)
        if params:
            all_params.update(params.items() if hasattr(params, "items") else params)
        body = None
        if json is not None:
            body = _json.dumps(json).encode()
            merged.setdefault("Content-Type", "application/json")
        elif data:
            if isinstance(data, dict) or isinstance(data, (list, tuple)):
                body = _encode_params(data).encode()
                merged.setdefault("Content-Type", "application/x-www-form-urlencoded")
            else:
                body = data.encode() if isinstance(data, str) else bytes(data)
        if body is not None:
            merged["Content-Length"] = str(len(body))
        elif method.upper() in ("POST", "PUT", "PATCH"):
            merged["Content-Length"] = "0"
        prepared = PreparedRequest(method.upper(), _prepare_url(url, all_params or None), merged,
                                   body)
        return self.send(prepared, timeout=timeout, allow_redirects=allow_redirects)

    def get(self, url, **kwargs):
        kwargs.setdefault("allow_redirects", True)
        return self.request("GET", url, **kwargs)

    def options(self, url, **kwargs):
        kwargs.setdefault("allow_redirects", True)
        return self.request("OPTIONS", url, **kwargs)

    def head(self, url, **kwargs):
        kwargs.setdefault("allow_redirects", False)
        return self.request("HEAD", url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return self.request("POST", url, data=data, json=json, **kwargs)

    def put(self, url, data=None, **kwargs):
        return self.request("PUT", url, data=data, **kwargs)

    def patch(self, url, data=None, **kwargs):
        return self.request("PATCH", url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request("DELETE", url, **kwargs)

    def send(self, request, timeout=None, allow_redirects=True, **kwargs):
        history = []
        while True:
            response = _transfer(request, timeout)
            if not allow_redirects or not response.is_redirect:
                break
            if len(history) >= self.max_redirects:
                raise TooManyRedirects("Exceeded %d redirects." % self.max_redirects,
                                       response=response)
            history.append(response)
            request = request.copy()
            request.url = _join(request.url, response.headers["location"])
            status = response.status_code
            if (status == 303 and request.method != "HEAD") or (status in (301, 302) and
                                                                 request.method == "POST"):
                request.method = "GET"
                request.body = None
                for name in ("Content-Length", "Content-Type"):
                    request.headers.pop(name, None)
        response.history = history
        return response


def session():
    return Session()


# ---- the transfer ---------------------------------------------------------------------------------

def _timeouts(timeout):
    if isinstance(timeout, tuple):
        return timeout[0], timeout[1]
    return timeout, timeout


def _pool_error(kind, request, host, port, cause):
    https = request.url.startswith("https")
    pool = "HTTPSConnectionPool" if https else "HTTPConnectionPool"
    return kind("%s(host=%r, port=%d): Max retries exceeded with url: %s (Caused by %s)"
                % (pool, host, port, request.path_url, cause), request=request)


def _connection(request, host, port):
    return "%s(host=%r, port=%d)" % ("HTTPSConnection" if request.url.startswith("https")
                                     else "HTTPConnection", host, port)


def _transfer(request, timeout):
    scheme, host, port, path, query = web.split_url(request.url)
    if scheme not in ("http", "https"):
        raise InvalidSchema("No connection adapters were found for %r" % request.url)
    port = port or (443 if scheme == "https" else 80)
    connect_timeout, read_timeout = _timeouts(timeout)
    conn = _connection(request, host, port)
    refused = 'NewConnectionError("%s: Failed to establish a new connection: [Errno 111] ' \
              'Connection refused")' % conn
    if web.is_local(host):
        # The script's own aiohttp.web server, through the loop that serves it.
        try:
            answer = web.exchange_local(request.method, host, port, path, query,
                                        list(request.headers.items()), request.body or b"",
                                        read_timeout)
        except ConnectionRefusedError:
            raise _pool_error(ConnectionError, request, host, port, refused)
        except TimeoutError:
            raise ReadTimeout("%s(host=%r, port=%d): Read timed out. (read timeout=%s)"
                              % ("HTTPSConnectionPool" if scheme == "https" else
                                 "HTTPConnectionPool", host, port, read_timeout), request=request)
        return _make_response(request, answer, datetime.timedelta(0))
    target = web.lookup(host)
    if target is None:
        raise _pool_error(ConnectionError, request, host, port,
                          'NameResolutionError("%s: Failed to resolve %r ([Errno -2] Name or service '
                          'not known)")' % (conn, host))
    delay = target.next_delay()
    if target.fail == "refused":
        time.sleep(delay / 2)
        raise _pool_error(ConnectionError, request, host, port, refused)
    if target.fail == "timeout":
        wait = connect_timeout if connect_timeout is not None else 130.0
        time.sleep(wait)
        if connect_timeout is None:
            raise _pool_error(ConnectionError, request, host, port,
                              'NewConnectionError("%s: Failed to establish a new connection: '
                              '[Errno 110] Connection timed out")' % conn)
        raise _pool_error(ConnectTimeout, request, host, port,
                          "ConnectTimeoutError(%s, 'Connection to %s timed out. (connect timeout=%s)')"
                          % (conn, host, connect_timeout))
    sent = web.Request(request.method, scheme, host, port, path, query,
                       list(request.headers.items()), request.body or b"")
    if isinstance(target.fail, int):
        answer = web.Answer(target.fail, [("Content-Length", "0"), ("Date", web.http_date())])
    else:
        answer = target.respond(sent)
    total = delay + answer.extra
    if read_timeout is not None and total > read_timeout + delay / 2:
        time.sleep(read_timeout + delay / 2)
        https = request.url.startswith("https")
        raise ReadTimeout("%s(host=%r, port=%d): Read timed out. (read timeout=%s)"
                          % ("HTTPSConnectionPool" if https else "HTTPConnectionPool", host, port,
                             read_timeout), request=request)
    time.sleep(total)
    if request.method == "HEAD":
        answer.body = b""
    return _make_response(request, answer, datetime.timedelta(seconds=total))
