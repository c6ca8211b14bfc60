// Tests for aio/queues.hpp: Queue, PriorityQueue, LifoQueue.
//
// Each scenario is the C++ port of a Python script; the expected event order is what CPython 3.11
// prints for it under /work/shared/conformance/vtime.py (the corpus scripts named below, or the
// Python described next to the test).
#include <doctest/doctest.h>

#include <cstdio>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "aio/aio.hpp"
#include "aio/queues.hpp"

#include "support.hpp"

using aio_test::run_vt;
using aio_test::settle;

namespace {

using Log = std::vector<std::string>;

std::string now1() {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f ", aio::get_running_loop().time());
    return buf;
}
std::string yn(bool b) { return b ? "True" : "False"; }

// ---- corpus 054: producer / consumers / join ---------------------------------------------

aio::Coro<> producer(aio::Queue<std::string>& q, Log& log, int n) {
    for (int i = 0; i < n; ++i) {
        co_await aio::sleep(0.3);
        co_await q.put("item" + std::to_string(i));
        log.push_back(now1() + "produced item" + std::to_string(i) + " (qsize " + std::to_string(q.qsize()) +
                      ")");
    }
}

aio::Coro<> consumer(std::string name, aio::Queue<std::string>& q, Log& log, int& handled) {
    for (;;) {
        std::string item = co_await q.get();
        co_await aio::sleep(0.5);
        ++handled;
        log.push_back(now1() + name + " handled " + item);
        q.task_done();
    }
}

aio::Coro<> producer_consumer_main(Log& log) {
    aio::Queue<std::string> q;
    int handled = 0;
    std::vector<aio::Task<>> consumers;
    for (int i = 0; i < 2; ++i)
        consumers.push_back(aio::create_task(consumer("c" + std::to_string(i), q, log, handled)));
    co_await producer(q, log, 6);
    log.push_back("producer finished, waiting for join()");
    co_await q.join();
    log.push_back(now1() + "all items processed: " + std::to_string(handled));
    CHECK(std::string(consumers[0].task().awaiting()->label()) == "Queue.get");
    for (auto& c : consumers) c.cancel();
    std::string kinds;
    for (auto& c : consumers) {
        try {
            co_await c;
            kinds += "result ";
        } catch (const aio::CancelledError&) { kinds += "CancelledError "; }
    }
    log.push_back("consumers: " + kinds);
    try {
        q.task_done();
    } catch (const aio::ValueError& e) { log.push_back(std::string("extra task_done: ") + e.what()); }
    CHECK(q.getter_count() == 0);
}

TEST_CASE("Queue: producer/consumers with task_done() and join() (corpus 054_queue_producer_consumer_join)") {
    Log log;
    run_vt([&] { return producer_consumer_main(log); });
    CHECK(log == Log{
                     "0.3 produced item0 (qsize 1)",
                     "0.6 produced item1 (qsize 1)",
                     "0.8 c0 handled item0",
                     "0.9 produced item2 (qsize 1)",
                     "1.1 c1 handled item1",
                     "1.2 produced item3 (qsize 1)",
                     "1.4 c0 handled item2",
                     "1.5 produced item4 (qsize 1)",
                     "1.7 c1 handled item3",
                     "1.8 produced item5 (qsize 1)",
                     "producer finished, waiting for join()",
                     "2.0 c0 handled item4",
                     "2.3 c1 handled item5",
                     "2.3 all items processed: 6",
                     "consumers: CancelledError CancelledError ",
                     "extra task_done: task_done() called too many times",
                 });
}

// ---- corpus 055: maxsize backpressure ----------------------------------------------------

// Items are optional<int>: nullopt is Python's None sentinel.
aio::Coro<> bp_producer(aio::Queue<std::optional<int>>& q, Log& log) {
    for (int i = 0; i < 5; ++i) {
        log.push_back(now1() + "putting " + std::to_string(i));
        co_await q.put(i);
        log.push_back(now1() + "put " + std::to_string(i) + " done (qsize " + std::to_string(q.qsize()) +
                      ")");
    }
    co_await q.put(std::nullopt);
}

aio::Coro<> bp_consumer(aio::Queue<std::optional<int>>& q, Log& log) {
    co_await aio::sleep(1);
    for (;;) {
        std::optional<int> item = co_await q.get();
        if (!item) break;
        log.push_back(now1() + "got " + std::to_string(*item));
        co_await aio::sleep(1);
    }
}

aio::Coro<> backpressure_main(Log& log) {
    aio::Queue<std::optional<int>> q(2);
    log.push_back("maxsize: " + std::to_string(q.maxsize()) + " full: " + yn(q.full()) +
                  " empty: " + yn(q.empty()));
    auto p = aio::create_task(bp_producer(q, log));
    auto c = aio::create_task(bp_consumer(q, log));
    co_await aio::sleep(0.5);
    CHECK(q.putter_count() == 1);
    CHECK(std::string(p.task().awaiting()->label()) == "Queue.put");
    co_await p;
    co_await c;
    log.push_back("full at end: " + yn(q.full()) + " empty: " + yn(q.empty()));
}

TEST_CASE(
    "Queue: put() blocks while full and resumes when a consumer makes room (corpus "
    "055_queue_maxsize_backpressure)") {
    Log log;
    run_vt([&] { return backpressure_main(log); });
    CHECK(log == Log{
                     "maxsize: 2 full: False empty: True",
                     "0.0 putting 0",
                     "0.0 put 0 done (qsize 1)",
                     "0.0 putting 1",
                     "0.0 put 1 done (qsize 2)",
                     "0.0 putting 2",
                     "1.0 got 0",
                     "1.0 put 2 done (qsize 2)",
                     "1.0 putting 3",
                     "2.0 got 1",
                     "2.0 put 3 done (qsize 2)",
                     "2.0 putting 4",
                     "3.0 got 2",
                     "3.0 put 4 done (qsize 2)",
                     "4.0 got 3",
                     "5.0 got 4",
                     "full at end: False empty: True",
                 });
}

// ---- corpus 057: LifoQueue ---------------------------------------------------------------

aio::Coro<> lifo_getter(aio::LifoQueue<std::string>& q, std::vector<std::string>& got) {
    got.push_back(co_await q.get());
}

aio::Coro<> lifo_main(Log& log) {
    aio::LifoQueue<int> q;
    for (int i = 0; i < 5; ++i) q.put_nowait(i);
    std::string popped;
    for (int i = 0; i < 5; ++i) popped += std::to_string(q.get_nowait());
    log.push_back("popped: " + popped);

    aio::LifoQueue<std::string> sq;
    std::vector<std::string> got;
    auto t = aio::create_task(lifo_getter(sq, got));
    co_await aio::sleep(0);
    sq.put_nowait("first");
    sq.put_nowait("second");
    co_await t;
    log.push_back("waiting getter got: " + got.at(0) + " left: " + sq.get_nowait());

    aio::LifoQueue<std::string> stack(3);
    for (const char* w : {"a", "b", "c"}) co_await stack.put(w);
    log.push_back("full: " + yn(stack.full()));
    std::string s;
    for (int i = 0; i < 3; ++i) s += co_await stack.get();
    log.push_back(s);
}

TEST_CASE("LifoQueue: newest first; a woken getter takes the top item when it runs (corpus 057_lifo_queue)") {
    Log log;
    run_vt([&] { return lifo_main(log); });
    CHECK(log == Log{"popped: 43210", "waiting getter got: second left: first", "full: True", "cba"});
}

// ---- corpus 058: nowait errors, maxsize <= 0 ---------------------------------------------

TEST_CASE(
    "Queue: get_nowait/put_nowait errors; maxsize <= 0 is unbounded (corpus 058_queue_nowait_exceptions)") {
    // No loop needed for the non-blocking API.
    aio::Queue<std::string> q(1);
    CHECK_THROWS_AS(q.get_nowait(), aio::QueueEmpty);
    try {
        q.get_nowait();
    } catch (const aio::QueueEmpty& e) { CHECK(std::string(e.what()).empty()); }
    q.put_nowait("x");
    CHECK_THROWS_AS(q.put_nowait("y"), aio::QueueFull);
    try {
        q.put_nowait("y");
    } catch (const std::exception& e) {  // QueueFull is an ordinary exception (Python: Exception)
        CHECK(std::string(e.what()).empty());
    }
    CHECK(q.qsize() == 1);
    CHECK(q.get_nowait() == "x");
    CHECK(q.qsize() == 0);

    aio::Queue<int> unbounded(0);
    for (int i = 0; i < 1000; ++i) unbounded.put_nowait(i);
    CHECK(unbounded.qsize() == 1000);
    CHECK_FALSE(unbounded.full());
    aio::Queue<int> neg(-5);
    neg.put_nowait(1);
    CHECK_FALSE(neg.full());
    CHECK(neg.unfinished_tasks() == 1);
    neg.task_done();
    CHECK_THROWS_WITH_AS(neg.task_done(), "task_done() called too many times", aio::ValueError);
}

// ---- cancellation ------------------------------------------------------------------------

// Python probe (CPython 3.11.7 output in the CHECKs):
//   getter(n): try: v = await q.get() except CancelledError: log cancelled qsize; raise; log got v
//   a, b, c = getters; sleep(0); q.put_nowait(1); a.cancel(); log "put 1, cancelled a, getters=N"
//   await a, b; d = getter; sleep(0); put_nowait(2); log "main stole" get_nowait(); sleep(0)
//   log getters; put_nowait(3); sleep(0); put_nowait(4); await c, d
//   p = Queue(maxsize=1); putter(n, v) like getter; p.put_nowait(0); p1..p3 = putters; sleep(0)
//   log "got" get_nowait() putters; p1.cancel(); sleep(0); log qsize/putters; sleep(0); log again;
//   log got get_nowait(); sleep(0); log got get_nowait(); await p1..p3; log unfinished qsize
aio::Coro<> q_getter(aio::Queue<int>& q, Log& log, std::string n) {
    int v = 0;
    try {
        v = co_await q.get();
    } catch (const aio::CancelledError&) {
        log.push_back(n + " cancelled qsize=" + std::to_string(q.qsize()));
        throw;
    }
    log.push_back(n + " got " + std::to_string(v));
}

aio::Coro<> q_putter(aio::Queue<int>& p, Log& log, std::string n, int v) {
    try {
        co_await p.put(v);
    } catch (const aio::CancelledError&) {
        log.push_back(n + " cancelled qsize=" + std::to_string(p.qsize()));
        throw;
    }
    log.push_back(n + " put " + std::to_string(v));
}

aio::Coro<> queue_cancel_main(Log& log) {
    aio::Queue<int> q;
    auto a = aio::create_task(q_getter(q, log, "a"));
    auto b = aio::create_task(q_getter(q, log, "b"));
    auto c = aio::create_task(q_getter(q, log, "c"));
    co_await aio::sleep(0);
    q.put_nowait(1);
    a.cancel();
    log.push_back("put 1, cancelled a, getters=" + std::to_string(q.getter_count()));
    co_await settle(a);
    co_await settle(b);
    auto d = aio::create_task(q_getter(q, log, "d"));
    co_await aio::sleep(0);
    q.put_nowait(2);                                                // wakes c ...
    log.push_back("main stole " + std::to_string(q.get_nowait()));  // ... which finds the queue empty
    co_await aio::sleep(0);
    log.push_back("getters=" + std::to_string(q.getter_count()));
    q.put_nowait(3);  // c waits again behind d: d gets 3
    co_await aio::sleep(0);
    q.put_nowait(4);
    co_await c;
    co_await d;

    aio::Queue<int> p(1);
    p.put_nowait(0);
    std::vector<aio::Task<>> ps;
    ps.push_back(aio::create_task(q_putter(p, log, "p1", 1)));
    ps.push_back(aio::create_task(q_putter(p, log, "p2", 2)));
    ps.push_back(aio::create_task(q_putter(p, log, "p3", 3)));
    co_await aio::sleep(0);
    int first = p.get_nowait();  // before putter_count(): C++ does not order the operands of +
    log.push_back("got " + std::to_string(first) + "; putters=" + std::to_string(p.putter_count()));
    ps[0].cancel();
    co_await aio::sleep(0);
    log.push_back("qsize=" + std::to_string(p.qsize()) + " putters=" + std::to_string(p.putter_count()));
    co_await aio::sleep(0);
    log.push_back("qsize=" + std::to_string(p.qsize()) + " putters=" + std::to_string(p.putter_count()));
    log.push_back("got " + std::to_string(p.get_nowait()));
    co_await aio::sleep(0);
    log.push_back("got " + std::to_string(p.get_nowait()));
    for (auto& t : ps) co_await settle(t);
    log.push_back("unfinished=" + std::to_string(p.unfinished_tasks()) +
                  " qsize=" + std::to_string(p.qsize()));
}

TEST_CASE(
    "Queue: cancelled getters/putters pass wake-ups on; a getter that finds the queue emptied waits again at "
    "the back") {
    Log log;
    run_vt([&] { return queue_cancel_main(log); });
    CHECK(log == Log{
                     "put 1, cancelled a, getters=2",
                     "a cancelled qsize=1",
                     "b got 1",
                     "main stole 2",
                     "getters=2",
                     "d got 3",
                     "c got 4",
                     "got 0; putters=2",
                     "p1 cancelled qsize=0",
                     "qsize=0 putters=1",
                     "p2 put 2",
                     "qsize=1 putters=1",
                     "got 2",
                     "p3 put 3",
                     "got 3",
                     "unfinished=3 qsize=0",
                 });
}

// ---- PriorityQueue -----------------------------------------------------------------------

struct Item {
    int p;
    std::string name;
};
struct ByPriority {
    bool operator()(const Item& a, const Item& b) const { return a.p < b.p; }
};

aio::Coro<> pq_consumer(aio::PriorityQueue<int>& q, Log& log) {
    for (int i = 0; i < 4; ++i) {
        int it = co_await q.get();
        log.push_back("got " + std::to_string(it));
        q.task_done();
    }
}
aio::Coro<> pq_joiner(aio::PriorityQueue<int>& q, Log& log, std::string n) {
    co_await q.join();
    log.push_back(n + " joined");
}

aio::Coro<> priority_main(Log& log) {
    aio::PriorityQueue<int> q2(2);
    auto c = aio::create_task(pq_consumer(q2, log));
    auto j1 = aio::create_task(pq_joiner(q2, log, "j1"));
    co_await aio::sleep(0);
    for (int v : {5, 1, 4, 2}) {
        co_await q2.put(v);
        log.push_back("put " + std::to_string(v) + " qsize=" + std::to_string(q2.qsize()));
    }
    auto j2 = aio::create_task(pq_joiner(q2, log, "j2"));
    co_await aio::sleep(0);
    co_await q2.join();
    log.push_back("main joined");
    co_await c;
    co_await j1;
    co_await j2;
}

TEST_CASE("PriorityQueue: smallest first, ties in CPython heapq order; join() with several joiners") {
    aio::PriorityQueue<Item, ByPriority> q;
    std::pair<int, const char*> items[] = {{3, "a"}, {1, "b"}, {2, "c"}, {1, "d"}, {3, "e"},
                                           {1, "f"}, {2, "g"}, {0, "h"}, {1, "i"}, {3, "j"}};
    for (auto& [p, n] : items) q.put_nowait(Item{p, n});
    std::string out;
    while (!q.empty()) {
        Item it = q.get_nowait();
        out += std::to_string(it.p) + it.name + " ";
    }
    // Python: PriorityQueue of objects whose __lt__ compares only p.
    CHECK(out == "0h 1f 1b 1d 1i 2g 2c 3j 3e 3a ");

    aio::PriorityQueue<int, std::greater<int>> maxq;
    for (int v : {2, 9, 4}) maxq.put_nowait(v);
    CHECK(maxq.get_nowait() == 9);

    Log log;
    run_vt([&] { return priority_main(log); });
    // Python: the same scenario with asyncio.PriorityQueue(maxsize=2).
    CHECK(log == Log{
                     "j1 joined",
                     "put 5 qsize=1",
                     "put 1 qsize=2",
                     "got 1",
                     "got 5",
                     "put 4 qsize=1",
                     "put 2 qsize=2",
                     "got 2",
                     "got 4",
                     "j2 joined",
                     "main joined",
                 });
}

aio::Coro<> pq_joiner_fifo(aio::Queue<int>& q, Log& log) {
    co_await q.join();
    log.push_back("j joined");
}

// ---- Move-only items, loop binding, misuse ----------------------------------------------

aio::Coro<> put_eight(aio::Queue<std::unique_ptr<int>>& q, Log& log) {
    co_await q.put(std::make_unique<int>(8));  // blocks: full
    log.push_back("second put done");
}

aio::Coro<> move_only_main(Log& log) {
    aio::Queue<std::unique_ptr<int>> q(1);
    co_await q.put(std::make_unique<int>(7));
    auto t = aio::create_task(put_eight(q, log));
    co_await aio::sleep(0);
    std::unique_ptr<int> a = co_await q.get();
    std::unique_ptr<int> b = co_await q.get();  // blocks until t's put completes
    log.push_back(std::to_string(*a) + " " + std::to_string(*b));
    co_await t;
}

aio::Coro<> join_label_main() {
    aio::Queue<int> q;
    q.put_nowait(1);
    Log log;
    auto j = aio::create_task(pq_joiner_fifo(q, log));
    co_await aio::sleep(0);
    REQUIRE(j.task().awaiting() != nullptr);
    CHECK(std::string(j.task().awaiting()->label()) == "Queue.join");
    CHECK(q.get_nowait() == 1);
    CHECK(log.empty());
    q.task_done();
    co_await j;
    CHECK(log == Log{"j joined"});
}

TEST_CASE("Queue: join() waits on a \"Queue.join\" future until task_done()") {
    run_vt([] { return join_label_main(); });
}

TEST_CASE("Queue: move-only items") {
    Log log;
    run_vt([&] { return move_only_main(log); });
    CHECK(log == Log{"second put done", "7 8"});
}

aio::Coro<> block_on_get(aio::Queue<int>& q, Log& log) {
    try {
        int v = co_await q.get();
        log.push_back("got " + std::to_string(v));
    } catch (const aio::RuntimeError& e) { log.push_back(e.what()); }
}
aio::Coro<> feed(aio::Queue<int>& q, Log& log) {
    auto t = aio::create_task(block_on_get(q, log));
    co_await aio::sleep(0);
    q.put_nowait(1);
    co_await t;
}

TEST_CASE("Queue: binds to the first loop it blocks on") {
    Log log;
    aio::Queue<int> q;
    aio::EventLoop::Options o1, o2;
    o1.clock = o2.clock = aio::Clock::Kind::virtual_time;
    {
        aio::EventLoop loop1(std::move(o1));
        aio::EventLoop loop2(std::move(o2));
        loop1.run_until_complete(feed(q, log));
        loop1.close();
        loop2.run_until_complete(block_on_get(q, log));
        loop2.close();
    }
    CHECK(log == Log{"got 1", "Queue is bound to a different event loop"});
}

aio::Coro<> hang_get(aio::Queue<int>& q) { co_await q.get(); }
aio::Coro<> hang_put(aio::Queue<int>& q) { co_await q.put(2); }
aio::Coro<> hang_join(aio::Queue<int>& q) { co_await q.join(); }
aio::Coro<> leave_blocked(aio::Queue<int>& empty, aio::Queue<int>& full) {
    full.put_nowait(1);
    aio::create_task(hang_get(empty));
    aio::create_task(hang_put(full));
    aio::create_task(hang_join(full));
    co_await aio::sleep(1);
    CHECK(empty.getter_count() == 1);
    CHECK(full.putter_count() == 1);
}

TEST_CASE("Queue: closing the loop while tasks are blocked on queues that outlive it leaks nothing") {
    long frames_before = aio::detail::live_coroutine_frames();
    aio::Queue<int> empty;
    aio::Queue<int> full(1);
    {
        aio::EventLoop::Options o;
        o.clock = aio::Clock::Kind::virtual_time;
        aio::EventLoop loop(std::move(o));
        loop.run_until_complete(leave_blocked(empty, full));
        loop.close();
    }
    CHECK(aio::detail::live_coroutine_frames() == frames_before);
    CHECK(full.qsize() == 1);
    CHECK(empty.getter_count() == 1);  // stale waiters of the closed loop, released with the queue
}

TEST_CASE("Queue: blocking outside a task is a RuntimeError") {
    aio::Queue<int> q;
    auto g = q.get();
    CHECK_FALSE(g.await_ready());
    CHECK_THROWS_AS(g.await_suspend({}), aio::RuntimeError);
    q.put_nowait(3);
    auto g2 = q.get();
    CHECK(g2.await_ready());
    CHECK(g2.await_resume() == 3);
}

// ---- Future-based entry points (what code that is not a C++ coroutine uses) ---------------

TEST_CASE("Queue: get_waiter / finish_get and put_waiter / finish_put without a coroutine") {
    run_vt([]() -> aio::Coro<> {
        aio::Queue<int> q(1);
        auto g1 = q.get_waiter();
        auto g2 = q.get_waiter();
        REQUIRE(g1);
        CHECK(std::string(g1->label()) == "Queue.get");
        CHECK(q.getter_count() == 2);
        q.put_nowait(1);  // wakes g1 (taken out of the getters)
        CHECK(g1->done());
        CHECK_FALSE(g2->done());
        CHECK(q.getter_count() == 1);
        // g1 is cancelled after it was woken: the item's wake-up goes to g2.
        CHECK_THROWS_AS(q.finish_get(*g1, std::make_exception_ptr(aio::CancelledError())),
                        aio::CancelledError);
        CHECK(g2->done());
        q.finish_get(*g2);
        CHECK_FALSE(q.get_waiter());  // an item is there: no wait
        CHECK(q.get_nowait() == 1);

        q.put_nowait(2);
        auto p1 = q.put_waiter();
        REQUIRE(p1);
        CHECK(std::string(p1->label()) == "Queue.put");
        p1->cancel();  // cancelled while waiting: leaves the putters
        CHECK_THROWS_AS(q.finish_put(*p1), aio::CancelledError);
        CHECK(q.putter_count() == 0);
        auto p2 = q.put_waiter();
        CHECK(q.get_nowait() == 2);
        CHECK(p2->done());
        q.finish_put(*p2);
        CHECK_FALSE(q.put_waiter());
        q.put_nowait(3);

        // join: waits while items are unfinished.
        auto j = q.join_waiter();
        REQUIRE(j);
        CHECK(std::string(j->label()) == "Queue.join");
        CHECK(q.get_nowait() == 3);
        for (int i = 0; i < 3; ++i) q.task_done();
        CHECK(j->done());
        q.finish_join(*j);
        CHECK_FALSE(q.join_waiter());
        co_return;
    });
}

// A comparison that fails for one value, as a Python __lt__ may raise.
struct Fragile {
    static inline bool armed = true;
    bool operator()(int a, int b) const {
        if (armed && (a == 13 || b == 13)) throw aio::ValueError("cannot compare 13");
        return a < b;
    }
};

TEST_CASE("PriorityQueue: a comparison that throws keeps every item in the heap (CPython heapq)") {
    aio::PriorityQueue<int, Fragile> q;
    for (int v : {8, 3, 5, 1}) q.put_nowait(v);
    Fragile::armed = true;
    CHECK_THROWS_AS(q.put_nowait(13), aio::ValueError);
    // heappush appended the item before comparing: it stays, but was not counted as a task.
    CHECK(q.qsize() == 5);
    CHECK(q.unfinished_tasks() == 4);
    Fragile::armed = false;
    std::string out;
    while (!q.empty()) out += std::to_string(q.get_nowait()) + " ";
    CHECK(out == "1 3 5 8 13 ");
    Fragile::armed = true;
    // heappop: the item being returned is lost, the rest stays a heap.
    for (int v : {4, 13, 2, 6}) {
        Fragile::armed = false;
        q.put_nowait(v);
    }
    Fragile::armed = true;
    CHECK_THROWS_AS(q.get_nowait(), aio::ValueError);  // 13 moves to the root and is compared
    Fragile::armed = false;
    out.clear();
    while (!q.empty()) out += std::to_string(q.get_nowait()) + " ";
    CHECK(out == "4 6 13 ");
}

}  // namespace
