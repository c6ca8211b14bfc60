# yarl: the URL class aiohttp's responses carry (str() is the URL; repr URL('...')).

__all__ = ["URL"]


class URL:
    def __init__(self, url=""):
        self._url = str(url)
        scheme, sep, rest = self._url.partition("://")
        self.scheme = scheme.lower() if sep else ""
        netloc = rest if sep else ""
        for mark in "/?#":
            netloc = netloc.partition(mark)[0]
        tail = rest[len(netloc):] if sep else self._url
        path, _, query = tail.partition("#")[0].partition("?")
        self.raw_host = netloc.rpartition("@")[2]
        host, _, port = self.raw_host.partition(":")
        self.host = host.lower() or None
        if port and not port.isdigit():
            raise ValueError("Port could not be cast to integer value as %r" % port)
        self.explicit_port = int(port) if port else None
        self.path = path or ("/" if sep else "")
        self.query_string = query
        self.fragment = self._url.partition("#")[2]

    @property
    def port(self):
        if self.explicit_port is not None:
            return self.explicit_port
        return {"http": 80, "https": 443, "ws": 80, "wss": 443}.get(self.scheme)

    @property
    def path_qs(self):
        return self.path + ("?" + self.query_string if self.query_string else "")

    @property
    def name(self):
        return self.path.rpartition("/")[2]

    def is_absolute(self):
        return self.host is not None

    def human_repr(self):
        return self._url

    def __str__(self):
        return self._url

    def __repr__(self):
        return "URL(%r)" % self._url

    def __eq__(self, other):
        return isinstance(other, URL) and other._url == self._url

    def __hash__(self):
        return hash(self._url)

    def join(self, other):
        location = str(other)
        if "://" in location:
            return URL(location)
        if location.startswith("//"):
            return URL(self.scheme + ":" + location)
        base = "%s://%s" % (self.scheme, self.raw_host)
        if location.startswith("/"):
            return URL(base + location)
        return URL(base + self.path[:self.path.rfind("/") + 1] + location)
