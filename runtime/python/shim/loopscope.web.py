# loopscope.web: the simulated internet inside every run (runtime/python/README.md "Simulated web").
#
# A run has no real internet: `requests`, `urllib.request` and `aiohttp` ask this table instead. Each
# host answers from pages written here, after a latency drawn with seeded jitter, on the run's clock
# (virtual or real): the clients wait that long, blocking (requests, urlopen: time.sleep) or
# awaiting (aiohttp: asyncio.sleep). Names not in the table fail as a DNS failure does. The
# script's own servers (asyncio.start_server, aiohttp.web) are reached through asyncio's streams
# instead: LOCAL_NAMES.
#
# The table is `hosts` (name -> Host): a script, or the playground before the script runs, may change
# a host's `latency`/`jitter`, make it fail (`fail`), or add a host with its own pages. Every request
# to a host of the table is reported to the engine's host (_lsweb.report: its Network panel).
#
# Sections: jitter · Host and the table · answers (Answer, status phrases, dates) · the pages ·
# httpbin · URLs

import json
import time
import _lsweb

__all__ = ["Host", "Answer", "Request", "hosts", "table", "configure", "lookup", "add_host", "is_local", "LOCAL_NAMES",
           "serve", "exchange_local", "split_url", "reason_phrase", "http_date", "origin_address"]

# ---- jitter ---------------------------------------------------------------------------------------
# splitmix64 of (run seed, host name, request number): the n-th request to a host waits the same in
# every run with the same seed, whatever other hosts were asked in between.

_MASK = (1 << 64) - 1
_seed = None


def _mix(z):
    z = (z + 0x9E3779B97F4A7C15) & _MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
    return z ^ (z >> 31)


def _name_hash(name):
    h = 0xCBF29CE484222325  # FNV-1a
    for byte in name.encode():
        h = ((h ^ byte) * 0x100000001B3) & _MASK
    return h


def _unit(name, n):
    """A number in [0, 1) for the n-th request to host `name` in this run."""
    global _seed
    if _seed is None:
        _seed = _lsweb.seed() & _MASK
    return (_mix(_mix(_seed ^ _name_hash(name)) + n) >> 11) / 9007199254740992.0


# ---- Host and the table ---------------------------------------------------------------------------

class Host:
    """One named host of the simulated web.

    latency: seconds a request takes at least; jitter: up to this many seconds more (seeded).
    fail: None (answers), "dns" (the name does not resolve), "refused" (connection refused),
    "timeout" (never answers), or an HTTP status every request gets.
    answer(request) -> Answer: the host's pages (a function of the Request)."""

    def __init__(self, name, latency, jitter, answer, fail=None):
        self.name = name
        self.latency = latency
        self.jitter = jitter
        self.answer = answer
        self.fail = fail
        self.requests = 0  # requests answered so far in this run

    def delay(self, n):
        """The latency of this host's n-th request (0-based) in this run, in seconds."""
        return round(self.latency + self.jitter * _unit(self.name, n), 4)

    def next_delay(self):
        """The latency of the next request, which the caller sends now (and then acts on `fail`)."""
        d = self.delay(self.requests)
        self.requests += 1
        if self.fail is not None:
            _lsweb.report(self.name, str(self.fail))
        return d

    def respond(self, request):
        """The host's Answer to `request` (what the clients call when the host does not fail)."""
        answer = self.answer(request)
        _lsweb.report(self.name, str(answer.status))
        return answer

    def __repr__(self):
        return "<Host %s latency=%g jitter=%g fail=%r>" % (self.name, self.latency, self.jitter,
                                                          self.fail)


hosts = {}


def add_host(name, latency, jitter, answer, fail=None):
    host = Host(name, latency, jitter, answer, fail)
    hosts[name.lower()] = host
    return host


def table():
    """The host table as plain data (what the playground shows and a share link carries):
    [{"name", "latency", "jitter", "fail"}], sorted by name."""
    return [{"name": h.name, "latency": h.latency, "jitter": h.jitter, "fail": h.fail}
            for _, h in sorted(hosts.items())]


def configure(changes):
    """Applies {name: {"latency": s, "jitter": s, "fail": mode}} to the table (unknown names and
    fields are ValueErrors, so a bad share link is reported rather than ignored)."""
    for name, fields in changes.items():
        host = hosts.get(name.lower())
        if host is None:
            raise ValueError("no host %r in the simulated web" % name)
        for field, value in fields.items():
            if field in ("latency", "jitter"):
                if not isinstance(value, (int, float)) or not 0 <= value <= 3600:
                    raise ValueError("%s of %s must be seconds in [0, 3600], not %r"
                                     % (field, name, value))
                setattr(host, field, float(value))
            elif field == "fail":
                if value not in (None, "dns", "refused", "timeout") and not (
                        isinstance(value, int) and 100 <= value <= 599):
                    raise ValueError("fail of %s must be None, 'dns', 'refused', 'timeout' or a "
                                     "status 100-599, not %r" % (name, value))
                host.fail = value
            else:
                raise ValueError("unknown field %r for host %s" % (field, name))


def lookup(name):
    """The Host for `name`, or None when the name does not resolve (unknown, or fail == "dns")."""
    host = hosts.get(name.lower().rstrip("."))
    if host is None:
        return None
    if host.fail == "dns":
        _lsweb.report(host.name, "dns")
        return None
    return host


# The script's own machine: clients reach these through asyncio's streams (the run's network).
LOCAL_NAMES = ("localhost", "127.0.0.1", "0.0.0.0", "::1")


def is_local(name):
    return name.lower() in LOCAL_NAMES or name.startswith("127.")


# Ports served by the script's aiohttp.web sites -> the event loop serving them. A blocking client
# (requests, urlopen) reaches them from another thread through that loop.
_servers = {}


def serve(port, loop):
    """Note that `loop` serves HTTP on `port` (aiohttp.web's TCPSite does; None: no longer)."""
    if loop is None:
        _servers.pop(port, None)
    else:
        _servers[port] = loop


def exchange_local(method, host, port, path, query, headers, body, timeout):
    """A blocking HTTP exchange with the script's own server on `port` -> Answer.

    ConnectionRefusedError when nothing serves the port; RuntimeError when called on the serving
    loop's own thread (in CPython that call would wait forever: the loop cannot answer while its
    thread is blocked)."""
    import asyncio
    from aiohttp.client import _local
    loop = _servers.get(port)
    if loop is None:
        raise ConnectionRefusedError(111, "Connection refused")
    try:
        running = asyncio.get_running_loop()
    except RuntimeError:
        running = None
    if running is loop:
        raise RuntimeError("a blocking request to this script's own server on port %d, made on the "
                           "thread of the event loop that serves it, would wait forever (the loop "
                           "cannot answer while its thread waits): use run_in_executor or aiohttp"
                           % port)
    future = asyncio.run_coroutine_threadsafe(
        _local(method, host, port, path, query, dict(headers), body, True), loop)
    return future.result(timeout)


# ---- answers --------------------------------------------------------------------------------------

class Request:
    """What a client asks: method, scheme, host, port, path, query (text after '?'), headers
    (list of (name, value)), body (bytes)."""

    def __init__(self, method, scheme, host, port, path, query, headers, body):
        self.method = method
        self.scheme = scheme
        self.host = host
        self.port = port
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body

    @property
    def url(self):
        default = 443 if self.scheme == "https" else 80
        netloc = self.host if self.port == default else "%s:%d" % (self.host, self.port)
        return "%s://%s%s%s" % (self.scheme, netloc, self.path, "?" + self.query if self.query else "")


class Answer:
    """A host's answer: status, reason, headers (list of (name, value)), body (bytes), and `extra`
    seconds the host takes on top of its latency (httpbin's /delay/N)."""

    def __init__(self, status, headers, body=b"", reason=None, extra=0.0):
        self.status = status
        self.reason = reason if reason is not None else reason_phrase(status)
        self.headers = headers
        self.body = body if isinstance(body, bytes) else body.encode()
        self.extra = extra


_PHRASES = {
    100: "Continue", 101: "Switching Protocols", 200: "OK", 201: "Created", 202: "Accepted",
    203: "Non-Authoritative Information", 204: "No Content", 205: "Reset Content",
    206: "Partial Content", 300: "Multiple Choices", 301: "Moved Permanently", 302: "Found",
    303: "See Other", 304: "Not Modified", 307: "Temporary Redirect", 308: "Permanent Redirect",
    400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden",
    404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable", 408: "Request Timeout",
    409: "Conflict", 410: "Gone", 411: "Length Required", 413: "Request Entity Too Large",
    415: "Unsupported Media Type", 418: "I'm a teapot", 422: "Unprocessable Entity",
    429: "Too Many Requests", 500: "Internal Server Error", 501: "Not Implemented",
    502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
    505: "HTTP Version Not Supported",
}


def reason_phrase(status):
    return _PHRASES.get(status, "")


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def http_date(seconds=None):
    """An HTTP Date header for `seconds` since the epoch (default: now on the run's clock)."""
    t = int(time.time() if seconds is None else seconds)
    days, rest = divmod(t, 86400)
    weekday = (days + 3) % 7  # 1970-01-01 was a Thursday
    # days -> civil date (proleptic Gregorian), the era algorithm
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    year = yoe + era * 400 + (1 if month <= 2 else 0)
    return "%s, %02d %s %d %02d:%02d:%02d GMT" % (_DAYS[weekday], day, _MONTHS[month - 1], year,
                                                  rest // 3600, rest // 60 % 60, rest % 60)


def origin_address():
    """The address the script's requests come from, as hosts see it (a documentation address)."""
    return "203.0.113.7"


def _html(status, body, extra_headers=(), server="ECS (dcb/7F84)"):
    body = body.encode()
    headers = [("Content-Type", "text/html; charset=UTF-8"), ("Date", http_date()),
               ("Server", server), ("Content-Length", str(len(body)))]
    headers.extend(extra_headers)
    return Answer(status, headers, body)


def _redirect(location, server):
    body = ("<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body>\r\n"
            "<center><h1>301 Moved Permanently</h1></center>\r\n<hr><center>%s</center>\r\n"
            "</body>\r\n</html>\r\n") % server
    return Answer(301, [("Content-Type", "text/html"), ("Date", http_date()), ("Server", server),
                        ("Location", location), ("Content-Length", str(len(body)))], body)


# ---- the pages ------------------------------------------------------------------------------------

_EXAMPLE_PAGE = """<!doctype html>
<html>
<head>
    <title>Example Domain</title>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
</head>

<body>
<div>
    <h1>Example Domain</h1>
    <p>This domain is set aside for examples in documents and lessons. You may use it in
    your examples without asking anyone first.</p>
    <p><a href="https://www.iana.org/help/example-domains">More information...</a></p>
</div>
</body>
</html>
"""


def _example(request):
    status = 200 if request.path in ("/", "/index.html") else 404
    answer = _html(status, _EXAMPLE_PAGE, server="ECS (dcb/7F84)")
    answer.headers[0] = ("Content-Type", "text/html")
    answer.headers[1:1] = [("ETag", '"3147526947+ident"'), ("Cache-Control", "max-age=604800"),
                           ("Expires", http_date(time.time() + 604800)),
                           ("Last-Modified", "Thu, 17 Oct 2019 07:18:26 GMT"),
                           ("Vary", "Accept-Encoding"), ("X-Cache", "HIT")]
    return answer


_PYTHON_PAGE = """<!doctype html>
<html class="no-js" lang="en" dir="ltr">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta name="description" content="The official home of the Python Programming Language">
    <title>Welcome to Python.org</title>
    <link rel="stylesheet" href="/static/stylesheets/style.css" title="default">
</head>
<body class="python home" id="homepage">
    <header class="main-header" role="banner">
        <h1 class="site-headline"><a href="/"><img class="python-logo" src="/static/img/python-logo.png" alt="python&trade;"></a></h1>
        <nav id="mainnav" class="python-navigation main-navigation">
            <a href="/about/">About</a> <a href="/downloads/">Downloads</a> <a href="/doc/">Documentation</a>
            <a href="/community/">Community</a> <a href="/success-stories/">Success Stories</a> <a href="/blogs/">News</a>
        </nav>
    </header>
    <div id="content" class="content-wrapper">
        <section class="main-content" role="main">
            <p>Python is a programming language that lets you work quickly
            and integrate systems more effectively. <a class="readmore" href="/doc/">Learn More</a></p>
            <div class="shrubbery">
                <h2 class="widget-title">Latest News</h2>
                <p>asyncio: write concurrent code with the async/await syntax.</p>
            </div>
        </section>
    </div>
    <footer class="main-footer" role="contentinfo">
        <p><small>Copyright &copy;2001-2024 Python Software Foundation</small></p>
    </footer>
</body>
</html>
"""

_PYTHON_MISSING = """<!doctype html>
<html class="no-js" lang="en" dir="ltr">
<head>
    <meta charset="utf-8">
    <title>Page Not Found | Python.org</title>
</head>
<body>
    <h1>Error 404: File not Found</h1>
    <p>We couldn't find what you were looking for.</p>
</body>
</html>
"""


def _python_org(request):
    # python.org and http:// send you to https://www.python.org, as the real site does.
    if request.host == "python.org" or request.scheme == "http":
        return _redirect("https://www.python.org" + request.path, "nginx")
    if request.path in ("/", "/index.html"):
        return _html(200, _PYTHON_PAGE, [("Via", "1.1 varnish"), ("X-Frame-Options", "SAMEORIGIN")],
                     server="nginx")
    return _html(404, _PYTHON_MISSING, server="nginx")


_XKCD_PAGE = """<!DOCTYPE html>
<html>
<head>
<link rel="stylesheet" type="text/css" href="/s/7d94e0.css" title="Default"/>
<title>xkcd: Waiting</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
</head>
<body>
<div id="topContainer">
<div id="topLeft">
<ul>
<li><a href="/archive">Archive</a></li>
<li><a href="https://what-if.xkcd.com">What If?</a></li>
</ul>
</div>
</div>
<div id="middleContainer" class="box">
<div id="ctitle">Waiting</div>
<div id="comic">
<img src="//imgs.xkcd.com/comics/waiting.png" title="The loop was never blocked. It was just waiting for the network, like the rest of us." alt="Waiting" />
</div>
</div>
<div id="footnote">This work is licensed under a Creative Commons Attribution-NonCommercial 2.5 License.</div>
</body>
</html>
"""


def _xkcd(request):
    if request.host == "www.xkcd.com" or request.scheme == "http":
        return _redirect("https://xkcd.com" + request.path, "nginx")
    if request.path in ("/", "/index.html"):
        return _html(200, _XKCD_PAGE, [("Via", "1.1 varnish"), ("Age", "42")], server="nginx")
    return _html(404, "<html><body><h1>404 Not Found</h1></body></html>\n", server="nginx")


# ---- httpbin --------------------------------------------------------------------------------------
# httpbin.org (an HTTP request-and-response service): /get /post /put /patch /delete, /headers, /ip,
# /json, /status/N, /delay/S (S seconds more, at most 10). Reasons are upper case, as its server
# sends them.

_SLIDESHOW = {
    "slideshow": {
        "author": "Yours Truly",
        "date": "date of publication",
        "slides": [
            {"title": "Wake up to WonderWidgets!", "type": "all"},
            {"items": ["Why <em>WonderWidgets</em> are great", "Who <em>buys</em> WonderWidgets"],
             "title": "Overview", "type": "all"},
        ],
        "title": "Sample Slide Show",
    }
}


def _title_case(name):
    return "-".join(part[:1].upper() + part[1:].lower() for part in name.split("-"))


def _query_args(query):
    args = {}
    for pair in query.split("&") if query else ():
        key, _, value = pair.partition("=")
        key, value = _unquote_plus(key), _unquote_plus(value)
        if key in args:
            old = args[key]
            args[key] = old + [value] if isinstance(old, list) else [old, value]
        else:
            args[key] = value
    return args


def _unquote_plus(text):
    text = text.replace("+", " ")
    if "%" not in text:
        return text
    out = bytearray()
    i = 0
    raw = text.encode()
    while i < len(raw):
        if raw[i] == 37 and i + 2 < len(raw):
            try:
                out.append(int(raw[i + 1:i + 3].decode(), 16))
                i += 3
                continue
            except ValueError:
                pass
        out.append(raw[i])
        i += 1
    return out.decode()


def _json_answer(status, obj):
    body = json.dumps(obj, indent=2, sort_keys=True) + "\n"
    return Answer(status, [("Date", http_date()), ("Content-Type", "application/json"),
                           ("Content-Length", str(len(body.encode()))), ("Connection", "keep-alive"),
                           ("Server", "gunicorn/19.9.0"), ("Access-Control-Allow-Origin", "*"),
                           ("Access-Control-Allow-Credentials", "true")], body,
                  reason=reason_phrase(status).upper())


def _echo(request, with_body):
    headers = {}
    for name, value in request.headers:
        headers[_title_case(name)] = value
    headers.setdefault("Host", request.host)
    obj = {"args": _query_args(request.query), "headers": headers, "origin": origin_address(),
           "url": request.url}
    if with_body:
        text = request.body.decode()
        content_type = ""
        for name, value in request.headers:
            if name.lower() == "content-type":
                content_type = value
        form = {}
        data = text
        if content_type.startswith("application/x-www-form-urlencoded"):
            form, data = _query_args(text), ""
        try:
            parsed = json.loads(text) if content_type.startswith("application/json") else None
        except ValueError:
            parsed = None
        obj["data"] = data
        obj["files"] = {}
        obj["form"] = form
        obj["json"] = parsed
    return obj


def _httpbin(request):
    path = request.path
    method = request.method
    methods = {"/get": "GET", "/post": "POST", "/put": "PUT", "/patch": "PATCH", "/delete": "DELETE"}
    if path in methods:
        if method != methods[path] and not (method == "HEAD" and path == "/get"):
            return _httpbin_error(405)
        return _json_answer(200, _echo(request, path != "/get"))
    if path == "/headers":
        return _json_answer(200, {"headers": _echo(request, False)["headers"]})
    if path == "/ip":
        return _json_answer(200, {"origin": origin_address()})
    if path == "/json":
        return _json_answer(200, _SLIDESHOW)
    if path.startswith("/status/"):
        try:
            status = int(path[8:])
        except ValueError:
            status = 0
        if not 100 <= status <= 599:
            return _httpbin_error(400, "Invalid status code")
        answer = Answer(status, [("Date", http_date()), ("Content-Type", "text/html; charset=utf-8"),
                                 ("Content-Length", "0"), ("Connection", "keep-alive"),
                                 ("Server", "gunicorn/19.9.0"), ("Access-Control-Allow-Origin", "*"),
                                 ("Access-Control-Allow-Credentials", "true")],
                        reason=reason_phrase(status).upper())
        if status in (301, 302, 303, 307, 308):
            answer.headers.append(("Location", "/redirect/1"))
        return answer
    if path.startswith("/delay/"):
        try:
            seconds = float(path[7:])
        except ValueError:
            return _httpbin_error(404)
        answer = _json_answer(200, _echo(request, method != "GET"))
        answer.extra = min(max(seconds, 0.0), 10.0)
        return answer
    return _httpbin_error(404)


def _httpbin_error(status, text=None):
    if text is None:
        text = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">\n<title>%d %s</title>\n"
                "<h1>%s</h1>\n") % (status, reason_phrase(status), reason_phrase(status))
    answer = _html(status, text, server="gunicorn/19.9.0")
    answer.reason = reason_phrase(status).upper()
    return answer


# The table. Latencies follow what the source documents measured: a request to www.example.com took
# 0.4 to 0.7 s (10 in sequence 6.8 s; 10 on a thread pool 0.66 s).
add_host("www.example.com", 0.40, 0.32, _example)
add_host("example.com", 0.40, 0.32, _example)
add_host("python.org", 0.12, 0.10, _python_org)
add_host("www.python.org", 0.12, 0.10, _python_org)
add_host("www.xkcd.com", 0.15, 0.12, _xkcd)
add_host("xkcd.com", 0.15, 0.12, _xkcd)
add_host("httpbin.org", 0.20, 0.15, _httpbin)

# The playground's changes to the table for this run (its Network panel, a share link's hosts:
# EngineOptions::web_hosts); a bad one is reported as configure's ValueError.
if _lsweb.hosts_config():
    configure(json.loads(_lsweb.hosts_config()))


# ---- URLs -----------------------------------------------------------------------------------------

def split_url(url):
    """(scheme, host, port, path, query) of an absolute http(s) URL; host '' when there is none.

    The port is None when the URL names none; ValueError for a port that is not a number."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return ("", "", None, url, "")
    scheme = scheme.lower()
    rest = rest.partition("#")[0]
    cut = len(rest)
    for mark in "/?":
        i = rest.find(mark)
        if i >= 0 and i < cut:
            cut = i
    netloc, tail = rest[:cut], rest[cut:]
    netloc = netloc.rpartition("@")[2]
    path, _, query = tail.partition("?")
    host, digits = netloc, ""
    if netloc.startswith("["):
        end = netloc.find("]")
        host, after = netloc[1:end], netloc[end + 1:]
        digits = after[1:] if after.startswith(":") else ""
    elif ":" in netloc:
        host, _, digits = netloc.partition(":")
    port = None
    if digits:
        if not digits.isdigit() or not 0 <= int(digits) <= 65535:
            raise ValueError("nonnumeric port: %r" % digits if not digits.isdigit()
                             else "Port out of range 0-65535")
        port = int(digits)
    return (scheme, host.lower(), port, path or "/", query)
