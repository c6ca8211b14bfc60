// asyncio's Queue, PriorityQueue and LifoQueue from Python scripts. Each script's expected output
// is what CPython 3.11.7 prints for it under /work/shared/conformance/vtime.py (virtual time).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "aio/trace.hpp"
#include "support.hpp"

using loopscope::python::EngineOptions;

namespace {
EngineOptions vtime() {
    EngineOptions o;
    o.virtual_time = true;
    return o;
}
}  // namespace

TEST_CASE(
    "Queue: PriorityQueue of tuples, join/task_done errors, cancelled getters and putters pass wake-ups on") {
    auto c = run_py(
        R"PY(# queue: PriorityQueue of tuples, join() with task_done() errors, cancelled getters pass items on
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "z"), (2, "b"), (1, "a"), (0, "x")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    print(isinstance(pq, asyncio.Queue), isinstance(asyncio.LifoQueue(), asyncio.Queue))
    try:
        pq.put_nowait(1)
        pq.put_nowait("x")
    except TypeError as e:
        print("TypeError on compare; qsize", pq.qsize())

    q = asyncio.Queue()
    got = []

    async def getter(name):
        try:
            v = await q.get()
            got.append((name, v))
        except asyncio.CancelledError:
            print(f"{name} cancelled")
            raise

    gs = [asyncio.create_task(getter(n)) for n in ("g1", "g2", "g3")]
    await asyncio.sleep(0)
    q.put_nowait("one")
    gs[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("got", got, "qsize", q.qsize())
    q.put_nowait("two")
    await asyncio.gather(*gs, return_exceptions=True)
    print("got", got)

    j = asyncio.Queue()
    for i in range(3):
        await j.put(i)

    async def worker():
        while True:
            item = await j.get()
            await asyncio.sleep(0.2 * (item + 1))
            print(f"{loop.time():.1f} done {item}")
            j.task_done()

    w = asyncio.create_task(worker())
    await j.join()
    print(f"{loop.time():.1f} joined, unfinished none")
    await j.join()
    w.cancel()
    try:
        j.task_done()
    except ValueError as e:
        print("ValueError:", e)
    r = await asyncio.gather(q.get(), q.get(), asyncio.sleep(0.1, "slept"), j.put("x"), return_exceptions=True) if False else None
    bq = asyncio.Queue(1)
    bq.put_nowait("a")
    p = asyncio.create_task(bq.put("b"))
    await asyncio.sleep(0)
    p.cancel()
    await asyncio.sleep(0)
    print("put cancelled:", p.cancelled(), "qsize", bq.qsize(), bq.get_nowait())
    t = asyncio.create_task(bq.get())
    await asyncio.sleep(0)
    await bq.put("c")
    print("task got", await t)


asyncio.run(main())
)PY",
        vtime());
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.result.ok);
    CHECK(c.out == R"OUT([(0, 'x'), (1, 'a'), (1, 'z'), (2, 'b'), (3, 'c')]
True True
TypeError on compare; qsize 2
g1 cancelled
got [('g2', 'one')] qsize 0
got [('g2', 'one'), ('g3', 'two')]
0.2 done 0
0.6 done 1
1.2 done 2
1.2 joined, unfinished none
ValueError: task_done() called too many times
put cancelled: True qsize 1 a
task got c
)OUT");
}

TEST_CASE(
    "LifoQueue: a woken getter takes the newest item; put() blocks while full; subclasses; "
    "QueueFull/QueueEmpty") {
    auto c = run_py(
        R"PY(# queue: LifoQueue woken getter takes the newest item; put() blocked while full; subclass; maxsize
import asyncio


class Tracked(asyncio.PriorityQueue):
    def __init__(self):
        super().__init__(maxsize=2)
        self.log = []

    def put_nowait(self, item):
        self.log.append(item)
        super().put_nowait(item)


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.LifoQueue()
    got = []

    async def getter():
        got.append(await q.get())

    t = asyncio.create_task(getter())
    await asyncio.sleep(0)
    q.put_nowait("first")
    q.put_nowait("second")
    await t
    print("getter got", got, "left", q.get_nowait())

    stack = asyncio.LifoQueue(maxsize=2)
    print("maxsize", stack.maxsize, "full", stack.full(), "empty", stack.empty())

    async def pusher():
        for w in "abcd":
            await stack.put(w)
            print(f"{loop.time():.1f} pushed {w} qsize {stack.qsize()}")

    p = asyncio.create_task(pusher())
    await asyncio.sleep(1)
    out = []
    while len(out) < 4:
        out.append(await stack.get())
        await asyncio.sleep(0.5)
    await p
    print("".join(out))

    tq = Tracked()
    tq.put_nowait((2, "b"))
    tq.put_nowait((1, "a"))
    print(tq.log, tq.full(), tq.get_nowait(), tq.qsize(), isinstance(tq, asyncio.Queue))
    try:
        tq.put_nowait((0, "z"))
        tq.put_nowait((5, "y"))
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), isinstance(e, Exception))
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))


asyncio.run(main())
)PY",
        vtime());
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.result.ok);
    CHECK(c.out == R"OUT(getter got ['second'] left first
maxsize 2 full False empty True
0.0 pushed a qsize 1
0.0 pushed b qsize 2
1.0 pushed c qsize 2
1.5 pushed d qsize 2
bcda
[(2, 'b'), (1, 'a')] True (1, 'a') 1 True
QueueFull QueueFull() True
QueueEmpty QueueEmpty()
)OUT");
}

TEST_CASE("PriorityQueue: user classes ordered by their __lt__; join() after task_done()") {
    auto c = run_py(R"PY(# priority queue: items compared with Python's <, including user classes
import asyncio


class Job:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name

    def __lt__(self, other):
        return self.pri < other.pri


async def main():
    q = asyncio.PriorityQueue()
    for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (0, "z")]:
        await q.put(Job(p, n))
    names = []
    while not q.empty():
        names.append((await q.get()).name)
        q.task_done()
    print(names)

    async def consumer():
        while True:
            j = await q.get()
            print(f"{asyncio.get_running_loop().time():.1f} consumed {j.name}")
            q.task_done()
            if j.name == "last":
                return

    c = asyncio.create_task(consumer())
    await asyncio.sleep(0.5)
    q.put_nowait(Job(5, "five"))
    q.put_nowait(Job(1, "one"))
    await asyncio.sleep(0.5)
    q.put_nowait(Job(9, "last"))
    await q.join()
    await c
    print("unfinished none; joined")


asyncio.run(main())
)PY",
                    vtime());
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.result.ok);
    CHECK(c.out == R"OUT(['z', 'a', 'a2', 'b', 'c']
0.5 consumed one
0.5 consumed five
1.0 consumed last
unfinished none; joined
)OUT");
}

TEST_CASE("PriorityQueue: a failing or re-entrant comparison raises and leaves the queue usable") {
    auto c = run_py(R"PY(import asyncio
class Sneaky:
    def __init__(self, q, v):
        self.q, self.v = q, v
    def __lt__(self, other):
        if self.v == 99:
            self.q.get_nowait()   # changes the queue while it is being ordered
        return self.v < other.v
q = asyncio.PriorityQueue()
for v in (5, 1, 3):
    q.put_nowait(Sneaky(q, v))
try:
    q.put_nowait(Sneaky(q, 99))
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    q.put_nowait('text')
except TypeError:
    print('TypeError')
print(q.qsize())
)PY");
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.result.ok);
    CHECK(c.out == "RuntimeError: PriorityQueue changed while comparing its items\nTypeError\n5\n");
}

TEST_CASE("Tasks blocked on a queue wait on its \"Queue.get\" / \"Queue.put\" / \"Queue.join\" futures") {
    struct Recorder : aio::TraceSink {
        std::vector<std::string> blocked_on;
        void record(const aio::TraceEvent& e) override {
            if (e.kind == aio::TraceKind::task_step_end && !e.text.empty()) blocked_on.emplace_back(e.text);
        }
    } rec;
    EngineOptions o = vtime();
    o.trace = &rec;
    auto c = run_py(R"PY(import asyncio
async def main():
    q = asyncio.Queue(1)
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    await q.put(1)
    await q.put(2)
    p = asyncio.create_task(q.put(3))
    j = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    a, b = await g, q.get_nowait()
    await asyncio.sleep(0)   # the woken putter adds 3
    print(a, b, q.get_nowait())
    for _ in range(3):
        q.task_done()
    await asyncio.gather(p, j)
    print('joined')
asyncio.run(main())
)PY",
                    o);
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.out == "1 2 3\njoined\n");
    // g on get, main (put 2) and p (put 3) on put, j on join.
    std::vector<std::string> queue_waits;
    for (auto& b : rec.blocked_on)
        if (b.rfind("Queue.", 0) == 0) queue_waits.push_back(b);
    CHECK(queue_waits == std::vector<std::string>{"Queue.get", "Queue.put", "Queue.put", "Queue.join"});
}

TEST_CASE("await inside a comprehension of an async function (patch 0005; corpus 057's last line)") {
    // CPython 3.11.7 prints the same (dict shown with one key: MicroPython's dict order differs).
    auto c = run_py(R"PY(import asyncio
async def val(x):
    await asyncio.sleep(0.1)
    return x * 2
async def main():
    q = asyncio.LifoQueue()
    for w in "abc":
        q.put_nowait(w)
    print("".join([await q.get() for _ in range(3)]))
    print([await val(x) for x in range(3) if x != 1])
    print({k: await val(k) for k in (1,)}, sorted({await val(k) for k in (3, 3, 4)}))
    print([[await val(x + y) for x in range(2)] for y in range(2)])
    print([x for x in range(3)], list(x * 2 for x in range(3)))
    print(f"{asyncio.get_running_loop().time():.1f}")
asyncio.run(main())
)PY",
                    vtime());
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.out == "cba\n[0, 4]\n{1: 2} [6, 8]\n[[0, 2], [2, 4]]\n[0, 1, 2] [0, 2, 4]\n1.0\n");
    // Outside a function it stays a SyntaxError (CPython: "asynchronous comprehension outside of an
    // asynchronous function"). In an async function, await in a generator expression makes an async
    // generator expression, which compiles (CPython 3.11 too).
    auto top = run_py("import asyncio\nx = [await asyncio.sleep(0) for _ in range(2)]\n");
    CHECK_FALSE(top.result.ok);
    CHECK(top.result.traceback.find("SyntaxError") != std::string::npos);
    auto gen =
        run_py("import asyncio\nasync def f():\n    return list(await asyncio.sleep(0) for _ in range(2))\n");
    CHECK(gen.result.ok);
}
