// Tests for aio/wait.hpp: wait(), wait_for(), as_completed().
// Ported from the conformance corpus (005, 007, 025, 027, 031) plus CPython 3.11 probes; the
// expected lines are what CPython 3.11 prints under the virtual clock.
#include <doctest/doctest.h>

#include "transcript.hpp"

#include <aio/aio.hpp>

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

using namespace aio_test::transcript;

namespace {

struct KeyError : std::runtime_error {
    using std::runtime_error::runtime_error;
};
struct LookupError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// ---- 005_as_completed ---------------------------------------------------------------------------

aio::Coro<std::pair<int, double>> fetch(int i, double delay) {
    co_await aio::sleep(delay);
    co_return std::pair<int, double>(i, delay);
}

aio::Coro<void> main_005() {
    std::vector<aio::Coro<std::pair<int, double>>> coros;
    int i = 0;
    for (double d : {0.3, 0.1, 0.4, 0.2}) coros.push_back(fetch(i++, d));
    auto ac = aio::as_completed(std::move(coros));
    for (std::size_t k = 0; k < ac.size(); ++k) {
        auto [n, d] = co_await ac.next();
        say(fmt(now(), 1) + ": got " + std::to_string(n) + " (delay " + num(d) + ")");
    }
    std::vector<aio::Coro<std::pair<int, double>>> coros2;
    i = 0;
    for (double d : {0.5, 2.0, 0.1}) coros2.push_back(fetch(i++, d));
    try {
        auto ac2 = aio::as_completed(std::move(coros2), 1.0);
        for (std::size_t k = 0; k < ac2.size(); ++k) {
            auto [n, d] = co_await ac2.next();
            say(fmt(now(), 1) + ": got " + std::to_string(n));
        }
    } catch (const aio::TimeoutError&) { say(fmt(now(), 1) + ": timed out"); }
    co_await aio::sleep(1.5);
    say(fmt(now(), 1) + ": end");
}

TEST_CASE("005 as_completed: completion order; timeout raises TimeoutError") {
    run_virtual(main_005);
    CHECK(joined() == R"~(0.1: got 1 (delay 0.1)
0.2: got 3 (delay 0.2)
0.3: got 0 (delay 0.3)
0.4: got 2 (delay 0.4)
0.5: got 2
0.9: got 0
1.4: timed out
2.9: end
)~");
}

// ---- 007_wait_for_timeout -----------------------------------------------------------------------

aio::Coro<std::string> slow_op(double delay) {
    try {
        co_await aio::sleep(delay);
        co_return "slept " + num(delay);
    } catch (const aio::CancelledError&) {
        say("slow_op(" + num(delay) + ") cancelled at " + fmt(now(), 1));
        throw;
    }
}

aio::Coro<void> main_007() {
    say(co_await aio::wait_for(slow_op(0.5), 1));
    try {
        co_await aio::wait_for(slow_op(5), 1);
    } catch (const aio::TimeoutError& e) { say(std::string("caught TimeoutError '") + e.what() + "'"); }
    say("now " + fmt(now(), 1));
    auto task = aio::create_task(slow_op(3));
    try {
        co_await aio::wait_for(task, 0.5);
    } catch (const aio::TimeoutError&) {
        say(std::string("task cancelled by wait_for: ") + py(task.cancelled()));
    }
    say("now " + fmt(now(), 1));
}

TEST_CASE("007 wait_for: result before the timeout, else cancel + TimeoutError") {
    run_virtual(main_007);
    // (The corpus line "asyncio.TimeoutError is TimeoutError: True" is Python-only.)
    CHECK(joined() == R"~(slept 0.5
slow_op(5) cancelled at 1.5
caught TimeoutError ''
now 1.5
slow_op(3) cancelled at 2.0
task cancelled by wait_for: True
now 2.0
)~");
}

// ---- 025_wait_first_completed -------------------------------------------------------------------

aio::Coro<std::string> job(std::string name, double delay) {
    co_await aio::sleep(delay);
    co_return name + ":" + std::to_string(int(delay));
}

std::string sorted_list(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    std::string s = "[";
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", '" : "'") + v[i] + "'";
    return s + "]";
}

aio::Coro<void> main_025() {
    std::vector<aio::Task<std::string>> pending;
    for (int k = 0; k < 4; ++k) {
        std::string name(1, char('a' + k));
        pending.push_back(aio::create_task(job(name, k == 0 ? 3 : k == 2 ? 2 : 1), name));
    }
    while (!pending.empty()) {
        auto r = co_await aio::wait(pending, std::nullopt, aio::FIRST_COMPLETED);
        std::vector<std::string> done, names;
        for (auto& t : r.done) done.push_back(t.result());
        for (auto& t : r.pending) names.push_back(t.get_name());
        say(fmt(now(), 1) + " done=" + sorted_list(done) + " pending=" + sorted_list(names));
        pending = r.pending;
    }
    auto t = aio::create_task(job("e", 5));
    // (g++ 12 fails on a CTAD temporary like std::vector{t} inside a co_await: "array used as initializer")
    std::vector<aio::Task<std::string>> just_t{t};
    auto r = co_await aio::wait(just_t, 1.0, aio::FIRST_COMPLETED);
    say(fmt(now(), 1) + " timeout: done=" + std::to_string(r.done.size()) +
        " pending=" + std::to_string(r.pending.size()) + " (wait never raises TimeoutError)");
    t.cancel();
    try {
        co_await aio::wait(std::vector<aio::Task<std::string>>{});
    } catch (const aio::ValueError& e) { say(std::string("empty wait: ") + e.what()); }
}

TEST_CASE("025 wait FIRST_COMPLETED") {
    run_virtual(main_025);
    // (The corpus line printing the constants is Python-only.)
    CHECK(joined() == R"~(1.0 done=['b:1', 'd:1'] pending=['a', 'c']
2.0 done=['c:2'] pending=['a']
3.0 done=['a:3'] pending=[]
4.0 timeout: done=0 pending=1 (wait never raises TimeoutError)
empty wait: Set of Tasks/Futures is empty.
)~");
}

// ---- 027_wait_all_completed ---------------------------------------------------------------------

aio::Coro<int> job27(int n) {
    co_await aio::sleep(n / 2.0);
    if (n == 3) throw KeyError(std::to_string(n));
    co_return n * 100;
}

aio::Coro<void> main_027() {
    std::vector<aio::Task<int>> tasks;
    for (int n = 1; n <= 5; ++n) tasks.push_back(aio::create_task(job27(n)));
    auto r = co_await aio::wait(tasks);
    say(fmt(now(), 1) + " done=" + std::to_string(r.done.size()) +
        " pending=" + std::to_string(r.pending.size()));
    for (auto& t : tasks) {
        if (auto e = t.exception()) {
            try {
                std::rethrow_exception(e);
            } catch (const KeyError& k) { say(std::string("   KeyError(") + k.what() + ")"); }
        } else {
            say("   " + std::to_string(t.result()));
        }
    }
    std::vector<aio::Task<int>> tasks2;
    for (int n : {2, 4, 6}) tasks2.push_back(aio::create_task(job27(n)));
    auto r2 = co_await aio::wait(tasks2, 1.5);
    say(fmt(now(), 1) + " after timeout: done=" + std::to_string(r2.done.size()) +
        " pending=" + std::to_string(r2.pending.size()));
    std::string line = "pending not cancelled: [";
    for (std::size_t i = 0; i < r2.pending.size(); ++i)
        line += std::string(i ? ", " : "") + py(r2.pending[i].cancelled());
    say(line + "]");
    auto r3 = co_await aio::wait(r2.pending);
    std::vector<int> res;
    for (auto& t : r3.done) res.push_back(t.result());
    std::sort(res.begin(), res.end());
    say(fmt(now(), 1) + " finally: [" + std::to_string(res[0]) + ", " + std::to_string(res[1]) + "]");
}

TEST_CASE("027 wait ALL_COMPLETED; timeout leaves tasks running") {
    run_virtual(main_027);
    CHECK(joined() == R"~(2.5 done=5 pending=0
   100
   200
   KeyError(3)
   400
   500
4.0 after timeout: done=1 pending=2
pending not cancelled: [False, False]
5.5 finally: [400, 600]
)~");
}

// ---- 031_wait_for_completed ---------------------------------------------------------------------

aio::Coro<std::string> quick() { co_return "quick"; }

aio::Coro<std::string> fails() {
    co_await aio::sleep(0.1);
    throw LookupError("inner error");
}

aio::Coro<std::string> sleep_result(double d, std::string v) {
    co_return co_await aio::sleep(d, std::move(v));
}

aio::Coro<void> main_031() {
    aio::EventLoop& loop = aio::get_running_loop();
    auto fut = loop.create_future<std::string>();
    fut.set_result("ready");
    say(co_await aio::wait_for(fut, 1));
    say(co_await aio::wait_for(fut, 0));
    say(co_await aio::wait_for(quick(), std::nullopt));
    say(co_await aio::wait_for(sleep_result(3, "no timeout"), std::nullopt));
    auto pending = loop.create_future<int>();
    try {
        co_await aio::wait_for(pending, 0);
    } catch (const aio::TimeoutError&) {
        say(std::string("timeout=0 on a pending future -> TimeoutError; cancelled: ") +
            py(pending.cancelled()));
    }
    try {
        co_await aio::wait_for(fails(), 1);
    } catch (const LookupError& e) { say(std::string("inner exception propagates: ") + e.what()); }
    say(fmt(now(), 1));
}

TEST_CASE("031 wait_for on done futures, timeout 0 / None, exceptions pass through") {
    run_virtual(main_031);
    CHECK(joined() == R"~(ready
ready
quick
no timeout
timeout=0 on a pending future -> TimeoutError; cancelled: True
inner exception propagates: inner error
3.1
)~");
}

// ---- CPython 3.11 probes -----------------------------------------------------------------------

aio::Coro<int> jobn(int n, double delay, bool fail = false) {
    co_await aio::sleep(delay);
    if (fail) throw aio::ValueError("v" + std::to_string(n));
    co_return n;
}

aio::Coro<int> cleanup_child() {
    try {
        co_await aio::sleep(10);
    } catch (const aio::CancelledError&) { say(fmt(now(), 1) + " child cleaning up"); }
    // (C++ cannot co_await inside a handler: clean up after it, then re-raise.)
    co_await aio::sleep(0.5);
    say(fmt(now(), 1) + " child re-raising");
    throw aio::CancelledError();
}

aio::Coro<std::string> swallower() {
    try {
        co_await aio::sleep(10);
    } catch (const aio::CancelledError&) {}
    co_await aio::sleep(0.2);
    co_return "swallowed";
}

aio::Coro<int> waiter(aio::Task<int> inner) {
    try {
        co_return co_await aio::wait_for(inner, 5);
    } catch (const aio::CancelledError&) {
        say(fmt(now(), 1) + " waiter got CancelledError, inner done=" + py(inner.done()) +
            " cancelled=" + py(inner.cancelled()));
        throw;
    }
}

aio::Coro<int> raiser() {
    try {
        co_await aio::sleep(10);
    } catch (const aio::CancelledError&) { throw KeyError("cleanup"); }
    co_return 0;
}

// The exception nested in `e` (what a TimeoutError was raised from), by name. Not inside the
// coroutine: clang 19 (Emscripten 3.1.69) emits wasm exception handling that Binaryen rejects for a
// try/catch nested in a catch block of a coroutine ("rethrow target cannot use internal name").
std::string nested_cause(const std::exception& e) {
    try {
        std::rethrow_if_nested(e);
    } catch (const aio::CancelledError&) { return "CancelledError"; } catch (...) {
    }
    return "?";
}

aio::Coro<void> main_probe() {
    std::vector<aio::Task<int>> ts{aio::create_task(jobn(1, 1)), aio::create_task(jobn(2, 2, true)),
                                   aio::create_task(jobn(3, 3))};
    auto r = co_await aio::wait(ts, std::nullopt, aio::FIRST_EXCEPTION);
    say(fmt(now(), 1) + " FE done=" + std::to_string(r.done.size()) +
        " pending=" + std::to_string(r.pending.size()));
    r = co_await aio::wait(r.pending, std::nullopt, aio::FIRST_EXCEPTION);
    say(fmt(now(), 1) + " FE no exc done=" + std::to_string(r.done.size()) +
        " pending=" + std::to_string(r.pending.size()));
    try {
        co_await aio::wait_for(cleanup_child(), 1);
    } catch (const aio::TimeoutError& e) {
        say(fmt(now(), 1) + " wait_for TimeoutError cause=" + nested_cause(e));
    }
    std::string v = co_await aio::wait_for(swallower(), 1);
    say(fmt(now(), 1) + " wait_for returned " + v);
    auto t = aio::create_task(jobn(9, 5));
    try {
        co_await aio::wait_for(t, -1);
    } catch (const aio::TimeoutError&) {
        say(fmt(now(), 1) + " negative timeout: cancelled=" + py(t.cancelled()));
    }
    auto inner = aio::create_task(cleanup_child());
    auto w = aio::create_task(waiter(inner));
    co_await aio::sleep(1);
    w.cancel();
    try {
        co_await w;
    } catch (const aio::CancelledError&) { say(fmt(now(), 1) + " w cancelled=" + py(w.cancelled())); }
    try {
        co_await aio::wait_for(raiser(), 0.5);
    } catch (const KeyError& e) {
        say(fmt(now(), 1) + " cleanup error propagates KeyError('" + e.what() + "')");
    }
    std::vector<aio::Coro<int>> cs;
    cs.push_back(jobn(1, 0.1));
    cs.push_back(jobn(2, 0.3));
    auto ac = aio::as_completed(std::move(cs), 0.2);
    for (std::size_t k = 0; k < ac.size(); ++k) {
        std::string at = fmt(now(), 1);  // Python evaluates the f-string's time before the await
        try {
            int n = co_await ac.next();
            say(at + " ac got " + std::to_string(n));
        } catch (const aio::TimeoutError&) { say(fmt(now(), 1) + " ac timeout"); }
    }
    std::vector<aio::Coro<int>> cs2;
    cs2.push_back(jobn(1, 0.2, true));
    cs2.push_back(jobn(2, 0.1));
    auto ac2 = aio::as_completed(std::move(cs2));
    for (std::size_t k = 0; k < ac2.size(); ++k) {
        std::string at = fmt(now(), 1);
        try {
            int n = co_await ac2.next();
            say(at + " ac2 got " + std::to_string(n));
        } catch (const aio::ValueError& e) { say(fmt(now(), 1) + " ac2 error " + e.what()); }
    }
    auto t1 = aio::create_task(jobn(1, 0.1));
    std::vector<aio::Task<int>> twice{t1, t1};
    auto rd = co_await aio::wait(twice);
    say("dup " + std::to_string(rd.done.size()) + " " + std::to_string(rd.pending.size()));
    std::vector<aio::Task<int>> mixed{t1, aio::create_task(jobn(2, 1))};
    auto rf = co_await aio::wait(mixed, std::nullopt, aio::FIRST_COMPLETED);
    say(fmt(now(), 1) + " already done FC done=" + std::to_string(rf.done.size()) +
        " pending=" + std::to_string(rf.pending.size()));
    co_await aio::sleep(2);
}

TEST_CASE("wait / wait_for / as_completed subtleties (CPython 3.11 probe)") {
    run_virtual(main_probe);
    CHECK(joined() == R"~(2.0 FE done=2 pending=1
3.0 FE no exc done=1 pending=0
4.0 child cleaning up
4.5 child re-raising
4.5 wait_for TimeoutError cause=CancelledError
5.7 wait_for returned swallowed
5.7 negative timeout: cancelled=True
6.7 child cleaning up
7.2 child re-raising
7.2 waiter got CancelledError, inner done=True cancelled=True
7.2 w cancelled=True
7.7 cleanup error propagates KeyError('cleanup')
7.7 ac got 1
7.9 ac timeout
7.9 ac2 got 2
8.1 ac2 error v1
dup 1 0
8.2 already done FC done=1 pending=1
)~");
}

// The task waiting in wait() is cancelled in the same iteration in which a waited-for task
// finishes: the task's done callback was already scheduled when the wait() frame goes away.
aio::Coro<void> wait_on(std::vector<aio::Task<int>> ts) {
    try {
        co_await aio::wait(ts);
    } catch (const aio::CancelledError&) {
        say("wait cancelled");
        throw;
    }
}

aio::Coro<void> canceller(aio::Task<void>* target) {
    co_await aio::sleep(1);
    target->cancel();
}

aio::Coro<void> main_wait_cancel_race() {
    aio::Task<void> w;
    auto c = aio::create_task(canceller(&w));  // its timer is armed first: it runs first at t=1
    auto a = aio::create_task(jobn(1, 1));
    w = aio::create_task(wait_on({a}));
    try {
        co_await w;
    } catch (const aio::CancelledError&) {
        say("w cancelled " + std::string(py(w.cancelled())) + ", a=" + std::to_string(a.result()));
    }
    co_await aio::sleep(0.1);
    co_await c;
}

TEST_CASE("wait(): cancelled while a done callback is already scheduled") {
    run_virtual(main_wait_cancel_race);
    CHECK(joined() == "wait cancelled\nw cancelled True, a=1\n");
}

// as_completed with a timeout that is abandoned before anything finished: no leak, no crash.
aio::Coro<void> main_ac_abandoned() {
    {
        std::vector<aio::Coro<int>> cs;
        cs.push_back(jobn(1, 0.5));
        auto ac = aio::as_completed(std::move(cs), 0.2);
        say("size " + std::to_string(ac.size()));
    }
    co_await aio::sleep(1);
    say("end " + fmt(now(), 1));
}

TEST_CASE("as_completed dropped before its timeout") {
    run_virtual(main_ac_abandoned);
    CHECK(joined() == "size 1\nend 1.0\n");
}

// ---- Task-less forms, driven from plain loop callbacks (no coroutine, no task) -------------------

aio::EventLoop::Options vt_options() {
    aio::EventLoop::Options o;
    o.clock = aio::Clock::Kind::virtual_time;
    return o;
}

// Runs the callbacks that are ready now (and what they schedule before a marker queued after them).
void run_ready(aio::EventLoop& loop) {
    auto marker = loop.create_future<void>();
    loop.call_soon([marker] { marker.set_result(); });
    loop.run_until_complete(marker);
}

TEST_CASE("WaitForFuture: inner's result one iteration after inner's callback; no task of its own") {
    aio::EventLoop loop(vt_options());
    auto inner = loop.create_future<int>();
    aio::Ref<aio::detail::WaitForFuture> w(new aio::detail::WaitForFuture(loop, inner.ref()));
    w->start(1.0);
    std::vector<std::string> log;
    loop.call_later(0.5, [&] { inner.set_result(7); });
    aio::Future<int> wf(aio::Ref<aio::FutureBase>(w.get()));
    wf.add_done_callback([&](aio::Future<int> f) { log.push_back("w done " + std::to_string(f.result())); });
    loop.run_until_complete(wf);
    CHECK(log == std::vector<std::string>{"w done 7"});
    CHECK(loop.time() == doctest::Approx(0.5));
    CHECK(loop.pending_tasks().empty());
    loop.close();
}

TEST_CASE("WaitForFuture: timeout cancels inner, waits for it, then TimeoutError (nested CancelledError)") {
    aio::EventLoop loop(vt_options());
    auto inner = loop.create_future<int>();
    aio::Ref<aio::detail::WaitForFuture> w(new aio::detail::WaitForFuture(loop, inner.ref()));
    w->start(0.25);
    aio::Future<int> wf(aio::Ref<aio::FutureBase>(w.get()));
    try {
        loop.run_until_complete(wf);
        FAIL("no TimeoutError");
    } catch (const aio::TimeoutError& e) {
        bool nested_cancel = false;
        try {
            std::rethrow_if_nested(e);
        } catch (const aio::CancelledError&) { nested_cancel = true; }
        CHECK(nested_cancel);
    }
    CHECK(inner.cancelled());
    CHECK(loop.time() == doctest::Approx(0.25));
    loop.close();
}

TEST_CASE(
    "WaitForFuture: cancel() cancels inner and finishes cancelled (with the message) once inner is done") {
    aio::EventLoop loop(vt_options());
    auto inner = loop.create_future<int>();
    aio::Ref<aio::detail::WaitForFuture> w(new aio::detail::WaitForFuture(loop, inner.ref()));
    w->start(10);
    CHECK(w->cancel("stop"));
    CHECK_FALSE(w->done());  // CPython: the coroutine first resumes, then cancels and waits
    CHECK_FALSE(inner.done());
    run_ready(loop);
    CHECK(inner.cancelled());
    aio::Future<int> wf(aio::Ref<aio::FutureBase>(w.get()));
    try {
        loop.run_until_complete(wf);
        FAIL("not cancelled");
    } catch (const aio::CancelledError& e) { CHECK(e.message() == std::optional<std::string>("stop")); }
    CHECK(w->cancelled());
    loop.close();
}

TEST_CASE(
    "WaitFuture: FIRST_COMPLETED / ALL_COMPLETED / timeout from callbacks; cancel removes its callbacks") {
    aio::EventLoop loop(vt_options());
    auto a = loop.create_future<int>();
    auto b = loop.create_future<int>();
    loop.call_later(1, [&] { a.set_result(1); });
    loop.call_later(2, [&] { b.set_result(2); });
    aio::Future<void> first(aio::Ref<aio::FutureBase>(
        new aio::detail::WaitFuture(loop, {a.ref(), b.ref()}, std::nullopt, aio::FIRST_COMPLETED)));
    loop.run_until_complete(first);
    CHECK(loop.time() == doctest::Approx(1));
    aio::Future<void> timed(
        aio::Ref<aio::FutureBase>(new aio::detail::WaitFuture(loop, {b.ref()}, 0.5, aio::ALL_COMPLETED)));
    loop.run_until_complete(timed);
    CHECK(loop.time() == doctest::Approx(1.5));
    CHECK_FALSE(b.done());  // wait() never cancels
    aio::Future<void> cancelled(aio::Ref<aio::FutureBase>(
        new aio::detail::WaitFuture(loop, {b.ref()}, std::nullopt, aio::ALL_COMPLETED)));
    CHECK(cancelled.cancel());
    aio::Future<void> all(aio::Ref<aio::FutureBase>(
        new aio::detail::WaitFuture(loop, {a.ref(), b.ref()}, std::nullopt, aio::ALL_COMPLETED)));
    loop.run_until_complete(all);
    CHECK(loop.time() == doctest::Approx(2));
    CHECK_THROWS_AS(aio::detail::WaitFuture(loop, {}, std::nullopt, aio::ALL_COMPLETED), aio::ValueError);
    loop.close();
}

TEST_CASE("AsCompletedState: getter() / take() without a coroutine; abandon_getter passes a wake-up on") {
    aio::EventLoop loop(vt_options());
    aio::Ref<aio::detail::AsCompletedState> st(new aio::detail::AsCompletedState);
    auto a = loop.create_future<int>();
    auto b = loop.create_future<int>();
    for (auto* f : {&a, &b}) {
        st->todo.emplace_back(f->ref(), 0);
        st->todo.back().second =
            f->base()->add_done_callback([st](aio::FutureBase& done) { st->on_completion(done); });
    }
    aio::Ref<aio::FutureBase> g1 = st->getter(loop);
    aio::Ref<aio::FutureBase> g2 = st->getter(loop);
    REQUIRE(g1);
    REQUIRE(g2);
    loop.call_soon([&] { b.set_result(2); });
    loop.run_until_complete(aio::Future<void>(g1));
    // g1 was woken but its waiter went away: the wake-up goes to g2.
    st->abandon_getter(g1);
    CHECK(g2->done());
    CHECK_FALSE(st->getter(loop));
    CHECK(st->take().get() == b.base());
    a.set_result(1);
    run_ready(loop);
    CHECK(st->take().get() == a.base());
    loop.close();
}

}  // namespace
