# aiohttp for Loopscope: the client (ClientSession, ClientResponse, ClientTimeout, request; aiohttp
# 1.x's module-level get/post) over the run's simulated web, and aiohttp.web, the server, on the
# run's network (README "Simulated web"). The names and messages are aiohttp 3.9's.
from aiohttp.client import (ClientSession, ClientResponse, ClientTimeout, RequestInfo, request,
                            get, options, head, post, put, patch, delete)
from aiohttp.client_exceptions import (ClientError, ClientConnectionError, ClientOSError,
                                       ClientConnectorError, ClientResponseError, ContentTypeError,
                                       ClientPayloadError, InvalidURL, ServerDisconnectedError,
                                       ServerTimeoutError, ServerConnectionError, TooManyRedirects)
from aiohttp.http import HttpVersion11

__version__ = "3.9.1"

__all__ = ["ClientSession", "ClientResponse", "ClientTimeout", "RequestInfo", "request", "get",
           "options", "head", "post", "put", "patch", "delete", "ClientError",
           "ClientConnectionError", "ClientOSError", "ClientConnectorError", "ClientResponseError",
           "ContentTypeError", "ClientPayloadError", "InvalidURL", "ServerDisconnectedError",
           "ServerTimeoutError", "ServerConnectionError", "TooManyRedirects", "HttpVersion11"]
