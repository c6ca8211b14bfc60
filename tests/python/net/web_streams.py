import asyncio
import time


async def fetch(host, path="/"):
    start = time.monotonic()
    reader, writer = await asyncio.open_connection(host, 80)
    writer.write(("GET %s HTTP/1.0\r\nHost: %s\r\n\r\n" % (path, host)).encode())
    await writer.drain()
    status = await reader.readline()
    body = await reader.read()
    writer.close()
    await writer.wait_closed()
    print(host, status.decode().strip(), len(body), round(time.monotonic() - start, 4))


async def main():
    await asyncio.gather(fetch("www.example.com"), fetch("httpbin.org", "/json"), fetch("python.org"))
    try:
        await asyncio.open_connection("nowhere.invalid", 80)
    except OSError as e:
        print(type(e).__name__, e.errno)

asyncio.run(main())
