# aiohttp.web.run_app: the banner aiohttp prints, then serving until stopped (here: the printer
# raises KeyboardInterrupt as Ctrl+C would, so run_app cleans up and returns).
import asyncio
from aiohttp import web


async def hello(request):
    return web.Response(text="Hello, " + request.match_info.get("name", "Anonymous"))


async def on_cleanup(app):
    print("cleanup")


def banner(text):
    print(text)
    raise KeyboardInterrupt


def make_app():
    app = web.Application()
    app.router.add_get("/", hello)
    app.router.add_get("/{name}", hello)
    app.on_cleanup.append(on_cleanup)
    return app


web.run_app(make_app(), print=banner)
web.run_app(make_app(), host="127.0.0.1", port=8081, print=banner)
print("after run_app")
