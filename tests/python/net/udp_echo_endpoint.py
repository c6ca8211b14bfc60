# The asyncio docs' UDP echo server and client (create_datagram_endpoint), in one script, with the
# loop's times and the order of the protocols' callbacks.
import asyncio


class EchoServerProtocol:
    def connection_made(self, transport):
        print("server: connection_made", type(transport).__name__)
        self.transport = transport

    def datagram_received(self, data, addr):
        message = data.decode()
        print('Received %r from %s' % (message, addr[0]))
        print('Send %r to %s' % (message, addr[0]))
        self.transport.sendto(data, addr)


class EchoClientProtocol:
    def __init__(self, message, on_con_lost):
        self.message = message
        self.on_con_lost = on_con_lost
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport
        print('Send:', self.message)
        self.transport.sendto(self.message.encode())

    def datagram_received(self, data, addr):
        print("Received:", data.decode(), addr)
        print("Close the socket")
        self.transport.close()
        print("closing:", self.transport.is_closing())

    def error_received(self, exc):
        print('Error received:', exc)

    def connection_lost(self, exc):
        print("Connection closed", exc)
        self.on_con_lost.set_result(True)


async def ticker():
    for i in range(8):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    print("Starting UDP server")
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    transport, protocol = await loop.create_datagram_endpoint(
        lambda: EchoServerProtocol(), local_addr=('127.0.0.1', 9999))
    print("server ready", transport.get_extra_info('sockname'), transport.get_extra_info('peername'))
    on_con_lost = loop.create_future()
    message = "Hello World!"
    ctransport, cprotocol = await loop.create_datagram_endpoint(
        lambda: EchoClientProtocol(message, on_con_lost),
        remote_addr=('127.0.0.1', 9999))
    print("client ready", ctransport.get_extra_info('peername'))
    try:
        await on_con_lost
    finally:
        ctransport.close()
    await t
    for i in range(3):
        message = "msg %d" % i
        on_con_lost = loop.create_future()
        ct, cp = await loop.create_datagram_endpoint(
            lambda: EchoClientProtocol(message, on_con_lost),
            remote_addr=('127.0.0.1', 9999))
        await on_con_lost
    transport.close()
    print("server closing", transport.is_closing())
    await asyncio.sleep(0)
    print("done at", loop.time())

asyncio.run(main())
