// EngineOptions::asyncio_version (asyncio of Python 3.7: asyncio/legacy.*, shim/_asyncio_legacy.py)
// and nested runs (nest_asyncio.apply(): asyncio/runners.cpp, aio::run_nested_until).
// Expected outputs: CPython 3.11.7 where it can run the script; for 3.7 and nest_asyncio, CPython
// 3.7's and nest_asyncio 1.5's documented behaviour (tests/python/legacy/README.md).
#include <doctest/doctest.h>

#include <memory>

#include "loopscope/python/script_run.hpp"
#include "support.hpp"

using loopscope::python::Engine;
using loopscope::python::EngineOptions;
using loopscope::python::ScriptRun;

namespace {

EngineOptions options(int asyncio_version, bool virtual_time = true) {
    EngineOptions o;
    o.virtual_time = virtual_time;
    o.asyncio_version = asyncio_version;
    return o;
}

const char* const kDecorated = R"(import asyncio

@asyncio.coroutine
def slow(x):
    yield from asyncio.sleep(1)
    return x * 2

loop = asyncio.get_event_loop()
print(loop.run_until_complete(slow(21)), loop.time())
)";

// Drives a hosted run to its end, as the playground does.
struct Hosted {
    std::string out;
    std::string err;
    Engine engine;
    std::unique_ptr<ScriptRun> run;
    Hosted(const std::string& source, EngineOptions o) {
        o.on_stdout = [this](std::string_view s) { out += s; };
        o.on_stderr = [this](std::string_view s) { err += s; };
        engine = Engine(std::move(o));
        run = engine.start(source, "script.py");
    }
    void finish() {
        for (int slices = 0; !run->pump(0.008).finished; ++slices) REQUIRE(slices < 100000);
    }
};

}  // namespace

TEST_CASE("asyncio_version 307: @asyncio.coroutine runs; 311 (the default) fails as CPython 3.11") {
    CHECK(EngineOptions{}.asyncio_version == 311);
    auto old = run_py(kDecorated, options(307));
    CHECK(old.result.ok);
    CHECK(old.out == "42 1.0\n");

    auto now = run_py(kDecorated, options(311));
    CHECK_FALSE(now.result.ok);
    CHECK(now.result.error_type == "AttributeError");
    CHECK(now.result.message == "module 'asyncio' has no attribute 'coroutine'");
    CHECK(now.out.empty());
}

TEST_CASE("asyncio_version 307: wait() wraps bare coroutines, loop= is accepted, 3.8+ names are absent") {
    auto c = run_py(R"(import asyncio
async def item(i):
    await asyncio.sleep(i)
    return i
async def main(loop):
    done, pending = await asyncio.wait([item(2), item(1)], timeout=1.5, loop=loop)
    print(sorted(t.result() for t in done), len(pending))
    print(await asyncio.gather(item(0), asyncio.sleep(0.5, 'slept', loop=loop), loop=loop))
    q = asyncio.Queue(maxsize=1, loop=loop)
    print(q.maxsize, isinstance(q, asyncio.Queue), hasattr(asyncio, 'TaskGroup'))
    for t in pending:
        t.cancel()
loop = asyncio.get_event_loop()
loop.run_until_complete(main(loop))
print(hasattr(asyncio, 'exceptions'), asyncio.iscoroutinefunction(item))
)",
                    options(307));
    CHECK(c.result.ok);
    CHECK(c.out == "[1] 1\n[0, 'slept']\n1 True False\nFalse True\n");
}

TEST_CASE("asyncio_version 307 leaves the next run with the default asyncio") {
    Engine engine(options(307));
    std::string out;
    engine.options().on_stdout = [&out](std::string_view s) { out += s; };
    CHECK(engine.run("import asyncio\nprint(hasattr(asyncio, 'coroutine'))\n").ok);
    engine.options().asyncio_version = 311;
    CHECK(engine.run("import asyncio\nprint(hasattr(asyncio, 'coroutine'))\n").ok);
    CHECK(out == "True\nFalse\n");
}

TEST_CASE("asyncio_version 307 in a hosted run (the playground's)") {
    Hosted h(kDecorated, options(307));
    h.finish();
    CHECK(h.run->result().ok);
    CHECK(h.out == "42 1.0\n");
}

const char* const kNested = R"(import asyncio
import nest_asyncio

async def inner(x):
    await asyncio.sleep(0.25)
    return x + 1

async def main():
    loop = asyncio.get_running_loop()
    nest_asyncio.apply()
    print(loop.run_until_complete(inner(1)), asyncio.run(inner(2)), loop.time())

asyncio.run(main())
)";

TEST_CASE("nest_asyncio: a nested run, blocking and hosted; without apply() the RuntimeError stays") {
    auto c = run_py(kNested, options(311));
    CHECK(c.result.ok);
    CHECK(c.out == "2 3 0.5\n");

    Hosted h(kNested, options(311));
    h.finish();
    CHECK(h.run->result().ok);
    CHECK(h.out == "2 3 0.5\n");

    std::string without = kNested;
    without.replace(without.find("    nest_asyncio.apply()\n"), 25, "");
    auto refused = run_py(without, options(311));
    CHECK_FALSE(refused.result.ok);
    CHECK(refused.result.error_type == "RuntimeError");
    CHECK(refused.result.message == "This event loop is already running");
}

TEST_CASE("nest_asyncio: a paced hosted run nests at full speed; real time in the page is refused") {
    Hosted paced(kNested, options(311));
    paced.run->set_speed(0.001);  // 0.5 virtual seconds would take 500 s of pacing
    paced.finish();
    CHECK(paced.out == "2 3 0.5\n");

    Hosted real(kNested, options(311, false));
    real.finish();
    CHECK_FALSE(real.run->result().ok);
    CHECK(real.run->result().message.find("nest_asyncio: a nested run would block the page") == 0);
}

TEST_CASE("nest_asyncio: a nested run that can never finish is the deadlock error, not a hang") {
    auto c = run_py(R"(import asyncio, nest_asyncio
nest_asyncio.apply()
async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(loop.create_future())
    except RuntimeError as e:
        print(str(e).startswith('deadlock'))
asyncio.run(main())
)",
                    options(311));
    CHECK(c.result.ok);
    CHECK(c.out == "True\n");
}

TEST_CASE("nest_asyncio: a nested run waits for a thread when blocking; a hosted run refuses to wait") {
    const char* const script = R"(import asyncio, nest_asyncio, time
nest_asyncio.apply()
async def main():
    loop = asyncio.get_running_loop()
    try:
        print(loop.run_until_complete(asyncio.to_thread(lambda: time.sleep(0.01) or 'from a thread')))
    except RuntimeError as e:
        print(str(e))
asyncio.run(main())
)";
    auto blocking = run_py(script, options(311));
    CHECK(blocking.result.ok);
    CHECK(blocking.out == "from a thread\n");

    Hosted hosted(script, options(311));
    hosted.finish();
    CHECK(hosted.run->result().ok);
    CHECK(hosted.out ==
          "a nested run of the event loop would have to wait for time, I/O or other threads here, where its "
          "host cannot wait\n");
}
