# TLS as the simulated web carries it: asyncio's "Get HTTP headers" example (open_connection to
# port 443 with ssl=True, and with a context from ssl.create_default_context) reads the simulated
# host's answer; ssl's contexts keep CPython's settings rules; what the sandbox cannot do says so.
import asyncio
import ssl
import urllib.parse


async def print_http_headers(url, tls):
    url = urllib.parse.urlsplit(url)
    if url.scheme == "https":
        reader, writer = await asyncio.open_connection(url.hostname, 443, ssl=tls)
    else:
        reader, writer = await asyncio.open_connection(url.hostname, 80)
    writer.write(f"HEAD {url.path or '/'} HTTP/1.0\r\nHost: {url.hostname}\r\n\r\n".encode("latin-1"))
    status = (await reader.readline()).decode("latin-1").rstrip()
    headers = {}
    while line := (await reader.readline()).decode("latin-1").rstrip():
        name, _, value = line.partition(": ")
        headers[name] = value
    writer.close()
    await writer.wait_closed()
    print(status, headers.get("Content-Type"), headers.get("Connection"))


context = ssl.create_default_context()
print(context.check_hostname, context.verify_mode, context.protocol, ssl.Purpose.SERVER_AUTH)
try:
    context.verify_mode = ssl.CERT_NONE
except ValueError as e:
    print("ValueError:", e)
context.check_hostname = False
context.verify_mode = ssl.CERT_NONE
print(context.verify_mode, isinstance(ssl.SSLError("x"), OSError))
asyncio.run(print_http_headers("https://www.example.com/", True))
asyncio.run(print_http_headers("https://www.python.org/", context))
asyncio.run(print_http_headers("http://www.example.com/", None))
for attempt in (lambda: context.load_cert_chain("server.pem"), lambda: context.wrap_socket(None)):
    try:
        attempt()
    except NotImplementedError as e:
        print("NotImplementedError:", str(e).split(":")[0])
