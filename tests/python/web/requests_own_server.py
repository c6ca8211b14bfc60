# realtime
# Blocking clients (requests, urlopen) against the script's own aiohttp.web server: from worker
# threads they reach it through its loop; on the loop's own thread they would wait forever.
import asyncio
import json
import urllib.request
import requests
from aiohttp import web


async def hello(request):
    await asyncio.sleep(0.05)
    return web.json_response({"path": request.path, "agent": request.headers["User-Agent"],
                              "q": request.query.get("q")})


async def stream(request):
    response = web.StreamResponse()
    await response.prepare(request)
    for i in range(3):
        response.write(b"row %d\n" % i)  # aiohttp 1.x style: write, then drain
        await response.drain()
    await response.write_eof()
    return response


def fetch(url):
    r = requests.get(url)
    return r.status_code, r.json() if r.headers["Content-Type"].startswith("application/json") else r.text


def fetch_urllib(url):
    with urllib.request.urlopen(url) as r:
        return r.status, json.loads(r.read())


async def main():
    app = web.Application()
    app.router.add_get("/hello", hello)
    app.router.add_get("/stream", stream)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 8765).start()
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*[loop.run_in_executor(None, fetch, "http://127.0.0.1:8765/hello?q=%d" % i)
                                     for i in range(3)])
    for result in results:
        print(result)
    print(await asyncio.to_thread(fetch, "http://localhost:8765/stream"))
    print(await asyncio.to_thread(fetch_urllib, "http://localhost:8765/hello"))
    print(await asyncio.to_thread(fetch, "http://localhost:8765/nothing"))
    try:
        requests.get("http://127.0.0.1:8765/hello")
    except RuntimeError as e:
        print("RuntimeError:", e)
    await runner.cleanup()
    try:
        await asyncio.to_thread(requests.get, "http://127.0.0.1:8765/hello")
    except requests.ConnectionError as e:
        print(type(e).__name__, e)

asyncio.run(main())
