# loopscope: what the playground adds to Python. fetch(url) is the browser's fetch() for URLs of the
# page's own origin, as an awaitable of the running loop (natively there is no browser: OSError).
import asyncio
import _lsfetch


class FetchResponse:
    """What fetch() returns: the status, headers and the whole body (already read)."""

    def __init__(self, status, meta, body):
        lines = meta.split("\n")
        self.status = status
        self.status_text = lines[0]
        self.url = lines[1]
        self.headers = {}
        for line in lines[2:]:
            name, _, value = line.partition(": ")
            self.headers[name] = value
        self._body = body

    @property
    def ok(self):
        return 200 <= self.status <= 299

    async def bytes(self):
        return self._body

    async def text(self):
        return self._body.decode()

    def __repr__(self):
        return "<FetchResponse [%d %s] %s>" % (self.status, self.status_text, self.url)


async def fetch(url):
    """GET `url` (relative to the page, same origin only) with the browser's fetch().

    Raises OSError when the request fails (network error, another origin, no browser)."""
    future = asyncio.get_running_loop().create_future()
    _lsfetch.start(str(url), future)
    status, meta, body = await future
    return FetchResponse(status, meta, body)
