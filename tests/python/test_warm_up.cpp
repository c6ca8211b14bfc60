// loopscope/python/warm_up.hpp: the interpreter warm-up runs its program to the end and leaves
// nothing behind for the next run.
#include <doctest/doctest.h>

#include "loopscope/python/warm_up.hpp"
#include "support.hpp"

TEST_CASE("the warm-up program runs to its end") {
    auto r = loopscope::python::warm_up_interpreter();
    CHECK(r.ok);
    CHECK(r.traceback.empty());
}

TEST_CASE("a run after the warm-up starts from a fresh state") {
    REQUIRE(loopscope::python::warm_up_interpreter().ok);
    auto c = run_py(
        "import asyncio\n"
        "async def main():\n"
        "    t = asyncio.create_task(asyncio.sleep(0))\n"
        "    print(t.get_name(), 'Point' in globals())\n"
        "    await t\n"
        "asyncio.run(main())\n");
    CHECK(c.result.ok);
    CHECK(c.out == "Task-2 False\n");
}
