// Engine: runs Python scripts on the embedded MicroPython whose `asyncio` module is the aio runtime.
//
//   loopscope::python::Engine engine({.heap_cap = 64 << 20, .on_stdout = [](std::string_view s) {...}});
//   RunResult r = engine.run("print('hi')", "hello.py");
//
// Every run() gets a fresh interpreter state (nothing survives from one run to the next) whose heap
// grows on demand up to heap_cap; past it the script gets MemoryError, never a crash. Only one run
// can be in progress at a time in a process (MicroPython's state is global); run() is not reentrant.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "run_result.hpp"
#include "script_run.hpp"

#ifndef LOOPSCOPE_WASM_C_STACK_LIMIT
#define LOOPSCOPE_WASM_C_STACK_LIMIT (64 * 1024)  // measured: 128 KiB overflows V8's stack under node 20
#endif

namespace aio {
class TraceSink;
class Poller;
}  // namespace aio

namespace loopscope::python {

struct EngineOptions {
    // The Python heap: first area, and the most all areas together may reach (then MemoryError).
    std::size_t initial_heap = 256 * 1024;
    std::size_t heap_cap = 256 * 1024 * 1024;
    // Python frames (recursion depth): measured in machine words so that the depth is the same
    // natively and in wasm (about 2000 frames of a small function with the default).
    std::size_t pystack_words = 32 * 1024;
    // C stack the interpreter may use below run()'s frame (native code recursing, e.g. repr of a
    // deeply nested list); past it: RecursionError. In wasm the engine's own call stack (V8's,
    // separate from the C stack in linear memory) runs out first, so the limit there is smaller.
#ifdef __EMSCRIPTEN__
    std::size_t c_stack_limit = LOOPSCOPE_WASM_C_STACK_LIMIT;
#else
    std::size_t c_stack_limit = 1024 * 1024;
#endif
    // Collect when this much was allocated since the last collection (or half the heap, if more).
    std::size_t gc_min_interval = 1024 * 1024;
    // The step watchdog: a script whose single step (one task step or callback, or the main program
    // between two runs of the loop) runs longer than this many wall-clock seconds - also under
    // virtual time - is stopped with StepLimitExceeded (port/watchdog.c). 0 or infinity: no limit.
    double step_limit = 5.0;
    // asyncio loops use the virtual clock (shared by every loop of the run), as `--virtual-time`.
    bool virtual_time = false;
    // Which Python's asyncio `import asyncio` gives, as major * 100 + minor: 311 (CPython 3.11, the
    // default) or 307 (CPython 3.7: @asyncio.coroutine, wait() of coroutines, loop= arguments;
    // runtime/python/README.md "asyncio of Python 3.7").
    int asyncio_version = 311;
    // The `random` module's initial seed (random.seed(seed)). Unset: seeded from the OS, as CPython,
    // except under virtual_time, where an unseeded run uses seed 0 so that it is reproducible.
    std::optional<std::uint64_t> seed;
    // Attached to every event loop the script creates (not owned). What the script prints also
    // goes there, one `output` event per line (a last line without newline at the end of the run;
    // then the traceback of an uncaught exception, as stderr lines).
    aio::TraceSink* trace = nullptr;
    // How the script's loops wait and are woken from other threads (null: the platform's default).
    // A host that drives the run (aio::BrowserHost) passes its own, so that a worker's wake-up
    // reaches it.
    std::function<std::unique_ptr<aio::Poller>()> make_poller;
    // Output of the script (print) and of the engine (tracebacks of errors reported by the loop).
    // Unset: the process's stdout / stderr.
    std::function<void(std::string_view)> on_stdout;
    std::function<void(std::string_view)> on_stderr;
    // Threads (README "Threads"): when the main program ends, non-daemon threads are joined as
    // CPython does, for at most this many seconds; threads still running then are stopped.
    double thread_exit_timeout = 5.0;
    // Notebook mode (README "Notebook mode"): a script whose module body awaits (await, async
    // for/with outside any function) runs as a coroutine, the main task of a new event loop, as
    // asyncio.run runs its main. Off: such a script is CPython's SyntaxError ('await' outside function).
    bool toplevel_await = false;
    // Called as a run starts whose module body awaits (toplevel_await on), before the body runs.
    std::function<void()> on_toplevel_await;
    // The simulated web (README "Simulated web"): changes to its host table for this run, as the
    // JSON text of loopscope.web.configure()'s argument ({"www.example.com": {"latency": 2.5,
    // "fail": "refused"}}), applied when the script first imports the web. Empty: the table as written.
    std::string web_hosts;
    // Called for every request a client sends to a host of the simulated web, from the thread that
    // sends it: the host's name in the table and how it ended ("200", "503", "refused", "timeout",
    // "dns").
    std::function<void(std::string_view host, std::string_view outcome)> on_web_request;
};

class Engine {
public:
    Engine() = default;
    explicit Engine(EngineOptions options) : options_(std::move(options)) {}

    // Compiles and runs `source` as __main__ (`filename` is what tracebacks show). Returns how it
    // ended; the traceback of an uncaught exception is in the result, not written anywhere.
    RunResult run(std::string_view source, std::string_view filename = "<string>");

    // The same run, driven by a host that owns the main loop (see script_run.hpp). Nothing runs
    // until the first pump(). One run at a time: while it exists, run() and start() fail.
    std::unique_ptr<ScriptRun> start(std::string_view source, std::string_view filename = "<string>");

    const EngineOptions& options() const noexcept { return options_; }
    EngineOptions& options() noexcept { return options_; }

private:
    EngineOptions options_;
};

}  // namespace loopscope::python
