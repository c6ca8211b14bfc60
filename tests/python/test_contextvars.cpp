// contextvars in the engine: the current Context is one native pointer that tasks and callbacks
// swap (port/contextvars.c), rooted for the collector, reset per run, and swapped with the GIL.
#include <doctest/doctest.h>

#include "support.hpp"

using loopscope::python::EngineOptions;

namespace {
EngineOptions vtime() {
    EngineOptions o;
    o.virtual_time = true;
    return o;
}
}  // namespace

TEST_CASE("a task's context and a callback's context survive collections (held only by C++)") {
    // Each task's context is reachable only through its PyTask (a PyRef) while the task waits, and
    // the call_later callback's context only through the loop's callback: collections between the
    // steps must keep them, and garbage in between gets reused memory if they were not rooted.
    auto c = run_py(R"(
import asyncio, contextvars, gc
var = contextvars.ContextVar("var")

async def worker(i):
    var.set("value-%d" % i)
    for round in range(3):
        junk = [str(k) * 3 for k in range(200)]
        gc.collect()
        await asyncio.sleep(0.01)
    return var.get()

def later():
    print("callback sees", var.get("none"))

async def main():
    var.set("main")
    asyncio.get_running_loop().call_later(0.02, later)
    var.set("main-after")
    results = await asyncio.gather(*(worker(i) for i in range(20)))
    gc.collect()
    print(results == ["value-%d" % i for i in range(20)], var.get())

asyncio.run(main())
)",
                    vtime());
    CHECK(c.result.ok);
    CHECK(c.err == "");
    CHECK(c.out == "callback sees main\nTrue main-after\n");
}

TEST_CASE("each run starts without a context (the previous run's is forgotten)") {
    const char* script = R"(
import contextvars
var = contextvars.ContextVar("var", default="default")
print(var.get(), len(contextvars.copy_context()))
var.set("set")
print(var.get(), len(contextvars.copy_context()))
)";
    auto first = run_py(script);
    auto second = run_py(script);
    CHECK(first.out == "default 0\nset 1\n");
    CHECK(second.out == first.out);
}

TEST_CASE("the current context is per thread (swapped with the GIL)") {
    // The worker and the main thread each set their own value and check it while the other runs:
    // the GIL changes hands every few branches, so a shared pointer would show the other's value.
    auto c = run_py(R"(
import contextvars, threading
var = contextvars.ContextVar("var", default="unset")
wrong = []

def check(mine, n):
    var.set(mine)
    for i in range(n):
        if var.get() != mine:
            wrong.append(mine)
            break

t = threading.Thread(target=check, args=("thread", 20000))
t.start()
check("main", 20000)
t.join()
print("wrong:", wrong, "main still sees", var.get())
)");
    CHECK(c.result.ok);
    CHECK(c.out == "wrong: [] main still sees main\n");
}

TEST_CASE("context= that is not a Context is a clear TypeError") {
    auto c = run_py(R"(
import asyncio, contextvars
async def main():
    loop = asyncio.get_running_loop()
    for call in (lambda: loop.call_soon(print, context=1),
                 lambda: loop.call_later(1, print, context="x"),
                 lambda: asyncio.create_task(asyncio.sleep(0), context=[])):
        try:
            call()
        except TypeError as e:
            print(e)
    try:
        loop.call_soon(print, contextt=None)
    except TypeError as e:
        print(e)
asyncio.run(main())
)",
                    vtime());
    CHECK(c.result.ok);
    CHECK(c.out ==
          "an instance of Context was expected, got int\n"
          "an instance of Context was expected, got str\n"
          "an instance of Context was expected, got list\n"
          "call_soon() got an unexpected keyword argument 'contextt'\n");
}
