// The interpreter warm-up (include/loopscope/python/warm_up.hpp).
#include "loopscope/python/warm_up.hpp"

#include "loopscope/python/engine.hpp"

namespace loopscope::python {

namespace {

// Exercises what scripts spend their time on: calls, loops over ranges and lists, arithmetic,
// attribute and dict access, exceptions, and task steps. About 2 ms natively, 10-30 ms in wasm:
// enough for V8 to decide the interpreter's functions are hot (its budget counts loop iterations
// in the baseline code), far below a noticeable pause.
constexpr const char* kWarmUpProgram = R"PY(
import asyncio

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def step(p, i):
    return Point(p.x + i, p.y - i)

def loop(n):
    p = Point(0, 0)
    d = {}
    for i in range(n):
        p = step(p, i & 7)
        d[i & 15] = p.x
        try:
            if i % 97 == 0:
                raise ValueError(i)
        except ValueError:
            pass
    return sum(d.values()) + len([x for x in range(16) if x & 1])

async def worker(n):
    for _ in range(n):
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(*(worker(50) for _ in range(4)))

loop(3000)
asyncio.run(main())
)PY";

}  // namespace

RunResult warm_up_interpreter() {
    EngineOptions options;
    options.virtual_time = true;
    options.step_limit = 2.0;
    options.seed = 0;
    options.on_stdout = [](std::string_view) {};
    options.on_stderr = [](std::string_view) {};
    Engine engine(std::move(options));
    return engine.run(kWarmUpProgram, "<warm-up>");
}

}  // namespace loopscope::python
