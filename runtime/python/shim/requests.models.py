# requests.models: Response and PreparedRequest as requests 2.x has them (what the simulated web's
# answers become; README "Simulated web").
import json
from requests.structures import CaseInsensitiveDict
from requests.exceptions import HTTPError, JSONDecodeError

__all__ = ["Response", "PreparedRequest"]


class PreparedRequest:
    """The request as sent: method, url (with the query), headers, body (bytes or None)."""

    def __init__(self, method=None, url=None, headers=None, body=None):
        self.method = method
        self.url = url
        self.headers = CaseInsensitiveDict(headers or {})
        self.body = body

    @property
    def path_url(self):
        rest = self.url.partition("://")[2]
        cut = len(rest)
        for mark in "/?":
            i = rest.find(mark)
            if 0 <= i < cut:
                cut = i
        path = rest[cut:] or "/"
        return path if path.startswith("/") else "/" + path

    def copy(self):
        return PreparedRequest(self.method, self.url, self.headers.copy(), self.body)

    def __repr__(self):
        return "<PreparedRequest [%s]>" % self.method


def _charset(content_type):
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset":
            return value.strip("'\"")
    return None


class Response:
    """The Response object, which contains a server's response to an HTTP request."""

    def __init__(self):
        self.status_code = None
        self.reason = None
        self.headers = CaseInsensitiveDict()
        self.url = None
        self.encoding = None
        self.history = []
        self.request = None
        self.elapsed = None
        self.cookies = {}
        self._content = b""

    def __repr__(self):
        return "<Response [%s]>" % self.status_code

    def __bool__(self):
        return self.ok

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        pass

    @property
    def ok(self):
        try:
            self.raise_for_status()
        except HTTPError:
            return False
        return True

    @property
    def is_redirect(self):
        return "location" in self.headers and self.status_code in (301, 302, 303, 307, 308)

    @property
    def is_permanent_redirect(self):
        return "location" in self.headers and self.status_code in (301, 308)

    @property
    def content(self):
        return self._content

    @property
    def apparent_encoding(self):
        return "utf-8" if any(b > 127 for b in self._content) else "ascii"

    @property
    def text(self):
        if not self._content:
            return ""
        try:
            return self._content.decode()
        except UnicodeError:
            return "".join(chr(b) for b in self._content)  # ISO-8859-1

    def json(self, **kwargs):
        try:
            return json.loads(self.text, **kwargs)
        except json.JSONDecodeError as error:
            raise JSONDecodeError(error.msg, error.doc, error.pos)

    def iter_content(self, chunk_size=1, decode_unicode=False):
        data = self.text if decode_unicode else self._content
        size = chunk_size or len(data) or 1
        for i in range(0, len(data), size):
            yield data[i:i + size]

    def iter_lines(self, chunk_size=512, decode_unicode=False, delimiter=None):
        data = self.text if decode_unicode else self._content
        lines = data.split(delimiter) if delimiter is not None else data.splitlines()
        for line in lines:
            yield line

    def raise_for_status(self):
        """Raises HTTPError, if one occurred."""
        reason = self.reason or ""
        if 400 <= self.status_code < 500:
            message = "%s Client Error: %s for url: %s" % (self.status_code, reason, self.url)
        elif 500 <= self.status_code < 600:
            message = "%s Server Error: %s for url: %s" % (self.status_code, reason, self.url)
        else:
            return
        raise HTTPError(message, response=self)


def _make_response(request, answer, elapsed):
    # An Answer of loopscope.web (or of the script's own server) as a Response.
    response = Response()
    response.status_code = answer.status
    response.reason = answer.reason
    for name, value in answer.headers:
        response.headers[name] = value
    response.url = request.url
    response.request = request
    response.elapsed = elapsed
    response._content = answer.body
    content_type = response.headers.get("content-type", "")
    response.encoding = _charset(content_type)
    if response.encoding is None:
        if content_type.startswith("text/"):
            response.encoding = "ISO-8859-1"
        elif content_type.startswith("application/json"):
            response.encoding = "utf-8"
    return response
