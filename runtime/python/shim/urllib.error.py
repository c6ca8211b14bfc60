# urllib.error: URLError and HTTPError as urlopen raises them.

__all__ = ["URLError", "HTTPError", "ContentTooShortError"]


class URLError(OSError):
    def __init__(self, reason, filename=None):
        super().__init__(reason)
        self.reason = reason
        self.filename = filename

    def __str__(self):
        reason = self.reason
        args = getattr(reason, "args", ())
        if isinstance(reason, OSError) and len(args) == 2:
            reason = "[Errno %s] %s" % args  # as CPython's OSError prints
        return "<urlopen error %s>" % reason


class HTTPError(URLError):
    """An HTTP error answer, which is also a response (read(), headers, status)."""

    def __init__(self, url, code, msg, hdrs, fp):
        super().__init__(msg)
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = url

    @property
    def reason(self):
        return self.msg

    @reason.setter
    def reason(self, value):
        pass

    @property
    def headers(self):
        return self.hdrs

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def read(self, amt=-1):
        return self.fp.read(amt) if self.fp is not None else b""

    def __str__(self):
        return "HTTP Error %s: %s" % (self.code, self.msg)

    def __repr__(self):
        return "<HTTPError %s: %r>" % (self.code, self.msg)


class ContentTooShortError(URLError):
    def __init__(self, message, content):
        super().__init__(message)
        self.content = content
