// Tests for aio/gather.hpp: gather() of tuples and vectors, return_exceptions, cancellation.
// Ported from the conformance corpus (004, 017, 023, 024) plus CPython 3.11 probes; the expected
// lines are what CPython 3.11 prints under the virtual clock.
#include <doctest/doctest.h>

#include "transcript.hpp"

#include <aio/aio.hpp>

#include <cstdio>
#include <string>
#include <vector>

using namespace aio_test::transcript;

namespace {

std::string pylist(const std::vector<std::string>& v) {
    std::string s = "[";
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", '" : "'") + v[i] + "'";
    return s + "]";
}
std::string pylist(const std::vector<int>& v) {
    std::string s = "[";
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + std::to_string(v[i]);
    return s + "]";
}

// ---- 004_gather_workers -------------------------------------------------------------------------

aio::Coro<std::string> worker(std::string name, int delay) {
    say(name + " started");
    co_await aio::sleep(delay);
    say(name + " finished after " + std::to_string(delay) + "s");
    co_return name + "-result";
}

aio::Coro<void> main_004() {
    double start = now();
    auto [a, b, c] = co_await aio::gather(worker("A", 3), worker("B", 1), worker("C", 2));
    say(pylist(std::vector<std::string>{a, b, c}));
    say("total " + fmt(now() - start, 2) + "s");
    std::vector<aio::Coro<std::string>> ws;
    for (int i = 0; i < 5; ++i) ws.push_back(worker("W" + std::to_string(i), 1));
    std::vector<std::string> results = co_await aio::gather(std::move(ws));
    say(pylist(results));
    say("total " + fmt(now() - start, 2) + "s");
    std::vector<std::string> empty = co_await aio::gather(std::vector<aio::Coro<std::string>>{});
    say("empty gather: " + pylist(empty));
}

TEST_CASE("004 gather workers: results in argument order") {
    run_virtual(main_004);
    CHECK(joined() == R"~(A started
B started
C started
B finished after 1s
C finished after 2s
A finished after 3s
['A-result', 'B-result', 'C-result']
total 3.00s
W0 started
W1 started
W2 started
W3 started
W4 started
W0 finished after 1s
W1 finished after 1s
W2 finished after 1s
W3 finished after 1s
W4 finished after 1s
['W0-result', 'W1-result', 'W2-result', 'W3-result', 'W4-result']
total 4.00s
empty gather: []
)~");
}

// ---- 017_sleep0_interleaving --------------------------------------------------------------------

aio::Coro<std::string> stepper(std::string name, int steps) {
    for (int i = 0; i < steps; ++i) {
        say(name + " step " + std::to_string(i));
        co_await aio::sleep(0);
    }
    say(name + " done");
    co_return name;
}

aio::Coro<void> main_017() {
    auto [a, b, c, d] =
        co_await aio::gather(stepper("a", 3), stepper("b", 1), stepper("c", 4), stepper("d", 2));
    say(pylist(std::vector<std::string>{a, b, c, d}));
    say("time did not advance: " + fmt(now(), 3));
}

TEST_CASE("017 sleep(0) interleaving under gather") {
    run_virtual(main_017);
    CHECK(joined() == R"~(a step 0
b step 0
c step 0
d step 0
a step 1
b done
c step 1
d step 1
a step 2
c step 2
d done
a done
c step 3
c done
['a', 'b', 'c', 'd']
time did not advance: 0.000
)~");
}

// ---- 023_gather_return_exceptions ---------------------------------------------------------------

aio::Coro<int> ok(int n, double delay) {
    co_await aio::sleep(delay);
    say("ok" + std::to_string(n) + " finished");
    co_return n;
}

aio::Coro<int> bad(int n, double delay) {
    co_await aio::sleep(delay);
    say("bad" + std::to_string(n) + " raising");
    throw aio::ValueError("bad" + std::to_string(n));
}

std::string repr(const std::exception_ptr& e) {
    try {
        std::rethrow_exception(e);
    } catch (const aio::ValueError& v) {
        return "ValueError('" + std::string(v.what()) + "')";
    } catch (const aio::CancelledError&) { return "CancelledError"; } catch (...) {
        return "?";
    }
}

std::string repr(aio::Outcome<int>& o) {
    return o.has_value() ? std::to_string(o.value()) : repr(o.exception());
}

aio::Coro<void> main_023() {
    auto [r1, r2, r3, r4] =
        co_await aio::gather(aio::return_exceptions, ok(1, 0.2), bad(2, 0.1), ok(3, 0.3), bad(4, 0.05));
    say("['" + repr(r1) + "', \"" + repr(r2) + "\", '" + repr(r3) + "', \"" + repr(r4) + "\"]");
    say(fmt(now(), 2));

    auto t1 = aio::create_task(ok(5, 0.5));
    auto t2 = aio::create_task(bad(6, 0.1));
    auto t3 = aio::create_task(bad(7, 0.2));
    try {
        co_await aio::gather(t1, t2, t3);
    } catch (const aio::ValueError& e) {
        say(fmt(now(), 2) + " caught ValueError('" + e.what() +
            "'); t1 done=" + (t1.done() ? "True" : "False") + " t3 done=" + (t3.done() ? "True" : "False"));
    }
    say("t1 still completes: " + std::to_string(co_await t1));
    say("t3 exception: " + repr(t3.exception()));
    say(fmt(now(), 2));
}

TEST_CASE("023 gather return_exceptions; without it the first error propagates") {
    run_virtual(main_023);
    CHECK(joined() == R"~(bad4 raising
bad2 raising
ok1 finished
ok3 finished
['1', "ValueError('bad2')", '3', "ValueError('bad4')"]
0.30
bad6 raising
0.40 caught ValueError('bad6'); t1 done=False t3 done=False
bad7 raising
ok5 finished
t1 still completes: 5
t3 exception: ValueError('bad7')
0.80
)~");
}

// ---- 024_gather_cancel --------------------------------------------------------------------------

aio::Coro<int> child(int n, double delay) {
    try {
        co_await aio::sleep(delay);
        say("child " + std::to_string(n) + " finished");
        co_return n;
    } catch (const aio::CancelledError&) {
        say("child " + std::to_string(n) + " cancelled");
        throw;
    }
}

aio::Coro<void> main_024() {
    auto g = aio::gather(child(1, 1), child(2, 2), child(3, 3));
    co_await aio::sleep(1.5);
    say(std::string("cancel gather -> ") + (g.cancel() ? "True" : "False"));
    try {
        co_await g;
    } catch (const aio::CancelledError&) { say(fmt(now(), 1) + " gather raised CancelledError"); }
    say(std::string("gather done: ") + (g.done() ? "True" : "False") +
        " cancelled(): " + (g.cancelled() ? "True" : "False"));

    std::vector<aio::Task<int>> tasks;
    for (int n : {4, 5, 6}) tasks.push_back(aio::create_task(child(n, n)));
    auto g2 = aio::gather(aio::return_exceptions, tasks);
    co_await aio::sleep(0.5);
    tasks[1].cancel();
    auto results = co_await g2;
    std::string line = "results: [";
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (i) line += ", ";
        line += results[i].has_value()
                    ? std::to_string(results[i].value())
                    : (results[i].holds<aio::CancelledError>() ? "'CancelledError'" : "'?'");
    }
    say(line + "]");

    std::vector<aio::Task<int>> tasks2;
    for (int n : {7, 8}) tasks2.push_back(aio::create_task(child(n, n - 6)));
    auto g3 = aio::gather(tasks2);
    co_await aio::sleep(0.5);
    tasks2[1].cancel();
    try {
        co_await g3;
    } catch (const aio::CancelledError&) {
        say(fmt(now(), 1) +
            " g3 raised CancelledError; task 7 done=" + (tasks2[0].done() ? "True" : "False"));
    }
    say("task 7 result: " + std::to_string(co_await tasks2[0]));
}

TEST_CASE("024 gather cancel: children cancelled, cancelled() stays false") {
    run_virtual(main_024);
    CHECK(joined() == R"~(child 1 finished
cancel gather -> True
child 2 cancelled
child 3 cancelled
1.5 gather raised CancelledError
gather done: True cancelled(): False
child 5 cancelled
child 4 finished
child 6 finished
results: [4, 'CancelledError', 6]
child 8 cancelled
8.0 g3 raised CancelledError; task 7 done=False
child 7 finished
task 7 result: 7
)~");
}

// ---- CPython 3.11 probes -----------------------------------------------------------------------

aio::Coro<int> one_after(double delay) {
    co_await aio::sleep(delay);
    co_return 1;
}

aio::Coro<int> fails_after(double delay) {
    co_await aio::sleep(delay);
    throw aio::ValueError("x");
}

// asyncio.gather(f, f) -> [5, 5]; gather() -> a done future with []; a task cancelled with a message
// gives CancelledError('') in place (the task's own _cancel_message is None); gather.cancel(msg)
// propagates msg; cancel() of a done gather is False; a pre-cancelled future keeps its message.
aio::Coro<void> main_probe() {
    aio::EventLoop& loop = aio::get_running_loop();
    auto f = loop.create_future<int>();
    loop.call_later(1, [f] { f.set_result(5); });
    auto [x, y] = co_await aio::gather(f, f);
    say("[" + std::to_string(x) + ", " + std::to_string(y) + "]");

    auto g0 = aio::gather(std::vector<aio::Task<int>>{});
    say(std::string("empty done ") + (g0.done() ? "True" : "False") + " " + pylist(co_await g0));

    auto t = aio::create_task(one_after(1));
    auto g = aio::gather(aio::return_exceptions, t, t);
    co_await aio::sleep(0);
    t.cancel("boom");
    auto [o1, o2] = co_await g;
    auto msg = [](const aio::Outcome<int>& o) {
        try {
            std::rethrow_exception(o.exception());
        } catch (const aio::CancelledError& e) {
            return "CancelledError '" + std::string(e.what()) + "'";
        } catch (...) { return std::string("?"); }
    };
    say(msg(o1) + " " + msg(o2));

    auto t2 = aio::create_task(one_after(1));
    auto g2 = aio::gather(t2);
    co_await aio::sleep(0);
    say(g2.cancel("m1") ? "True" : "False");
    try {
        co_await g2;
    } catch (const aio::CancelledError& e) {
        say("cancelled msg '" + std::string(e.what()) + "' " + (g2.cancelled() ? "True" : "False"));
    }
    say(std::string("cancel done gather ") + (g2.cancel() ? "True" : "False"));

    auto t3 = aio::create_task(one_after(1));
    auto t4 = aio::create_task(fails_after(0.5));
    auto g3 = aio::gather(t3, t4);
    try {
        co_await g3;
    } catch (const aio::ValueError& e) { say(std::string("failed ") + e.what() + " " + fmt(now(), 1)); }
    say(std::string("cancel after fail ") + (g3.cancel() ? "True" : "False") + " " +
        (t3.done() ? "True" : "False"));
    co_await t3;

    auto pre = loop.create_future<int>();
    pre.cancel("pre");
    auto [r] = co_await aio::gather(aio::return_exceptions, pre);
    say(msg(r));
    auto pre2 = loop.create_future<int>();
    pre2.cancel("pre");
    try {
        co_await aio::gather(pre2);
    } catch (const aio::CancelledError& e) { say("pre cancelled '" + std::string(e.what()) + "'"); }
}

TEST_CASE("gather subtleties: duplicates, empty, cancel messages, cancel after failure") {
    run_virtual(main_probe);
    CHECK(joined() == R"~([5, 5]
empty done True []
CancelledError '' CancelledError ''
True
cancelled msg 'm1' False
cancel done gather False
failed x 1.5
cancel after fail False False
CancelledError 'pre'
pre cancelled 'pre'
)~");
}

// gather of void coroutines gives std::monostate elements; a vector of void tasks likewise.
aio::Coro<void> nap(double d) { co_await aio::sleep(d); }

aio::Coro<void> main_void() {
    auto [a, b] = co_await aio::gather(nap(0.1), one_after(0.2));
    static_assert(std::is_same_v<decltype(a), std::monostate>);
    say("b=" + std::to_string(b) + " at " + fmt(now(), 1));
    std::vector<aio::Coro<void>> v;
    v.push_back(nap(0.1));
    v.push_back(nap(0.3));
    auto r = co_await aio::gather(std::move(v));
    say("void results " + std::to_string(r.size()) + " at " + fmt(now(), 1));
}

TEST_CASE("gather of void awaitables") {
    run_virtual(main_void);
    CHECK(joined() == "b=1 at 0.2\nvoid results 2 at 0.5\n");
}

// A gather that is never awaited, with children still pending when the loop closes: no leaks.
aio::Coro<void> main_abandoned() {
    auto g = aio::gather(one_after(5), one_after(6));
    co_await aio::sleep(1);
    say(g.done() ? "done" : "pending");
}

// A task still awaiting a future when the loop closes: close() breaks the task -> awaited future ->
// wake-up callback -> task cycle, so LeakSanitizer finds nothing.
TEST_CASE("gather left pending at loop close does not leak") {
    run_virtual(main_abandoned);
    CHECK(joined() == "pending\n");
}

}  // namespace

namespace {

// Many children (the duplicate check switches from a search to a set past 16), with repeats:
// every distinct child is awaited, each result appears at each of its positions.
aio::Coro<int> value_after(int v, double d) {
    co_await aio::sleep(d);
    co_return v;
}

aio::Coro<void> main_many_with_repeats() {
    std::vector<aio::Task<int>> tasks;
    for (int i = 0; i < 30; ++i) tasks.push_back(aio::create_task(value_after(i, 0.1 * (30 - i))));
    std::vector<aio::Future<int>> args(tasks.begin(), tasks.end());
    for (int i = 0; i < 10; ++i) args.push_back(tasks[static_cast<std::size_t>(i * 3)]);
    std::vector<int> r = co_await aio::gather(std::move(args));
    int sum = 0;
    for (int v : r) sum += v;
    say(std::to_string(r.size()) + " results, sum " + std::to_string(sum) + ", last " +
        std::to_string(r.back()) + ", at " + fmt(now(), 1));
}

TEST_CASE("gather of many children with repeats waits for every distinct one") {
    run_virtual(main_many_with_repeats);
    // 0..29 sum to 435; the repeats 0, 3, ..., 27 add 135. The slowest child (0) ends at 3.0.
    CHECK(joined() == "40 results, sum 570, last 27, at 3.0\n");
}

}  // namespace

// A gather still pending when its loop closes: each child's done callback owns the gather and the
// gather owns its children, a cycle only the loop's close can break (CPython's GC collects it).
TEST_CASE("a gather pending when its loop closes lets go of its children") {
    aio::EventLoop loop;
    auto child = loop.create_future<int>();
    aio::FutureBase* child_state = child.base();
    aio::detail::Ref<aio::FutureBase> watch(child_state);  // our own reference, to read the count
    {
        auto pending = aio::gather(child);
        CHECK(child_state->ref_count() >= 3);  // ours, `child`, the gather's
    }
    child = {};
    CHECK(child_state->ref_count() == 2);  // ours and the pending gather's: the cycle
    loop.close();
    CHECK(child_state->ref_count() == 1);  // the gather let go (and was itself deleted)
    CHECK_FALSE(child_state->done());
}
