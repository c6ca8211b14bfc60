// Tests for aio/taskgroups.hpp: TaskGroup / task_group().
// Ported from the conformance corpus (040, 041, 045) plus CPython 3.11 probes; the expected lines
// are what CPython 3.11 prints under the virtual clock.
#include <doctest/doctest.h>

#include "transcript.hpp"

#include <aio/aio.hpp>

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

using namespace aio_test::transcript;

namespace {

struct KeyError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

int cancelling() { return aio::current_task()->cancelling(); }

std::string repr(const std::exception_ptr& e) {
    try {
        std::rethrow_exception(e);
    } catch (const aio::ValueError& v) {
        return "ValueError('" + std::string(v.what()) + "')";
    } catch (const KeyError& k) { return "KeyError('" + std::string(k.what()) + "')"; } catch (...) {
        return "?";
    }
}

std::string sorted_list(std::vector<std::string> v, bool quote) {
    std::sort(v.begin(), v.end());
    std::string s = "[";
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + (quote ? "'" + v[i] + "'" : v[i]);
    return s + "]";
}

std::vector<std::string> cancelled;

// ---- 040_taskgroup_success ----------------------------------------------------------------------

aio::Coro<int> fetch(int i, double delay) {
    co_await aio::sleep(delay);
    say("fetched " + std::to_string(i));
    co_return i* i;
}

aio::Coro<void> spawner(aio::TaskGroup* tg) {
    co_await aio::sleep(0.1);
    tg->create_task(fetch(99, 0.5));
    say("spawned a late child");
}

aio::Coro<void> main_040() {
    std::vector<aio::Task<int>> tasks;
    co_await aio::task_group([&](aio::TaskGroup& tg) -> aio::Coro<void> {
        for (int i = 0; i < 4; ++i)
            tasks.push_back(tg.create_task(fetch(i, 1.0 / (i + 1)), "f" + std::to_string(i)));
        int pending = 0;
        for (auto& t : tasks) pending += !t.done();
        say("body done, children pending: " + std::to_string(pending));
        std::vector<std::string> names;
        for (auto& t : tasks) names.push_back(t.get_name());
        say("names: " + sorted_list(names, true));
        co_return;
    });
    std::string res;
    for (auto& t : tasks) res += (res.empty() ? "" : ", ") + std::to_string(t.result());
    say(fmt(now(), 2) + " results: [" + res + "]");

    // The explicit form (async with ... as tg), so that tg outlives the block.
    aio::TaskGroup tg;
    tg.enter();
    tg.create_task(spawner(&tg));
    co_await tg.exit(nullptr);
    say(fmt(now(), 2) + " second group done");
    try {
        tg.create_task(fetch(0, 0));
    } catch (const aio::RuntimeError&) { say("create_task on a finished TaskGroup -> RuntimeError"); }
}

TEST_CASE("040 TaskGroup: all children succeed, late children are awaited too") {
    run_virtual(main_040);
    CHECK(joined() == R"~(body done, children pending: 4
names: ['f0', 'f1', 'f2', 'f3']
fetched 3
fetched 2
fetched 1
fetched 0
1.00 results: [0, 1, 4, 9]
spawned a late child
fetched 99
1.60 second group done
create_task on a finished TaskGroup -> RuntimeError
)~");
}

// ---- 041_taskgroup_child_fails ------------------------------------------------------------------

aio::Coro<std::string> child41(std::string name, double delay, bool fail = false) {
    try {
        co_await aio::sleep(delay);
        if (fail) {
            say(name + " failing");
            throw aio::ValueError(name + " broke");
        }
        say(name + " ok");
        co_return name;
    } catch (const aio::CancelledError&) {
        cancelled.push_back(name);
        throw;
    }
}

aio::Coro<void> main_041() {
    cancelled.clear();
    aio::Task<std::string> t1, t2, t3, t4;
    try {
        co_await aio::task_group([&](aio::TaskGroup& tg) -> aio::Coro<void> {
            t1 = tg.create_task(child41("a", 0.5));
            t2 = tg.create_task(child41("b", 1, true));
            t3 = tg.create_task(child41("c", 2));
            t4 = tg.create_task(child41("d", 3));
            try {
                co_await aio::sleep(10);
            } catch (const aio::CancelledError&) {
                say(fmt(now(), 1) + " body cancelled after siblings: " + sorted_list(cancelled, true));
                throw;
            }
        });
        say("not reached");
    } catch (const aio::ExceptionGroup& eg) {
        say(fmt(now(), 1) + " ExceptionGroup: " + eg.what());
        for (auto& e : eg.exceptions()) {
            try {
                std::rethrow_exception(e);
            } catch (const aio::ValueError& v) { say(std::string("   ValueError ") + v.what()); }
        }
    }
    say("a: " + t1.result() + " | b: " + repr(t2.exception()) + " | c,d cancelled: " + py(t3.cancelled()) +
        " " + py(t4.cancelled()));
    say("main task cancelling(): " + std::to_string(cancelling()));
}

TEST_CASE("041 TaskGroup: a failing child cancels siblings and the body; ExceptionGroup") {
    run_virtual(main_041);
    CHECK(joined() == R"~(a ok
b failing
1.0 body cancelled after siblings: ['c', 'd']
1.0 ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
   ValueError b broke
a: a | b: ValueError('b broke') | c,d cancelled: True True
main task cancelling(): 0
)~");
}

// ---- 045_taskgroup_body_raises ------------------------------------------------------------------

aio::Coro<void> child45(int n) {
    try {
        co_await aio::sleep(n);
        say("child " + std::to_string(n) + " done");
    } catch (const aio::CancelledError&) {
        cancelled.push_back(std::to_string(n));
        throw;
    }
}

aio::Coro<void> cancelled_from_outside() {
    co_await aio::task_group([](aio::TaskGroup& tg) -> aio::Coro<void> {
        tg.create_task(child45(5));
        tg.create_task(child45(6));
        tg.create_task(child45(7));
        co_return;
    });
}

aio::Coro<void> main_045() {
    cancelled.clear();
    try {
        co_await aio::task_group([](aio::TaskGroup& tg) -> aio::Coro<void> {
            tg.create_task(child45(1));
            tg.create_task(child45(3));
            co_await aio::sleep(2);
            throw KeyError("from body");
        });
    } catch (const aio::ExceptionGroup& eg) {
        std::vector<std::string> reprs;
        for (auto& e : eg.exceptions()) reprs.push_back("\"" + repr(e) + "\"");
        say(fmt(now(), 1) + " " + eg.what() + ": " + sorted_list(reprs, false));
    }
    say("cancelled: " + sorted_list(cancelled, false));
    auto outer = aio::create_task(cancelled_from_outside());
    co_await aio::sleep(1);
    outer.cancel();
    try {
        co_await outer;
    } catch (const aio::CancelledError&) {
        say(fmt(now(), 1) + " external cancel propagates as CancelledError, not a group");
    }
    say("cancelled: " + sorted_list(cancelled, false));
}

TEST_CASE("045 TaskGroup: the body raises; an outside cancel propagates as CancelledError") {
    run_virtual(main_045);
    CHECK(joined() == R"~(child 1 done
2.0 unhandled errors in a TaskGroup (1 sub-exception): ["KeyError('from body')"]
cancelled: [3]
3.0 external cancel propagates as CancelledError, not a group
cancelled: [3, 5, 6, 7]
)~");
}

// ---- CPython 3.11.7 probe -------------------------------------------------------------------------

aio::Coro<std::string> childp(std::string name, double delay, bool fail = false) {
    co_await aio::sleep(delay);
    if (fail) throw aio::ValueError(name);
    co_return name;
}

aio::Coro<void> slow_cleanup(double n) {
    try {
        co_await aio::sleep(10);
        co_return;
    } catch (const aio::CancelledError&) {}
    co_await aio::sleep(n);
    say(fmt(now(), 1) + " cleanup " + num(n) + " done");
    throw aio::CancelledError();
}

aio::Coro<void> tg_body() {
    co_await aio::task_group([](aio::TaskGroup& tg) -> aio::Coro<void> {
        tg.create_task(slow_cleanup(0.5));
        tg.create_task(slow_cleanup(1));
        co_await aio::sleep(10);
    });
}

std::vector<std::string> messages(const aio::ExceptionGroup& eg, bool as_repr) {
    std::vector<std::string> v;
    for (auto& e : eg.exceptions())
        v.push_back(as_repr ? "\"" + repr(e) + "\"" : "'" + aio::describe_exception(e) + "'");
    return v;
}

aio::Coro<void> main_probe() {
    try {
        co_await aio::task_group([](aio::TaskGroup& tg) -> aio::Coro<void> {
            tg.create_task(childp("x", 1, true));
            tg.create_task(childp("y", 1, true));
            tg.create_task(childp("z", 5));
            co_await aio::sleep(10);
        });
    } catch (const aio::ExceptionGroup& eg) {
        say(fmt(now(), 1) + " " + eg.what() + " " + sorted_list(messages(eg, false), false) +
            " cancelling=" + std::to_string(cancelling()));
    }
    try {
        co_await aio::task_group([](aio::TaskGroup& tg) -> aio::Coro<void> {
            tg.create_task(childp("a", 1, true));
            try {
                co_await aio::sleep(10);
            } catch (const aio::CancelledError&) {
                try {
                    tg.create_task(childp("late", 1));
                } catch (const aio::RuntimeError& e) {
                    say(std::string("create_task after abort: ") + e.what());
                }
                throw;
            }
        });
    } catch (const aio::ExceptionGroup& eg) { say(fmt(now(), 1) + " " + eg.what()); }
    try {
        co_await aio::task_group([](aio::TaskGroup& tg) -> aio::Coro<void> {
            tg.create_task(childp("b", 1, true));
            try {
                co_await aio::sleep(10);
            } catch (const aio::CancelledError&) {}
            throw KeyError("body");
        });
    } catch (const aio::ExceptionGroup& eg) {
        say(fmt(now(), 1) + " " + eg.what() + " " + sorted_list(messages(eg, true), false) +
            " cancelling=" + std::to_string(cancelling()));
    }
    try {
        co_await aio::task_group([](aio::TaskGroup& tg) -> aio::Coro<void> {
            tg.create_task(childp("c", 1, true));
            tg.create_task(childp("d", 2));
            co_return;
        });
    } catch (const aio::ExceptionGroup& eg) {
        // CPython 3.11.7 quirk: the parent was cancelled after __aexit__ already did its uncancel()
        // check, so cancelling() stays 1.
        say(fmt(now(), 1) + " " + eg.what() + " cancelling=" + std::to_string(cancelling()));
    }
    aio::current_task()->uncancel();
    auto t = aio::create_task(tg_body());
    co_await aio::sleep(1);
    t.cancel();
    try {
        co_await t;
    } catch (const aio::CancelledError&) {
        say(fmt(now(), 1) + " outside cancel -> CancelledError, cancelled=" + py(t.cancelled()));
    }
    co_await aio::task_group([](aio::TaskGroup&) -> aio::Coro<void> { co_return; });
    say(fmt(now(), 1) + " empty group ok");
}

TEST_CASE("TaskGroup: two failures, create_task while aborting, body error, outside cancel") {
    run_virtual(main_probe);
    CHECK(joined() == R"~(1.0 unhandled errors in a TaskGroup (2 sub-exceptions) ['x', 'y'] cancelling=0
create_task after abort: TaskGroup <TaskGroup errors=1 cancelling> is shutting down
2.0 unhandled errors in a TaskGroup (1 sub-exception)
3.0 unhandled errors in a TaskGroup (2 sub-exceptions) ["KeyError('body')", "ValueError('b')"] cancelling=0
4.0 unhandled errors in a TaskGroup (1 sub-exception) cancelling=1
5.5 cleanup 0.5 done
6.0 cleanup 1 done
6.0 outside cancel -> CancelledError, cancelled=True
6.0 empty group ok
)~");
}

TEST_CASE("TaskGroup outside a task / not entered") {
    aio::TaskGroup tg;
    CHECK_THROWS_AS(tg.create_task(childp("x", 0)), aio::RuntimeError);
}

}  // namespace
