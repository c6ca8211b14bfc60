# aiohttp.web: the server side of aiohttp 3.9 on the run's network (asyncio.start_server: the
# in-run loopback network under virtual time and in the page, real TCP natively in real time), so a
# script's aiohttp client (and asyncio streams) reach it (README "Simulated web").
#
# Sections: responses and HTTP exceptions · Request · routing · Application · serving a connection ·
# AppRunner/TCPSite · run_app
import asyncio
import json as _json
import sys
import re
import traceback
import loopscope.web as _web
from requests.structures import CaseInsensitiveDict
from yarl import URL
from aiohttp.http import read_head, read_body, encode_head, encode_chunk, SERVER_SOFTWARE

__all__ = ["Application", "AppRunner", "TCPSite", "BaseSite", "Request", "BaseRequest",
           "StreamResponse", "Response", "json_response", "RouteTableDef", "RouteDef",
           "UrlDispatcher", "run_app", "get", "post", "put", "patch", "delete", "head", "route",
           "view", "HTTPException", "HTTPOk", "HTTPCreated", "HTTPNoContent", "HTTPFound",
           "HTTPMovedPermanently", "HTTPSeeOther", "HTTPBadRequest", "HTTPUnauthorized",
           "HTTPForbidden", "HTTPNotFound", "HTTPConflict",
           "HTTPInternalServerError", "HTTPServiceUnavailable", "GracefulExit", "middleware",
           "HTTPMethodNotAllowed"]


# ---- responses and HTTP exceptions ----------------------------------------------------------------

class StreamResponse:
    """A response written piece by piece: prepare(request), write(data), drain(), write_eof()."""

    def __init__(self, *, status=200, reason=None, headers=None):
        self.headers = CaseInsensitiveDict(headers or {})
        self.set_status(status, reason)
        self._writer = None
        self._chunked = False
        self._eof = False
        self.content_length = None

    def set_status(self, status, reason=None):
        self.status = status
        self.reason = reason if reason is not None else _web.reason_phrase(status)

    @property
    def prepared(self):
        return self._writer is not None

    @property
    def content_type(self):
        return self.headers.get("Content-Type", "application/octet-stream").partition(";")[0]

    @content_type.setter
    def content_type(self, value):
        self.headers["Content-Type"] = value

    def enable_chunked_encoding(self):
        self._chunked = True

    async def prepare(self, request):
        if self._writer is not None:
            return
        self._writer = request._writer
        headers = self.headers
        headers.setdefault("Content-Type", "application/octet-stream")
        if self.content_length is not None:
            headers["Content-Length"] = str(self.content_length)
        elif "Content-Length" not in headers:
            self._chunked = True
            headers["Transfer-Encoding"] = "chunked"
        headers.setdefault("Date", _web.http_date())
        headers.setdefault("Server", SERVER_SOFTWARE)
        self._writer.write(encode_head("HTTP/1.1 %d %s" % (self.status, self.reason),
                                       headers.items()))

    def write(self, data):
        # Writes at once and returns the drain to await: aiohttp 3's `await resp.write(data)` and
        # aiohttp 1.x's `resp.write(data)` followed by `await resp.drain()` both work.
        if self._writer is None:
            raise RuntimeError("Cannot call write() before prepare()")
        if self._eof:
            raise RuntimeError("Cannot call write() after write_eof()")
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise AssertionError("data argument must be byte-ish (%r)" % type(data))
        if data:
            self._writer.write(encode_chunk(bytes(data)) if self._chunked else bytes(data))
        return self._writer.drain()

    async def drain(self):
        await self._writer.drain()

    async def write_eof(self, data=b""):
        if self._eof:
            return
        if data:
            await self.write(data)
        if self._chunked:
            self._writer.write(b"0\r\n\r\n")
        self._eof = True
        await self._writer.drain()

    def __repr__(self):
        return "<%s %s %s>" % (type(self).__name__, self.reason,
                               "not prepared" if self._writer is None else "eof")


class Response(StreamResponse):
    def __init__(self, *, body=None, status=200, reason=None, text=None, headers=None,
                 content_type=None, charset=None):
        super().__init__(status=status, reason=reason, headers=headers)
        if body is not None and text is not None:
            raise ValueError("body and text are not allowed together")
        if text is not None:
            if not isinstance(text, str):
                raise TypeError("text argument must be str (%r)" % type(text))
            self.headers.setdefault("Content-Type", "%s; charset=%s" % (
                content_type or "text/plain", charset or "utf-8"))
            body = text.encode()
        elif content_type is not None:
            self.headers["Content-Type"] = content_type
        if isinstance(body, str):
            body = body.encode()
        self.body = body or b""

    @property
    def text(self):
        return self.body.decode()

    @text.setter
    def text(self, value):
        self.body = value.encode()

    async def prepare(self, request):
        self.content_length = len(self.body)
        await super().prepare(request)

    async def write_eof(self, data=b""):
        if self._eof:
            return
        self._writer.write(self.body)
        self._eof = True
        await self._writer.drain()


def json_response(data=None, *, text=None, body=None, status=200, reason=None, headers=None,
                  content_type="application/json", dumps=_json.dumps):
    if data is not None:
        text = dumps(data)
    return Response(text=text, body=body, status=status, reason=reason, headers=headers,
                    content_type=content_type)


class HTTPException(Exception):
    """An HTTP answer raised by a handler (aiohttp's is also a Response: MicroPython cannot give a
    class an exception base and another native base, so it holds one: `response`)."""

    status_code = -1

    def __init__(self, *, headers=None, reason=None, body=None, text=None, content_type=None):
        response = Response(status=self.status_code, headers=headers, reason=reason, body=body,
                            text=text, content_type=content_type)
        if body is None and text is None:
            response.text = "%d: %s" % (response.status, response.reason)
            response.headers["Content-Type"] = "text/plain; charset=utf-8"
        self.response = response
        super().__init__(response.reason)

    @property
    def status(self):
        return self.response.status

    @property
    def reason(self):
        return self.response.reason

    @property
    def text(self):
        return self.response.text

    @property
    def headers(self):
        return self.response.headers

    def __str__(self):
        return self.response.reason


def _http_exception(name, status, base=None):
    return type(name, (base or HTTPException,), {"status_code": status})


class _Redirect(HTTPException):
    def __init__(self, location, **kwargs):
        super().__init__(**kwargs)
        self.headers["Location"] = str(location)
        self.location = location


HTTPOk = _http_exception("HTTPOk", 200)
HTTPCreated = _http_exception("HTTPCreated", 201)
HTTPNoContent = _http_exception("HTTPNoContent", 204)
HTTPMovedPermanently = _http_exception("HTTPMovedPermanently", 301, _Redirect)
HTTPFound = _http_exception("HTTPFound", 302, _Redirect)
HTTPSeeOther = _http_exception("HTTPSeeOther", 303, _Redirect)
HTTPBadRequest = _http_exception("HTTPBadRequest", 400)
HTTPUnauthorized = _http_exception("HTTPUnauthorized", 401)
HTTPForbidden = _http_exception("HTTPForbidden", 403)
HTTPNotFound = _http_exception("HTTPNotFound", 404)
HTTPConflict = _http_exception("HTTPConflict", 409)
HTTPInternalServerError = _http_exception("HTTPInternalServerError", 500)
HTTPServiceUnavailable = _http_exception("HTTPServiceUnavailable", 503)


class HTTPMethodNotAllowed(HTTPException):
    status_code = 405

    def __init__(self, method, allowed_methods, **kwargs):
        super().__init__(**kwargs)
        self.method = method
        self.allowed_methods = set(allowed_methods)
        self.headers["Allow"] = ",".join(sorted(self.allowed_methods))


class GracefulExit(SystemExit):
    code = 1


# ---- Request --------------------------------------------------------------------------------------

class BaseRequest:
    def __init__(self, method, target, headers, body, writer, app, match_info=None):
        self.method = method
        self.path_qs = target
        self.path, _, self.query_string = target.partition("?")
        self.headers = CaseInsensitiveDict(headers)
        self._body = body
        self._writer = writer
        self.app = app
        self.match_info = match_info if match_info is not None else {}
        self.version = (1, 1)
        peer = writer.get_extra_info("peername") if writer is not None else None
        self.remote = peer[0] if peer else None

    @property
    def query(self):
        args = {}
        for pair in self.query_string.split("&") if self.query_string else ():
            key, _, value = pair.partition("=")
            args.setdefault(_web._unquote_plus(key), _web._unquote_plus(value))
        return args

    @property
    def rel_url(self):
        return URL(self.path_qs)

    @property
    def host(self):
        return self.headers.get("Host")

    @property
    def url(self):
        return URL("http://%s%s" % (self.host or "localhost", self.path_qs))

    @property
    def content_type(self):
        return self.headers.get("Content-Type", "application/octet-stream").partition(";")[0]

    @property
    def can_read_body(self):
        return bool(self._body)

    @property
    def body_exists(self):
        return bool(self._body)

    async def read(self):
        return self._body

    async def text(self):
        return self._body.decode()

    async def json(self, *, loads=_json.loads):
        return loads(self._body.decode())

    async def post(self):
        return _web._query_args(self._body.decode()) if self._body else {}

    def __getitem__(self, key):
        return self._state[key]

    def __repr__(self):
        return "<Request %s %s >" % (self.method, self.path)


Request = BaseRequest


# ---- routing --------------------------------------------------------------------------------------

def _compile(path):
    # "/{name}" matches one segment; "/{name:regex}" what the regex matches.
    names = []
    pattern = ""
    i = 0
    while i < len(path):
        if path[i] == "{":
            end = path.index("}", i)
            name, _, rx = path[i + 1:end].partition(":")
            names.append(name)
            pattern += "(" + (rx or "[^{}/]+") + ")"
            i = end + 1
        else:
            pattern += "\\" + path[i] if path[i] in ".^$*+?()[]\\|" else path[i]
            i += 1
    return re.compile("^" + pattern + "$"), names


class RouteDef:
    def __init__(self, method, path, handler, kwargs=None):
        self.method = method
        self.path = path
        self.handler = handler
        self.kwargs = kwargs or {}

    def register(self, router):
        add = getattr(router, "add_" + self.method.lower(), None) if self.method != "*" else None
        if add is None:
            return router.add_route(self.method, self.path, self.handler, **self.kwargs)
        return add(self.path, self.handler, **self.kwargs)

    def __repr__(self):
        return "<RouteDef %s %s -> %r>" % (self.method, self.path, self.handler)


class _Route:
    def __init__(self, method, path, handler, name=None):
        if not path.startswith("/"):
            raise ValueError("path should be started with / or be empty")
        self.method = method.upper()
        self.path = path
        self.handler = handler
        self.name = name
        self._regex, self._names = _compile(path)

    def match(self, path):
        found = self._regex.match(path)
        if found is None:
            return None
        return {name: _web._unquote_plus(found.group(i + 1))
                for i, name in enumerate(self._names)}

    def __repr__(self):
        return "<ResourceRoute [%s] %s -> %r>" % (self.method, self.path, self.handler)


class UrlDispatcher:
    def __init__(self):
        self._routes = []
        self._frozen = False

    def add_route(self, method, path, handler, *, name=None, expect_handler=None):
        if self._frozen:
            raise RuntimeError("Cannot register a resource into frozen router.")
        route = _Route(method, path, handler, name)
        self._routes.append(route)
        return route

    def add_get(self, path, handler, *, name=None, allow_head=True, **kwargs):
        if allow_head:
            self.add_route("HEAD", path, handler, name=None)
        return self.add_route("GET", path, handler, name=name)

    def add_options(self, path, handler, **kwargs):
        return self.add_route("OPTIONS", path, handler, **kwargs)

    def add_post(self, path, handler, **kwargs):
        return self.add_route("POST", path, handler, **kwargs)

    def add_put(self, path, handler, **kwargs):
        return self.add_route("PUT", path, handler, **kwargs)

    def add_patch(self, path, handler, **kwargs):
        return self.add_route("PATCH", path, handler, **kwargs)

    def add_delete(self, path, handler, **kwargs):
        return self.add_route("DELETE", path, handler, **kwargs)

    def add_head(self, path, handler, **kwargs):
        return self.add_route("HEAD", path, handler, **kwargs)

    def add_routes(self, routes):
        return [route.register(self) for route in routes]

    def routes(self):
        return list(self._routes)

    def resolve(self, method, path):
        """(handler, match_info) for the request, or raises HTTPNotFound / HTTPMethodNotAllowed."""
        allowed = []
        for route in self._routes:
            info = route.match(path)
            if info is None:
                continue
            if route.method in (method, "*"):
                return route.handler, info
            allowed.append(route.method)
        if allowed:
            raise HTTPMethodNotAllowed(method, allowed)
        raise HTTPNotFound()


def route(method, path, handler, **kwargs):
    return RouteDef(method, path, handler, kwargs)


def get(path, handler, *, name=None, allow_head=True, **kwargs):
    return RouteDef("GET", path, handler, dict(kwargs, name=name) if name else kwargs)


def post(path, handler, **kwargs):
    return RouteDef("POST", path, handler, kwargs)


def put(path, handler, **kwargs):
    return RouteDef("PUT", path, handler, kwargs)


def patch(path, handler, **kwargs):
    return RouteDef("PATCH", path, handler, kwargs)


def delete(path, handler, **kwargs):
    return RouteDef("DELETE", path, handler, kwargs)


def head(path, handler, **kwargs):
    return RouteDef("HEAD", path, handler, kwargs)


def view(path, handler, **kwargs):
    return RouteDef("*", path, handler, kwargs)


class RouteTableDef:
    """Route definitions by decorators: @routes.get('/path')."""

    def __init__(self):
        self._items = []

    def route(self, method, path, **kwargs):
        def inner(handler):
            self._items.append(RouteDef(method, path, handler, kwargs))
            return handler
        return inner

    def get(self, path, **kwargs):
        return self.route("GET", path, **kwargs)

    def post(self, path, **kwargs):
        return self.route("POST", path, **kwargs)

    def put(self, path, **kwargs):
        return self.route("PUT", path, **kwargs)

    def patch(self, path, **kwargs):
        return self.route("PATCH", path, **kwargs)

    def delete(self, path, **kwargs):
        return self.route("DELETE", path, **kwargs)

    def head(self, path, **kwargs):
        return self.route("HEAD", path, **kwargs)

    def view(self, path, **kwargs):
        return self.route("*", path, **kwargs)

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        return self._items[index]

    def __repr__(self):
        return "<RouteTableDef count=%d>" % len(self._items)


# ---- Application ----------------------------------------------------------------------------------

class Application:
    def __init__(self, *, logger=None, router=None, middlewares=(), handler_args=None,
                 client_max_size=1024 ** 2, loop=None, debug=None):
        self.router = router if router is not None else UrlDispatcher()
        self.middlewares = list(middlewares)
        self.on_startup = []
        self.on_shutdown = []
        self.on_cleanup = []
        self.cleanup_ctx = []
        self._state = {}

    def __getitem__(self, key):
        return self._state[key]

    def __setitem__(self, key, value):
        self._state[key] = value

    def __delitem__(self, key):
        del self._state[key]

    def __contains__(self, key):
        return key in self._state

    def get(self, key, default=None):
        return self._state.get(key, default)

    def add_routes(self, routes):
        return self.router.add_routes(routes)

    async def startup(self):
        for callback in self.on_startup:
            await callback(self)
        self._contexts = []
        for factory in self.cleanup_ctx:
            context = factory(self).__aiter__()
            await context.__anext__()
            self._contexts.append(context)

    async def shutdown(self):
        for callback in self.on_shutdown:
            await callback(self)

    async def cleanup(self):
        for context in reversed(getattr(self, "_contexts", [])):
            try:
                await context.__anext__()
            except StopAsyncIteration:
                pass
        for callback in self.on_cleanup:
            await callback(self)

    async def _handle(self, request):
        try:
            handler, info = self.router.resolve(request.method, request.path)
            request.match_info = info
            for middleware in reversed(self.middlewares):
                handler = _bind_middleware(middleware, handler)
            return await handler(request)
        except HTTPException as error:
            return error.response

    def __repr__(self):
        return "<Application 0x%x>" % id(self)


def middleware(f):
    """Marks a new-style middleware: `async def mw(request, handler)`."""
    f.__middleware_version__ = 1
    return f


def _bind_middleware(middleware, handler):
    async def call(request):
        return await middleware(request, handler)
    return call


# ---- serving a connection -------------------------------------------------------------------------

def _report(error):
    # aiohttp logs this through logging ("aiohttp.server"), which prints it on stderr.
    print("Error handling request", file=sys.stderr)
    traceback.print_exception(error)


async def _serve_connection(app, reader, writer):
    try:
        while True:
            head = await read_head(reader)
            if head is None:
                break
            start, headers = head
            method, target, version = (start.split(" ") + ["", ""])[:3]
            body = await read_body(reader, headers, False)
            request = BaseRequest(method, target, headers, body, writer, app)
            try:
                response = await app._handle(request)
            except Exception as error:
                _report(error)
                response = Response(status=500, text="500 Internal Server Error\n\n"
                                                     "Server got itself in trouble",
                                    content_type="text/plain")
            if isinstance(response, HTTPException):
                response = response.response
            if response is None or not isinstance(response, StreamResponse):
                _report(RuntimeError("Missing return statement on request handler"))
                response = Response(status=500, text="500 Internal Server Error\n\n"
                                                     "Server got itself in trouble")
            if method == "HEAD" and isinstance(response, Response):
                response.body = b""
            await response.prepare(request)
            await response.write_eof()
            closing = request.headers.get("Connection", "").lower() == "close"
            if closing or version == "HTTP/1.0":
                break
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        writer.close()


# ---- AppRunner / TCPSite --------------------------------------------------------------------------

class AppRunner:
    def __init__(self, app, *, handle_signals=False, access_log=None, **kwargs):
        self.app = app
        self.sites = []
        self._ready = False

    async def setup(self):
        await self.app.startup()
        self.app.router._frozen = True
        self._ready = True

    async def cleanup(self):
        for site in list(self.sites):
            await site.stop()
        await self.app.shutdown()
        await self.app.cleanup()

    @property
    def addresses(self):
        return [site._address for site in self.sites]

    def _handler(self):
        app = self.app

        async def serve(reader, writer):
            await _serve_connection(app, reader, writer)
        return serve


class BaseSite:
    def __init__(self, runner):
        self._runner = runner
        self._server = None


class TCPSite(BaseSite):
    def __init__(self, runner, host=None, port=None, *, shutdown_timeout=60.0, ssl_context=None,
                 backlog=128, reuse_address=None, reuse_port=None):
        super().__init__(runner)
        self._host = host
        self._port = 8080 if port is None else port

    @property
    def name(self):
        return "http://%s:%d" % (self._host or "0.0.0.0", self._port)

    async def start(self):
        if not self._runner._ready:
            raise RuntimeError("Call runner.setup() before making a site")
        self._server = await asyncio.start_server(self._runner._handler(), self._host or "0.0.0.0",
                                                  self._port)
        self._address = (self._host or "0.0.0.0", self._port)
        self._runner.sites.append(self)
        _web.serve(self._port, asyncio.get_running_loop())

    async def stop(self):
        if self._server is not None:
            _web.serve(self._port, None)
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        if self in self._runner.sites:
            self._runner.sites.remove(self)


# ---- run_app --------------------------------------------------------------------------------------

async def _run_app(app, host, port, print_fn):
    if asyncio.iscoroutine(app):
        app = await app
    runner = AppRunner(app)
    await runner.setup()
    try:
        hosts = host if isinstance(host, (list, tuple)) else [host]
        for name in hosts:
            site = TCPSite(runner, name, port)
            await site.start()
        if print_fn is not None:
            names = sorted(site.name for site in runner.sites)
            print_fn("======== Running on {} ========\n(Press CTRL+C to quit)".format(
                ", ".join(names)))
        while True:  # serve until the run is stopped, as aiohttp does
            await asyncio.sleep(3600)
    finally:
        await runner.cleanup()


def run_app(app, *, host=None, port=None, path=None, sock=None, shutdown_timeout=60.0,
            keepalive_timeout=75.0, ssl_context=None, print=print, backlog=128,
            access_log_class=None, access_log_format=None, access_log=None, handle_signals=True,
            reuse_address=None, reuse_port=None, handler_cancellation=False, loop=None):
    """Run the app's server until the run is stopped (Ctrl+C in a terminal)."""
    loop = loop if loop is not None else asyncio.new_event_loop()
    task = loop.create_task(_run_app(app, host, port, print))
    try:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(task)
    except (GracefulExit, KeyboardInterrupt):
        pass
