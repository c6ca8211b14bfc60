// Notebook mode (EngineOptions::toplevel_await, runtime/python/README.md "Notebook mode"): a module
// body that awaits runs as the main task of an event loop; off, it is CPython's SyntaxError. The
// scripts of notebook/ compare whole outputs with CPython's; these check the edges: the option's
// reach, the errors CPython keeps, the host's notice, a failing body, blocking and hosted.
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "support.hpp"

using loopscope::python::Engine;
using loopscope::python::EngineOptions;
using loopscope::python::RunResult;

namespace {

EngineOptions notebook() {
    EngineOptions o;
    o.virtual_time = true;
    o.toplevel_await = true;
    return o;
}

// The same run driven as the playground drives it (Engine::start, pumped in slices).
Captured run_hosted(const std::string& source, EngineOptions options) {
    Captured c;
    options.on_stdout = [&c](std::string_view s) { c.out += s; };
    options.on_stderr = [&c](std::string_view s) { c.err += s; };
    Engine engine(std::move(options));
    std::unique_ptr<loopscope::python::ScriptRun> run = engine.start(source, "script.py");
    int slices = 0;
    while (!run->pump(0.008).finished) REQUIRE(++slices < 1000000);
    c.result = run->result();
    return c;
}

const char* const kAwaitingScript = R"(import asyncio

async def main():
    await asyncio.sleep(1)
    return 'main done'

print(await main())
)";

}  // namespace

TEST_CASE("off by default: a module body that awaits is CPython's SyntaxError") {
    CHECK_FALSE(EngineOptions{}.toplevel_await);
    EngineOptions o;
    o.virtual_time = true;
    Captured c = run_py(kAwaitingScript, o);
    CHECK_FALSE(c.result.ok);
    CHECK(c.out.empty());
    CHECK(c.result.error_type == "SyntaxError");
    CHECK(c.result.message == "'await' outside function");
    CHECK(c.result.line == 7);

    Captured f = run_py("async def g():\n    yield 1\nasync for x in g():\n    pass\n", o);
    CHECK(f.result.error_type == "SyntaxError");
    CHECK(f.result.message == "'async for' outside async function");
    CHECK(f.result.line == 3);
    Captured w = run_py("import asyncio\nasync with asyncio.Lock():\n    pass\n", o);
    CHECK(w.result.error_type == "SyntaxError");
    CHECK(w.result.message == "'async with' outside async function");
    Captured comp = run_py("async def g():\n    yield 1\nprint([x async for x in g()])\n", o);
    CHECK(comp.result.error_type == "SyntaxError");
    CHECK(comp.result.message == "asynchronous comprehension outside of an asynchronous function");
}

TEST_CASE("on: the body runs on the loop, blocking and hosted alike") {
    Captured blocking = run_py(kAwaitingScript, notebook());
    CHECK(blocking.result.ok);
    CHECK(blocking.out == "main done\n");
    Captured hosted = run_hosted(kAwaitingScript, notebook());
    CHECK(hosted.result.ok);
    CHECK(hosted.out == "main done\n");
}

TEST_CASE("on: only the module body of the main script may await (CPython's other errors stay)") {
    // A class body, exec() and compile() keep 'await' outside function; yield and return too.
    Captured cls = run_py("import asyncio\nclass A:\n    x = await asyncio.sleep(0)\n", notebook());
    CHECK(cls.result.error_type == "SyntaxError");
    CHECK(cls.result.message == "'await' outside function");
    CHECK(cls.result.line == 3);
    Captured ex = run_py(R"(import asyncio
await asyncio.sleep(0)
for text in ('await asyncio.sleep(0)', 'async with asyncio.Lock():\n    pass'):
    try:
        exec(text)
    except SyntaxError as e:
        print('SyntaxError:', e.args[0])
)",
                         notebook());
    CHECK(ex.result.ok);
    CHECK(ex.out ==
          "SyntaxError: 'await' outside function\nSyntaxError: 'async with' outside async function\n");
    Captured y = run_py("import asyncio\nawait asyncio.sleep(0)\nyield 1\n", notebook());
    CHECK(y.result.error_type == "SyntaxError");
    CHECK(y.result.message == "'yield' outside function");
    Captured r = run_py("import asyncio\nawait asyncio.sleep(0)\nreturn 1\n", notebook());
    CHECK(r.result.error_type == "SyntaxError");
    CHECK(r.result.message == "'return' outside function");
}

TEST_CASE("on_toplevel_await tells the host once, only for a body that awaits") {
    int told = 0;
    EngineOptions o = notebook();
    o.on_toplevel_await = [&told] { ++told; };
    CHECK(run_py(kAwaitingScript, o).result.ok);
    CHECK(told == 1);
    CHECK(run_hosted(kAwaitingScript, o).result.ok);
    CHECK(told == 2);
    // A script that runs its loop itself is an ordinary script, also with the option on.
    Captured plain =
        run_py("import asyncio\nasync def main():\n    return 5\nprint(asyncio.run(main()))\n", o);
    CHECK(plain.out == "5\n");
    CHECK(told == 2);
    EngineOptions off;
    off.on_toplevel_await = [&told] { ++told; };
    run_py(kAwaitingScript, off);
    CHECK(told == 2);
}

TEST_CASE("an exception escaping the body ends the run as CPython's asyncio.run(body) does") {
    // stdout and the traceback's frames: CPython 3.11 (tests/python/notebook/cpython_notebook.py),
    // whose traceback also shows its runner's own frames above the body's.
    const std::string script = R"(import asyncio


async def fail():
    await asyncio.sleep(1)
    raise ValueError('bad value')

print('before')
try:
    await fail()
except ValueError as e:
    print('caught', e)
await asyncio.sleep(1)
print('then raising at', asyncio.get_running_loop().time())
await fail()
print('never printed')
)";
    const std::string out = "before\ncaught bad value\nthen raising at 2.0\n";
    const std::string traceback = R"(Traceback (most recent call last):
  File "script.py", line 15, in <module>
    await fail()
  File "script.py", line 6, in fail
    raise ValueError('bad value')
ValueError: bad value
)";
    for (bool hosted : {false, true}) {
        CAPTURE(hosted);
        Captured c = hosted ? run_hosted(script, notebook()) : run_py(script, notebook());
        CHECK(c.out == out);
        CHECK_FALSE(c.result.ok);
        CHECK(c.result.exit_code == 1);
        CHECK(c.result.error_type == "ValueError");
        CHECK(c.result.line == 6);
        CHECK(c.result.traceback == traceback);
    }
}

TEST_CASE("sys.exit() in the body ends the run with its status") {
    Captured c =
        run_py("import asyncio, sys\nawait asyncio.sleep(1)\nprint('exiting')\nsys.exit(3)\n", notebook());
    CHECK(c.out == "exiting\n");
    CHECK(c.result.exit_code == 3);
    CHECK(c.result.error_type == "SystemExit");
}
