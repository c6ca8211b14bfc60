// asyncio's Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier from Python scripts.
// Each script's expected output is what CPython 3.11.7 prints for it under
// /work/shared/conformance/vtime.py (virtual time).
#include <doctest/doctest.h>

#include <string>
#include <utility>
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

TEST_CASE("Lock: a waiter woken and cancelled before it runs passes the lock on; acquire() as a task") {
    auto c = run_py(
        R"PY(# lock: a waiter woken by release() and cancelled before it runs passes the lock to the next waiter
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    order = []

    async def user(name):
        try:
            async with lock:
                order.append(name)
                print(f"{loop.time():.1f} {name} has it")
                await asyncio.sleep(0.1)
        except asyncio.CancelledError:
            print(f"{name} cancelled, locked={lock.locked()}")
            raise

    await lock.acquire()
    tasks = [asyncio.create_task(user(n)) for n in "ABC"]
    await asyncio.sleep(0)
    lock.release()
    tasks[0].cancel()
    print("released and cancelled A; locked:", lock.locked())
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res], order, lock.locked())
    t = asyncio.create_task(lock.acquire())
    print("acquire() as a task:", await t, lock.locked())
    lock.release()
    print(await lock.acquire())
    lock.release()


asyncio.run(main())
)PY",
        vtime());
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.result.ok);
    CHECK(c.out == R"OUT(released and cancelled A; locked: False
A cancelled, locked=False
0.0 B has it
0.1 C has it
['CancelledError', 'NoneType', 'NoneType'] ['B', 'C'] False
acquire() as a task: True True
True
)OUT");
}

TEST_CASE(
    "Condition: wait_for, cancelled wait reacquires, shared Lock, lock-held errors, reacquire waits for the "
    "holder") {
    auto c = run_py(
        R"PY(# condition: wait_for(predicate), cancellation while waiting reacquires the lock, shared Lock, errors
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    items = []

    async def consumer(name):
        async with cond:
            v = await cond.wait_for(lambda: len(items) >= 2 and items[:])
            print(f"{loop.time():.1f} {name} sees {v} locked={cond.locked()}")

    async def sleeper(name):
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print(f"{name} cancelled; holds lock: {lock.locked()}")
                raise

    c1 = asyncio.create_task(consumer("c1"))
    s = asyncio.create_task(sleeper("s"))
    c2 = asyncio.create_task(consumer("c2"))
    await asyncio.sleep(0.5)
    async with cond:
        items.append(1)
        cond.notify_all()
    await asyncio.sleep(0.5)
    s.cancel()
    await asyncio.sleep(0.5)
    async with lock:
        items.append(2)
        cond.notify(5)
    await asyncio.gather(c1, c2)
    print("s cancelled:", s.cancelled())
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait:", e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print("notify_all:", e)
    async with cond:
        print("predicate true at once:", await cond.wait_for(lambda: 42))
    # the lock held by someone else while a notified waiter wants it back
    async def holder():
        async with lock:
            await asyncio.sleep(1)
            print(f"{loop.time():.1f} holder releases")
    async def waiter():
        async with cond:
            await cond.wait()
            print(f"{loop.time():.1f} waiter back with the lock")
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
    h = asyncio.create_task(holder())
    await asyncio.gather(w, h)


asyncio.run(main())
)PY",
        vtime());
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.result.ok);
    CHECK(c.out == R"OUT(1.5 c1 sees [1, 2] locked=True
1.5 c2 sees [1, 2] locked=True
s cancelled: False
wait: cannot wait on un-acquired lock
notify_all: cannot notify on un-acquired lock
predicate true at once: 42
1.5 waiter back with the lock
2.5 holder releases
)OUT");
}

TEST_CASE("Semaphore/BoundedSemaphore: cancelled woken waiters give the permit on; _value; over-release") {
    auto c = run_py(
        R"PY(# semaphore: a woken waiter cancelled before it runs gives its permit to the next one; _value; locked()
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    got = []

    async def w(name):
        try:
            await sem.acquire()
            got.append(name)
            print(f"{name} acquired, value={sem._value}")
        except asyncio.CancelledError:
            print(f"{name} cancelled, value={sem._value} locked={sem.locked()}")
            raise

    tasks = [asyncio.create_task(w(n)) for n in ("x", "y", "z")]
    await asyncio.sleep(0)
    sem.release()
    tasks[0].cancel()
    tasks[2].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("got", got, "value", sem._value, "locked", sem.locked())
    sem.release()
    print("value", sem._value, "locked", sem.locked())
    b = asyncio.BoundedSemaphore(2)
    print(isinstance(b, asyncio.Semaphore), b._value)
    async with b:
        async with b:
            print("inside both, locked:", b.locked())
    for _ in range(2):
        try:
            b.release()
        except ValueError as e:
            print("ValueError:", e)
    try:
        asyncio.BoundedSemaphore(-2)
    except ValueError as e:
        print("negative:", e)
    s0 = asyncio.Semaphore(0)
    t = asyncio.create_task(s0.acquire())
    await asyncio.sleep(1)
    print(f"{loop.time():.1f} waiting: {not t.done()}")
    s0.release()
    print(await t, s0.locked())


asyncio.run(main())
)PY",
        vtime());
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.result.ok);
    CHECK(c.out == R"OUT(x cancelled, value=0 locked=True
z cancelled, value=0 locked=True
y acquired, value=0
got ['y'] value 0 locked True
value 1 locked False
True 2
inside both, locked: True
ValueError: BoundedSemaphore released too many times
ValueError: BoundedSemaphore released too many times
negative: Semaphore initial value must be >= 0
1.0 waiting: True
True True
)OUT");
}

TEST_CASE("Barrier: abort, reset, broken arrivals, a cancelled party leaves") {
    auto c = run_py(
        R"PY(# barrier: abort() breaks waiting parties and later arrivals; reset() makes it usable; cancelled party
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    b = asyncio.Barrier(3)

    async def party(name):
        try:
            i = await b.wait()
            print(f"{loop.time():.1f} {name} passed with {i}")
        except asyncio.BrokenBarrierError as e:
            print(f"{loop.time():.1f} {name} broken: {e!r}")

    ts = [asyncio.create_task(party(n)) for n in ("a", "b")]
    await asyncio.sleep(1)
    print("n_waiting", b.n_waiting, "broken", b.broken)
    await b.abort()
    await asyncio.gather(*ts)
    print("after abort: broken", b.broken, "n_waiting", b.n_waiting)
    await party("late")
    await b.reset()
    print("after reset: broken", b.broken)
    ts = [asyncio.create_task(party(n)) for n in ("c", "d")]
    await asyncio.sleep(0.5)
    await b.reset()
    await asyncio.gather(*ts)
    print("issubclass RuntimeError:", issubclass(asyncio.BrokenBarrierError, RuntimeError))
    t = asyncio.create_task(party("e"))
    await asyncio.sleep(0.1)
    print("n_waiting", b.n_waiting)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("e cancelled; n_waiting", b.n_waiting)
    ts = [asyncio.create_task(party(n)) for n in ("f", "g", "h")]
    await asyncio.gather(*ts)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("Barrier(0):", e)


asyncio.run(main())
)PY",
        vtime());
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.result.ok);
    CHECK(c.out == R"OUT(n_waiting 2 broken False
1.0 a broken: BrokenBarrierError('Abort or reset of barrier')
1.0 b broken: BrokenBarrierError('Abort or reset of barrier')
after abort: broken True n_waiting 0
1.0 late broken: BrokenBarrierError('Barrier aborted')
after reset: broken False
1.5 c broken: BrokenBarrierError('Abort or reset of barrier')
1.5 d broken: BrokenBarrierError('Abort or reset of barrier')
issubclass RuntimeError: True
n_waiting 1
e cancelled; n_waiting 0
1.6 h passed with 2
1.6 f passed with 0
1.6 g passed with 1
Barrier(0): parties must be > 0
)OUT");
}

TEST_CASE("Event: cancelled waiter, wait() as a task and in gather, set twice") {
    auto c = run_py(
        R"PY(# event: a waiter cancelled while waiting leaves; wait() as a task and in gather; set() twice
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()

    async def waiter(name):
        try:
            print(f"{name} ->", await ev.wait())
        except asyncio.CancelledError as e:
            print(f"{name} cancelled: {e.args}")
            raise

    a = asyncio.create_task(waiter("a"))
    b = asyncio.create_task(waiter("b"))
    t = asyncio.create_task(ev.wait())
    g = asyncio.gather(ev.wait(), ev.wait())
    await asyncio.sleep(1)
    a.cancel("stop")
    await asyncio.sleep(0)
    ev.set()
    ev.set()
    print(f"{loop.time():.1f} set", ev.is_set())
    print(await t, await g)
    await asyncio.gather(a, b, return_exceptions=True)
    print("a cancelled:", a.cancelled())
    ev.clear()
    w = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    print("w:", w.cancelled(), "is_set:", ev.is_set())


asyncio.run(main())
)PY",
        vtime());
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.result.ok);
    CHECK(c.out == R"OUT(a cancelled: ('stop',)
1.0 set True
b -> True
True [True, True]
a cancelled: True
w: True is_set: False
)OUT");
}

TEST_CASE(
    "Primitives: subclass with super().acquire(), run_until_complete(lock.acquire()), another loop's lock, "
    "queue items survive collections") {
    auto c = run_py(
        R"PY(# primitives: subclassing, run_until_complete on an acquire, bad arguments, queue items survive gc
import asyncio
import gc


class CountingLock(asyncio.Lock):
    def __init__(self):
        super().__init__()
        self.count = 0

    async def acquire(self):
        self.count += 1
        return await super().acquire()


class Box:
    def __init__(self, v):
        self.v = [v] * 3


async def main():
    lock = CountingLock()
    await lock.acquire()
    print("inside", lock.locked())
    lock.release()
    await lock.acquire()
    lock.release()
    print("count", lock.count, isinstance(lock, asyncio.Lock))
    q = asyncio.Queue()
    for i in range(50):
        q.put_nowait(Box(i))
    for i in range(200):
        [Box(j) for j in range(20)]
        gc.collect()
        await asyncio.sleep(0)
    print(sum(q.get_nowait().v[2] for _ in range(50)))
    for bad in (lambda: asyncio.Semaphore("x"), lambda: asyncio.Barrier(), lambda: asyncio.Lock(1)):
        try:
            bad()
        except TypeError:
            print("TypeError")


loop = asyncio.new_event_loop()
lk = asyncio.Lock()
print(loop.run_until_complete(lk.acquire()), lk.locked())
lk.release()
asyncio.run(main())
other = asyncio.new_event_loop()
async def hold(l):
    await l.acquire()
    t = asyncio.get_running_loop().create_task(l.acquire())
    await asyncio.sleep(0)
    t.cancel()
shared = asyncio.Lock()
other.run_until_complete(hold(shared))
async def use(l):
    try:
        await l.acquire()
    except RuntimeError as e:
        print("RuntimeError:", "bound to a different event loop" in str(e))
asyncio.run(use(shared))
)PY",
        vtime());
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.result.ok);
    CHECK(c.out == R"OUT(True True
inside True
count 2 True
1225
TypeError
TypeError
TypeError
RuntimeError: True
)OUT");
}

TEST_CASE(
    "A Python task blocked on a primitive waits on the primitive's runtime waiter future (trace labels)") {
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
    lock, ev, sem, cond, bar = asyncio.Lock(), asyncio.Event(), asyncio.Semaphore(0), asyncio.Condition(), asyncio.Barrier(2)
    await lock.acquire()
    async def in_cond():
        async with cond:
            await cond.wait()
    ts = [asyncio.create_task(x) for x in (lock.acquire(), ev.wait(), sem.acquire(), in_cond(), bar.wait())]
    await asyncio.sleep(0)
    lock.release(); ev.set(); sem.release()
    async with cond:
        cond.notify()
    await bar.wait()
    await asyncio.gather(*ts)
    print('done')
asyncio.run(main())
)PY",
                    o);
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.out == "done\n");
    auto has = [&](const char* label) {
        for (auto& b : rec.blocked_on)
            if (b == label) return true;
        return false;
    };
    CHECK(has("Lock.acquire"));
    CHECK(has("Event.wait"));
    CHECK(has("Semaphore.acquire"));
    CHECK(has("Condition.wait"));
    CHECK(has("Barrier.wait"));
}

TEST_CASE("Misuse gives clear errors, never a crash") {
    auto c = run_py(R"PY(import asyncio
lock = asyncio.Lock()
loop = asyncio.new_event_loop()
print(loop.run_until_complete(lock.acquire()))
try:
    next(iter(lock.acquire()))   # blocking needs a running loop
except RuntimeError as e:
    print('RuntimeError:', e)
for bad in (lambda: asyncio.Condition(42), lambda: asyncio.Semaphore('x'), lambda: asyncio.Barrier(),
            lambda: asyncio.Lock(1), lambda: asyncio.Event(2)):
    try:
        bad()
    except TypeError:
        print('TypeError')
async def main():
    sem = asyncio.Semaphore(1)
    a = sem.acquire()
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print('RuntimeError:', e)
    b = asyncio.Barrier(1)
    async with b as i:
        print('index', i)
    try:
        asyncio.Barrier(-1)
    except ValueError as e:
        print('ValueError:', e)
asyncio.run(main())
)PY",
                    vtime());
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.result.ok);
    CHECK(c.out ==
          "True\nRuntimeError: no running event loop\nTypeError\nTypeError\nTypeError\nTypeError\nTypeError\n"
          "True\nRuntimeError: cannot reuse already awaited coroutine\nindex 0\nValueError: parties must be "
          "> 0\n");
}

TEST_CASE("Condition: notify(n) skips a waiter cancelled meanwhile; Semaphore FIFO under load") {
    auto c = run_py(
        R"PY(# condition: notify(1) skips a cancelled waiter; notify order is FIFO; woken waiters reacquire in order
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cond = asyncio.Condition()
    log = []

    async def w(name):
        async with cond:
            try:
                await cond.wait()
                log.append(name)
                print(f"{loop.time():.1f} {name} woke, locked={cond.locked()}")
            except asyncio.CancelledError:
                print(f"{name} cancelled, holds lock={cond.locked()}")
                raise

    names = "abcde"
    tl = [asyncio.create_task(w(n)) for n in names]
    ts = dict(zip(names, tl))
    await asyncio.sleep(0.5)
    ts["a"].cancel()
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
        ts["c"].cancel()
        cond.notify(2)
    await asyncio.sleep(0.5)
    async with cond:
        cond.notify_all()
    res = await asyncio.gather(*tl, return_exceptions=True)
    print(log, [type(r).__name__ for r in res])

    sem = asyncio.Semaphore(2)
    order = []

    async def job(i):
        async with sem:
            order.append(i)
            await asyncio.sleep(0.1 * (3 - i % 3))

    await asyncio.gather(*(job(i) for i in range(7)))
    print("semaphore order", order, f"{loop.time():.1f}")


asyncio.run(main())
)PY",
        vtime());
    if (!c.result.ok) MESSAGE(c.result.traceback);
    CHECK(c.result.ok);
    CHECK(c.out == R"OUT(a cancelled, holds lock=True
0.5 b woke, locked=True
c cancelled, holds lock=True
0.5 d woke, locked=True
0.5 e woke, locked=True
['b', 'd', 'e'] ['CancelledError', 'NoneType', 'CancelledError', 'NoneType', 'NoneType']
semaphore order [0, 1, 2, 3, 4, 5, 6] 1.9
)OUT");
}
