# StreamWriter.transport of asyncio.start_server / open_connection streams: is_closing,
# get_extra_info, write, get_write_buffer_size, close and abort through the transport.
import asyncio


async def handle(reader, writer):
    t = writer.transport
    data = await reader.readline()
    if not data:
        print("server: client went away;", t.is_closing())
        writer.close()
        return
    print("server transport is the same object:", t is writer.transport)
    print("server:", type(t).__name__, isinstance(t, asyncio.Transport), t.is_closing())
    print("server peer host:", t.get_extra_info("peername")[0], t.get_extra_info("nope", "dflt"))
    print("server got", data)
    t.write(b"via transport\n")
    writer.write(b"via writer\n")
    t.writelines([b"via ", b"writelines\n"])
    print("server buffer", t.get_write_buffer_size(), t.can_write_eof())
    line = await reader.readline()
    print("server got", line)
    t.close()
    print("server closing:", t.is_closing(), writer.is_closing())
    await writer.wait_closed()
    print("server closed")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8941)
    reader, writer = await asyncio.open_connection("127.0.0.1", 8941)
    t = writer.transport
    try:
        t.write("text")
    except TypeError as e:
        print(e)
    writer.write(b"hello\n")
    print(await reader.readline())
    print("client:", t.is_closing(), t.get_extra_info("peername"))
    print(await reader.readline())
    print(await reader.readline())
    t.write(b"bye\n")
    print("client eof:", await reader.read(), t.is_closing())
    writer.close()
    print("client closing:", t.is_closing())
    await writer.wait_closed()

    r2, w2 = await asyncio.open_connection("127.0.0.1", 8941)
    w2.transport.abort()
    print("aborted:", w2.is_closing(), w2.transport.is_closing())
    await asyncio.sleep(0.1)
    server.close()
    await server.wait_closed()
    print("done", asyncio.get_running_loop().time())

asyncio.run(main())
