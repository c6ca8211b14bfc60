# Bad input to the web clients and aiohttp.web: clear errors, as the libraries word them.
import asyncio
import urllib.request
import aiohttp
import requests
from aiohttp import web

for url in ["http://example.com:abc/", "http://example.com:99999/", None, "ftp://example.com/"]:
    try:
        requests.get(url)
    except requests.RequestException as e:
        print(type(e).__name__, e)
for url in ["http://example.com:abc/", "gopher://example.com/"]:
    try:
        urllib.request.urlopen(url)
    except Exception as e:
        print(type(e).__name__, e)
try:
    urllib.request.urlopen("https://httpbin.org/post", data="text")
except TypeError as e:
    print(type(e).__name__, e)


async def main():
    async with aiohttp.ClientSession() as session:
        for url in ["http://example.com:abc/", "ftp://example.com/", "/relative"]:
            try:
                await session.get(url)
            except aiohttp.InvalidURL as e:
                print(type(e).__name__, repr(e))
        try:
            await session.post("https://httpbin.org/post", data=b"x", json={})
        except ValueError as e:
            print(type(e).__name__, e)
    try:
        await session.get("https://www.example.com")
    except RuntimeError as e:
        print(type(e).__name__, e)

asyncio.run(main())

app = web.Application()
try:
    app.router.add_get("noslash", None)
except ValueError as e:
    print(type(e).__name__, e)
try:
    web.Response(text=b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
try:
    web.Response(text="a", body=b"b")
except ValueError as e:
    print(type(e).__name__, e)
