# aiohttp: a client against the simulated web and against the script's own aiohttp.web server.
import asyncio
import aiohttp
import async_timeout
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/")
async def hello(request):
    return web.Response(text="Hello, world")


@routes.get("/user/{name}")
async def user(request):
    return web.json_response({"name": request.match_info["name"], "q": request.query.get("q")})


@routes.post("/echo")
async def echo(request):
    data = await request.json()
    return web.json_response({"got": data}, status=201)


async def stream(request):
    resp = web.StreamResponse()
    resp.content_type = "text/plain"
    await resp.prepare(request)
    for i in range(3):
        await resp.write(b"line %d\n" % i)
        await asyncio.sleep(0.1)
    await resp.write_eof()
    return resp


async def main():
    app = web.Application()
    app.add_routes(routes)
    app.router.add_get("/stream", stream)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "localhost", 8080)
    await site.start()
    async with aiohttp.ClientSession() as session:
        async with session.get("http://localhost:8080/") as r:
            print(r.status, r.reason, r.headers["Content-Type"], await r.text())
        async with session.get("http://localhost:8080/user/ada?q=x%20y") as r:
            print(r.status, await r.json())
        async with session.post("http://localhost:8080/echo", json={"a": 1}) as r:
            print(r.status, await r.json())
        async with session.get("http://localhost:8080/stream") as r:
            print(r.status, r.headers.get("Transfer-Encoding"), repr(await r.text()))
        async with session.get("http://localhost:8080/missing") as r:
            print(r.status, await r.text())
        async with session.post("http://localhost:8080/") as r:
            print(r.status, await r.text(), r.headers["Allow"])
        try:
            async with session.get("http://localhost:8081/"):
                pass
        except aiohttp.ClientConnectorError as e:
            print(type(e).__name__, e)

        # The simulated web: three pages at once take as long as the slowest, not the sum.
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        async def fetch(url):
            return await session.get(url)

        pages = await asyncio.gather(*[fetch(u) for u in
                                       ["https://www.example.com", "https://httpbin.org/json",
                                        "http://www.xkcd.com/"]])
        took = loop.time() - t0
        print([p.status for p in pages], str(pages[2].url), len(pages[2].history))
        print((await pages[2].text())[:15], (await pages[1].json())["slideshow"]["title"])
        print("concurrent:", took < 0.72 + 0.35 + 0.27)
        try:
            async with session.get("http://nowhere.invalid/"):
                pass
        except aiohttp.ClientError as e:
            print(type(e).__name__, e)
        r = await session.get("https://httpbin.org/status/418")
        try:
            r.raise_for_status()
        except aiohttp.ClientResponseError as e:
            print(type(e).__name__, e)
        try:
            async with session.get("https://httpbin.org/delay/5",
                                   timeout=aiohttp.ClientTimeout(total=1)):
                pass
        except asyncio.TimeoutError:
            print("timed out")
        try:
            async with async_timeout.timeout(0.01):
                await session.get("https://www.example.com")
        except asyncio.TimeoutError:
            print("async_timeout timed out")
        async with session.get("https://www.example.com") as r:
            try:
                await r.json()
            except aiohttp.ContentTypeError as e:
                print(type(e).__name__, e)
        # resp.content, piece by piece
        async with session.get("https://www.example.com") as r:
            print(await r.content.read(15), await r.content.readline())
            print(len([line async for line in r.content]), r.content.at_eof())
    # aiohttp 1.x's module-level get
    response = await aiohttp.get("http://www.xkcd.com/")
    print((await response.text())[:15])
    async with aiohttp.request("GET", "https://httpbin.org/get") as r:
        print(r.status, (await r.json())["headers"]["Host"])
    await runner.cleanup()

asyncio.run(main())
