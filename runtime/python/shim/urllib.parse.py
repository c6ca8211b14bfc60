# urllib.parse: the basics (urlsplit/urlparse and their results, urlunsplit, urljoin, quote/unquote
# and their _plus forms, urlencode, parse_qs/parse_qsl), as CPython 3.11 splits and quotes.

__all__ = ["urlsplit", "urlparse", "urlunsplit", "urlunparse", "urljoin", "quote", "quote_plus",
           "unquote", "unquote_plus", "urlencode", "parse_qs", "parse_qsl", "SplitResult",
           "ParseResult"]

_ALWAYS_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"


class _NetlocMixin:
    @property
    def hostname(self):
        host = self.netloc.rpartition("@")[2]
        if host.startswith("["):
            return host[1:host.find("]")].lower()
        return host.partition(":")[0].lower() or None

    @property
    def port(self):
        host = self.netloc.rpartition("@")[2]
        if host.startswith("["):
            host = host[host.find("]") + 1:]
        digits = host.partition(":")[2]
        if not digits:
            return None
        port = int(digits)
        if not 0 <= port <= 65535:
            raise ValueError("Port out of range 0-65535")
        return port

    @property
    def username(self):
        user = self.netloc.rpartition("@")[0]
        return user.partition(":")[0] if "@" in self.netloc else None

    @property
    def password(self):
        user = self.netloc.rpartition("@")[0]
        return user.partition(":")[2] or None if "@" in self.netloc else None


class SplitResult(tuple, _NetlocMixin):
    def __new__(cls, scheme, netloc, path, query, fragment):
        return tuple.__new__(cls, (scheme, netloc, path, query, fragment))

    scheme = property(lambda self: self[0])
    netloc = property(lambda self: self[1])
    path = property(lambda self: self[2])
    query = property(lambda self: self[3])
    fragment = property(lambda self: self[4])

    def geturl(self):
        return urlunsplit(self)

    def __repr__(self):
        return "SplitResult(scheme=%r, netloc=%r, path=%r, query=%r, fragment=%r)" % tuple(self)

    def __str__(self):  # MicroPython's print of a tuple subclass does not ask __repr__
        return self.__repr__()


class ParseResult(tuple, _NetlocMixin):
    def __new__(cls, scheme, netloc, path, params, query, fragment):
        return tuple.__new__(cls, (scheme, netloc, path, params, query, fragment))

    scheme = property(lambda self: self[0])
    netloc = property(lambda self: self[1])
    path = property(lambda self: self[2])
    params = property(lambda self: self[3])
    query = property(lambda self: self[4])
    fragment = property(lambda self: self[5])

    def geturl(self):
        return urlunparse(self)

    def __repr__(self):
        return ("ParseResult(scheme=%r, netloc=%r, path=%r, params=%r, query=%r, fragment=%r)"
                % tuple(self))

    def __str__(self):
        return self.__repr__()


_SCHEME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-."


def urlsplit(url, scheme="", allow_fragments=True):
    url = url.strip()
    netloc = query = fragment = ""
    i = url.find(":")
    if i > 0 and url[0].isalpha() and all(c in _SCHEME_CHARS for c in url[:i]):
        scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == "//":
        end = len(url)
        for mark in "/?#":
            j = url.find(mark, 2)
            if 0 <= j < end:
                end = j
        netloc, url = url[2:end], url[end:]
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlparse(url, scheme="", allow_fragments=True):
    s = urlsplit(url, scheme, allow_fragments)
    path, params = s.path, ""
    if ";" in path:
        path, params = path[:path.rfind(";")], path[path.rfind(";") + 1:]
    return ParseResult(s.scheme, s.netloc, path, params, s.query, s.fragment)


def urlunsplit(parts):
    scheme, netloc, url, query, fragment = parts
    if netloc or (scheme and url[:2] != "//"):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url if netloc or scheme in ("http", "https") else url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return url


def urlunparse(parts):
    scheme, netloc, url, params, query, fragment = parts
    if params:
        url = "%s;%s" % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def _remove_dots(segments):
    out = []
    for seg in segments:
        if seg == "..":
            if len(out) > 1:
                out.pop()
        elif seg != ".":
            out.append(seg)
    if segments and segments[-1] in (".", ".."):
        out.append("")
    return out


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    b = urlsplit(base)
    u = urlsplit(url)
    if u.scheme and u.scheme != b.scheme:
        return url
    scheme = b.scheme
    if u.netloc:
        return urlunsplit((scheme, u.netloc, u.path, u.query, u.fragment))
    if not u.path:
        return urlunsplit((scheme, b.netloc, b.path, u.query or b.query, u.fragment))
    if u.path.startswith("/"):
        segments = u.path.split("/")
    else:
        segments = b.path.split("/")[:-1] + u.path.split("/")
    path = "/".join(_remove_dots(segments))
    if not path.startswith("/"):
        path = "/" + path
    return urlunsplit((scheme, b.netloc, path, u.query, u.fragment))


def quote(string, safe="/", encoding=None, errors=None):
    data = string.encode() if isinstance(string, str) else bytes(string)
    out = []
    for byte in data:
        c = chr(byte)
        out.append(c if (c in _ALWAYS_SAFE or c in safe) and byte < 128 else "%%%02X" % byte)
    return "".join(out)


def quote_plus(string, safe="", encoding=None, errors=None):
    if " " not in string:
        return quote(string, safe)
    return quote(string, safe + " ").replace(" ", "+")


def unquote(string, encoding="utf-8", errors="replace"):
    if "%" not in string:
        return string
    raw = string.encode()
    out = bytearray()
    i = 0
    while i < len(raw):
        if raw[i] == 37 and i + 3 <= len(raw):
            try:
                out.append(int(raw[i + 1:i + 3].decode(), 16))
                i += 3
                continue
            except ValueError:
                pass
        out.append(raw[i])
        i += 1
    return out.decode()


def unquote_plus(string, encoding="utf-8", errors="replace"):
    return unquote(string.replace("+", " "), encoding, errors)


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    items = query.items() if hasattr(query, "items") else query
    pairs = []
    for key, value in items:
        k = quote_via(key if isinstance(key, (str, bytes)) else str(key), safe)
        if doseq and isinstance(value, (list, tuple)):
            for v in value:
                pairs.append(k + "=" + quote_via(v if isinstance(v, (str, bytes)) else str(v), safe))
        else:
            pairs.append(k + "=" + quote_via(value if isinstance(value, (str, bytes))
                                             else str(value), safe))
    return "&".join(pairs)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
              errors="replace", max_num_fields=None, separator="&"):
    result = []
    for field in qs.split(separator):
        if not field:
            continue
        name, has_eq, value = field.partition("=")
        if value or keep_blank_values:
            result.append((unquote_plus(name), unquote_plus(value)))
    return result


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
             errors="replace", max_num_fields=None, separator="&"):
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields, separator):
        result.setdefault(name, []).append(value)
    return result
