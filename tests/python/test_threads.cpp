// Threads (runtime/python/README.md "Threads"): asyncio.to_thread / run_in_executor, threading,
// concurrent.futures — Python callables on worker threads with a GIL, collections while threads
// are parked, the end-of-run policy, engine reuse and hosted runs. Expected outputs are CPython
// 3.11.7's for the same scripts.
#include <doctest/doctest.h>

#include <chrono>
#include <memory>
#include <string>

#include "aio/trace.hpp"
#include "support.hpp"

using loopscope::python::Engine;
using loopscope::python::EngineOptions;
using loopscope::python::ScriptRun;

namespace {

EngineOptions virtual_time() {
    EngineOptions o;
    o.virtual_time = true;
    return o;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

const char* const to_thread_script = R"(
import asyncio, threading, time

def blocking(x):
    time.sleep(0.01)
    return x * x, threading.current_thread().name

async def ticker(release):
    ticks = 0
    while ticks < 20:
        ticks += 1
        await asyncio.sleep(0.001)
    release.set()
    return ticks

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(blocking, 3))
    release = threading.Event()
    job = loop.run_in_executor(None, release.wait, 5)
    ticks = await ticker(release)
    print("loop ran", ticks, "ticks while the worker blocked; job:", await job)
    order = []
    def record(tag):
        order.append(tag)
        return tag
    results = await asyncio.gather(*(asyncio.to_thread(record, i) for i in range(5)))
    print(results, sorted(order))
    try:
        await asyncio.to_thread(int, "x")
    except ValueError:
        print("ValueError from the thread")

asyncio.run(main())
)";

const char* const to_thread_expected =
    "(9, 'asyncio_0')\n"
    "loop ran 20 ticks while the worker blocked; job: True\n"
    "[0, 1, 2, 3, 4] [0, 1, 2, 3, 4]\n"
    "ValueError from the thread\n";

}  // namespace

TEST_CASE("to_thread and run_in_executor run on workers while the loop keeps running") {
    for (bool vt : {false, true}) {
        CAPTURE(vt);
        EngineOptions o;
        o.virtual_time = vt;
        Captured c = run_py(to_thread_script, o);
        CHECK(c.err == "");
        CHECK(c.result.ok);
        CHECK(c.out == to_thread_expected);
    }
}

TEST_CASE("threading: threads, join, Event, Lock, RLock, Condition, Semaphore, Barrier, local") {
    Captured c = run_py(R"(
import threading, time
results = []
lock = threading.Lock()
def worker(n, delay):
    time.sleep(delay)
    with lock:
        results.append((n, threading.current_thread().name))
threads = [threading.Thread(target=worker, args=(i, 0.05 * (3 - i))) for i in range(3)]
print([t.name for t in threads], [t.is_alive() for t in threads])
for t in threads: t.start()
for t in threads: t.join()
print(results, [t.is_alive() for t in threads])
try:
    threads[0].start()
except RuntimeError as e:
    print("error:", e)
e = threading.Event()
print(e.is_set(), e.wait(0.01))
threading.Timer(0.02, e.set).start()
print(e.wait(2), e.is_set())
r = threading.RLock()
with r:
    with r:
        print("reentrant")
try:
    r.release()
except RuntimeError as e:
    print("error:", e)
l = threading.Lock()
print(l.acquire(), l.acquire(blocking=False), l.acquire(timeout=0.01), l.locked())
l.release()
try:
    l.release()
except RuntimeError as e:
    print("error:", e)
items, consumed = [], []
cond = threading.Condition()
def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: items)
            x = items.pop(0)
        if x is None:
            return
        consumed.append(x * 10)
c = threading.Thread(target=consumer)
c.start()
for i in list(range(4)) + [None]:
    with cond:
        items.append(i)
        cond.notify()
c.join()
print("consumed", consumed)
sem = threading.BoundedSemaphore(2)
active = [0, 0]
def limited():
    with sem:
        with lock:
            active[0] += 1
            active[1] = max(active)
        time.sleep(0.01)
        with lock:
            active[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(4)]  # the browser build runs 4 threads at once
for t in ts: t.start()
for t in ts: t.join()
print("at most", active[1], "at once")
b = threading.Barrier(3)
passed = []
def at_barrier(i):
    b.wait()
    with lock:
        passed.append(i)
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("barrier", sorted(passed))
data = threading.local()
data.x = "main"
def use_local():
    print("thread sees x:", hasattr(data, "x"))
    data.x = "thread"
t = threading.Thread(target=use_local); t.start(); t.join()
print(data.x, threading.current_thread().name, threading.current_thread() is threading.main_thread())
)");
    CHECK(c.err == "");
    CHECK(c.out ==
          "['Thread-1 (worker)', 'Thread-2 (worker)', 'Thread-3 (worker)'] [False, False, False]\n"
          "[(2, 'Thread-3 (worker)'), (1, 'Thread-2 (worker)'), (0, 'Thread-1 (worker)')] [False, False, "
          "False]\n"
          "error: threads can only be started once\n"
          "False False\n"
          "True True\n"
          "reentrant\n"
          "error: cannot release un-acquired lock\n"
          "True False False True\n"
          "error: release unlocked lock\n"
          "consumed [0, 10, 20, 30]\n"
          "at most 2 at once\n"
          "barrier [0, 1, 2]\n"
          "thread sees x: False\n"
          "main MainThread True\n");
}

TEST_CASE("concurrent.futures: submit, map, wait, as_completed, exceptions, cancel, shutdown") {
    Captured c = run_py(R"(
import concurrent.futures as cf
import threading, time
def square(x):
    time.sleep(0.001 * (5 - x))
    return x * x
with cf.ThreadPoolExecutor(max_workers=3) as pool:
    futs = [pool.submit(square, i) for i in range(5)]
    print([f.result() for f in futs], list(pool.map(square, range(4))))
    done, not_done = cf.wait(futs)
    print(len(done), len(not_done), sorted(f.result() for f in cf.as_completed(futs)))
    f = pool.submit(lambda: 1 / 0)
    print(type(f.exception()).__name__, f.done(), f.cancelled())
    ev = threading.Event()
    slow = pool.submit(ev.wait, 5)
    try:
        slow.result(timeout=0.01)
    except cf.TimeoutError:
        print("timeout; running:", slow.running())
    got = []
    slow.add_done_callback(lambda fut: got.append(fut.result()))
    ev.set()
    print(slow.result(), got)
    print(pool.submit(lambda: threading.current_thread().name).result().startswith("ThreadPoolExecutor-0_"))
pool = cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="w")
block = threading.Event()
first = pool.submit(block.wait)
second = pool.submit(print, "never")
print("cancel queued:", second.cancel(), "cancel running:", first.cancel())
block.set()
pool.shutdown(wait=True)
try:
    second.result()
except cf.CancelledError:
    print("CancelledError")
try:
    pool.submit(print, "x")
except RuntimeError as e:
    print("error:", e)
)");
    CHECK(c.err == "");
    CHECK(c.out ==
          "[0, 1, 4, 9, 16] [0, 1, 4, 9]\n"
          "5 0 [0, 1, 4, 9, 16]\n"
          "ZeroDivisionError True False\n"
          "timeout; running: True\n"
          "True [True]\n"
          "True\n"
          "cancel queued: True cancel running: False\n"
          "CancelledError\n"
          "error: cannot schedule new futures after shutdown\n");
}

TEST_CASE("an exception in a thread is reported on stderr as CPython does; call_soon_threadsafe") {
    Captured c = run_py(R"(
import asyncio, threading, time
def boom():
    raise ValueError("boom in thread")
t = threading.Thread(target=boom, name="bad")
t.start(); t.join()
print("alive:", t.is_alive())
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def from_thread():
        time.sleep(0.005)
        loop.call_soon_threadsafe(fut.set_result, "set from " + threading.current_thread().name)
    th = threading.Thread(target=from_thread, name="helper")
    th.start()
    print(await fut)
    th.join()
asyncio.run(main())
)",
                        virtual_time());
    CHECK(c.out == "alive: False\nset from helper\n");
    CHECK(c.err.find("Exception in thread bad:\nTraceback (most recent call last):\n") == 0);
    CHECK(c.err.find("ValueError: boom in thread\n") != std::string::npos);
}

TEST_CASE("collections run while other threads are parked; objects they hold survive") {
    EngineOptions o = virtual_time();
    o.heap_cap = 40 * 1024 * 1024;
    o.gc_min_interval = 512 * 1024;
    Captured c = run_py(R"(
import asyncio, threading, gc
def churn(n):
    total = 0
    for _ in range(n):
        block = [bytearray(1000) for _ in range(100)]
        total += len(block)
    return total
held = {}
ready, go = threading.Event(), threading.Event()
def holder():
    # Parked safely in go.wait() (a module-level target: no native frame between the thread's
    # entry and its frames), while the loop thread collects.
    data = [str(i) * 3 for i in range(3000)]
    ready.set()
    go.wait()
    held["ok"] = data == [str(i) * 3 for i in range(3000)]
async def main():
    loop = asyncio.get_running_loop()
    t = threading.Thread(target=holder)
    t.start()
    while not ready.is_set():
        await asyncio.sleep(0.001)
    for _ in range(40):
        churn(10)            # about 4 MB of garbage per round on the loop thread
        gc.collect()
        await asyncio.sleep(0)
    go.set()
    await asyncio.to_thread(t.join)
    print("held list intact:", held["ok"])
    # Workers allocate ~100 MB in all under a 40 MB cap: their garbage must be collected.
    import concurrent.futures
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, churn, 20) for _ in range(50)))
    print(sum(results))
asyncio.run(main())
)",
                        o);
    CHECK(c.err == "");
    CHECK(c.result.traceback == "");
    CHECK(c.out == "held list intact: True\n100000\n");
}

TEST_CASE("a worker allocating past the heap cap gets MemoryError") {
    EngineOptions o = virtual_time();
    o.heap_cap = 8 * 1024 * 1024;
    Captured c = run_py(R"(
import asyncio
def hog():
    return [bytearray(1024 * 1024) for _ in range(64)]
async def main():
    try:
        await asyncio.to_thread(hog)
    except MemoryError:
        print("MemoryError in the worker")
    print(await asyncio.to_thread(sum, [1, 2, 3]))
asyncio.run(main())
)",
                        o);
    CHECK(c.out == "MemoryError in the worker\n6\n");
}

TEST_CASE("the engine is reusable after runs with threads: names and numbering start again") {
    const char* script = R"(
import threading, concurrent.futures as cf
t = threading.Thread(target=lambda: None)
t.start(); t.join()
with cf.ThreadPoolExecutor() as pool:
    print(t.name, pool.submit(lambda: threading.current_thread().name).result())
)";
    Engine engine;
    for (int i = 0; i < 3; ++i) {
        std::string out;
        EngineOptions o;
        o.on_stdout = [&out](std::string_view s) { out += s; };
        engine = Engine(o);
        auto r = engine.run(script, "script.py");
        CHECK(r.ok);
        CHECK(out == "Thread-1 (<lambda>) ThreadPoolExecutor-0_0\n");
    }
}

TEST_CASE("threads left running: non-daemon threads are joined, then stopped after the timeout") {
    SUBCASE("a thread that finishes after the main program is joined (CPython)") {
        Captured c = run_py(R"(
import threading, time
def late():
    time.sleep(0.05)
    print("late thread done")
threading.Thread(target=late).start()
print("main done")
)");
        CHECK(c.out == "main done\nlate thread done\n");
        CHECK(c.result.ok);
    }
    SUBCASE("sleeping, spinning and daemon threads that never end are stopped") {
        EngineOptions o;
        o.thread_exit_timeout = 0.2;
        auto t0 = std::chrono::steady_clock::now();
        Captured c = run_py(R"(
import threading, time
def sleeper():
    try:
        while True:
            time.sleep(0.01)
    finally:
        print("sleeper stopped")
def spinner():
    n = 0
    while True:
        n += 1
threading.Thread(target=sleeper, name="sleeper").start()
threading.Thread(target=spinner, name="spinner").start()
threading.Thread(target=sleeper, daemon=True).start()
print("main done")
)",
                            o);
        CHECK(seconds_since(t0) < 3.0);
        CHECK(c.result.ok);
        CHECK(c.out.find("main done\n") == 0);
        CHECK(c.err.find("thread 'sleeper' still running") != std::string::npos);
        CHECK(c.err.find("abandoned") == std::string::npos);
    }
    SUBCASE("a thread that ignores the stop request is abandoned; the next run works") {
        EngineOptions o;
        o.thread_exit_timeout = 0.1;
        Captured c = run_py(R"(
import threading, time
def stubborn():
    while True:
        try:
            while True:
                try:
                    time.sleep(0.01)
                except BaseException:
                    pass
        except BaseException:
            pass
threading.Thread(target=stubborn, daemon=True).start()
print("main done")
)",
                            o);
        CHECK(c.out == "main done\n");
        CHECK(c.err.find("abandoned") != std::string::npos);
        Captured again = run_py(to_thread_script);
        CHECK(again.out == to_thread_expected);
    }
}

TEST_CASE("a hosted run with threads gives the blocking run's output") {
    for (bool vt : {false, true}) {
        CAPTURE(vt);
        std::string out, err;
        EngineOptions o;
        o.virtual_time = vt;
        o.on_stdout = [&out](std::string_view s) { out += s; };
        o.on_stderr = [&err](std::string_view s) { err += s; };
        Engine engine(o);
        std::unique_ptr<ScriptRun> run = engine.start(to_thread_script, "script.py");
        int slices = 0;
        while (!run->pump(0.004).finished) REQUIRE(++slices < 10000000);
        CHECK(err == "");
        CHECK(out == to_thread_expected);
    }
}

TEST_CASE("executor jobs of Python pools are traced like aio's: queued, started on worker N, finished") {
    struct Sink final : aio::TraceSink {
        int queued = 0, started = 0, finished = 0;
        std::uint32_t max_worker = 0;
        void record(const aio::TraceEvent& e) override {
            if (e.kind == aio::TraceKind::executor_queued) ++queued;
            if (e.kind == aio::TraceKind::executor_started) {
                ++started;
                max_worker = std::max(max_worker, e.arg);
            }
            if (e.kind == aio::TraceKind::executor_finished) ++finished;
        }
    } sink;
    EngineOptions o = virtual_time();
    o.trace = &sink;
    Captured c = run_py(R"(
import asyncio, threading
async def main():
    loop = asyncio.get_running_loop()
    gate = threading.Barrier(3)
    print(await asyncio.gather(*(loop.run_in_executor(None, gate.wait) for _ in range(3))) is not None)
asyncio.run(main())
)",
                        o);
    CHECK(c.out == "True\n");
    CHECK(sink.queued == 3);
    CHECK(sink.started == 3);
    CHECK(sink.finished == 3);
    CHECK(sink.max_worker == 2);  // three jobs that wait for each other ran on three workers
}

TEST_CASE("run_coroutine_threadsafe from a thread and wrap_future of a pool future") {
    for (bool vt : {false, true}) {
        CAPTURE(vt);
        EngineOptions o;
        o.virtual_time = vt;
        Captured c = run_py(R"(# realtime
# threads: run_coroutine_threadsafe from a thread, wrap_future of a pool future
import asyncio, threading, concurrent.futures as cf, time
async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b
async def fail():
    raise KeyError("k")
async def main():
    loop = asyncio.get_running_loop()
    out = []
    def in_thread():
        f = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
        out.append(f.result(timeout=2))
        g = asyncio.run_coroutine_threadsafe(fail(), loop)
        try:
            g.result(timeout=2)
        except KeyError as e:
            out.append("KeyError " + str(e))
        h = asyncio.run_coroutine_threadsafe(asyncio.sleep(10), loop)
        time.sleep(0.01)
        h.cancel()
        out.append(("cancelled", h.cancelled()))
    await asyncio.to_thread(in_thread)
    print(out)
    with cf.ThreadPoolExecutor(2) as pool:
        print(await asyncio.wrap_future(pool.submit(pow, 2, 10)))
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
)",
                            o);
        CHECK(c.err == "");
        CHECK(
            c.out ==
            "[5, \"KeyError 'k'\", ('cancelled', True)]\n1024\nTypeError: A coroutine object is required\n");
    }
}

TEST_CASE("asyncio.run's end joins the default pool's workers (CPython: shutdown_default_executor)") {
    Captured c = run_py(R"(
import asyncio, threading
async def main():
    print(await asyncio.to_thread(lambda: threading.current_thread().name), threading.active_count())
asyncio.run(main())
print(threading.active_count(), [t.name for t in threading.enumerate()])
)",
                        virtual_time());
    CHECK(c.out == "asyncio_0 2\n1 ['MainThread']\n");
}

TEST_CASE(
    "queue: thread-safe Queue (join/task_done, maxsize, timeouts in real time), Priority, Lifo, Simple") {
    for (bool vt : {false, true}) {
        CAPTURE(vt);
        EngineOptions o;
        o.virtual_time = vt;
        Captured c = run_py(R"(import queue, threading
q = queue.Queue(maxsize=2)
out = []
def producer():
    for i in range(6):
        q.put(i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.append(item * item)
        q.task_done()
ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in ts: t.start()
q.join()
for t in ts: t.join()
print(out, q.empty(), q.qsize())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
q2 = queue.Queue(1); q2.put(1)
try:
    q2.put(2, timeout=0.01)
except queue.Full:
    print("Full")
pq = queue.PriorityQueue()
for x in [5, 1, 3]: pq.put(x)
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue()
for x in [5, 1, 3]: lq.put(x)
print([lq.get() for _ in range(3)])
sq = queue.SimpleQueue(); sq.put("a")
print(sq.get(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty again")
)",
                            o);
        CHECK(c.err == "");
        CHECK(c.out ==
              "[0, 1, 4, 9, 16, 25] True 0\nEmpty\nFull\n[1, 3, 5]\n[3, 1, 5]\na True\nEmpty again\n");
    }
}
