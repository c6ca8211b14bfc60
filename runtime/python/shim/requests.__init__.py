# requests for Loopscope: the HTTP library's API (get/post/put/patch/delete/head/options/request,
# Session, Response, the exceptions) over the run's simulated web (README "Simulated web"). Requests
# block the calling thread for the host's latency, as in CPython.
from requests.exceptions import (RequestException, Timeout, URLRequired, TooManyRedirects,
                                 HTTPError, ConnectionError, ConnectTimeout, ReadTimeout,
                                 JSONDecodeError)
from requests.models import Response, PreparedRequest
from requests.sessions import Session, session
from requests.structures import CaseInsensitiveDict
import requests.exceptions as exceptions

__all__ = ["request", "get", "head", "post", "patch", "put", "delete", "options", "Session",
           "session", "Response", "PreparedRequest", "RequestException", "Timeout", "URLRequired",
           "TooManyRedirects", "HTTPError", "ConnectionError", "ConnectTimeout", "ReadTimeout",
           "JSONDecodeError", "codes", "exceptions", "__version__"]

__version__ = "2.34.2"
__title__ = "requests"


def request(method, url, **kwargs):
    with Session() as s:
        return s.request(method=method, url=url, **kwargs)


def get(url, params=None, **kwargs):
    return request("get", url, params=params, **kwargs)


def options(url, **kwargs):
    return request("options", url, **kwargs)


def head(url, **kwargs):
    kwargs.setdefault("allow_redirects", False)
    return request("head", url, **kwargs)


def post(url, data=None, json=None, **kwargs):
    return request("post", url, data=data, json=json, **kwargs)


def put(url, data=None, **kwargs):
    return request("put", url, data=data, **kwargs)


def patch(url, data=None, **kwargs):
    return request("patch", url, data=data, **kwargs)


def delete(url, **kwargs):
    return request("delete", url, **kwargs)


class _Codes:
    """requests.codes: status names (codes.ok == 200, codes.not_found == 404, ...)."""

    ok = okay = all_ok = 200
    created = 201
    accepted = 202
    no_content = 204
    moved_permanently = moved = 301
    found = 302
    see_other = 303
    not_modified = 304
    temporary_redirect = 307
    permanent_redirect = 308
    bad_request = bad = 400
    unauthorized = 401
    forbidden = 403
    not_found = 404
    method_not_allowed = not_allowed = 405
    request_timeout = timeout = 408
    conflict = 409
    gone = 410
    teapot = i_am_a_teapot = 418
    too_many_requests = too_many = 429
    internal_server_error = server_error = 500
    not_implemented = 501
    bad_gateway = 502
    service_unavailable = unavailable = 503
    gateway_timeout = 504

    def __getitem__(self, name):
        return getattr(self, name)


codes = _Codes()
