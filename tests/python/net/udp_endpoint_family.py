# create_datagram_endpoint with family= and no addresses (an unbound client that sendto()s), a
# server bound to 0.0.0.0, replies collected through an asyncio.Queue with wait_for timeouts.
import asyncio
import socket


class Server(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server up", transport.get_extra_info("sockname"))

    def datagram_received(self, data, addr):
        print("server got", data, addr[0])
        self.transport.sendto(b"ack:" + data, addr)

    def connection_lost(self, exc):
        print("server lost", exc)


class Client(asyncio.DatagramProtocol):
    def __init__(self):
        self.replies = asyncio.Queue()

    def datagram_received(self, data, addr):
        self.replies.put_nowait(data)


async def main():
    loop = asyncio.get_running_loop()
    st, _ = await loop.create_datagram_endpoint(Server, local_addr=("0.0.0.0", 45401),
                                                family=socket.AF_INET)
    ct, cp = await loop.create_datagram_endpoint(Client, family=socket.AF_INET)
    print("client sockname", ct.get_extra_info("sockname"), ct.get_extra_info("peername"))
    for i in range(3):
        ct.sendto(b"n%d" % i, ("127.0.0.1", 45401))
    for i in range(3):
        print(await asyncio.wait_for(cp.replies.get(), 1))
    try:
        await asyncio.wait_for(cp.replies.get(), 0.25)
    except asyncio.TimeoutError:
        print("no more replies at", loop.time())
    print(ct.get_extra_info("sockname")[0])
    ct.close()
    st.close()
    await asyncio.sleep(0)

asyncio.run(main())
