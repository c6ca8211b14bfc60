// The step watchdog (EngineOptions::step_limit, runtime/python/port/watchdog.c): a step that runs
// longer than the limit (wall time, also under virtual time) stops the script with
// StepLimitExceeded at the script line where it was running; the engine runs the next script.
// Limits here are short so that the suite stays fast, but not so short that a loaded machine
// (wall time counts) trips them where it should not: 0.5 s to trip, 1.5 s not to.
#include <doctest/doctest.h>

#include <chrono>
#include <memory>
#include <string>

#include "support.hpp"

using loopscope::python::Engine;
using loopscope::python::EngineOptions;
using loopscope::python::ScriptRun;

namespace {

EngineOptions limited(double seconds, bool virtual_time = false) {
    EngineOptions o;
    o.step_limit = seconds;
    o.virtual_time = virtual_time;
    return o;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

const char* const spinning_task = R"(import asyncio

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.01)

async def spin():
    print("spinning")
    n = 0
    while True:
        n += 1

async def main():
    await asyncio.create_task(ticker())
    await asyncio.create_task(spin())
    print("not reached")

asyncio.run(main())
)";

}  // namespace

TEST_CASE("watchdog: a tight loop in the main program is stopped with the script line") {
    auto start = std::chrono::steady_clock::now();
    auto c = run_py("print('start')\nx = 0\nwhile True:\n    x += 1\n", limited(0.5));
    double took = seconds_since(start);
    CHECK_FALSE(c.result.ok);
    CHECK(c.result.exit_code == 1);
    CHECK(c.out == "start\n");
    CHECK(c.result.error_type == "StepLimitExceeded");
    CHECK(contains(c.result.message, "the main program ran for more than 0.5 s"));
    // Stopped at the loop's jump back, which CPython numbers as the `while` line.
    CHECK(c.result.line == 3);
    CHECK(contains(c.result.traceback, "File \"script.py\", line 3, in <module>"));
    CHECK(took >= 0.5);
    CHECK(took < 5.0);
}

TEST_CASE("watchdog: a tight loop in a task is stopped, in real and in virtual time") {
    for (bool virtual_time : {false, true}) {
        CAPTURE(virtual_time);
        auto start = std::chrono::steady_clock::now();
        auto c = run_py(spinning_task, limited(0.5, virtual_time));
        CHECK(seconds_since(start) < 5.0);
        CHECK_FALSE(c.result.ok);
        CHECK(c.out == "tick 0\ntick 1\ntick 2\nspinning\n");
        CHECK(c.result.error_type == "StepLimitExceeded");
        CHECK(contains(c.result.message, "task 'Task-3' ran for more than 0.5 s"));
        CHECK(contains(c.result.traceback, "line 11, in spin"));  // the `while` line
        CHECK(c.err.empty());  // no loop error reports after the stop: the result says it all
    }
}

TEST_CASE("watchdog: the script cannot swallow it (except Exception, except BaseException, bare except)") {
    auto c = run_py(R"(import asyncio

async def stubborn():
    while True:
        try:
            while True:
                pass
        except Exception:
            print("caught as Exception")
        except BaseException as e:
            print("caught", type(e).__name__)
            while True:
                pass

async def main():
    try:
        await stubborn()
    except:
        print("main caught it")
        while True:
            pass

try:
    asyncio.run(main())
except BaseException:
    pass
print("after run")
)",
                    limited(0.5));
    CHECK_FALSE(c.result.ok);
    CHECK(c.result.error_type == "StepLimitExceeded");
    CHECK_FALSE(contains(c.out, "caught as Exception"));
    CHECK(contains(c.result.message, "task 'Task-1'"));
    // Straight-line code may still run after the stop (here: "main caught it"); any loop raises again.
    CHECK_FALSE(contains(c.out, "after run"));
}

TEST_CASE("watchdog: a callback that spins is stopped") {
    auto c = run_py(R"(import asyncio

def spin():
    while True:
        pass

async def main():
    asyncio.get_running_loop().call_soon(spin)
    await asyncio.sleep(1)

asyncio.run(main())
)",
                    limited(0.5));
    CHECK_FALSE(c.result.ok);
    CHECK(c.result.error_type == "StepLimitExceeded");
    CHECK(contains(c.result.message, "a callback ran for more than 0.5 s"));
}

TEST_CASE("watchdog: short steps of a long run, time.sleep and virtual sleeps are not stopped") {
    auto c = run_py(R"(import asyncio, time

async def work(i):
    for k in range(4):
        t0 = time.monotonic()
        while time.monotonic() - t0 < 0.1:
            pass
        await asyncio.sleep(0)
    return i

async def main():
    print(await asyncio.gather(work(1), work(2)))
    time.sleep(1.8)
    print("slept")
    await asyncio.sleep(0.05)

asyncio.run(main())
)",
                    limited(1.5));
    INFO(c.result.traceback);
    CHECK(c.result.ok);
    CHECK(c.out == "[1, 2]\nslept\n");

    // Under virtual time a long sleep takes no wall time; between two awaits the main program's
    // time is counted from the loop's return, not from the start of the run.
    auto v = run_py(R"(import asyncio, time

async def main():
    await asyncio.sleep(3600)
    return "done"

print(asyncio.run(main()))
print(asyncio.run(main()))
)",
                    limited(1.5, true));
    INFO(v.result.traceback);
    CHECK(v.result.ok);
    CHECK(v.out == "done\ndone\n");
}

TEST_CASE("watchdog: the engine runs the next script normally, also with the limit off") {
    Engine engine(limited(0.5));
    std::string out;
    engine.options().on_stdout = [&out](std::string_view s) { out += s; };
    auto first = engine.run("while True:\n    pass\n", "a.py");
    CHECK(first.error_type == "StepLimitExceeded");
    out.clear();
    auto second = engine.run(
        "import asyncio\nasync def f():\n    return {'b': 1, 'a': 2}\nprint(asyncio.run(f()))\n", "b.py");
    CHECK(second.ok);
    CHECK(out == "{'b': 1, 'a': 2}\n");

    // 0: no watchdog (a 0.8 s loop runs to its end).
    engine.options().step_limit = 0;
    out.clear();
    auto third = engine.run(
        "import time\nt0 = time.monotonic()\nwhile time.monotonic() - t0 < 0.8:\n    pass\nprint('ok')\n",
        "c.py");
    CHECK(third.ok);
    CHECK(out == "ok\n");
}

TEST_CASE("watchdog: a hosted run is stopped the same way, and the next one runs") {
    EngineOptions options = limited(0.5);
    std::string out;
    options.on_stdout = [&out](std::string_view s) { out += s; };
    Engine engine(options);
    auto run = engine.start(spinning_task, "script.py");
    auto start = std::chrono::steady_clock::now();
    // Bounded by time, not by a slice count: a pump with nothing due returns at once.
    while (!run->pump(0.008).finished && seconds_since(start) < 10.0) {}
    CHECK(run->finished());
    CHECK(seconds_since(start) < 5.0);
    CHECK(out == "tick 0\ntick 1\ntick 2\nspinning\n");
    CHECK(run->result().error_type == "StepLimitExceeded");
    CHECK(contains(run->result().message, "task 'Task-3'"));
    run.reset();

    out.clear();
    run = engine.start(
        "import asyncio\nasync def f():\n    await asyncio.sleep(0.01)\n    "
        "print('fine')\nasyncio.run(f())\n",
        "next.py");
    while (!run->pump(0.008).finished) {}
    CHECK(run->result().ok);
    CHECK(out == "fine\n");
}

// A task that only fills the heap (every branch allocates a megabyte) spends its time in the
// collector, not in bytecode: the watchdog still sees it (it looks right after each collection)
// and the script ends with a clear error at its line, either the step limit or MemoryError.
TEST_CASE("watchdog: a memory bomb ends with a clear error, not a collector that runs for minutes") {
    auto c = run_py(R"(import asyncio

async def main():
    hoard = []
    while True:
        hoard.append(bytearray(1000000))

asyncio.run(main())
)",
                    limited(1.0));
    CHECK_FALSE(c.result.ok);
    CHECK((c.result.error_type == "StepLimitExceeded" || c.result.error_type == "MemoryError"));
    // The append's MemoryError, or the watchdog at the loop's jump back (the `while` line)
    CHECK(c.result.line == (c.result.error_type == "MemoryError" ? 6 : 5));
}
