// ScriptRun: a run driven by a host (the browser, the desktop app) in slices, with the main program
// suspended while the loop runs (include/loopscope/python/script_run.hpp).
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <string>
#include <thread>

#include "support.hpp"

using loopscope::python::Engine;
using loopscope::python::EngineOptions;
using loopscope::python::ScriptRun;

namespace {

struct Hosted {
    std::string out;
    std::string err;
    Engine engine;
    std::unique_ptr<ScriptRun> run;
    explicit Hosted(const std::string& source, EngineOptions options = {}) {
        options.on_stdout = [this](std::string_view s) { out += s; };
        options.on_stderr = [this](std::string_view s) { err += s; };
        engine = Engine(std::move(options));
        run = engine.start(source, "script.py");
    }
    // Pumps until finished as a host would (waiting for real-time timers); returns the slice count.
    int finish(double budget = 0.008) {
        int slices = 0;
        while (!run->pump(budget).finished) {
            ++slices;
            REQUIRE(slices < 1000000);
        }
        return slices;
    }
};

EngineOptions virtual_time() {
    EngineOptions o;
    o.virtual_time = true;
    return o;
}

}  // namespace

TEST_CASE("a hosted run gives the same output as a blocking run") {
    const std::string script = R"(
import asyncio

async def worker(name, delay):
    await asyncio.sleep(delay)
    print(name, "done at", asyncio.get_running_loop().time())
    return name.upper()

async def main():
    results = await asyncio.gather(worker("a", 0.2), worker("b", 0.1))
    print("gathered", results)
    return len(results)

print("before")
n = asyncio.run(main())
print("after", n)
loop = asyncio.new_event_loop()
print("again", loop.run_until_complete(worker("c", 0.5)))
loop.close()
)";
    Captured blocking = run_py(script, virtual_time());
    Hosted hosted(script, virtual_time());
    hosted.finish();
    CHECK(hosted.run->result().ok);
    CHECK(hosted.out == blocking.out);
    CHECK(hosted.out ==
          "before\nb done at 0.1\na done at 0.2\ngathered ['A', 'B']\nafter 2\nc done at 0.7\nagain C\n");
}

TEST_CASE("the script is suspended while the loop runs: output comes slice by slice") {
    Hosted h(R"(
import asyncio
async def main():
    print("start")
    await asyncio.sleep(0.05)
    print("woke")
print("top")
asyncio.run(main())
print("end")
)");
    ScriptRun::Progress p = h.run->pump(0.008);
    CHECK_FALSE(p.finished);
    CHECK(h.out == "top\n");  // the script stopped at asyncio.run; nothing of main() ran yet
    p = h.run->pump(0.008);
    CHECK_FALSE(p.finished);
    CHECK(h.out == "top\nstart\n");
    // Nothing is ready until the timer: the host is told to wait about 50 ms of real time.
    CHECK(p.wait > 0.02);
    CHECK(p.wait <= 0.05);
    std::this_thread::sleep_for(std::chrono::duration<double>(p.wait));
    h.finish();
    CHECK(h.out == "top\nstart\nwoke\nend\n");
    CHECK(h.run->result().ok);
}

TEST_CASE("virtual time never asks the host to wait, and a busy run is cut into slices") {
    Hosted h(R"(
import asyncio
async def spin(i):
    for _ in range(200):
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(*(spin(i) for i in range(200)))
    await asyncio.sleep(3600)
    print("an hour later:", asyncio.get_running_loop().time())
asyncio.run(main())
)",
             virtual_time());
    int slices = 0;
    for (;;) {
        ScriptRun::Progress p = h.run->pump(0.0005);
        if (p.finished) break;
        CHECK(p.wait == 0.0);
        ++slices;
    }
    CHECK(slices > 3);  // 40k switches do not fit in half a millisecond
    CHECK(h.out == "an hour later: 3600.0\n");
}

TEST_CASE("errors through a suspended asyncio.run are tracebacks as in a blocking run") {
    const std::string script = R"(
import asyncio
async def main():
    await asyncio.sleep(0.1)
    raise ValueError("boom")
try:
    asyncio.run(main())
except ValueError as e:
    print("caught", e)
asyncio.run(main())
print("not reached")
)";
    Captured blocking = run_py(script, virtual_time());
    Hosted h(script, virtual_time());
    h.finish();
    const auto& r = h.run->result();
    CHECK_FALSE(r.ok);
    CHECK(r.exit_code == 1);
    CHECK(r.error_type == "ValueError");
    CHECK(h.out == "caught boom\n");
    CHECK(r.traceback == blocking.result.traceback);
    CHECK(r.traceback.find("line 5, in main") != std::string::npos);
}

TEST_CASE("a hosted virtual-time run that can never make progress ends with the blocking run's error") {
    // An Event nobody sets, and sleep(inf): in a blocking run run_forever raises the deadlock
    // error; a host must end the run with the same error, not pump it forever.
    for (const char* wait : {"asyncio.Event().wait()", "asyncio.sleep(float('inf'))"}) {
        CAPTURE(wait);
        const std::string script = std::string(R"(
import asyncio
async def main():
    print("waiting")
    await )") + wait + R"(
asyncio.run(main())
print("not reached")
)";
        Captured blocking = run_py(script, virtual_time());
        REQUIRE_FALSE(blocking.result.ok);
        Hosted h(script, virtual_time());
        h.finish();
        const auto& r = h.run->result();
        CHECK_FALSE(r.ok);
        CHECK(h.out == "waiting\n");
        CHECK(r.error_type == blocking.result.error_type);
        CHECK(r.message == blocking.result.message);
        CHECK(r.message.find("deadlock") != std::string::npos);
    }
}

TEST_CASE("run_forever and stop under a host; loop misuse keeps its CPython errors") {
    Hosted h(R"(
import asyncio
loop = asyncio.new_event_loop()
loop.call_later(0.5, loop.stop)
loop.call_soon(print, "tick")
loop.run_forever()
print("stopped at", loop.time())
fut = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(fut)
except RuntimeError as e:
    print("error:", e)
loop.close()
try:
    loop.run_forever()
except RuntimeError as e:
    print("error:", e)
)",
             virtual_time());
    h.finish();
    CHECK(h.run->result().ok);
    CHECK(h.out ==
          "tick\nstopped at 0.5\nerror: Event loop stopped before Future completed.\nerror: Event loop is "
          "closed\n");
}

TEST_CASE("a loop run reached through a builtin cannot suspend: virtual time runs it in place") {
    const char* script = R"(
import asyncio
async def one():
    await asyncio.sleep(1)
    return 1
class Client:
    def __init__(self):
        self.value = asyncio.run(one())
try:
    print(list(map(asyncio.run, [one()])), Client().value)
except RuntimeError as e:
    print("error:", str(e)[:72])
print(asyncio.run(one()))
)";
    Captured blocking = run_py(script, virtual_time());
    Hosted h(script, virtual_time());
    h.finish();
    CHECK(h.run->result().ok);
    CHECK(h.out == blocking.out);
    CHECK(h.out == "[1] 1\n1\n");

    // On the real-time clock the page cannot wait inside such a call: a clear error, not a hang.
    std::string no_sleep = script;
    no_sleep.replace(no_sleep.find("    await asyncio.sleep(1)\n"), 27, "");
    Hosted real(no_sleep);
    real.finish();
    CHECK(real.run->result().ok);
    CHECK(real.out == "error: asyncio.run() cannot run the event loop from here on the real-time clock\n1\n");
}

TEST_CASE("stopping a suspended run frees everything; the engine runs the next script") {
    std::string out;
    EngineOptions o;
    o.on_stdout = [&out](std::string_view s) { out += s; };
    Engine engine(o);
    {
        auto run = engine.start(R"(
import asyncio
async def forever():
    try:
        while True:
            await asyncio.sleep(10)
    finally:
        print("never printed: a stopped run does not run the script again")
async def main():
    t = asyncio.create_task(forever())
    print("started")
    await asyncio.sleep(3600)
asyncio.run(main())
)",
                                "stop.py");
        for (int i = 0; i < 3; ++i) CHECK_FALSE(run->pump(0.008).finished);
        CHECK(out == "started\n");
        // A second run cannot start while this one exists.
        auto second = engine.start("print('x')", "second.py");
        CHECK(second->finished());
        CHECK(second->result().error_type == "RuntimeError");
    }  // destroyed while suspended: the host pressed Stop
    CHECK(out == "started\n");
    auto r = engine.run("print('next run')", "next.py");
    CHECK(r.ok);
    CHECK(out == "started\nnext run\n");
}

TEST_CASE("a synchronous script finishes in its first pump") {
    Hosted h("print(sum(range(10)))\n");
    ScriptRun::Progress p = h.run->pump(0.008);
    CHECK(p.finished);
    CHECK(h.out == "45\n");
    CHECK(h.run->result().ok);
}

TEST_CASE("syntax errors and exceptions at top level end a hosted run as they end a blocking one") {
    Captured blocking = run_py("x = (1,\n");
    Hosted bad("x = (1,\n");
    CHECK(bad.run->pump(0.008).finished);
    CHECK(bad.run->result().error_type == "SyntaxError");
    CHECK(bad.run->result().line == blocking.result.line);
    CHECK(bad.run->result().traceback == blocking.result.traceback);
    // `bad` still exists, finished: it does not keep the engine busy.
    Hosted raising("import asyncio\nasync def f():\n    return 2\nasyncio.run(f())\n1/0\n");
    raising.finish();
    CHECK(raising.run->result().error_type == "ZeroDivisionError");
    CHECK(raising.run->result().line == 5);
}

TEST_CASE("step() runs one callback at a time and ends with the same output") {
    const std::string script = R"(
import asyncio
async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0.1)
async def main():
    await asyncio.gather(worker("a", 3), worker("b", 2))
print("top")
asyncio.run(main())
print("bottom")
)";
    Captured blocking = run_py(script, virtual_time());
    Hosted h(script, virtual_time());
    int steps = 0;
    std::size_t lines_before = 0;
    for (;;) {
        ScriptRun::Progress p = h.run->step();
        ++steps;
        std::size_t lines = static_cast<std::size_t>(std::count(h.out.begin(), h.out.end(), '\n'));
        // A worker prints one line per step at most (the script's own code: top, bottom).
        CHECK(lines - lines_before <= 1);
        lines_before = lines;
        if (p.finished) break;
        REQUIRE(steps < 1000);
    }
    CHECK(h.out == blocking.out);
    CHECK(steps > 10);  // every task step, timer and wake-up is a step of its own
}

TEST_CASE("a paced virtual-time run keeps the virtual clock behind real time x speed") {
    const std::string script = R"(
import asyncio
async def main():
    for i in range(3):
        await asyncio.sleep(0.05)
        print(f"{asyncio.get_running_loop().time():.2f}")
asyncio.run(main())
)";
    Captured blocking = run_py(script, virtual_time());
    Hosted h(script, virtual_time());
    h.run->set_speed(0.5);  // slow motion: 0.15 virtual seconds take 0.3 s
    auto t0 = std::chrono::steady_clock::now();
    for (;;) {
        ScriptRun::Progress p = h.run->pump(0.008);
        if (p.finished) break;
        CHECK(p.wait <= 0.1 + 1e-9);  // (0.05 virtual ahead) / 0.5
        if (p.wait > 0) std::this_thread::sleep_for(std::chrono::duration<double>(p.wait));
    }
    double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    CHECK(took >= 0.29);
    CHECK(h.out == blocking.out);  // same output as at full speed
}

TEST_CASE("speed 0 pauses a virtual-time run: only step() moves it") {
    Hosted h(R"(
import asyncio
async def main():
    await asyncio.sleep(1)
    print("one second")
asyncio.run(main())
)",
             virtual_time());
    h.run->set_speed(0.0);
    ScriptRun::Progress p{};
    for (int i = 0; i < 5; ++i) p = h.run->pump(0.008);
    CHECK_FALSE(p.finished);
    CHECK(std::isinf(p.wait));  // paused at the timer: nothing to do until step()
    CHECK(h.run->time() == 0.0);
    while (!(p = h.run->step()).finished) {}
    CHECK(h.out == "one second\n");
    CHECK(h.run->time() == 1.0);
}

// ---- Preemption: a step that computes longer than the slice gives the host its thread back ----

namespace {

const char* const kComputingScript = R"(
import asyncio

def count(n):
    total = 0
    for i in range(n):
        total += i
    return total

async def worker(name, n):
    total = 0
    for i in range(n):
        total += i
    print(name, total, asyncio.get_running_loop().time())
    return total

async def ticker():
    for k in range(3):
        print("tick", k, asyncio.get_running_loop().time())
        await asyncio.sleep(0)
    await asyncio.sleep(0.5)
    print("tock", asyncio.get_running_loop().time())

async def main():
    results = await asyncio.gather(worker("a", 400000), ticker(), worker("b", 200000))
    print("gathered", results, count(300000))

print("before", count(300000))
asyncio.run(main())
print("after", count(300000))
)";

// Pumps with `budget` until finished; the longest pump() call and how many pumps left a step
// preempted (ScriptRun::preempted_step non-empty).
struct Pumped {
    double longest = 0;
    int pumps = 0;
    int preempted = 0;
    std::string first_preempted;
};
Pumped pump_all(ScriptRun& run, double budget) {
    Pumped p;
    for (;;) {
        auto t0 = std::chrono::steady_clock::now();
        ScriptRun::Progress progress = run.pump(budget);
        p.longest =
            std::max(p.longest, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
        ++p.pumps;
        if (progress.finished) return p;
        // As a host does: wait for a real-time timer (at most a little, to look at the run again).
        if (progress.wait > 0)
            std::this_thread::sleep_for(std::chrono::duration<double>(std::min(progress.wait, 0.01)));
        std::string what = run.preempted_step();
        if (!what.empty()) {
            if (p.first_preempted.empty()) p.first_preempted = what;
            ++p.preempted;
        }
        REQUIRE(p.pumps < 1000000);
    }
}

}  // namespace

TEST_CASE("a long step is preempted between pumps and gives the blocking run's output") {
    for (bool vt : {true, false}) {
        CAPTURE(vt);
        EngineOptions o;
        o.virtual_time = vt;
        Captured blocking = run_py(kComputingScript, o);
        REQUIRE(blocking.result.ok);
        Hosted hosted(kComputingScript, o);
        Pumped p = pump_all(*hosted.run, 0.001);
        CHECK(hosted.run->result().ok);
        // Tasks, callbacks and timers ran in the same order (and the virtual clock stood still
        // while a step was preempted: the same loop times).
        if (vt) CHECK(hosted.out == blocking.out);
        CHECK(hosted.out.find("gathered [79999800000, None, 19999900000] 44999850000\n") !=
              std::string::npos);
        // Real time: the same lines, the loop times aside.
        auto without_times = [](const std::string& s) {
            std::string kept, word;
            for (char c : s + " ") {
                if (c == ' ' || c == '\n') {
                    if (word.find('.') == std::string::npos) kept += word;
                    kept += c;
                    word.clear();
                } else {
                    word += c;
                }
            }
            return kept;
        };
        CHECK(without_times(hosted.out) == without_times(blocking.out));
        // Each of the main program's three counts and the workers' steps run for many slices.
        CHECK(p.preempted > 10);
        // A pump gives the thread back soon after its budget (a clock read every few thousand
        // branches), however long the step.
        CHECK(p.longest < 0.25);
    }
}

TEST_CASE("a preempted step says what it is: task, coroutine, line and time") {
    Hosted h(R"(
import asyncio

async def worker():
    n = 0
    while n < 3000000:
        n += 1
    print("counted", n)

async def main():
    await asyncio.create_task(worker())

asyncio.run(main())
)",
             virtual_time());
    std::string what;
    for (int i = 0; i < 100000 && what.empty(); ++i) {
        REQUIRE_FALSE(h.run->pump(0.002).finished);
        what = h.run->preempted_step();
    }
    CAPTURE(what);
    CHECK(what.rfind("a step of worker() Task-2 at line 7 after ", 0) == 0);  // the loop body
    CHECK(what.size() > 6);
    CHECK(what.substr(what.size() - 15) == " s of computing");
    h.finish(0.002);
    CHECK(h.out == "counted 3000000\n");

    Hosted m(R"(
x = 0
for i in range(3000000):
    x += i
print(x)
)",
             virtual_time());
    REQUIRE_FALSE(m.run->pump(0.002).finished);
    what = m.run->preempted_step();
    CHECK(what.rfind("the main program at line 3 after ", 0) == 0);
    m.finish(0.002);
    CHECK(m.out == "4499998500000\n");
}

TEST_CASE("stopping a run in a preempted step frees it; the next run is unaffected") {
    std::string out;
    EngineOptions o;
    o.on_stdout = [&out](std::string_view s) { out += s; };
    Engine engine(o);
    {
        auto run = engine.start(R"(
import asyncio
async def spin():
    try:
        while True:
            pass
    finally:
        print("never printed: a stopped run does not run the script again")
async def main():
    print("started")
    await asyncio.gather(spin(), spin())
asyncio.run(main())
)",
                                "spin.py");
        for (int i = 0; i < 5; ++i) CHECK_FALSE(run->pump(0.002).finished);
        CHECK(run->preempted_step().rfind("a step of spin() Task-", 0) == 0);
    }
    CHECK(out == "started\n");
    auto r = engine.run("import asyncio\nasync def f():\n    return 7\nprint(asyncio.run(f()))", "next.py");
    CHECK(r.ok);
    CHECK(out == "started\n7\n");
}

TEST_CASE("the step limit counts a preempted step's whole wall time; step() is never preempted") {
    EngineOptions o = virtual_time();
    o.step_limit = 0.3;
    Hosted h(R"(
import asyncio
async def spin():
    while True:
        pass
asyncio.run(spin())
)",
             o);
    auto t0 = std::chrono::steady_clock::now();
    int pumps = h.finish(0.002);
    double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    CHECK(pumps > 10);
    CHECK(took >= 0.3);
    CHECK(took < 5.0);
    CHECK(h.run->result().error_type == "StepLimitExceeded");

    Hosted s("x = 0\nfor i in range(1000000):\n    x += i\nprint(x)\n", virtual_time());
    CHECK(s.run->step().finished);  // one step, to its end
    CHECK(s.out == "499999500000\n");
}

TEST_CASE("an await chain of coroutines that compute is preempted too (a decorator's `await func()`)") {
    // The documents' CPU-bound example, smaller: each task runs wrapped(), which awaits the
    // decorated coroutine; the count runs two VM invocations deep, linked by YIELD_FROM.
    const std::string script = R"(
import asyncio
import functools

def timed(func):
    @functools.wraps(func)
    async def wrapped(*args):
        print("starting", func.__name__, args)
        try:
            return await func(*args)
        finally:
            print("finished", func.__name__, args)
    return wrapped

@timed
async def cpu_bound_work(n):
    counter = 0
    for i in range(n):
        counter = counter + 1
    return counter

async def inner(n):
    return await cpu_bound_work(n)

@timed
async def main():
    task_one = asyncio.create_task(cpu_bound_work(3000000))
    task_two = asyncio.create_task(inner(2000000))
    print(await task_one, await task_two)

asyncio.run(main())
)";
    Captured blocking = run_py(script, virtual_time());
    REQUIRE(blocking.result.ok);
    Hosted hosted(script, virtual_time());
    std::string what;
    int pumps = 0, preempted = 0;
    while (!hosted.run->pump(0.001).finished) {
        REQUIRE(++pumps < 1000000);
        std::string now = hosted.run->preempted_step();
        if (!now.empty()) {
            ++preempted;
            if (what.empty()) what = now;
        }
    }
    CHECK(hosted.run->result().ok);
    CHECK(hosted.out == blocking.out);
    CHECK(preempted > 10);
    // Named by the task's coroutine, at the innermost frame's line (the counting loop).
    CAPTURE(what);
    CHECK(what.rfind("a step of wrapped() Task-2 at line 18 after ", 0) == 0);  // its `for` loop
}
