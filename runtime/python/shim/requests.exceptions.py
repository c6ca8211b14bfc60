# requests.exceptions: the exceptions of requests 2.x, with its hierarchy (RequestException is an
# OSError). MicroPython cannot give a class two exception bases, so where requests has two, one is
# kept: ConnectTimeout is a Timeout (not a ConnectionError), the URL/header errors are
# RequestExceptions (not ValueErrors), StreamConsumedError is not a TypeError, and JSONDecodeError is
# json's JSONDecodeError (a ValueError), not an InvalidJSONError.
import json
from warnings import Warning

__all__ = ["RequestException", "InvalidJSONError", "JSONDecodeError", "HTTPError", "ConnectionError",
           "ProxyError", "SSLError", "Timeout", "ConnectTimeout", "ReadTimeout", "URLRequired",
           "TooManyRedirects", "MissingSchema", "InvalidSchema", "InvalidURL", "InvalidHeader",
           "ChunkedEncodingError", "ContentDecodingError", "StreamConsumedError", "RetryError",
           "RequestsWarning"]


class RequestException(OSError):
    """There was an ambiguous exception that occurred while handling your request."""

    def __init__(self, *args, **kwargs):
        response = kwargs.pop("response", None)
        self.response = response
        self.request = kwargs.pop("request", None)
        if response is not None and self.request is None and hasattr(response, "request"):
            self.request = response.request
        super().__init__(*args)


class InvalidJSONError(RequestException):
    """A JSON error occurred."""


class JSONDecodeError(json.JSONDecodeError):
    """Couldn't decode the text into json"""

    # requests' class is also an InvalidJSONError (a RequestException): MicroPython cannot combine
    # two exception bases, and `except ValueError:` around r.json() is the common use.
    def __init__(self, msg, doc, pos, response=None, request=None):
        super().__init__(msg, doc, pos)
        self.response = response
        self.request = request


class HTTPError(RequestException):
    """An HTTP error occurred."""


class ConnectionError(RequestException):
    """A Connection error occurred."""


class ProxyError(ConnectionError):
    """A proxy error occurred."""


class SSLError(ConnectionError):
    """An SSL error occurred."""


class Timeout(RequestException):
    """The request timed out."""


class ConnectTimeout(Timeout):
    """The request timed out while trying to connect to the remote server."""


class ReadTimeout(Timeout):
    """The server did not send any data in the allotted amount of time."""


class URLRequired(RequestException):
    """A valid URL is required to make a request."""


class TooManyRedirects(RequestException):
    """Too many redirects."""


class MissingSchema(RequestException):
    """The URL scheme (e.g. http or https) is missing."""


class InvalidSchema(RequestException):
    """The URL scheme provided is either invalid or unsupported."""


class InvalidURL(RequestException):
    """The URL provided was somehow invalid."""


class InvalidHeader(RequestException):
    """The header value provided was somehow invalid."""


class ChunkedEncodingError(RequestException):
    """The server declared chunked encoding but sent an invalid chunk."""


class ContentDecodingError(RequestException):
    """Failed to decode response content."""


class StreamConsumedError(RequestException):
    """The content for this response was already consumed."""


class RetryError(RequestException):
    """Custom retries logic failed"""


class RequestsWarning(Warning):
    """Base warning for Requests."""
