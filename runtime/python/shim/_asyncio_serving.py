# The native asyncio.start_server servers as the `socket` network sees them (asyncio/streams.c
# calls started/stopped): a socket or loop.create_connection client that connects to such a
# server's port is served by the same client_connected_cb, through CPython's streams over the
# socket network (a mirror listener made at the first such connect: _asyncio_network.mirror).
# Kept tiny: every start_server imports it.

__all__ = ["started", "stopped", "servers"]

servers = {}  # port -> (native Server, client_connected_cb, limit)


def started(server, callback, limit):
    for sock in server.sockets:
        servers[sock.getsockname()[1]] = (server, callback, limit)


def stopped(server):
    for port, entry in list(servers.items()):
        if entry[0] is server:
            del servers[port]
            mirror = _mirrors.pop(port, None)
            if mirror is not None:
                mirror.close()


_mirrors = {}  # port -> the mirror's listening socket
