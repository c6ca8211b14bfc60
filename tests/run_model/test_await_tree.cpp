// playground/run_model/await_tree.hpp: who awaits whom at a moment, from recorded runs of the aio
// loop and of Python scripts (gather, TaskGroup, wait_for, shield, a Lock, nesting, cycles).
#include "await_tree.hpp"

#include "support.hpp"

#ifdef LOOPSCOPE_RUN_MODEL_TEST_PYTHON
#include "loopscope/python_engine.hpp"
#endif

using namespace run_model_test;

namespace {

aio::Coro<> nap(double d) { co_await aio::sleep(d); }

aio::Coro<> two_naps() {
    auto a = aio::create_task(nap(1.0), "a");
    auto b = aio::create_task(nap(2.0), "b");
    co_await aio::gather(a, b);
}

// The nodes as "depth name awaits" lines (no files: C++ tasks cannot tell their line).
std::string outline(const std::vector<AwaitNode>& nodes) {
    std::string s;
    for (const AwaitNode& n : nodes) {
        s += std::string(n.depth * 2, ' ') + std::string(n.name);
        if (n.task != npos)
            s += n.state == TaskState::waiting ? " > " + std::string(n.awaits)
                                               : " " + std::string(to_string(n.state));
        s += '\n';
    }
    return s;
}

}  // namespace

TEST_CASE("C++ gather: main awaits both children; each child awaits its sleep") {
    Recorder rec;
    run_traced(rec, [] { return two_naps(); });
    std::vector<AwaitNode> tree;
    build_await_tree(rec, state_at_time(rec, 0.5), tree);
    CHECK(outline(tree) == "Task-1 > gather\n  a > sleep\n  b > sleep\n");
    // After a finished, only b is left under main.
    build_await_tree(rec, state_at_time(rec, 1.5), tree);
    CHECK(outline(tree) == "Task-1 > gather\n  b > sleep\n");
    // At the end nothing is unfinished.
    build_await_tree(rec, state_at(rec, rec.size()), tree);
    CHECK(tree.empty());
}

TEST_CASE("the text form draws the branches as pstree does") {
    Recorder rec;
    run_traced(rec, [] { return two_naps(); });
    std::vector<AwaitNode> tree;
    build_await_tree(rec, state_at_time(rec, 0.5), tree);
    CHECK(format_await_tree(tree) ==
          "└── Task-1  awaits gather\n"
          "    ├── a  awaits sleep\n"
          "    └── b  awaits sleep\n");
}

#ifdef LOOPSCOPE_RUN_MODEL_TEST_PYTHON

namespace {

// Line numbers matter: the test checks them.
const char* python_script = R"(import asyncio

async def leaf(d):
    await asyncio.sleep(d)

async def locked(lock):
    async with lock:
        await asyncio.sleep(0.1)

async def group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf(3), name="g1")
        tg.create_task(leaf(4), name="g2")

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    shielded = asyncio.create_task(leaf(5), name="shielded")
    waiter = asyncio.create_task(locked(lock), name="locker")
    await asyncio.gather(
        asyncio.create_task(group(), name="group"),
        asyncio.wait_for(asyncio.shield(shielded), 10),
        asyncio.create_task(leaf(1), name="quick"),
        return_exceptions=True)
    lock.release()
    await waiter

asyncio.run(main())
)";

Recorder& python_run() {
    static Recorder rec;
    static bool done = false;
    if (!done) {
        loopscope::python::EngineOptions o;
        o.virtual_time = true;
        o.trace = &rec;
        loopscope::python::Engine engine(std::move(o));
        auto r = engine.run(python_script, "tree.py");
        REQUIRE(r.exit_code == 0);
        done = true;
    }
    return rec;
}

}  // namespace

TEST_CASE("Python: gather of a TaskGroup's task, a wait_for over a shield, and a task waiting on a Lock") {
    Recorder& rec = python_run();
    std::vector<AwaitNode> tree;
    build_await_tree(rec, state_at_time(rec, 0.5), tree);
    // main awaits the gather; the group's task awaits its TaskGroup, whose tasks sleep; wait_for
    // (a coroutine, so gather made it a task: Task-6, as named tasks use up numbers in 3.11) awaits its shield, which stands for the shielded
    // task; the lock's waiter is a root of its own (nobody awaits it yet). Lines are the
    // interpreter's: a multi-line call and an `async with` block's exit are reported at their
    // last line (CPython 3.11 says 20 and 11).
    // Tasks are named as the timeline's lanes: the coroutine, then the name (wait_for's task runs
    // no coroutine of the script's).
    CHECK(format_await_tree(tree) ==
          "├── main() Task-1  awaits gather  tree.py:23\n"
          "│   ├── group() group  awaits TaskGroup  tree.py:11\n"  // the `async with` line
          "│   │   ├── leaf() g1  awaits sleep  tree.py:4\n"
          "│   │   └── leaf() g2  awaits sleep  tree.py:4\n"
          "│   ├── Task-6  awaits wait_for\n"
          "│   │   └── shield\n"
          "│   │       └── leaf() shielded  awaits sleep  tree.py:4\n"
          "│   └── leaf() quick  awaits sleep  tree.py:4\n"
          "└── locked() locker  awaits Lock.acquire  tree.py:7\n");
    // At 2 s quick is done and the rest waits on.
    build_await_tree(rec, state_at_time(rec, 2.0), tree);
    const std::string at2 = format_await_tree(tree);
    CHECK(at2.find("quick") == std::string::npos);
    CHECK(at2.find("leaf() g2  awaits sleep") != std::string::npos);
}

#endif
