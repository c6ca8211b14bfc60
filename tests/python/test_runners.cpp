// asyncio.Runner (expected output: CPython 3.11.7 under the virtual clock).
#include <doctest/doctest.h>

#include "support.hpp"

namespace {
loopscope::python::EngineOptions vtime() {
    loopscope::python::EngineOptions o;
    o.virtual_time = true;
    return o;
}
}  // namespace

TEST_CASE("Runner: lazy loop, close before use, run in a running loop, non-coroutine, get_loop after close") {
    auto c = run_py(
        R"~(# Runner: lazy loop, close before use, run in a running loop, non-coroutine, get_loop after close
import asyncio

async def where():
    return f"{asyncio.get_running_loop().time():.1f}"

r = asyncio.Runner()
r.close()
print("close before use keeps it usable:", r.run(where()))
loop = r.get_loop()
print("same loop:", r.get_loop() is loop, asyncio.get_event_loop() is loop)
try:
    r.run(42)
except ValueError as e:
    print("ValueError:", e)
async def nested():
    c = where()
    try:
        r.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
        c.close()
r.run(nested())
r.close()
r.close()
print("closed:", loop.is_closed())
try:
    r.get_loop()
except RuntimeError as e:
    print("get_loop after close:", e)
with asyncio.Runner() as r2:
    async def leftover():
        await asyncio.sleep(10)
    async def spawn():
        asyncio.create_task(leftover())
        await asyncio.sleep(0)
        return len(asyncio.all_tasks())
    print("tasks while running:", r2.run(spawn()))
print("after with: closed", r2.get_loop.__name__ if False else "yes")
print(asyncio.run(where()))
)~",
        vtime());
    CHECK(c.result.ok);
    CHECK(c.out == R"~(close before use keeps it usable: 0.0
same loop: True True
ValueError: a coroutine was expected, got 42
RuntimeError: Runner.run() cannot be called from a running event loop
closed: True
get_loop after close: Runner is closed
tasks while running: 2
after with: closed yes
0.0
)~");
}
