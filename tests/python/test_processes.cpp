// Processes (runtime/python/README.md "Processes"): the trace lanes of multiprocessing processes,
// the stderr notice, an engine reused after processes ran, and `_lsprocess` against bad input.
// Script outputs against CPython are in tests/python/processes/.
#include <doctest/doctest.h>

#include <unistd.h>

#include <memory>
#include <string>
#include <vector>

#include "aio/trace.hpp"
#include "support.hpp"

using loopscope::python::Engine;
using loopscope::python::EngineOptions;
using loopscope::python::ScriptRun;

namespace {

struct ProcessLanes final : aio::TraceSink {
    struct Seen {
        aio::TraceKind kind;
        std::uint32_t pid;
        std::uint64_t job;
        double value;
        std::string text;
    };
    std::vector<Seen> events;
    void record(const aio::TraceEvent& e) override {
        const bool executor = e.kind == aio::TraceKind::executor_queued ||
                              e.kind == aio::TraceKind::executor_started ||
                              e.kind == aio::TraceKind::executor_finished;
        if (executor && e.other == (std::uint64_t{1} << 24))
            events.push_back({e.kind, e.arg, e.id, e.value, std::string(e.text)});
    }
};

const char* const two_processes = R"(
import multiprocessing, time
def work(n):
    time.sleep(0.02 * n)
if __name__ == '__main__':
    ps = [multiprocessing.Process(target=work, args=(n,)) for n in (1, 2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print([p.exitcode for p in ps], [p.pid for p in ps])
)";

}  // namespace

TEST_CASE("each process is a lane: queued at start with its name and pid, finished with its run time") {
    for (bool vt : {false, true}) {
        CAPTURE(vt);
        ProcessLanes sink;
        EngineOptions o;
        o.virtual_time = vt;
        o.trace = &sink;
        Captured c = run_py(two_processes, o);
        CHECK(c.out == "[0, 0] [1001, 1002]\n");
        REQUIRE(sink.events.size() == 6);
        CHECK(sink.events[0].kind == aio::TraceKind::executor_queued);
        CHECK(sink.events[0].text == "Process-1");
        CHECK(sink.events[0].pid == 1001);
        CHECK(sink.events[1].text == "Process-2");
        CHECK(sink.events[1].pid == 1002);
        CHECK(sink.events[0].job != sink.events[1].job);
        int finished = 0;
        for (const auto& e : sink.events) {
            if (e.kind != aio::TraceKind::executor_finished) continue;
            ++finished;
            CHECK(e.value >= 0.015 * (e.pid - 1000));  // it slept 0.02 s per n
        }
        CHECK(finished == 2);
    }
}

TEST_CASE("the first process of a run prints one notice on stderr; stdout stays the script's") {
    Captured c = run_py(two_processes);
    CHECK(c.out == "[0, 0] [1001, 1002]\n");
    CHECK(c.err.find("loopscope: processes run as threads of one interpreter") == 0);
    CHECK(c.err.find('\n') == c.err.size() - 1);  // one line, for two processes
    Captured again = run_py("import os\nprint(os.getpid(), os.getppid())\n");
    CHECK(again.out == "1000 999\n");
    CHECK(again.err == "");
}

TEST_CASE("cpu_count() is the machine's processor count, and a Pool's default size") {
    // os is a package shim (os/__init__.py): its functions may import the internal modules too.
    Captured c = run_py(R"(
import os, multiprocessing
with multiprocessing.Pool() as pool:
    print(os.cpu_count(), multiprocessing.cpu_count(), len(pool._pool))
)");
#ifdef __EMSCRIPTEN__
    const std::string n = "1";  // the browser's 4 Web Workers are shared: one process per pool
#else
    const std::string n = std::to_string(sysconf(_SC_NPROCESSORS_ONLN));
#endif
    CHECK(c.out == n + " " + n + " " + n + "\n");
}

TEST_CASE("a process with no thread free for it (the browser's Web Workers) runs inside start()") {
    Captured c = run_py(R"(
import multiprocessing, threading
def refuse(self):
    raise RuntimeError("can't start new thread")
threading.Thread.start = refuse
out = []
def child(tag):
    out.append(tag)
    print("child", tag, multiprocessing.current_process().name, len(out))
p = multiprocessing.Process(target=child, args=("x",))
p.start()
print("parent", p.exitcode, out)
try:
    multiprocessing.Pool(1)
except RuntimeError as e:
    print("Pool:", e)
)");
    CHECK(c.out == "child x Process-1 1\nparent 0 []\nPool: can't start new thread\n");
    CHECK(c.err.find("loopscope: no thread free for Process-1: it runs to its end inside start()\n") !=
          std::string::npos);
}

TEST_CASE("_lsprocess is internal and checks its arguments") {
    Captured c = run_py(R"(
try:
    import _lsprocess
except ImportError as e:
    print("ImportError", e)
import multiprocessing.reduction as r
lsp = r._lsprocess
for args in [(1, 2, {}, print), (print, {}, 3, print), (print, {}, {}, 4)]:
    try:
        lsp.rebind(*args)
    except TypeError as e:
        print("TypeError", e)
print(lsp.rebind(print, {}, {}, print) is print, lsp.rebind(7, {}, {}, print), lsp.globals_of(len))
def f(): pass
print(lsp.globals_of(f) is globals())
)");
    CHECK(c.out ==
          "ImportError No module named '_lsprocess'\n"
          "TypeError rebind() needs two globals dicts\n"
          "TypeError rebind() needs two globals dicts\n"
          "TypeError rebind() needs a copy callable\n"
          "True 7 None\n"
          "True\n");
    CHECK(c.err == "");
}

TEST_CASE("a hosted run: a loop running forever on another thread (unsync's) runs there, not suspended") {
    // The host suspends only the main program's frames; a thread's run_forever at its outermost
    // frame looked the same and aborted the run.
    const char* const script = R"(
import asyncio, threading
def run(loop):
    asyncio.set_event_loop(loop)
    loop.run_forever()
    loop.close()
loop = asyncio.new_event_loop()
t = threading.Thread(target=run, args=(loop,), daemon=True)
t.start()
async def three():
    await asyncio.sleep(0.01)
    return 3
print(asyncio.run_coroutine_threadsafe(three(), loop).result())
loop.call_soon_threadsafe(loop.stop)
t.join()
print(loop.is_closed())
)";
    for (bool vt : {false, true}) {
        CAPTURE(vt);
        std::string out, err;
        EngineOptions o;
        o.virtual_time = vt;
        o.on_stdout = [&out](std::string_view s) { out += s; };
        o.on_stderr = [&err](std::string_view s) { err += s; };
        Engine engine(o);
        std::unique_ptr<ScriptRun> run = engine.start(script, "script.py");
        int slices = 0;
        while (!run->pump(0.004).finished) REQUIRE(++slices < 10000000);
        CHECK(err == "");
        CHECK(out == "3\nTrue\n");
    }
}

TEST_CASE("asyncio's subprocess functions say the sandbox cannot start processes") {
    auto c = run_py(R"py(
import asyncio
async def main():
    print(asyncio.subprocess.PIPE, asyncio.subprocess.STDOUT, asyncio.subprocess.DEVNULL)
    for make in (lambda: asyncio.create_subprocess_exec("echo", "hi", stdout=asyncio.subprocess.PIPE),
                 lambda: asyncio.create_subprocess_shell("ls")):
        try:
            await make()
        except NotImplementedError as e:
            print(type(e).__name__, "cannot start operating-system processes" in str(e))
asyncio.run(main())
)py");
    CHECK(c.result.ok);
    CHECK(c.out == "-1 -2 -3\nNotImplementedError True\nNotImplementedError True\n");
}
