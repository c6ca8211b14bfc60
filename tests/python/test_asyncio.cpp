// The native asyncio module: Python tasks are aio tasks (run, create_task, sleep, gather, time).
#include <doctest/doctest.h>

#include <vector>

#include "aio/trace.hpp"
#include "support.hpp"

using loopscope::python::EngineOptions;

namespace {
EngineOptions vtime() {
    EngineOptions o;
    o.virtual_time = true;
    return o;
}
}  // namespace

TEST_CASE("asyncio.run returns the coroutine's value") {
    auto c = run_py("import asyncio\nasync def main():\n    return 6 * 7\nprint(asyncio.run(main()))\n");
    CHECK(c.result.ok);
    CHECK(c.out == "42\n");
}

TEST_CASE("create_task starts in a later callback; sleep(0) yields one turn (CPython order)") {
    auto c = run_py(
        "import asyncio\n"
        "async def worker(name):\n"
        "    print(name, 'step 1')\n"
        "    await asyncio.sleep(0)\n"
        "    print(name, 'step 2')\n"
        "async def main():\n"
        "    a = asyncio.create_task(worker('a'))\n"
        "    b = asyncio.create_task(worker('b'), name='bee')\n"
        "    print('created', a.get_name().startswith('Task-'), b.get_name(), a.done())\n"
        "    await asyncio.sleep(0)\n"
        "    print('main after one turn')\n"
        "    await a\n"
        "    await b\n"
        "    print('done', a.done(), b.result())\n"
        "asyncio.run(main())\n",
        vtime());
    CHECK(c.result.ok);
    CHECK(c.out ==
          "created True bee False\n"
          "a step 1\nb step 1\nmain after one turn\na step 2\nb step 2\ndone True None\n");
}

TEST_CASE("sleep and loop.time() on the virtual clock, shared by successive runs") {
    auto c = run_py(
        "import asyncio\n"
        "async def main(d):\n"
        "    loop = asyncio.get_running_loop()\n"
        "    t0 = loop.time()\n"
        "    r = await asyncio.sleep(d, 'value')\n"
        "    print(f'{t0:.2f} -> {loop.time():.2f}', r)\n"
        "asyncio.run(main(1.5))\n"
        "asyncio.run(main(0.25))\n",
        vtime());
    CHECK(c.result.ok);
    CHECK(c.out == "0.00 -> 1.50 value\n1.50 -> 1.75 value\n");
}

TEST_CASE("gather collects results in argument order; return_exceptions") {
    auto c = run_py(
        "import asyncio\n"
        "async def job(n, d):\n"
        "    await asyncio.sleep(d)\n"
        "    if n < 0:\n"
        "        raise ValueError(f'bad {n}')\n"
        "    print('finished', n)\n"
        "    return n * 10\n"
        "async def main():\n"
        "    print(await asyncio.gather(job(1, 0.3), job(2, 0.1), job(3, 0.2)))\n"
        "    print(await asyncio.gather(job(4, 0.1), job(-1, 0.05), return_exceptions=True))\n"
        "    try:\n"
        "        await asyncio.gather(job(-2, 0.1), job(5, 0.2))\n"
        "    except ValueError as e:\n"
        "        print('gather raised', repr(e))\n"
        "    print(await asyncio.gather())\n"
        "asyncio.run(main())\n",
        vtime());
    CHECK(c.result.ok);
    CHECK(c.out ==
          "finished 2\nfinished 3\nfinished 1\n[10, 20, 30]\n"
          "finished 4\n[40, ValueError('bad -1')]\n"
          "gather raised ValueError('bad -2')\n[]\n");
    if (!c.result.ok) MESSAGE(c.result.traceback);
}

TEST_CASE("cancellation: CancelledError is thrown into the coroutine, finally runs") {
    auto c = run_py(
        "import asyncio\n"
        "async def sleeper():\n"
        "    try:\n"
        "        await asyncio.sleep(10)\n"
        "    except asyncio.CancelledError:\n"
        "        print('cancelled at', asyncio.get_running_loop().time())\n"
        "        raise\n"
        "async def main():\n"
        "    t = asyncio.create_task(sleeper())\n"
        "    await asyncio.sleep(1)\n"
        "    print('cancel() ->', t.cancel('stop'))\n"
        "    try:\n"
        "        await t\n"
        "    except asyncio.CancelledError as e:\n"
        "        print('main saw CancelledError', t.cancelled())\n"
        "asyncio.run(main())\n",
        vtime());
    CHECK(c.result.ok);
    CHECK(c.out == "cancel() -> True\ncancelled at 1.0\nmain saw CancelledError True\n");
}

TEST_CASE("an exception escaping main is raised by asyncio.run; the traceback goes through the task") {
    auto c = run_py(
        "import asyncio\n"
        "async def inner():\n"
        "    await asyncio.sleep(0.1)\n"
        "    raise RuntimeError('main failed')\n"
        "async def main():\n"
        "    await inner()\n"
        "asyncio.run(main())\n",
        vtime());
    CHECK_FALSE(c.result.ok);
    CHECK(c.result.error_type == "RuntimeError");
    CHECK(c.result.message == "main failed");
    CHECK(c.result.traceback.find("line 4, in inner\n    raise RuntimeError('main failed')\n") !=
          std::string::npos);
}

TEST_CASE("futures: set_result wakes the awaiting task; done callbacks get the future") {
    auto c = run_py(
        "import asyncio\n"
        "async def main():\n"
        "    loop = asyncio.get_running_loop()\n"
        "    fut = loop.create_future()\n"
        "    fut.add_done_callback(lambda f: print('callback', f is fut, f.result()))\n"
        "    async def setter():\n"
        "        await asyncio.sleep(0.5)\n"
        "        fut.set_result('ready')\n"
        "    asyncio.create_task(setter())\n"
        "    print('got', await fut, loop.time())\n"
        "    try:\n"
        "        fut.set_result(1)\n"
        "    except asyncio.InvalidStateError as e:\n"
        "        print('InvalidStateError')\n"
        "    print(isinstance(asyncio.current_task(), asyncio.Future))\n"
        "asyncio.run(main())\n",
        vtime());
    CHECK(c.result.ok);
    CHECK(c.out == "callback True ready\ngot ready 0.5\nInvalidStateError\nTrue\n");
    if (!c.result.ok) MESSAGE(c.result.traceback);
}

TEST_CASE("Python tasks appear in the loop's trace like C++ tasks") {
    struct Recorder : aio::TraceSink {
        std::vector<std::pair<aio::TraceKind, std::string>> events;
        void record(const aio::TraceEvent& e) override { events.emplace_back(e.kind, std::string(e.text)); }
    } rec;
    EngineOptions o = vtime();
    o.trace = &rec;
    auto c = run_py(
        "import asyncio\n"
        "async def child():\n    await asyncio.sleep(1)\n"
        "async def main():\n    await asyncio.create_task(child(), name='kid')\n"
        "asyncio.run(main())\n",
        o);
    CHECK(c.result.ok);
    int created = 0, sleeps = 0;
    bool kid = false;
    for (auto& [kind, text] : rec.events) {
        if (kind == aio::TraceKind::task_created) ++created, kid = kid || text == "kid";
        if (kind == aio::TraceKind::task_step_end && text == "sleep") ++sleeps;
    }
    // main, kid, and the two tasks asyncio.run's shutdown runs (shutdown_asyncgens and
    // shutdown_default_executor, as in CPython).
    CHECK(created == 4);
    CHECK(kid);
    CHECK(sleeps == 1);
}

TEST_CASE("a task cancelled before its first step never runs its body (CPython's coro.throw)") {
    auto c = run_py(
        "import asyncio\n"
        "async def body(name):\n"
        "    print(name, 'started')\n"
        "    await asyncio.sleep(1)\n"
        "async def main():\n"
        "    t = asyncio.create_task(body('never'))\n"
        "    print('cancel ->', t.cancel(), t.cancel(), 'cancelling', t.cancelling())\n"
        "    try:\n"
        "        await t\n"
        "    except asyncio.CancelledError:\n"
        "        print('cancelled:', t.cancelled())\n"
        "asyncio.run(main())\n",
        vtime());
    CHECK(c.result.ok);
    CHECK(c.out == "cancel -> True True cancelling 2\ncancelled: True\n");
}

TEST_CASE("every run names its tasks from Task-1") {
    const char* script =
        "import asyncio\n"
        "async def nop():\n"
        "    pass\n"
        "async def main():\n"
        "    t = asyncio.create_task(nop())\n"
        "    print(asyncio.current_task().get_name(), t.get_name())\n"
        "    await t\n"
        "asyncio.run(main())\n";
    auto first = run_py(script, vtime());
    auto second = run_py(script, vtime());
    CHECK(first.out == "Task-1 Task-2\n");
    CHECK(second.out == "Task-1 Task-2\n");
}

TEST_CASE(
    "a coroutine never awaited prints CPython's RuntimeWarning on stderr, once per line (traced runs)") {
    struct NullSink : aio::TraceSink {
        void record(const aio::TraceEvent&) override {}
    } sink;
    EngineOptions o = vtime();
    o.trace = &sink;
    auto c = run_py(
        "import asyncio, gc\n"
        "async def job(i):\n    print('ran', i)\n"
        "async def main():\n"
        "    for i in range(3):\n        job(i)\n"
        "    gc.collect()\n"
        "    print('collected')\n"
        "    await job(9)\n"
        "    asyncio.sleep(1)\n"
        "asyncio.run(main())\n",
        o);
    CHECK(c.result.ok);
    CHECK(c.out == "collected\nran 9\n");
    CHECK(c.err ==
          "script.py:6: RuntimeWarning: coroutine 'job' was never awaited\n"
          "  job(i)\n"
          "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
          "script.py:10: RuntimeWarning: coroutine 'sleep' was never awaited\n"
          "  asyncio.sleep(1)\n"
          "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
}
