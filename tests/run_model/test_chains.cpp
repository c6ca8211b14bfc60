// playground/run_model/chains.hpp: who created a task, who cancelled it and through what, over
// recorded runs of Python scripts (wait_for, an explicit cancel, a TaskGroup under a timeout) and
// of the aio loop.
#include "chains.hpp"

#include "support.hpp"

#ifdef LOOPSCOPE_RUN_MODEL_TEST_PYTHON
#include "why_script.hpp"
#endif

using namespace run_model_test;

namespace {

aio::Coro<> nap(double d) { co_await aio::sleep(d); }

aio::Coro<> spawner() {
    auto inner = aio::create_task(nap(5.0), "inner");
    co_await aio::sleep(1.0);
    inner.cancel();
    co_await settle(inner);
}

aio::Coro<> root() {
    auto mid = aio::create_task(spawner(), "mid");
    co_await mid;
}

}  // namespace

TEST_CASE("C++: the creation chain runs up to the root; an explicit cancel names its caller") {
    Recorder rec;
    run_traced(rec, [] { return root(); });
    const std::uint32_t inner = task_named(rec, "inner");
    const auto chain = creation_chain(rec, inner);
    REQUIRE(chain.size() == 3);
    CHECK(chain[1] == task_named(rec, "mid"));
    CHECK(chain[2] == task_named(rec, "Task-1"));
    const CancelChain c = cancel_chain(rec, inner, rec.size());
    CHECK(format_cancel_chain(rec, c) == "inner cancelled by mid via cancel() at 1.000 s");
    CHECK(c.ended_cancelled);
    // Before the cancel: no chain.
    CHECK(cancel_chain(rec, inner, state_at_time(rec, 0.5).events).steps.empty());
}

#ifdef LOOPSCOPE_RUN_MODEL_TEST_PYTHON

TEST_CASE("Python: wait_for's timeout and an explicit cancel") {
    Recorder& rec = why_run();
    const std::uint32_t slow = task_running(rec, "slow");
    REQUIRE(slow != npos);
    CHECK(creation_chain(rec, slow) == std::vector<std::uint32_t>{slow, task_named(rec, "Task-1")});
    const std::string name(rec.str(rec.index().tasks()[slow].name));
    // The timer's callback (no task) cancels it through wait_for, 0.5 s after 3.2.
    CHECK(format_cancel_chain(rec, cancel_chain(rec, slow, rec.size())) ==
          name + " cancelled by a callback via wait_for at 3.700 s");
    CHECK(format_cancel_chain(rec, cancel_chain(rec, task_named(rec, "consumer"), rec.size())) ==
          "consumer cancelled by Task-1 via cancel() at 3.700 s");
    CHECK(cancel_chain(rec, task_named(rec, "w0"), rec.size()).steps.empty());
}

TEST_CASE("Python: a TaskGroup's tasks cancelled because a timeout cancelled the group's task") {
    static const char* script = R"(import asyncio


async def child():
    await asyncio.sleep(5)


async def waits_for(t):
    await t


async def main():
    b = asyncio.create_task(child(), name="b")
    a = asyncio.create_task(waits_for(b), name="a")
    await asyncio.sleep(0.5)
    b.cancel()
    await asyncio.gather(a, return_exceptions=True)
    try:
        async with asyncio.timeout(1):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child(), name="c1")
                tg.create_task(child(), name="c2")
    except TimeoutError:
        print("timeout")


asyncio.run(main()))";
    Recorder rec;
    run_python(rec, script, "chains.py");
    CHECK(format_cancel_chain(rec, cancel_chain(rec, task_named(rec, "c1"), rec.size())) ==
          "c1 cancelled by Task-1 via TaskGroup at 1.500 s <- Task-1 cancelled by a callback via timeout at "
          "1.500 s");
    // b's CancelledError reached a, which awaited it.
    const CancelChain b = cancel_chain(rec, task_named(rec, "b"), rec.size());
    CHECK(format_cancel_chain(rec, b) ==
          "b cancelled by Task-1 via cancel() at 0.500 s; the CancelledError reached a");
}

#endif
