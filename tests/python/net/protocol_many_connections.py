import asyncio
import gc


class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.transport.write(data)
        self.transport.close()


class Client(asyncio.Protocol):
    def __init__(self, n, results):
        self.n = n
        self.results = results

    def connection_made(self, transport):
        transport.write(b"%d" % self.n)

    def data_received(self, data):
        self.results.append(int(data))

    def connection_lost(self, exc):
        if self.n % 25 == 0:
            gc.collect()


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Echo, "127.0.0.1", 7000)
    results = []
    for round_ in range(3):
        conns = await asyncio.gather(*[loop.create_connection(lambda i=i: Client(i, results), "127.0.0.1", 7000)
                                       for i in range(100)])
        await asyncio.sleep(0.01)
        print(round_, len(results), sum(results), all(t.is_closing() for t, _ in conns))
        results.clear()
    server.close()
    await server.wait_closed()
    print(len(asyncio.all_tasks()))

asyncio.run(main())
