// asyncio streams in Python scripts (runtime/python/asyncio/streams.*).
// Each script's expected output is what CPython 3.11.7 prints for it: under virtual time
// (../shared/conformance/vtime.py, real TCP on 127.0.0.1 — none of these scripts prints anything
// that depends on latency) it must equal ours over the run's loopback network; natively in real
// time ours uses real TCP and must print the same. The load tester uses asyncio.Semaphore when the
// module has it, else a small FIFO semaphore written in the script.
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "loopscope/python/script_run.hpp"
#include "support.hpp"

using loopscope::python::Engine;
using loopscope::python::EngineOptions;

namespace {

EngineOptions virtual_time() {
    EngineOptions o;
    o.virtual_time = true;
    return o;
}

// Runs `script` under virtual time (loopback network) and, natively, in real time (TCP).
void check_script(const std::string& script, const std::string& expected) {
    Captured vt = run_py(script, virtual_time());
    CHECK(vt.err == "");
    CHECK(vt.out == expected);
#if defined(__linux__) && !defined(__EMSCRIPTEN__)
    Captured rt = run_py(script);
    CHECK(rt.err == "");
    CHECK(rt.out == expected);
#endif
}

const char* const script_0 = R"PY(import asyncio


async def handle(reader, writer):
    addr = writer.get_extra_info('peername')
    print("server: connection, peer host", addr[0])
    while True:
        line = await reader.readline()
        if not line:
            break
        print("server got", line)
        writer.write(b"echo: " + line)
        await writer.drain()
    print("server: client closed")
    writer.close()
    await writer.wait_closed()


async def client(port, name, lines):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for text in lines:
        writer.write(f"{name} {text}\n".encode())
        await writer.drain()
        answer = await reader.readline()
        print(name, "received", answer.decode().rstrip())
    writer.close()
    await writer.wait_closed()
    print(name, "closed", writer.is_closing())


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("serving on", server.sockets[0].getsockname()[0], type(port).__name__)
    async with server:
        await asyncio.gather(client(port, "a", ["one", "two"]), client(port, "b", ["three"]))
        await asyncio.sleep(0.1)
    print("server closed, serving:", server.is_serving())


asyncio.run(main())
)PY";
const char* const expected_0 = R"OUT(serving on 127.0.0.1 int
server: connection, peer host 127.0.0.1
server: connection, peer host 127.0.0.1
server got b'a one\n'
server got b'b three\n'
a received echo: a one
b received echo: b three
b closed True
server got b'a two\n'
server: client closed
a received echo: a two
a closed True
server: client closed
server closed, serving: False
)OUT";

const char* const script_1 = R"PY(import asyncio

handled = 0


class MiniSemaphore:
    """FIFO semaphore on futures, for builds without asyncio.Semaphore yet."""

    def __init__(self, value):
        self.value = value
        self.waiters = []

    async def __aenter__(self):
        if self.value > 0 and not self.waiters:
            self.value -= 1
            return
        fut = asyncio.get_running_loop().create_future()
        self.waiters.append(fut)
        await fut

    async def __aexit__(self, *exc):
        if self.waiters:
            self.waiters.pop(0).set_result(None)
        else:
            self.value += 1


Semaphore = getattr(asyncio, "Semaphore", MiniSemaphore)


async def handle(reader, writer):
    global handled
    line = await reader.readline()
    await asyncio.sleep(0.1)
    handled += 1
    if handled % 4 == 0:
        writer.write(b"503 busy\n")
    else:
        writer.write(b"200 ok\n")
    await writer.drain()
    writer.close()


async def request(sem, port, i):
    async with sem:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"GET /{i}\n".encode())
        await writer.drain()
        status = (await reader.readline()).decode().strip()
        writer.close()
        await writer.wait_closed()
        print(f"request {i}: {status}")
        return status


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    sem = Semaphore(3)
    loop = asyncio.get_running_loop()
    start = loop.time()
    statuses = await asyncio.gather(*(request(sem, port, i) for i in range(8)))
    elapsed = loop.time() - start
    print("ok:", statuses.count("200 ok"), "busy:", statuses.count("503 busy"))
    print("batches of 3:", round(elapsed, 1))
    server.close()
    await server.wait_closed()


asyncio.run(main())
)PY";
const char* const expected_1 = R"OUT(request 0: 200 ok
request 1: 200 ok
request 2: 200 ok
request 3: 503 busy
request 4: 200 ok
request 5: 200 ok
request 6: 200 ok
request 7: 503 busy
ok: 6 busy: 2
batches of 3: 0.3
)OUT";

const char* const script_2 = R"PY(import asyncio


async def send_and_close(reader, writer):
    writer.write(b"abcdefgh--tail")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(send_and_close, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=4)
    try:
        await reader.readuntil(b"--")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, "| consumed", e.consumed, isinstance(e, Exception))
    print("readexactly:", await reader.readexactly(10))
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, "| partial", e.partial, "expected", e.expected,
              isinstance(e, EOFError))
    print("at_eof:", reader.at_eof(), "| read at EOF:", await reader.read(), await reader.readline())
    writer.close()
    await writer.wait_closed()

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await reader.readuntil(b"!")
    except asyncio.IncompleteReadError as e:
        print("readuntil at EOF:", e, "| partial", e.partial, "expected", e.expected)
    writer.close()

    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=5)
    try:
        await reader.readline()
    except ValueError as e:
        print("readline over the limit: ValueError:", e)
    print("then:", await reader.read(3), await reader.read())
    writer.close()

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("read(3):", await reader.read(3), "read(-1):", await reader.read(-1))
    try:
        writer.write("text")
    except TypeError as e:
        print("TypeError:", e)
    writer.close()

    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("refused:", type(e).__name__, isinstance(e, ConnectionError), isinstance(e, OSError))
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except OSError as e:
        print("refused again, as OSError:", type(e).__name__)
    print(issubclass(ConnectionResetError, ConnectionError), issubclass(BrokenPipeError, OSError))


asyncio.run(main())
)PY";
const char* const expected_2 =
    R"OUT(LimitOverrunError: Separator is found, but chunk is longer than limit | consumed 8 True
readexactly: b'abcdefgh--'
IncompleteReadError: 4 bytes read on a total of 10 expected bytes | partial b'tail' expected 10 True
at_eof: True | read at EOF: b'' b''
readuntil at EOF: 14 bytes read on a total of undefined expected bytes | partial b'abcdefgh--tail' expected None
readline over the limit: ValueError: Separator is not found, and chunk exceed the limit
then: b'' b''
read(3): b'abc' read(-1): b'defgh--tail'
TypeError: data argument must be a bytes-like object, not 'str'
refused: ConnectionRefusedError True True
refused again, as OSError: ConnectionRefusedError
True True
)OUT";

const char* const script_3 = R"PY(import asyncio


async def handle(reader, writer):
    name = asyncio.current_task().get_name()
    print("handler task:", name)
    data = await reader.readline()
    print("handler got", data)
    writer.write(b"bye\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


def plain_callback(reader, writer):
    print("plain callback, closing at once")
    writer.close()


async def main():
    print("main task:", asyncio.current_task().get_name())
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r1, w1 = await asyncio.open_connection("127.0.0.1", port)
    r2, w2 = await asyncio.open_connection("127.0.0.1", port)
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()
    print("closed; sockets:", server.sockets, "serving:", server.is_serving())
    w1.write(b"still connected 1\n")
    w2.write(b"still connected 2\n")
    print("client 1 got", await r1.readline(), "then", await r1.read())
    print("client 2 got", await r2.readline(), "then", await r2.read())
    for w in (w1, w2):
        w.close()
        await w.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError:
        print("new connection refused")

    plain = await asyncio.start_server(plain_callback, "127.0.0.1", 0)
    port = plain.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("read from a closed peer:", await reader.read(100))
    writer.close()
    plain.close()

    forever = await asyncio.start_server(handle, "127.0.0.1", 0)
    task = asyncio.create_task(forever.serve_forever())
    await asyncio.sleep(0.01)
    print("serving:", forever.is_serving())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("serve_forever cancelled; serving:", forever.is_serving())


asyncio.run(main())
)PY";
const char* const expected_3 = R"OUT(main task: Task-1
handler task: Task-4
handler task: Task-6
closed; sockets: () serving: False
handler got b'still connected 1\n'
handler got b'still connected 2\n'
client 1 got b'bye\n' then b''
client 2 got b'bye\n' then b''
new connection refused
plain callback, closing at once
read from a closed peer: b''
serving: True
serve_forever cancelled; serving: False
)OUT";

const char* const script_4 = R"PY(import asyncio
import gc

total = 0


async def handle(reader, writer):
    global total
    data = await reader.readexactly(4)
    total += int(data)
    writer.write(b"<" + data + b">")
    await writer.drain()
    writer.close()


async def one(port, i):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"%04d" % i)
    answer = await reader.read()
    writer.close()
    await writer.wait_closed()
    return answer


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    answers = []
    for round in range(5):
        answers += await asyncio.gather(*(one(port, round * 20 + i) for i in range(20)))
        gc.collect()
    print(len(answers), answers[:3], answers[-1], "total", total)
    server.close()
    await server.wait_closed()


asyncio.run(main())
)PY";
const char* const expected_4 = R"OUT(100 [b'<0000>', b'<0001>', b'<0002>'] b'<0099>' total 4950
)OUT";

const char* const script_5 = R"PY(import asyncio


async def handle(reader, writer):
    writer.close()


async def main():
    for make in (lambda: asyncio.open_connection("127.0.0.1", 70000),
                 lambda: asyncio.open_connection("127.0.0.1", 1, limit=0),
                 lambda: asyncio.open_connection(12, 80)):
        try:
            await make()
        except (ValueError, TypeError, OverflowError) as e:
            print(type(e).__name__ in ("ValueError", "TypeError", "OverflowError"))
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    reader, writer = await asyncio.open_connection("127.0.0.1", server.sockets[0].getsockname()[1])
    try:
        await reader.readexactly(-1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        await reader.readuntil(b"")
    except ValueError as e:
        print("ValueError:", e)
    writer.close()
    server.close()
    try:
        await asyncio.start_server(handle, "127.0.0.1", server.sockets and 0 or 1)
        print("a second server on a free port")
    except OSError as e:
        print("OSError", e)


asyncio.run(main())
)PY";
const char* const expected_5 = R"OUT(True
True
True
ValueError: readexactly size can not be less than zero
ValueError: Separator should be at least one-byte string
a second server on a free port
)OUT";

}  // namespace

TEST_CASE("streams: echo server: two clients, async with server") { check_script(script_0, expected_0); }

TEST_CASE("streams: load tester: 8 requests through a semaphore of 3, every 4th busy") {
    check_script(script_1, expected_1);
}

TEST_CASE("streams: EOF, IncompleteReadError, readuntil, limit errors, connection refused") {
    check_script(script_2, expected_2);
}

TEST_CASE("streams: server close while clients are connected; task names; plain callback; serve_forever") {
    check_script(script_3, expected_3);
}

TEST_CASE("streams: 100 connections with collections in between (wrappers finalised while streams live)") {
    check_script(script_4, expected_4);
}

TEST_CASE("streams: bad input: port range, limit, host type, readexactly(-1), empty separator") {
    check_script(script_5, expected_5);
}

TEST_CASE("streams: a hosted run (the playground's mode) prints the same as a blocking run") {
    std::string out;
    EngineOptions options = virtual_time();
    options.on_stdout = [&out](std::string_view s) { out += s; };
    Engine engine(std::move(options));
    auto run = engine.start(script_1, "script.py");
    int slices = 0;
    while (!run->pump(0.008).finished) REQUIRE(++slices < 1000000);
    CHECK(run->result().ok);
    CHECK(out == expected_1);
}

TEST_CASE("streams: the run's loopback network delivers at once, as CPython's loopback TCP") {
    Captured c = run_py(R"PY(
import asyncio

async def handle(reader, writer):
    writer.write(await reader.readline())
    writer.close()

async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 8888)
    reader, writer = await asyncio.open_connection("localhost", 8888)
    t0 = loop.time()
    writer.write(b"ping\n")
    print(await reader.readline(), f"{loop.time() - t0:.3f}")
    print(await reader.read(), f"{loop.time() - t0:.3f}")
    print(writer.get_extra_info("peername"), writer.get_extra_info("sockname")[0], writer.get_extra_info("x", 7))
    writer.close()
    server.close()

asyncio.run(main())
)PY",
                        virtual_time());
    CHECK(c.err == "");
    CHECK(c.out == "b'ping\\n' 0.000\nb'' 0.000\n('127.0.0.1', 8888) 127.0.0.1 7\n");
}

TEST_CASE("streams: an exception in a plain client callback goes to the loop's exception handler") {
    Captured c = run_py(R"PY(
import asyncio

def broken(reader, writer):
    raise KeyError("boom")

async def main():
    server = await asyncio.start_server(broken, "127.0.0.1", 0)
    reader, writer = await asyncio.open_connection("127.0.0.1", server.sockets[0].getsockname()[1])
    await asyncio.sleep(0.1)
    print("still running")
    server.close()

asyncio.run(main())
)PY",
                        virtual_time());
    CHECK(c.out == "still running\n");
    CHECK(c.err.find("Exception in callback broken") != std::string::npos);
    CHECK(c.err.find("KeyError") != std::string::npos);
}
