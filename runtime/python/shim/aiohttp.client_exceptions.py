# aiohttp.client_exceptions: the client's errors, with aiohttp 3.9's messages. (MicroPython cannot
# give a class two exception bases: ClientConnectorError is not also an OSError.)
import asyncio

__all__ = ["ClientError", "ClientConnectionError", "ClientOSError", "ClientConnectorError",
           "ClientResponseError", "ContentTypeError", "ClientPayloadError", "InvalidURL",
           "ServerDisconnectedError", "ServerTimeoutError", "TooManyRedirects",
           "ClientHttpProxyError", "ServerConnectionError"]


class ClientError(Exception):
    """Base class for client connection errors."""


class ClientResponseError(ClientError):
    """Connection error during reading response."""

    def __init__(self, request_info, history, *, code=None, status=None, message="",
                 headers=None):
        self.request_info = request_info
        self.status = status if status is not None else (code if code is not None else 0)
        self.message = message
        self.headers = headers
        self.history = history
        super().__init__(request_info)

    def __str__(self):
        return "%s, message=%r, url=%r" % (self.status, self.message,
                                            getattr(self.request_info, "real_url", None))

    def __repr__(self):
        return "%s(%r, %r, status=%r, message=%r)" % (type(self).__name__, self.request_info,
                                                      self.history, self.status, self.message)


class ContentTypeError(ClientResponseError):
    """ContentType found is not valid."""


class TooManyRedirects(ClientResponseError):
    """Client was redirected too many times."""


class ClientHttpProxyError(ClientResponseError):
    """HTTP proxy error."""


class ClientConnectionError(ClientError):
    """Base class for client socket errors."""


class ClientOSError(ClientConnectionError):
    """OSError error."""


class ClientConnectorError(ClientOSError):
    """Client connector error: the host could not be reached."""

    def __init__(self, host, port, ssl, os_error):
        self.host = host
        self.port = port
        self.ssl = ssl
        self.os_error = os_error
        super().__init__(getattr(os_error, "errno", None), str(os_error))

    def __str__(self):
        return "Cannot connect to host %s:%s ssl:%s [%s]" % (
            self.host, self.port, "default" if self.ssl is True or self.ssl is None else self.ssl,
            _strerror(self.os_error))


def _strerror(error):
    args = getattr(error, "args", ())
    if len(args) == 2 and isinstance(args[1], str):
        return args[1]
    text = str(error)
    if text.startswith("[Errno ") and "] " in text:
        return text.partition("] ")[2]
    return text


class ServerConnectionError(ClientConnectionError):
    """Server connection errors."""


class ServerDisconnectedError(ServerConnectionError):
    """Server disconnected."""

    def __init__(self, message=None):
        self.message = message or "Server disconnected"
        super().__init__(self.message)


class ServerTimeoutError(ServerConnectionError):
    """Server timeout error."""


class ClientPayloadError(ClientError):
    """Response payload error."""


class InvalidURL(ClientError):
    """Invalid URL (aiohttp's is also a ValueError)."""

    def __init__(self, url):
        self.url = url
        super().__init__(url)

    def __repr__(self):
        return "<InvalidURL %s>" % self.url
