// The time module on the run's clock: virtual time (reads, sleep advancing the clock and showing as a
// blocked loop in the trace) and real time.
#include <doctest/doctest.h>

#include <vector>

#include "aio/trace.hpp"
#include "support.hpp"

using loopscope::python::EngineOptions;

TEST_CASE("time.* read the virtual clock; time.sleep advances it at once") {
    EngineOptions o;
    o.virtual_time = true;
    auto c = run_py(
        "import asyncio, time\n"
        "print(time.time(), time.monotonic(), time.perf_counter(), time.time_ns())\n"
        "time.sleep(1.5)\n"
        "print(time.perf_counter(), time.monotonic_ns(), time.perf_counter_ns())\n"
        "async def main():\n"
        "    loop = asyncio.get_running_loop()\n"
        "    t = loop.time()\n"
        "    time.sleep(2)\n"
        "    print(loop.time() - t, time.time() == loop.time())\n"
        "    await asyncio.sleep(0.5)\n"
        "    print(time.monotonic())\n"
        "asyncio.run(main())\n"
        "try:\n"
        "    time.sleep(-1)\n"
        "except ValueError as e:\n"
        "    print(e)\n",
        o);
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.result.ok);
    CHECK(c.out ==
          "0.0 0.0 0.0 0\n1.5 1500000000 1500000000\n2.0 True\n4.0\nsleep length must be non-negative\n");
}

TEST_CASE("a blocking time.sleep inside a task is a loop_blocked trace event") {
    struct Recorder : aio::TraceSink {
        std::vector<double> blocked;
        void record(const aio::TraceEvent& e) override {
            if (e.kind == aio::TraceKind::loop_blocked) blocked.push_back(e.value);
        }
    } rec;
    EngineOptions o;
    o.virtual_time = true;
    o.trace = &rec;
    auto c = run_py(
        "import asyncio, time\n"
        "async def main():\n"
        "    time.sleep(0.25)\n"
        "asyncio.run(main())\n"
        "time.sleep(1)\n",
        o);
    CHECK(c.result.ok);
    REQUIRE(rec.blocked.size() == 1);
    CHECK(rec.blocked[0] == doctest::Approx(0.25));
}

TEST_CASE("real time: monotonic clocks advance with sleep") {
    auto c = run_py(
        "import time\n"
        "t = time.monotonic(); n = time.perf_counter_ns()\n"
        "time.sleep(0.02)\n"
        "print(time.monotonic() - t >= 0.015, time.perf_counter_ns() - n >= 15000000, time.time() > "
        "1.6e9)\n");
    CHECK(c.result.ok);
    CHECK(c.out == "True True True\n");
}
