// A script is untrusted input (issue 13): no object it passes becomes a runtime pointer unless it
// is the right binding object (TypeError otherwise), and the binding's internal modules are out
// of its reach while the shims built on them keep working.
#include <doctest/doctest.h>

#include <string>

#include "support.hpp"

using loopscope::python::EngineOptions;

namespace {
EngineOptions vtime() {
    EngineOptions o;
    o.virtual_time = true;
    return o;
}
}  // namespace

TEST_CASE("all_tasks(non-loop) is an empty set as in CPython; no value becomes a loop") {
    // CPython 3.11.7 prints exactly this for the same script.
    auto c = run_py(R"py(
import asyncio
async def main():
    for arg in (1, 1.5, "x", 0x4141414141414141, b"AAAAAAAA"):
        print(repr(arg)[:6], asyncio.all_tasks(arg))
    print(len(asyncio.all_tasks(None)), len(asyncio.all_tasks(asyncio.get_running_loop())))
asyncio.run(main())
)py",
                    vtime());
    CHECK(c.result.ok);
    CHECK(c.out ==
          "1 set()\n1.5 set()\n'x' set()\n470211 set()\nb'AAAA set()\n"
          "1 1\n");
}

TEST_CASE("loop arguments of the loop's methods and the internal hooks must be loops (TypeError)") {
    auto c = run_py(R"py(
import asyncio, threading
internal = threading._lsthread  # the shim's own reference to its native layer
def attempt(what, fn, *args):
    try:
        fn(*args)
        print(what, "accepted")
    except TypeError as e:
        print(what, "TypeError", e)
evil = 3.5e-310  # a float whose bits a script chose
attempt("job_queued", internal.job_queued, evil, 0)
attempt("job_done", internal.job_done, evil, 0, 0, 0, 0.0, 0.0)
attempt("on_loop_close", internal.on_loop_close, evil, print)
attempt("on_loop_close(int)", internal.on_loop_close, 0x4141414141c8, print)
loop = asyncio.new_event_loop()
attempt("EventLoop.time(float)", type(loop).time, evil)
attempt("EventLoop.call_soon_threadsafe(float)", type(loop).call_soon_threadsafe, evil, print)
attempt("set_event_loop(int)", asyncio.set_event_loop, 3)
print("time on a real loop", loop.time() >= 0)
loop.close()
)py",
                    vtime());
    CHECK(c.result.ok);
    CHECK(c.err == "");
    const std::string expected =
        "job_queued TypeError loop must be an instance of AbstractEventLoop, not 'float'\n"
        "job_done TypeError loop must be an instance of AbstractEventLoop, not 'float'\n"
        "on_loop_close TypeError loop must be an instance of AbstractEventLoop, not 'float'\n"
        "on_loop_close(int) TypeError loop must be an instance of AbstractEventLoop, not 'int'\n";
    CHECK(c.out.substr(0, expected.size()) == expected);
    // MicroPython checks `self` of a native method called through its class.
    CHECK(c.out.find("EventLoop.time(float) TypeError") != std::string::npos);
    CHECK(c.out.find("EventLoop.call_soon_threadsafe(float) TypeError") != std::string::npos);
    CHECK(c.out.find("set_event_loop(int) TypeError") != std::string::npos);
    CHECK(c.out.find("accepted") == std::string::npos);
    CHECK(c.out.find("time on a real loop True\n") != std::string::npos);
}

TEST_CASE("internal modules cannot be imported by a script; the shims over them still work") {
    auto c = run_py(R"py(
def import_error(statement):
    try:
        exec(statement)
        return "imported"
    except ImportError as e:
        return type(e).__name__ + ": " + str(e)
unknown = import_error("import _ls_no_such_module")
print(unknown)
for name in ("_lsthread", "_lsfetch"):
    for statement in ("import " + name, "from " + name + " import start", "__import__('" + name + "')"):
        got = import_error(statement)
        print(statement, "->", got == unknown.replace("_ls_no_such_module", name))
import sys
print("_lsthread" in sys.modules, "_lsfetch" in sys.modules)
import threading, concurrent.futures, loopscope
results = []
t = threading.Thread(target=lambda: results.append(threading.current_thread().name), name="worker")
t.start()
t.join()
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    print(results, list(pool.map(abs, [-1, -2])), callable(loopscope.fetch))
print(import_error("import _lsthread"))
)py",
                    vtime());
    CHECK(c.result.ok);
    CHECK(c.err == "");
    CHECK(c.out ==
          "ModuleNotFoundError: No module named '_ls_no_such_module'\n"
          "import _lsthread -> True\n"
          "from _lsthread import start -> True\n"
          "__import__('_lsthread') -> True\n"
          "import _lsfetch -> True\n"
          "from _lsfetch import start -> True\n"
          "__import__('_lsfetch') -> True\n"
          "False False\n"
          "['worker'] [1, 2] True\n"
          "ModuleNotFoundError: No module named '_lsthread'\n");
}
