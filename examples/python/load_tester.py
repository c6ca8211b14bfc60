"""The semaphore load tester

A `Semaphore` caps how many coroutines do something at once: `async with sem:` waits for a permit.
This script starts its own TCP server with `asyncio.start_server` and sends it eight requests through
`asyncio.open_connection`, at most three at a time; the server answers 503 to every fourth one.
"""
import asyncio

MAX_CONCURRENCY = 3
active = 0
peak = 0


async def handle(reader, writer):
    line = await reader.readline()
    n = int(line.split()[1])
    await asyncio.sleep(0.1)
    writer.write(b"503 busy\n" if n % 4 == 3 else b"200 ok\n")
    await writer.drain()
    writer.close()


async def request(sem, port, i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"GET {i}\n".encode())
        await writer.drain()
        status = int((await reader.readline()).split()[0])
        writer.close()
        await writer.wait_closed()
        active -= 1
        return status


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    sem = asyncio.Semaphore(MAX_CONCURRENCY)
    statuses = await asyncio.gather(*(request(sem, port, i) for i in range(8)))
    print("statuses:", statuses)
    print("ok:", statuses.count(200), "busy:", statuses.count(503))
    print("peak concurrency:", peak)
    server.close()
    await server.wait_closed()


asyncio.run(main())
