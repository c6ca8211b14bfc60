// Loop methods from Python: call_soon / call_later / call_at and their handles, run_until_complete,
// new_event_loop / set_event_loop / get_event_loop, run_forever / stop / close, exception handlers.
#include <doctest/doctest.h>

#include "support.hpp"

using loopscope::python::EngineOptions;

namespace {
EngineOptions vtime() {
    EngineOptions o;
    o.virtual_time = true;
    return o;
}

Captured run_ok(const std::string& source) {
    Captured c = run_py(source, vtime());
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.result.ok);
    return c;
}
}  // namespace

TEST_CASE("call_soon runs callbacks FIFO with their arguments; a cancelled handle never runs") {
    auto c = run_ok(
        "import asyncio\n"
        "async def main():\n"
        "    loop = asyncio.get_running_loop()\n"
        "    loop.call_soon(print, 'a', 1)\n"
        "    h = loop.call_soon(print, 'never')\n"
        "    loop.call_soon(print, 'b', 2)\n"
        "    h.cancel()\n"
        "    print('cancelled', h.cancelled(), isinstance(h, asyncio.Handle))\n"
        "    await asyncio.sleep(0)\n"
        "    print('main')\n"
        "asyncio.run(main())\n");
    CHECK(c.out == "cancelled True True\na 1\nb 2\nmain\n");
}

TEST_CASE("call_later / call_at fire by deadline, ties in scheduling order; TimerHandle.when()") {
    auto c = run_ok(
        "import asyncio\n"
        "async def main():\n"
        "    loop = asyncio.get_running_loop()\n"
        "    t0 = loop.time()\n"
        "    def cb(tag):\n"
        "        print(f'{loop.time() - t0:.2f}', tag)\n"
        "    h = loop.call_later(0.5, cb, 'later 0.5')\n"
        "    loop.call_at(t0 + 0.2, cb, 'at 0.2')\n"
        "    loop.call_later(0.2, cb, 'later 0.2')\n"
        "    x = loop.call_later(0.3, cb, 'cancelled')\n"
        "    x.cancel()\n"
        "    print(f'when {h.when() - t0:.2f}', isinstance(h, asyncio.TimerHandle))\n"
        "    await asyncio.sleep(1)\n"
        "    print('end', x.cancelled(), h.cancelled())\n"
        "asyncio.run(main())\n");
    CHECK(c.out == "when 0.50 True\n0.20 at 0.2\n0.20 later 0.2\n0.50 later 0.5\nend True False\n");
}

TEST_CASE("a handle dropped by the script still runs its callback (collections in between)") {
    auto c = run_ok(
        "import asyncio, gc\n"
        "async def main():\n"
        "    loop = asyncio.get_running_loop()\n"
        "    for i in range(50):\n"
        "        loop.call_later(0.1, print, i) if i == 49 else loop.call_later(0.1, lambda: None)\n"
        "    gc.collect()\n"
        "    await asyncio.sleep(0)\n"
        "    gc.collect()\n"
        "    await asyncio.sleep(0.2)\n"
        "asyncio.run(main())\n");
    CHECK(c.out == "49\n");
}

TEST_CASE("run_until_complete: coroutine, gather, task, future; re-raises; closed loop") {
    auto c = run_ok(
        "import asyncio\n"
        "async def value(x, d=0.1):\n"
        "    await asyncio.sleep(d)\n"
        "    return x\n"
        "async def boom():\n"
        "    raise KeyError('k')\n"
        "loop = asyncio.new_event_loop()\n"
        "asyncio.set_event_loop(loop)\n"
        "print(asyncio.get_event_loop() is loop)\n"
        "print(loop.run_until_complete(value(1)))\n"
        "print(loop.run_until_complete(asyncio.gather(value(2), value(3))))\n"
        "t = loop.create_task(value('t'))\n"
        "print(loop.run_until_complete(t), loop.run_until_complete(t))\n"
        "f = loop.create_future()\n"
        "loop.call_later(1, f.set_result, 'f')\n"
        "print(loop.run_until_complete(f), f.get_loop() is loop)\n"
        "try:\n"
        "    loop.run_until_complete(boom())\n"
        "except KeyError:\n"
        "    print('re-raised')\n"
        "print(loop.is_running(), loop.is_closed(), f'{loop.time():.1f}')\n"
        "loop.close()\n"
        "print(loop.is_closed())\n"
        "c = value(0)\n"
        "try:\n"
        "    loop.run_until_complete(c)\n"
        "except RuntimeError as e:\n"
        "    print(e)\n");
    CHECK(c.out == "True\n1\n[2, 3]\nt t\nf True\nre-raised\nFalse False 1.3\nTrue\nEvent loop is closed\n");
}

TEST_CASE("run_forever runs until stop(); is_running inside a callback") {
    auto c = run_ok(
        "import asyncio\n"
        "loop = asyncio.new_event_loop()\n"
        "def tick(n):\n"
        "    print('tick', n, loop.is_running())\n"
        "    if n == 3:\n"
        "        loop.stop()\n"
        "    else:\n"
        "        loop.call_later(0.5, tick, n + 1)\n"
        "loop.call_soon(tick, 1)\n"
        "loop.run_forever()\n"
        "print(f'stopped {loop.time():.1f}', loop.is_running())\n"
        "loop.close()\n");
    CHECK(c.out == "tick 1 True\ntick 2 True\ntick 3 True\nstopped 1.0 False\n");
}

TEST_CASE("exception handlers: a failing callback, call_exception_handler, reset to the default") {
    auto c = run_py(
        "import asyncio\n"
        "def handler(loop, ctx):\n"
        "    print('handler:', ctx['message'], repr(ctx.get('exception')), loop is "
        "asyncio.get_running_loop())\n"
        "def bad():\n"
        "    raise ValueError('bad')\n"
        "async def main():\n"
        "    loop = asyncio.get_running_loop()\n"
        "    loop.set_exception_handler(handler)\n"
        "    print(loop.get_exception_handler() is handler)\n"
        "    loop.call_soon(bad)\n"
        "    await asyncio.sleep(0)\n"
        "    loop.call_exception_handler({'message': 'custom', 'exception': OSError('x')})\n"
        "    loop.set_exception_handler(None)\n"
        "    loop.call_exception_handler({'message': 'to the default'})\n"
        "    loop.default_exception_handler({'message': 'direct'})\n"
        "    print('end')\n"
        "asyncio.run(main())\n",
        vtime());
    CHECK(c.result.ok);
    CHECK(c.out ==
          "True\nhandler: Exception in callback bad() at script.py:4 ValueError('bad') True\n"
          "handler: custom OSError('x') True\nend\n");
    CHECK(c.err.find("to the default") != std::string::npos);
    CHECK(c.err.find("direct") != std::string::npos);
}

TEST_CASE("Future.set_exception rejects StopIteration (CPython's TypeError)") {
    auto c = run_ok(
        "import asyncio\n"
        "async def main():\n"
        "    f = asyncio.get_running_loop().create_future()\n"
        "    try:\n"
        "        f.set_exception(StopIteration('no'))\n"
        "    except TypeError as e:\n"
        "        print(e, f.done())\n"
        "asyncio.run(main())\n");
    CHECK(c.out ==
          "StopIteration interacts badly with generators and cannot be raised into a Future False\n");
}
