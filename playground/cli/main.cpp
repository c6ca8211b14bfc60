// loopscope: the command line, runs scripts headless.
//
//   loopscope run [--virtual-time] [--seed N] [--hosted] [--trace FILE.json] [--step-limit SECONDS]
//                 [--toplevel-await] [--asyncio 3.7|3.11] [--warnings] SCRIPT.py
//
// --hosted drives the run as the playground does (Engine::start + pump in slices: the script is
// suspended while the host runs the loop), waiting between slices as a host would; the output
// must be the same as without it.
//
// --trace FILE.json records every scheduling decision of the run and writes it as Chrome/Perfetto
// trace JSON (playground/run_model/perfetto_json.hpp), also when the script fails.
//
// --warnings prints each named pitfall of the run (playground/run_model/pitfalls.hpp: blocking-call,
// slow-step, never-awaited, unretrieved-exception, deadlock, busy-loop, cancel-swallowed, lost-task)
// on stderr as it is found, as `loopscope: warning: <kind>: <message> (line N)`; stdout is unchanged.
// The --trace file carries the pitfalls as instant events either way.
//
// --seed N seeds the `random` module (random.seed(N)). Without it a run is seeded from the OS, as
// CPython does, except with --virtual-time, where it uses seed 0 so that a virtual-time run is
// reproducible by default.
//
// --step-limit SECONDS: the watchdog stops a script whose single step (a task step, a callback, or
// the main program between two runs of the loop) runs longer than that, in wall-clock time also
// under --virtual-time (default 5; 0: no limit).
//
// --toplevel-await: notebook mode. A script whose module body awaits (await, async for/with outside
// any function) runs as a coroutine, the main task of an event loop, as a notebook or
// `python -m asyncio` runs it. Without it such a script is CPython's SyntaxError.
// --asyncio 3.7 runs the script with asyncio as CPython 3.7 had it (@asyncio.coroutine, wait() of
// coroutines, loop= arguments); the default is 3.11 (runtime/python/README.md "asyncio of Python 3.7").
//
// Runs SCRIPT.py on the embedded Python whose asyncio is the aio runtime, prints what it prints;
// an uncaught exception prints a CPython-style traceback on stderr and exits with status 1
// (sys.exit(n): status n).
#include <chrono>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>

#include "loopscope/python_engine.hpp"
#include "perfetto_json.hpp"
#include "pitfalls.hpp"
#include "recorder.hpp"

namespace {

int usage() {
    std::fputs(
        "usage: loopscope run [--virtual-time] [--seed N] [--hosted] [--trace FILE.json] [--step-limit "
        "SECONDS] [--toplevel-await] [--asyncio 3.7|3.11] [--warnings] SCRIPT.py\n",
        stderr);
    return 2;
}

// What the browser and the desktop app do: pump the run in short slices, waiting in between.
loopscope::python::RunResult run_hosted(loopscope::python::Engine& engine, const std::string& source,
                                        const std::string& filename) {
    auto run = engine.start(source, filename);
    for (;;) {
        loopscope::python::ScriptRun::Progress p = run->pump(0.008);
        if (p.finished) break;
        // +inf: only another thread could bring work; poll, as a host woken by it would run then.
        double wait = std::isinf(p.wait) ? 0.001 : std::min(p.wait, 0.05);
        if (wait > 0) std::this_thread::sleep_for(std::chrono::duration<double>(wait));
    }
    return run->result();
}

// Both sinks see every event (--trace and --warnings together).
class TeeSink final : public aio::TraceSink {
public:
    TeeSink(aio::TraceSink& a, aio::TraceSink& b) : a_(a), b_(b) {}
    void record(const aio::TraceEvent& event) override {
        a_.record(event);
        b_.record(event);
    }

private:
    aio::TraceSink& a_;
    aio::TraceSink& b_;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || std::string_view(argv[1]) != "run") return usage();
    loopscope::python::EngineOptions options;
    std::string script;
    bool hosted = false;
    std::string trace_path;
    bool warnings = false;
    for (int i = 2; i < argc; ++i) {
        std::string_view a = argv[i];
        if (a == "--virtual-time") {
            options.virtual_time = true;
        } else if (a == "--seed") {
            if (i + 1 >= argc) return usage();
            char* end = nullptr;
            unsigned long long seed = std::strtoull(argv[++i], &end, 10);
            if (end == argv[i] || *end != '\0' || argv[i][0] == '-') return usage();
            options.seed = seed;
        } else if (a == "--step-limit") {
            if (i + 1 >= argc) return usage();
            char* end = nullptr;
            double limit = std::strtod(argv[++i], &end);
            if (end == argv[i] || *end != '\0' || !(limit >= 0) || std::isinf(limit)) {
                std::fprintf(stderr, "loopscope: --step-limit wants a number of seconds >= 0, got '%s'\n",
                             argv[i]);
                return 2;
            }
            options.step_limit = limit;
        } else if (a == "--asyncio") {
            if (i + 1 >= argc) return usage();
            std::string_view v = argv[++i];
            if (v == "3.7") {
                options.asyncio_version = 307;
            } else if (v == "3.11") {
                options.asyncio_version = 311;
            } else {
                std::fprintf(stderr, "loopscope: --asyncio wants 3.7 or 3.11, got '%s'\n", argv[i]);
                return 2;
            }
        } else if (a == "--hosted") {
            hosted = true;
        } else if (a == "--toplevel-await") {
            options.toplevel_await = true;
        } else if (a == "--warnings") {
            warnings = true;
        } else if (a == "--trace") {
            if (i + 1 >= argc || argv[i + 1][0] == '\0') return usage();
            trace_path = argv[++i];
        } else if (!a.empty() && a[0] == '-') {
            return usage();
        } else if (script.empty()) {
            script = a;
        } else {
            return usage();
        }
    }
    if (script.empty()) return usage();

    std::ifstream in(script, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "loopscope: can't open file '%s'\n", script.c_str());
        return 2;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();

    // Open the trace file first: a bad path is reported before the script runs.
    std::ofstream trace_out;
    loopscope::run_model::Recorder recorder;
    if (!trace_path.empty()) {
        trace_out.open(trace_path, std::ios::binary | std::ios::trunc);
        if (!trace_out) {
            std::fprintf(stderr, "loopscope: can't write trace file '%s'\n", trace_path.c_str());
            return 2;
        }
        options.trace = &recorder;
    }
    loopscope::run_model::PitfallDetector detector;
    detector.on_pitfall = [](const loopscope::run_model::Pitfall& p) {
        std::fflush(stdout);
        std::fprintf(stderr, "%s\n", loopscope::run_model::format_warning(p).c_str());
        std::fflush(stderr);
    };
    TeeSink tee(recorder, detector);
    if (warnings) options.trace = trace_path.empty() ? static_cast<aio::TraceSink*>(&detector) : &tee;

    loopscope::python::Engine engine(std::move(options));
    loopscope::python::RunResult r =
        hosted ? run_hosted(engine, buffer.str(), script) : engine.run(buffer.str(), script);
    std::fflush(stdout);
    if (!r.traceback.empty()) std::fputs(r.traceback.c_str(), stderr);
    std::fflush(stderr);
    if (trace_out.is_open()) {
        if (recorder.truncated())
            std::fprintf(stderr, "loopscope: trace truncated after %zu events (%zu dropped)\n",
                         recorder.size(), recorder.dropped());
        loopscope::run_model::write_perfetto_json(recorder, trace_out);
        trace_out.close();
        if (!trace_out) {
            std::fprintf(stderr, "loopscope: writing trace file '%s' failed\n", trace_path.c_str());
            return r.exit_code ? r.exit_code : 2;
        }
    }
    return r.exit_code;
}
