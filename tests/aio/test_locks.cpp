// Tests for aio/locks.hpp: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier.
//
// Each scenario is the C++ port of a Python script; the expected event order is what CPython 3.11
// prints for it under /work/shared/conformance/vtime.py (the corpus scripts named below, or the
// Python quoted next to the test).
#include <doctest/doctest.h>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "aio/aio.hpp"
#include "aio/locks.hpp"

#include "support.hpp"

using aio_test::run_vt;
using aio_test::settle;

namespace {

using Log = std::vector<std::string>;

std::string now2() {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f ", aio::get_running_loop().time());
    return buf;
}
std::string now1() {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f ", aio::get_running_loop().time());
    return buf;
}
std::string yn(bool b) { return b ? "True" : "False"; }

// ---- Lock --------------------------------------------------------------------------------

aio::Coro<> fair_user(aio::Lock& lock, Log& log, std::string name, double hold) {
    log.push_back(now2() + name + " waiting");
    {
        auto guard = co_await lock.scoped();
        log.push_back(now2() + name + " acquired");
        co_await aio::sleep(hold);
    }
    log.push_back(now2() + name + " released");
}

aio::Coro<> lock_fairness_main(Log& log) {
    aio::Lock lock;
    std::vector<aio::Task<>> tasks;
    for (const char* n : {"A", "B", "C", "D"})
        tasks.push_back(aio::create_task(fair_user(lock, log, n, 0.1)));
    co_await aio::sleep(0.15);
    tasks.push_back(aio::create_task(fair_user(lock, log, "late", 0.1)));
    for (auto& t : tasks) co_await t;

    co_await lock.acquire();
    auto w = aio::create_task(fair_user(lock, log, "W", 0));
    co_await aio::sleep(0);
    lock.release();
    log.push_back(now2() + "released; locked()=" + yn(lock.locked()));
    co_await lock.acquire();
    log.push_back(now2() + "main re-acquired (only after W)");
    lock.release();
    co_await w;
    try {
        lock.release();
        log.push_back("no error");
    } catch (const aio::RuntimeError& e) { log.push_back(std::string("release unlocked: ") + e.what()); }
}

TEST_CASE("Lock: FIFO waiters, no barging after release (corpus 046_lock_fairness)") {
    Log log;
    run_vt([&] { return lock_fairness_main(log); });
    CHECK(log == Log{
                     "0.00 A waiting",
                     "0.00 A acquired",
                     "0.00 B waiting",
                     "0.00 C waiting",
                     "0.00 D waiting",
                     "0.10 A released",
                     "0.10 B acquired",
                     "0.15 late waiting",
                     "0.20 B released",
                     "0.20 C acquired",
                     "0.30 C released",
                     "0.30 D acquired",
                     "0.40 D released",
                     "0.40 late acquired",
                     "0.50 late released",
                     "0.50 W waiting",
                     "0.50 released; locked()=False",
                     "0.50 W acquired",
                     "0.50 W released",
                     "0.50 main re-acquired (only after W)",
                     "release unlocked: Lock is not acquired.",
                 });
}

aio::Coro<> blocked_user(aio::Lock& lock, Log& log, std::string name, double hold) {
    log.push_back(name + " wants the lock");
    try {
        auto guard = co_await lock.scoped();
        log.push_back(name + " has the lock");
        co_await aio::sleep(hold);
        log.push_back(name + " releases");
    } catch (const aio::CancelledError&) {
        log.push_back(name + " cancelled while waiting, locked=" + yn(lock.locked()));
        throw;
    }
}

aio::Coro<> cancel_blocked_main(Log& log) {
    aio::Lock lock;
    auto a = aio::create_task(blocked_user(lock, log, "A", 1));
    auto b = aio::create_task(blocked_user(lock, log, "B", 1));
    auto c = aio::create_task(blocked_user(lock, log, "C", 1));
    co_await aio::sleep(0.5);
    CHECK(lock.waiter_count() == 2);
    CHECK(std::string(b.task().awaiting()->label()) == "Lock.acquire");
    b.cancel();
    co_await settle(a);
    co_await settle(b);
    co_await settle(c);
    log.push_back("states: " + yn(a.cancelled()) + " " + yn(b.cancelled()) + " " + yn(c.cancelled()) +
                  " locked: " + yn(lock.locked()));
    char buf[32];
    std::snprintf(buf, sizeof buf, "time %.1f", aio::get_running_loop().time());
    log.push_back(buf);
    CHECK(lock.waiter_count() == 0);
}

TEST_CASE("Lock: a task cancelled in acquire() leaves the queue (corpus 036_cancel_blocked_on_lock)") {
    Log log;
    run_vt([&] { return cancel_blocked_main(log); });
    CHECK(log == Log{
                     "A wants the lock",
                     "A has the lock",
                     "B wants the lock",
                     "C wants the lock",
                     "B cancelled while waiting, locked=True",
                     "A releases",
                     "C has the lock",
                     "C releases",
                     "states: False True False locked: False",
                     "time 2.0",
                 });
}

// Python (CPython 3.11.7 output in the CHECK below):
//   async def user(n):
//       log.append(f"{n} wait")
//       try: await lock.acquire()
//       except asyncio.CancelledError:
//           log.append(f"{n} cancelled locked={lock.locked()}"); raise
//       log.append(f"{n} acquired"); await asyncio.sleep(0); lock.release(); log.append(f"{n} released")
//   await lock.acquire(); a, b, c = tasks of user("A"), user("B"), user("C"); await asyncio.sleep(0)
//   lock.release(); log(f"main released locked={lock.locked()}"); a.cancel()
//   t = create_task(user("late")); await a, b, c, t (exceptions swallowed)
//   log(f"end locked={lock.locked()} a={a.cancelled()}")
//   await lock.acquire(); d = create_task(user("D")); await asyncio.sleep(0); d.cancel(); lock.release()
//   log(f"release with cancelled waiter locked=...")
//   await lock.acquire(); log("main acquired at once"); lock.release(); await d (swallowed)
aio::Coro<> woken_user(aio::Lock& lock, Log& log, std::string n) {
    log.push_back(n + " wait");
    try {
        co_await lock.acquire();
    } catch (const aio::CancelledError&) {
        log.push_back(n + " cancelled locked=" + yn(lock.locked()));
        throw;
    }
    log.push_back(n + " acquired");
    co_await aio::sleep(0);
    lock.release();
    log.push_back(n + " released");
}

aio::Coro<> woken_cancel_main(Log& log) {
    aio::Lock lock;
    co_await lock.acquire();
    auto a = aio::create_task(woken_user(lock, log, "A"));
    auto b = aio::create_task(woken_user(lock, log, "B"));
    auto c = aio::create_task(woken_user(lock, log, "C"));
    co_await aio::sleep(0);
    lock.release();
    log.push_back("main released locked=" + yn(lock.locked()));
    a.cancel();
    auto t = aio::create_task(woken_user(lock, log, "late"));
    co_await settle(a);
    co_await settle(b);
    co_await settle(c);
    co_await settle(t);
    log.push_back("end locked=" + yn(lock.locked()) + " a=" + yn(a.cancelled()));

    co_await lock.acquire();
    auto d = aio::create_task(woken_user(lock, log, "D"));
    co_await aio::sleep(0);
    d.cancel();
    lock.release();
    log.push_back("release with cancelled waiter locked=" + yn(lock.locked()));
    bool ready = lock.acquire().await_ready();  // the fast path: only a cancelled waiter is queued
    CHECK(ready);
    log.push_back("main acquired at once");
    lock.release();
    co_await settle(d);
    CHECK(lock.waiter_count() == 0);
}

TEST_CASE(
    "Lock: a woken waiter cancelled before it runs passes the wake-up on; cancelled waiters do not block the "
    "fast path") {
    Log log;
    run_vt([&] { return woken_cancel_main(log); });
    CHECK(log == Log{
                     "A wait",
                     "B wait",
                     "C wait",
                     "main released locked=False",
                     "A cancelled locked=False",
                     "late wait",
                     "B acquired",
                     "B released",
                     "C acquired",
                     "C released",
                     "late acquired",
                     "late released",
                     "end locked=False a=True",
                     "D wait",
                     "release with cancelled waiter locked=False",
                     "main acquired at once",
                     "D cancelled locked=False",
                 });
}

aio::Coro<> guard_main(Log& log) {
    aio::Lock lock;
    {
        auto g = co_await lock.scoped();
        CHECK(g.owns());
        CHECK(lock.locked());
        g.release();
        CHECK_FALSE(g.owns());
        CHECK_FALSE(lock.locked());
        CHECK_THROWS_AS(lock.release(), aio::RuntimeError);
    }
    CHECK_FALSE(lock.locked());
    {
        auto g = co_await lock.scoped();
        auto g2 = std::move(g);
        CHECK_FALSE(g.owns());
        CHECK(lock.locked());
    }
    CHECK_FALSE(lock.locked());
    try {
        auto g = co_await lock.scoped();
        throw std::runtime_error("boom");
    } catch (const std::runtime_error&) { log.push_back("released on exception: " + yn(!lock.locked())); }
    // The fast path never suspends: a coroutine that acquires a free lock runs on in the same step.
    co_await lock.acquire();
    lock.release();
}

TEST_CASE("Lock: scoped() guard releases on scope exit, move and exception") {
    Log log;
    run_vt([&] { return guard_main(log); });
    CHECK(log == Log{"released on exception: True"});
}

aio::Coro<> wait_lock(aio::Lock& lock) { co_await lock.acquire(); }  // keeps it
aio::Coro<> bind_and_keep_locked(aio::Lock& lock) {
    co_await lock.acquire();
    auto t = aio::create_task(wait_lock(lock));
    co_await aio::sleep(0);  // t blocks: the lock binds to this loop
    lock.release();
    co_await t;
}
aio::Coro<> try_other_loop(aio::Lock& lock, Log& log) {
    try {
        co_await lock.acquire();  // still locked: must block, on a loop the lock is not bound to
        log.push_back("acquired?");
    } catch (const aio::RuntimeError& e) { log.push_back(e.what()); }
}

TEST_CASE("Lock: constructed outside any loop, binds to the first loop it blocks on") {
    Log log;
    long frames_before = aio::detail::live_coroutine_frames();
    aio::Lock lock;  // outlives both loops
    {
        // Both loops exist at once so that they have distinct addresses.
        aio::EventLoop::Options o1, o2;
        o1.clock = o2.clock = aio::Clock::Kind::virtual_time;
        aio::EventLoop loop1(std::move(o1));
        aio::EventLoop loop2(std::move(o2));
        loop1.run_until_complete(bind_and_keep_locked(lock));
        loop1.close();
        CHECK(lock.locked());
        loop2.run_until_complete(try_other_loop(lock, log));
        loop2.close();
    }
    CHECK(log == Log{"Lock is bound to a different event loop"});
    CHECK(aio::detail::live_coroutine_frames() == frames_before);
}

aio::Coro<> hold_lock(aio::Lock& lock) {
    co_await lock.acquire();
    co_await aio::sleep(10);
}
aio::Coro<> hang_cond(aio::Condition& cond) {
    auto g = co_await cond.scoped();
    co_await cond.wait();
}
aio::Coro<> hang_sem(aio::Semaphore& sem) { co_await sem.acquire(); }
aio::Coro<> hang_event(aio::Event& ev) { co_await ev.wait(); }
aio::Coro<> hang_barrier(aio::Barrier& b) { co_await b.wait(); }
aio::Coro<> leave_blocked(aio::Lock& lock, aio::Condition& cond, aio::Semaphore& sem, aio::Event& ev,
                          aio::Barrier& b) {
    aio::create_task(hold_lock(lock));
    aio::create_task(wait_lock(lock));
    aio::create_task(hang_cond(cond));
    co_await sem.acquire();
    aio::create_task(hang_sem(sem));
    aio::create_task(hang_event(ev));
    aio::create_task(hang_barrier(b));
    co_await aio::sleep(1);
    CHECK(lock.waiter_count() == 1);
    CHECK(cond.waiter_count() == 1);
    CHECK(sem.waiter_count() == 1);
    CHECK(ev.waiter_count() == 1);
    CHECK(b.n_waiting() == 1);
}

TEST_CASE("Closing the loop while tasks are blocked on primitives that outlive it leaks nothing") {
    long frames_before = aio::detail::live_coroutine_frames();
    aio::Lock lock;
    aio::Condition cond;
    aio::Semaphore sem(1);
    aio::Event ev;
    aio::Barrier barrier(2);
    {
        aio::EventLoop::Options o;
        o.clock = aio::Clock::Kind::virtual_time;
        aio::EventLoop loop(std::move(o));
        loop.run_until_complete(leave_blocked(lock, cond, sem, ev, barrier));
        loop.close();
    }
    CHECK(aio::detail::live_coroutine_frames() == frames_before);
    CHECK(lock.locked());  // the holder was destroyed without releasing (no unwinding on close)
}

// ---- Event -------------------------------------------------------------------------------

aio::Coro<> event_waiter(std::string name, aio::Event& ev, Log& log) {
    log.push_back(now1() + name + " waiting");
    bool r = co_await ev.wait();
    log.push_back(now1() + name + " woke (" + yn(r) + ")");
}

aio::Coro<> event_main(Log& log) {
    aio::Event ev;
    log.push_back("is_set: " + yn(ev.is_set()));
    std::vector<aio::Task<>> tasks;
    for (const char* n : {"w1", "w2", "w3"}) tasks.push_back(aio::create_task(event_waiter(n, ev, log)));
    co_await aio::sleep(1);
    CHECK(ev.waiter_count() == 3);
    CHECK(std::string(tasks[0].task().awaiting()->label()) == "Event.wait");
    ev.set();
    log.push_back(now1() + "set; is_set=" + yn(ev.is_set()));
    for (auto& t : tasks) co_await t;
    co_await event_waiter("immediate", ev, log);
    ev.clear();
    log.push_back("cleared, is_set: " + yn(ev.is_set()));
    auto t = aio::create_task(event_waiter("w4", ev, log));
    co_await aio::sleep(0.5);
    ev.set();
    ev.clear();
    log.push_back(now1() + "set then cleared in the same step");
    co_await t;
    CHECK(ev.waiter_count() == 0);
}

TEST_CASE("Event: set wakes all waiters in order, clear re-arms (corpus 047_event_set_clear_wait)") {
    Log log;
    run_vt([&] { return event_main(log); });
    CHECK(log == Log{
                     "is_set: False",
                     "0.0 w1 waiting",
                     "0.0 w2 waiting",
                     "0.0 w3 waiting",
                     "1.0 set; is_set=True",
                     "1.0 w1 woke (True)",
                     "1.0 w2 woke (True)",
                     "1.0 w3 woke (True)",
                     "1.0 immediate waiting",
                     "1.0 immediate woke (True)",
                     "cleared, is_set: False",
                     "1.0 w4 waiting",
                     "1.5 set then cleared in the same step",
                     "1.5 w4 woke (True)",
                 });
}

aio::Coro<> event_cancel_main(Log& log) {
    aio::Event ev;
    auto a = aio::create_task(event_waiter("a", ev, log));
    auto b = aio::create_task(event_waiter("b", ev, log));
    co_await aio::sleep(0);
    a.cancel("stop");
    co_await aio::sleep(0);
    CHECK(a.done());
    CHECK(ev.waiter_count() == 1);
    try {
        co_await a;
    } catch (const aio::CancelledError& e) { log.push_back(std::string("a cancelled: ") + e.what()); }
    ev.set();
    co_await b;
}

TEST_CASE("Event: a cancelled waiter leaves the waiter list and gets CancelledError") {
    Log log;
    run_vt([&] { return event_cancel_main(log); });
    CHECK(log == Log{"0.0 a waiting", "0.0 b waiting", "a cancelled: stop", "0.0 b woke (True)"});
}

// ---- Condition ---------------------------------------------------------------------------

aio::Coro<> cond_consumer(aio::Condition& cond, Log& log, std::vector<int>& woken, int i) {
    auto guard = co_await cond.scoped();
    log.push_back("consumer " + std::to_string(i) + " waits");
    co_await cond.wait();
    log.push_back("consumer " + std::to_string(i) + " woke at " + now1());
    woken.push_back(i);
}

aio::Coro<> condition_main(Log& log, std::vector<int>& woken) {
    aio::Condition cond;
    std::vector<aio::Task<>> tasks;
    for (int i = 0; i < 5; ++i) tasks.push_back(aio::create_task(cond_consumer(cond, log, woken, i)));
    co_await aio::sleep(1);
    CHECK(std::string(tasks[0].task().awaiting()->label()) == "Condition.wait");
    {
        auto g = co_await cond.scoped();
        log.push_back("notify(2)");
        cond.notify(2);
        log.push_back("locked while notifying: " + yn(cond.locked()));
    }
    co_await aio::sleep(1);
    {
        auto g = co_await cond.scoped();
        log.push_back("notify(1)");
        cond.notify();
    }
    co_await aio::sleep(1);
    {
        auto g = co_await cond.scoped();
        log.push_back("notify_all()");
        cond.notify_all();
    }
    for (auto& t : tasks) co_await t;
    try {
        cond.notify();
    } catch (const aio::RuntimeError& e) { log.push_back(std::string("notify without lock: ") + e.what()); }
}

TEST_CASE("Condition: notify(n) wakes n waiters FIFO, notify_all the rest (corpus 048_condition_notify)") {
    Log log;
    std::vector<int> woken;
    run_vt([&] { return condition_main(log, woken); });
    CHECK(log == Log{
                     "consumer 0 waits",
                     "consumer 1 waits",
                     "consumer 2 waits",
                     "consumer 3 waits",
                     "consumer 4 waits",
                     "notify(2)",
                     "locked while notifying: True",
                     "consumer 0 woke at 1.0 ",
                     "consumer 1 woke at 1.0 ",
                     "notify(1)",
                     "consumer 2 woke at 2.0 ",
                     "notify_all()",
                     "consumer 3 woke at 3.0 ",
                     "consumer 4 woke at 3.0 ",
                     "notify without lock: cannot notify on un-acquired lock",
                 });
    CHECK(woken == std::vector<int>{0, 1, 2, 3, 4});
}

// Python: /tmp probe cond_cancel.py; waiter(n): async with cond: log waits; try: await cond.wait();
// log woke / except CancelledError: log cancelled, raise / finally: log leaving.
aio::Coro<> cond_waiter(aio::Condition& cond, Log& log, std::string n) {
    auto guard = co_await cond.scoped();
    log.push_back(n + " waits");
    try {
        co_await cond.wait();
        log.push_back(n + " woke locked=" + yn(cond.locked()));
    } catch (const aio::CancelledError&) {
        log.push_back(n + " cancelled locked=" + yn(cond.locked()));
        log.push_back(n + " leaving");
        throw;
    }
    log.push_back(n + " leaving");
}

aio::Coro<> wait_for_checker(aio::Condition& cond, Log& log, int& v) {
    auto guard = co_await cond.scoped();
    int r = co_await cond.wait_for([&v] { return v >= 2 ? v : 0; });
    log.push_back("wait_for gave " + std::to_string(r));
}

aio::Coro<> condition_cancel_main(Log& log) {
    aio::Condition cond;
    auto a = aio::create_task(cond_waiter(cond, log, "A"));
    auto b = aio::create_task(cond_waiter(cond, log, "B"));
    co_await aio::sleep(0);
    co_await cond.acquire();
    log.push_back("main holds lock");
    a.cancel();
    co_await aio::sleep(0);
    co_await aio::sleep(0);
    // A's wait was cancelled but it cannot return before it reacquires the lock main holds.
    log.push_back("A done? " + yn(a.done()));
    cond.notify();
    log.push_back("main notified and releases");
    cond.release();
    for (auto* t : {&a, &b}) {
        try {
            co_await *t;
        } catch (const aio::CancelledError&) { log.push_back("A cancelled()"); }
    }
    int v = 0;
    auto t = aio::create_task(wait_for_checker(cond, log, v));
    for (int i = 0; i < 3; ++i) {
        co_await aio::sleep(0);
        auto g = co_await cond.scoped();
        ++v;
        log.push_back("v=" + std::to_string(v) + " notify_all");
        cond.notify_all();
    }
    co_await t;
    try {
        co_await cond.wait();
    } catch (const aio::RuntimeError& e) { log.push_back(std::string("wait without lock: ") + e.what()); }
    CHECK(cond.waiter_count() == 0);
}

TEST_CASE("Condition: a cancelled wait() reacquires the lock before raising; notify skips it; wait_for") {
    Log log;
    run_vt([&] { return condition_cancel_main(log); });
    CHECK(log == Log{
                     "A waits",
                     "B waits",
                     "main holds lock",
                     "A done? False",
                     "main notified and releases",
                     "A cancelled locked=True",
                     "A leaving",
                     "B woke locked=True",
                     "B leaving",
                     "A cancelled()",
                     "v=1 notify_all",
                     "v=2 notify_all",
                     "wait_for gave 2",
                     "v=3 notify_all",
                     "wait without lock: cannot wait on un-acquired lock",
                 });
}

aio::Coro<> shared_lock_main() {
    aio::Lock lock;
    aio::Condition cond(lock);
    CHECK(&cond.lock() == &lock);
    co_await lock.acquire();
    CHECK(cond.locked());
    cond.release();
    CHECK_FALSE(lock.locked());
}

TEST_CASE("Condition: can share an existing Lock") {
    run_vt([] { return shared_lock_main(); });
}

// ---- Semaphore ---------------------------------------------------------------------------

aio::Coro<> sem_waiter(aio::Semaphore& sem, Log& log, int n) {
    co_await sem.acquire();
    log.push_back(now1() + "waiter " + std::to_string(n) + " acquired");
}

aio::Coro<> semaphore_main(Log& log) {
    aio::Semaphore sem(2);
    log.push_back("locked: " + yn(sem.locked()));
    co_await sem.acquire();
    co_await sem.acquire();
    log.push_back("after 2 acquires locked: " + yn(sem.locked()));
    std::vector<aio::Task<>> tasks;
    for (int n = 0; n < 3; ++n) tasks.push_back(aio::create_task(sem_waiter(sem, log, n)));
    co_await aio::sleep(1);
    CHECK(std::string(tasks[0].task().awaiting()->label()) == "Semaphore.acquire");
    sem.release();
    log.push_back("released one");
    co_await aio::sleep(1);
    sem.release();
    sem.release();
    log.push_back("released two");
    for (auto& t : tasks) co_await t;
    log.push_back("locked now: " + yn(sem.locked()));
    sem.release();
    sem.release();
    sem.release();
    log.push_back("over-release of a plain Semaphore is allowed; locked: " + yn(sem.locked()));
    {
        auto g = co_await sem.scoped();
        log.push_back("async with works");
    }
    try {
        aio::Semaphore bad(-1);
    } catch (const aio::ValueError& e) { log.push_back(std::string("negative value: ") + e.what()); }
}

TEST_CASE("Semaphore: permits, locked(), FIFO waiters (corpus 050_semaphore)") {
    Log log;
    run_vt([&] { return semaphore_main(log); });
    CHECK(log == Log{
                     "locked: False",
                     "after 2 acquires locked: True",
                     "released one",
                     "1.0 waiter 0 acquired",
                     "released two",
                     "2.0 waiter 1 acquired",
                     "2.0 waiter 2 acquired",
                     "locked now: True",
                     "over-release of a plain Semaphore is allowed; locked: False",
                     "async with works",
                     "negative value: Semaphore initial value must be >= 0",
                 });
}

// Python: /tmp probe sem_cancel.py (user(n) logs "wait locked=", "cancelled value=", "acquired value=").
aio::Coro<> sem_user(aio::Semaphore& sem, Log& log, std::string n) {
    log.push_back(n + " wait locked=" + yn(sem.locked()));
    try {
        co_await sem.acquire();
    } catch (const aio::CancelledError&) {
        log.push_back(n + " cancelled value=" + std::to_string(sem.value()));
        throw;
    }
    log.push_back(n + " acquired value=" + std::to_string(sem.value()));
}

aio::Coro<> semaphore_cancel_main(Log& log) {
    aio::Semaphore sem(1);
    auto state = [&] { return "value=" + std::to_string(sem.value()) + " locked=" + yn(sem.locked()); };
    co_await sem.acquire();
    auto a = aio::create_task(sem_user(sem, log, "A"));
    auto b = aio::create_task(sem_user(sem, log, "B"));
    auto c = aio::create_task(sem_user(sem, log, "C"));
    co_await aio::sleep(0);
    sem.release();
    log.push_back("released " + state());
    a.cancel();
    co_await settle(a);
    co_await settle(b);
    log.push_back("after B " + state());
    c.cancel();
    co_await settle(c);
    log.push_back("after C cancelled " + state());
    sem.release();
    sem.release();
    sem.release();
    log.push_back("released 3 value=" + std::to_string(sem.value()));
    co_await aio::create_task(sem_user(sem, log, "D"));
    co_await sem.acquire();
    co_await sem.acquire();
    log.push_back("drained " + state());
    auto e = aio::create_task(sem_user(sem, log, "E"));
    auto f = aio::create_task(sem_user(sem, log, "F"));
    co_await aio::sleep(0);
    sem.release();
    sem.release();
    log.push_back("released 2 value=" + std::to_string(sem.value()));
    co_await e;
    co_await f;
    log.push_back("end value=" + std::to_string(sem.value()));
    CHECK(sem.waiter_count() == 0);
}

TEST_CASE("Semaphore: a woken waiter cancelled before it runs gives its permit to the next waiter") {
    Log log;
    run_vt([&] { return semaphore_cancel_main(log); });
    CHECK(log == Log{
                     "A wait locked=True",
                     "B wait locked=True",
                     "C wait locked=True",
                     "released value=0 locked=True",
                     "A cancelled value=0",
                     "B acquired value=0",
                     "after B value=0 locked=True",
                     "C cancelled value=0",
                     "after C cancelled value=0 locked=True",
                     "released 3 value=3",
                     "D wait locked=False",
                     "D acquired value=2",
                     "drained value=0 locked=True",
                     "E wait locked=True",
                     "F wait locked=True",
                     "released 2 value=0",
                     "E acquired value=0",
                     "F acquired value=0",
                     "end value=0",
                 });
}

aio::Coro<> limited(aio::Semaphore& sem, int i, Log& log) {
    auto g = co_await sem.scoped();
    log.push_back(now1() + "job " + std::to_string(i) + " running");
    co_await aio::sleep(1);
}

aio::Coro<> bounded_main(Log& log) {
    aio::BoundedSemaphore sem(2);
    std::vector<aio::Task<>> tasks;
    for (int i = 0; i < 5; ++i) tasks.push_back(aio::create_task(limited(sem, i, log)));
    for (auto& t : tasks) co_await t;
    try {
        sem.release();
        log.push_back("no error");
    } catch (const aio::ValueError& e) { log.push_back(std::string("over-release: ") + e.what()); }
    co_await sem.acquire();
    sem.release();
    log.push_back("balanced acquire/release ok; locked: " + yn(sem.locked()));
}

TEST_CASE("BoundedSemaphore: ValueError on over-release (corpus 051_bounded_semaphore)") {
    Log log;
    run_vt([&] { return bounded_main(log); });
    CHECK(log == Log{
                     "0.0 job 0 running",
                     "0.0 job 1 running",
                     "1.0 job 2 running",
                     "1.0 job 3 running",
                     "2.0 job 4 running",
                     "over-release: BoundedSemaphore released too many times",
                     "balanced acquire/release ok; locked: False",
                 });
    CHECK_THROWS_AS(aio::BoundedSemaphore(-1), aio::ValueError);
}

// ---- Barrier -----------------------------------------------------------------------------

aio::Coro<> barrier_runner(aio::Barrier& barrier, Log& log, std::string name, std::vector<double> delays) {
    for (std::size_t rnd = 0; rnd < delays.size(); ++rnd) {
        co_await aio::sleep(delays[rnd]);
        log.push_back(now2() + name + " arrives (round " + std::to_string(rnd) +
                      "), waiting=" + std::to_string(barrier.n_waiting()));
        long idx = co_await barrier.wait();
        log.push_back(now2() + name + " passes round " + std::to_string(rnd) + " with index " +
                      std::to_string(idx));
    }
}

aio::Coro<> barrier_main(Log& log) {
    aio::Barrier barrier(3);
    log.push_back("parties: " + std::to_string(barrier.parties()) +
                  " n_waiting: " + std::to_string(barrier.n_waiting()) + " broken: " + yn(barrier.broken()));
    auto a = aio::create_task(barrier_runner(barrier, log, "a", {1, 1}));
    auto b = aio::create_task(barrier_runner(barrier, log, "b", {2, 0.5}));
    auto c = aio::create_task(barrier_runner(barrier, log, "c", {3, 0.25}));
    co_await aio::sleep(2.5);
    CHECK(std::string(a.task().awaiting()->label()) == "Barrier.wait");
    co_await a;
    co_await b;
    co_await c;
    log.push_back("n_waiting: " + std::to_string(barrier.n_waiting()) + " broken: " + yn(barrier.broken()));
    aio::Barrier single(1);
    long idx = co_await single.wait();
    log.push_back("single-party barrier passes at once, index " + std::to_string(idx));
}

TEST_CASE("Barrier: all parties pass together with arrival indexes; reusable (corpus 052_barrier)") {
    Log log;
    run_vt([&] { return barrier_main(log); });
    CHECK(log == Log{
                     "parties: 3 n_waiting: 0 broken: False",
                     "1.00 a arrives (round 0), waiting=0",
                     "2.00 b arrives (round 0), waiting=1",
                     "3.00 c arrives (round 0), waiting=2",
                     "3.00 c passes round 0 with index 2",
                     "3.00 a passes round 0 with index 0",
                     "3.00 b passes round 0 with index 1",
                     "3.25 c arrives (round 1), waiting=0",
                     "3.50 b arrives (round 1), waiting=1",
                     "4.00 a arrives (round 1), waiting=2",
                     "4.00 a passes round 1 with index 2",
                     "4.00 c passes round 1 with index 0",
                     "4.00 b passes round 1 with index 1",
                     "n_waiting: 0 broken: False",
                     "single-party barrier passes at once, index 0",
                 });
}

// Python: /tmp probe barrier_abort.py; party(n): try: i = await b.wait(); log passed
// except BrokenBarrierError as e: log broken.
aio::Coro<> party(aio::Barrier& b, Log& log, std::string n) {
    try {
        long i = co_await b.wait();
        log.push_back(n + " passed " + std::to_string(i));
    } catch (const aio::BrokenBarrierError& e) { log.push_back(n + " broken: " + e.what()); }
}

aio::Coro<> barrier_abort_main(Log& log) {
    aio::Barrier b(3);
    auto nw = [&] { return "n_waiting=" + std::to_string(b.n_waiting()); };
    auto t1 = aio::create_task(party(b, log, "a"));
    auto t2 = aio::create_task(party(b, log, "b"));
    co_await aio::sleep(0);
    log.push_back(nw());
    co_await b.reset();
    log.push_back("reset: " + nw() + " broken=" + yn(b.broken()));
    auto t3 = aio::create_task(party(b, log, "c"));
    co_await aio::sleep(0);
    log.push_back("c arrived during resetting: " + nw());
    co_await t1;
    co_await t2;
    log.push_back("after a,b: " + nw());
    auto t4 = aio::create_task(party(b, log, "d"));
    co_await aio::sleep(0);
    log.push_back(nw());
    co_await b.abort();
    log.push_back("aborted broken=" + yn(b.broken()) + " " + nw());
    co_await t3;
    co_await t4;
    co_await party(b, log, "e");
    co_await b.reset();
    log.push_back("reset broken=" + yn(b.broken()));
    std::vector<aio::Task<>> ts;
    for (const char* n : {"x", "y", "z"}) ts.push_back(aio::create_task(party(b, log, n)));
    for (auto& t : ts) co_await t;
    auto t5 = aio::create_task(party(b, log, "p"));
    co_await aio::sleep(0);
    log.push_back(nw());
    t5.cancel();
    try {
        co_await t5;
    } catch (const aio::CancelledError&) { log.push_back("p cancelled"); }
    log.push_back(nw() + " broken=" + yn(b.broken()));
    try {
        aio::Barrier zero(0);
    } catch (const aio::ValueError& e) { log.push_back(std::string("Barrier(0): ") + e.what()); }
}

TEST_CASE("Barrier: reset() and abort() break waiters; a cancelled party leaves") {
    Log log;
    run_vt([&] { return barrier_abort_main(log); });
    CHECK(log == Log{
                     "n_waiting=2",
                     "reset: n_waiting=0 broken=False",
                     "a broken: Abort or reset of barrier",
                     "b broken: Abort or reset of barrier",
                     "c arrived during resetting: n_waiting=1",
                     "after a,b: n_waiting=1",
                     "n_waiting=2",
                     "aborted broken=True n_waiting=0",
                     "c broken: Abort or reset of barrier",
                     "d broken: Abort or reset of barrier",
                     "e broken: Barrier aborted",
                     "reset broken=False",
                     "z passed 2",
                     "x passed 0",
                     "y passed 1",
                     "n_waiting=1",
                     "p cancelled",
                     "n_waiting=0 broken=False",
                     "Barrier(0): parties must be > 0",
                 });
}

TEST_CASE("Awaiting a primitive outside a task is a RuntimeError, not a crash") {
    // Blocking needs a task (the driver); the fast path does not suspend at all.
    aio::Lock lock;
    auto a = lock.acquire();
    CHECK(a.await_ready());
    CHECK(lock.locked());
    auto b = lock.acquire();
    CHECK_FALSE(b.await_ready());
    CHECK_THROWS_AS(b.await_suspend({}), aio::RuntimeError);
    CHECK(lock.waiter_count() == 0);
}

// ---- Future-based entry points (what code that is not a C++ coroutine uses) ---------------

// Runs a state machine (start()/resume()) from done callbacks only, as a Python task or any other
// non-coroutine caller would; `end` gets null or the exception it ended with.
template <class Op> void drive_by_callbacks(Op& op, std::function<void(std::exception_ptr)> end) {
    struct Step {
        static void wait(Op& op, aio::Ref<aio::FutureBase> f, std::function<void(std::exception_ptr)> end) {
            if (!f) {
                end(nullptr);
                return;
            }
            f->add_done_callback([&op, end](aio::FutureBase&) {
                aio::Ref<aio::FutureBase> next;
                try {
                    next = op.resume();
                } catch (...) {
                    end(std::current_exception());
                    return;
                }
                wait(op, std::move(next), end);
            });
        }
    };
    aio::Ref<aio::FutureBase> first;
    try {
        first = op.start();
    } catch (...) {
        end(std::current_exception());
        return;
    }
    Step::wait(op, std::move(first), std::move(end));
}

std::string what(std::exception_ptr e) {
    if (!e) return "ok";
    try {
        std::rethrow_exception(e);
    } catch (const aio::CancelledError&) { return "CancelledError"; } catch (const std::exception& x) {
        return std::string("error: ") + x.what();
    }
}

TEST_CASE("Lock: acquire_waiter / finish_acquire without a coroutine") {
    aio::Lock lock;
    // The fast path needs no loop and gives no future.
    CHECK_FALSE(lock.acquire_waiter());
    CHECK(lock.locked());
    // Blocking needs a running loop.
    CHECK_THROWS_AS((void)lock.acquire_waiter(), aio::RuntimeError);
    CHECK(lock.waiter_count() == 0);
    run_vt([&]() -> aio::Coro<> {
        aio::Ref<aio::FutureBase> w1 = lock.acquire_waiter();
        aio::Ref<aio::FutureBase> w2 = lock.acquire_waiter();
        REQUIRE(w1);
        REQUIRE(w2);
        CHECK(std::string(w1->label()) == "Lock.acquire");
        CHECK(lock.waiter_count() == 2);
        lock.release();
        // The first waiter is woken; the lock stays free until it runs (no barging).
        CHECK(w1->done());
        CHECK_FALSE(w2->done());
        CHECK_FALSE(lock.locked());
        CHECK(lock.acquire_waiter());  // a newcomer queues behind them (and is dropped here)
        // w1 is cancelled after it was woken: the wake-up goes to w2.
        CHECK_THROWS_AS(lock.finish_acquire(*w1, std::make_exception_ptr(aio::CancelledError())),
                        aio::CancelledError);
        CHECK(w2->done());
        CHECK_FALSE(lock.locked());
        lock.finish_acquire(*w2);
        CHECK(lock.locked());
        // The newcomer's waiter still counts: it was never finished.
        CHECK(lock.waiter_count() == 1);
        co_return;
    });
}

TEST_CASE("Lock: a waiter cancelled while waiting leaves the list without waking anyone") {
    run_vt([]() -> aio::Coro<> {
        aio::Lock lock;
        CHECK_FALSE(lock.acquire_waiter());
        auto w1 = lock.acquire_waiter();
        auto w2 = lock.acquire_waiter();
        w1->cancel();
        CHECK_THROWS_AS(lock.finish_acquire(*w1), aio::CancelledError);  // the waiter's own failure
        CHECK_FALSE(w2->done());  // the lock is held: nothing to pass on
        CHECK(lock.waiter_count() == 1);
        lock.release();
        CHECK(w2->done());
        lock.finish_acquire(*w2);
        CHECK(lock.locked());
        co_return;
    });
}

TEST_CASE("Event: wait_waiter / finish_wait") {
    run_vt([]() -> aio::Coro<> {
        aio::Event ev;
        auto w1 = ev.wait_waiter();
        auto w2 = ev.wait_waiter("custom label");
        REQUIRE(w1);
        CHECK(std::string(w1->label()) == "Event.wait");
        CHECK(std::string(w2->label()) == "custom label");
        w2->cancel("stop");
        try {
            ev.finish_wait(*w2);
            FAIL("no exception");
        } catch (const aio::CancelledError& e) { CHECK(e.message() == std::optional<std::string>("stop")); }
        CHECK(ev.waiter_count() == 1);
        ev.set();
        ev.clear();  // a woken waiter still returns
        CHECK(w1->done());
        ev.finish_wait(*w1);
        CHECK(ev.waiter_count() == 0);
        ev.set();
        CHECK_FALSE(ev.wait_waiter());
        co_return;
    });
}

TEST_CASE("Semaphore: acquire_waiter / finish_acquire hand permits over and back") {
    run_vt([]() -> aio::Coro<> {
        aio::Semaphore sem(1);
        CHECK_FALSE(sem.acquire_waiter());
        CHECK(sem.value() == 0);
        auto w1 = sem.acquire_waiter();
        auto w2 = sem.acquire_waiter();
        CHECK(std::string(w1->label()) == "Semaphore.acquire");
        sem.release();  // the permit goes straight to w1
        CHECK(w1->done());
        CHECK(sem.value() == 0);
        // w1 is cancelled after it was handed the permit: it gives it to w2.
        CHECK_THROWS_AS(sem.finish_acquire(*w1, std::make_exception_ptr(aio::CancelledError())),
                        aio::CancelledError);
        CHECK(w2->done());
        CHECK(sem.value() == 0);
        sem.finish_acquire(*w2);
        CHECK(sem.waiter_count() == 0);
        sem.release();
        CHECK(sem.value() == 1);
        co_return;
    });
}

TEST_CASE("Condition::Waiting: release, notification, reacquire; a cancelled reacquire retries") {
    Log log;
    run_vt([&]() -> aio::Coro<> {
        aio::Condition cond;
        aio::Condition::Waiting op(cond);
        CHECK_THROWS_WITH_AS(op.start(), "cannot wait on un-acquired lock", aio::RuntimeError);

        // Notified while the lock is free: resume() reacquires at once.
        CHECK_FALSE(cond.lock().acquire_waiter());
        auto f = op.start();
        REQUIRE(f);
        CHECK(std::string(f->label()) == "Condition.wait");
        CHECK_FALSE(cond.locked());  // released while waiting
        CHECK_FALSE(cond.lock().acquire_waiter());
        cond.notify();
        cond.release();
        CHECK(f->done());
        CHECK_FALSE(op.resume());
        CHECK(cond.locked());

        // Notified while another holder keeps the lock; the reacquire is cancelled once.
        f = op.start();
        CHECK_FALSE(cond.lock().acquire_waiter());  // the "other holder"
        cond.notify_all();
        auto lw = op.resume();
        REQUIRE(lw);
        CHECK(std::string(lw->label()) == "Lock.acquire");
        lw->cancel();
        auto lw2 = op.resume();  // remembered, and waits for the lock again
        REQUIRE(lw2);
        cond.release();
        CHECK(lw2->done());
        try {
            op.resume();
            log.push_back("returned");
        } catch (const aio::CancelledError& e) {
            log.push_back(std::string("CancelledError, message: ") + (e.message() ? *e.message() : "none") +
                          ", locked=" + yn(cond.locked()));
        }

        // The same wait driven by done callbacks only.
        aio::Condition::Waiting op2(cond);
        drive_by_callbacks(op2,
                           [&](std::exception_ptr e) { log.push_back("callback-driven wait: " + what(e)); });
        CHECK(cond.waiter_count() == 1);
        CHECK_FALSE(cond.lock().acquire_waiter());
        cond.notify();
        cond.release();
        co_await aio::sleep(0);
        co_await aio::sleep(0);
        CHECK(cond.locked());
        cond.release();
        co_return;
    });
    CHECK(log == Log{"CancelledError, message: none, locked=True", "callback-driven wait: ok"});
}

TEST_CASE("Barrier::Waiting and Barrier::Changing driven by done callbacks") {
    Log log;
    run_vt([&]() -> aio::Coro<> {
        aio::Barrier b(3);
        std::vector<std::unique_ptr<aio::Barrier::Waiting>> ops;
        for (int i = 0; i < 2; ++i) {
            ops.push_back(std::make_unique<aio::Barrier::Waiting>(b));
            auto* op = ops.back().get();
            drive_by_callbacks(*op, [&log, op, i](std::exception_ptr e) {
                log.push_back("party " + std::to_string(i) + ": " + what(e) +
                              (e ? "" : " index " + std::to_string(op->index())));
            });
        }
        CHECK(b.n_waiting() == 2);
        // The last arrival passes without waiting.
        aio::Barrier::Waiting last(b);
        CHECK_FALSE(last.start());
        log.push_back("last index " + std::to_string(last.index()));
        co_await aio::sleep(0.1);
        CHECK(b.n_waiting() == 0);
        CHECK_FALSE(b.broken());

        // Two parties wait; reset() breaks them.
        for (int i = 0; i < 2; ++i) {
            drive_by_callbacks(*ops[i], [&log, i](std::exception_ptr e) {
                log.push_back("party " + std::to_string(i) + " round 2: " + what(e));
            });
        }
        CHECK(b.n_waiting() == 2);
        aio::Barrier::Changing reset(b, false);
        CHECK_FALSE(reset.start());  // the lock is free: applied at once
        co_await aio::sleep(0.1);
        CHECK(b.n_waiting() == 0);

        aio::Barrier::Changing abort(b, true);
        CHECK_FALSE(abort.start());
        CHECK(b.broken());
        aio::Barrier::Waiting late(b);
        CHECK_THROWS_WITH_AS(late.start(), "Barrier aborted", aio::BrokenBarrierError);
        co_return;
    });
    CHECK(log == Log{
                     "last index 2",
                     "party 0: ok index 0",
                     "party 1: ok index 1",
                     "party 0 round 2: error: Abort or reset of barrier",
                     "party 1 round 2: error: Abort or reset of barrier",
                 });
}

}  // namespace
