// playground/run_model/resources.hpp: locks, events and queues at a moment, from the `resource`
// events the aio primitives record, over runs of the aio loop and of a Python script.
#include "resources.hpp"

#include "support.hpp"

#ifdef LOOPSCOPE_RUN_MODEL_TEST_PYTHON
#include "why_script.hpp"
#endif

using namespace run_model_test;

namespace {

aio::Coro<> locked_nap(aio::Lock& lock, double d) {
    auto guard = co_await lock.scoped();
    co_await aio::sleep(d);
}

aio::Coro<> waits_for(aio::Event& ev) { co_await ev.wait(); }

aio::Coro<> lock_and_event() {
    aio::Lock lock;
    aio::Event ev;
    auto a = aio::create_task(locked_nap(lock, 1.0), "a");
    auto b = aio::create_task(locked_nap(lock, 1.0), "b");
    auto c = aio::create_task(locked_nap(lock, 1.0), "c");
    auto w = aio::create_task(waits_for(ev), "w");
    co_await aio::sleep(2.5);
    ev.set();
    co_await aio::gather(a, b, c, w);
}

const ResourceView* find(const std::vector<ResourceView>& rs, std::string_view title) {
    for (const ResourceView& r : rs)
        if (r.title() == title) return &r;
    return nullptr;
}

}  // namespace

TEST_CASE("C++: a Lock's holder and its waiters in order; an Event's waiter until it is set") {
    Recorder rec;
    run_traced(rec, [] { return lock_and_event(); });
    std::vector<ResourceView> rs;
    resources_at(rec, state_at_time(rec, 0.5), rs);
    CHECK(format_resources(rec, rs) ==
          "Lock 1: held by a; waiting: b (Lock.acquire), c (Lock.acquire)\n"
          "Event 1: not set; waiting: w (Event.wait)\n");
    resources_at(rec, state_at_time(rec, 1.5), rs);
    CHECK(format_resources(rec, rs) ==
          "Lock 1: held by b; waiting: c (Lock.acquire)\n"
          "Event 1: not set; waiting: w (Event.wait)\n");
    const ResourceView* lock = find(rs, "Lock 1");
    REQUIRE(lock != nullptr);
    std::vector<std::uint32_t> involved;
    lock->involved(involved);
    CHECK(involved == std::vector<std::uint32_t>{task_named(rec, "b"), task_named(rec, "c")});
    // At the end: the lock is free, the event set, nobody waits.
    resources_at(rec, state_at(rec, rec.size()), rs);
    CHECK(format_resources(rec, rs) ==
          "Lock 1: free; waiting: -\n"
          "Event 1: set; waiting: -\n");
    // Before anything used them: nothing.
    resources_at(rec, state_at(rec, 1), rs);
    CHECK(rs.empty());
}

TEST_CASE("without a trace sink the primitives record nothing and still work") {
    aio::EventLoop::Options o;
    o.clock = aio::Clock::Kind::virtual_time;
    aio::EventLoop loop(std::move(o));
    loop.run_until_complete(lock_and_event());
    loop.close();
    Recorder rec;  // the loop never had a sink: a fresh recorder has no resources
    std::vector<ResourceView> rs;
    resources_at(rec, state_at(rec, 0), rs);
    CHECK(rs.empty());
}

#ifdef LOOPSCOPE_RUN_MODEL_TEST_PYTHON

TEST_CASE("Python: asyncio.Lock and asyncio.Queue as the script uses them") {
    Recorder& rec = why_run();
    std::vector<ResourceView> rs;
    resources_at(rec, state_at_time(rec, 0.5), rs);
    INFO(format_resources(rec, rs));
    const ResourceView* lock = find(rs, "Lock 1");
    const ResourceView* queue = find(rs, "Queue 1");
    REQUIRE(lock != nullptr);
    REQUIRE(queue != nullptr);
    CHECK(format_resources(rec, {*lock}) ==
          "Lock 1: held by w0; waiting: w1 (Lock.acquire), w2 (Lock.acquire)\n");
    CHECK(format_resources(rec, {*queue}) == "Queue 1: size 0 []; waiting: consumer (Queue.get)\n");
    // At 2.5 s: w2 holds the lock; the consumer took w0's and w1's items.
    resources_at(rec, state_at_time(rec, 2.5), rs);
    CHECK(format_resources(rec, {*find(rs, "Lock 1")}) == "Lock 1: held by w2; waiting: -\n");
    CHECK(format_resources(rec, {*find(rs, "Queue 1")}) ==
          "Queue 1: size 0 []; waiting: consumer (Queue.get)\n");
    // Between w1's put and the consumer's get (same moment, later events) the item is inside.
    const std::uint32_t w1 = task_named(rec, "w1");
    std::size_t put_at = npos;
    for (std::uint32_t ei : rec.index().resource_events()) {
        const Event& e = rec.events()[ei];
        if (static_cast<aio::ResourceOp>(e.arg) == aio::ResourceOp::put &&
            rec.index().task_index(e.other) == w1)
            put_at = ei;
    }
    REQUIRE(put_at != npos);
    resources_at(rec, state_at(rec, put_at + 1), rs);
    CHECK(format_resources(rec, {*find(rs, "Queue 1")}) ==
          "Queue 1: size 1 [w1]; waiting: consumer (Queue.get)\n");
}

#endif

#ifdef LOOPSCOPE_RUN_MODEL_TEST_PYTHON

TEST_CASE("Python: a Semaphore's holders and permits, a Condition's and a Barrier's waiters") {
    static const char* script = R"(import asyncio


async def holder(sem, name):
    async with sem:
        await asyncio.sleep(1)


async def cond_waiter(cond):
    async with cond:
        await cond.wait()


async def at_barrier(barrier):
    await barrier.wait()


async def main():
    sem = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(holder(sem, f"s{i}"), name=f"s{i}") for i in range(3)]
    cond = asyncio.Condition()
    c = asyncio.create_task(cond_waiter(cond), name="c")
    barrier = asyncio.Barrier(3)
    b = [asyncio.create_task(at_barrier(barrier), name=f"b{i}") for i in range(2)]
    await asyncio.sleep(0.5)
    async with cond:
        cond.notify()
    await barrier.wait()
    await asyncio.gather(*tasks, c, *b)


asyncio.run(main())
)";
    Recorder rec;
    run_python(rec, script, "prims.py");
    std::vector<ResourceView> rs;
    // At 0.25 s: two of three hold the semaphore; c waits on the condition (its lock released: a
    // plain Lock, as CPython's Condition() makes one); b0 and b1 wait at the barrier (its lock free).
    resources_at(rec, state_at_time(rec, 0.25), rs);
    CHECK(format_resources(rec, rs) ==
          "Semaphore 1: held by s0, s1 permits 0; waiting: s2 (Semaphore.acquire)\n"
          "Lock 1: free; waiting: -\n"
          "Condition 1: waiting: c (Condition.wait)\n"
          "Lock (a Barrier's) 1: free; waiting: -\n"
          "Barrier 1: waiting: b0 (Barrier.wait), b1 (Barrier.wait)\n");
    // At 1.5 s: s2 holds it (s0 and s1 gave theirs back at 1 s); nobody waits anywhere.
    resources_at(rec, state_at_time(rec, 1.5), rs);
    CHECK(format_resources(rec, {rs[0]}) == "Semaphore 1: held by s2 permits 1; waiting: -\n");
    for (const ResourceView& r : rs) CHECK(r.waiters.empty());
}

#endif
