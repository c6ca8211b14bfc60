// Tests for aio/timeouts.hpp: timeout(), timeout_at(), Timeout (reschedule, expired, when).
// Ported from the conformance corpus (029) plus CPython 3.11 probes; the expected lines are what
// CPython 3.11 prints under the virtual clock.
#include <doctest/doctest.h>

#include "transcript.hpp"

#include <aio/aio.hpp>

#include <cstdio>
#include <string>
#include <vector>

using namespace aio_test::transcript;

namespace {

std::string cause_of(const aio::TimeoutError& e) {
    try {
        std::rethrow_if_nested(e);
    } catch (const aio::CancelledError&) { return "CancelledError"; } catch (...) {
        return "other";
    }
    return "None";
}

int cancelling() { return static_cast<aio::TaskBase*>(aio::current_task())->cancelling(); }

// ---- 029_timeout_cm -----------------------------------------------------------------------------

aio::Coro<void> body1(aio::Timeout& cm) {
    say("deadline " + fmt(*cm.when(), 1));
    co_await aio::sleep(5);
}
aio::Coro<void> body2() { co_await aio::sleep(0.5); }
aio::Coro<void> body3(aio::Timeout& cm) {
    say(std::string("when() with None: ") + (cm.when() ? "?" : "None"));
    cm.reschedule(now() + 0.5);
    co_await aio::sleep(1);
}
aio::Coro<void> body4(aio::Timeout& cm) {
    co_await aio::sleep(0.5);
    cm.reschedule(now() + 2);
    co_await aio::sleep(1.5);
    say(fmt(now(), 1) + " survived thanks to reschedule");
    co_await aio::sleep(1);
}
aio::Coro<void> body5() {
    say("body still starts with a past deadline");
    co_await aio::sleep(0);
    say("not reached");
}

aio::Coro<void> main_029() {
    {
        aio::Timeout cm = aio::timeout(1);
        try {
            co_await cm.run(body1(cm));
        } catch (const aio::TimeoutError&) { say(fmt(now(), 1) + " timed out, expired=" + py(cm.expired())); }
    }
    {
        aio::Timeout cm = aio::timeout(1);
        co_await cm.run(body2());
        say(fmt(now(), 1) + " finished in time, expired=" + py(cm.expired()));
    }
    {
        aio::Timeout cm = aio::timeout(std::nullopt);
        try {
            co_await cm.run(body3(cm));
        } catch (const aio::TimeoutError&) { say(fmt(now(), 1) + " rescheduled timeout fired"); }
    }
    {
        aio::Timeout cm = aio::timeout(1);
        try {
            co_await cm.run(body4(cm));
        } catch (const aio::TimeoutError& e) {
            say(fmt(now(), 1) + " TimeoutError, cause is CancelledError: " + cause_of(e));
        }
    }
    try {
        co_await aio::timeout(-1).run(body5());
    } catch (const aio::TimeoutError&) { say(fmt(now(), 1) + " past deadline fires at the first await"); }
}

TEST_CASE("029 timeout: TimeoutError, reschedule, expired, when") {
    run_virtual(main_029);
    CHECK(joined() == R"~(deadline 1.0
1.0 timed out, expired=True
1.5 finished in time, expired=False
when() with None: None
2.0 rescheduled timeout fired
4.0 survived thanks to reschedule
4.5 TimeoutError, cause is CancelledError: CancelledError
body still starts with a past deadline
4.5 past deadline fires at the first await
)~");
}

// ---- CPython 3.11 probe: nesting, outside cancellation, reschedule(None), values ----------------

aio::Coro<void> sleep5() { co_await aio::sleep(5); }

aio::Coro<void> nested_inner_first(aio::Timeout& outer) {
    aio::Timeout inner = aio::timeout(1);
    try {
        co_await inner.run(sleep5());
    } catch (const aio::TimeoutError&) {
        say(fmt(now(), 1) + " inner timeout expired=" + py(inner.expired()) +
            " outer expired=" + py(outer.expired()));
    }
    co_await aio::sleep(0.5);
    say(fmt(now(), 1) + " outer body continues");
}

aio::Coro<void> nested_outer_first() {
    aio::Timeout inner = aio::timeout(2);
    try {
        co_await inner.run(sleep5());
    } catch (const aio::TimeoutError&) {
        say("inner caught TimeoutError (unexpected)");
    } catch (const aio::CancelledError&) {
        say(fmt(now(), 1) + " inner block sees CancelledError, inner expired=" + py(inner.expired()));
        throw;
    }
}

aio::Coro<void> sleep_for(double d) { co_await aio::sleep(d); }

aio::Coro<void> guarded(double limit, const char* who) {
    try {
        co_await aio::timeout(limit).run(sleep_for(10));
    } catch (const aio::TimeoutError&) {
        say(std::string(who) + ": TimeoutError");
    } catch (const aio::CancelledError&) {
        say(fmt(now(), 1) + " " + who + " sees CancelledError");
        throw;
    }
}

aio::Coro<double> work(double d) {
    co_await aio::sleep(d);
    co_return d;
}

aio::Coro<void> body_disarm(aio::Timeout& cm) {
    say("when " + fmt(*cm.when(), 1));
    cm.reschedule(std::nullopt);
    co_await aio::sleep(2);
}

aio::Coro<void> body_swallow() {
    try {
        co_await aio::sleep(2);
    } catch (const aio::CancelledError&) { say(fmt(now(), 1) + " swallowed inside block"); }
    co_await aio::sleep(0.5);
}

aio::Coro<void> main_probe() {
    aio::EventLoop& loop = aio::get_running_loop();
    co_await aio::sleep(1.5);  // the probe script spent 1.5 s on shield cases first
    {
        aio::Timeout outer = aio::timeout(2);
        try {
            co_await outer.run(nested_inner_first(outer));
        } catch (const aio::TimeoutError&) { say("outer timed out (unexpected)"); }
    }
    {
        aio::Timeout outer = aio::timeout(1);
        try {
            co_await outer.run(nested_outer_first());
        } catch (const aio::TimeoutError&) {
            say(fmt(now(), 1) + " outer TimeoutError expired=" + py(outer.expired()) +
                " cancelling=" + std::to_string(cancelling()));
        }
    }
    auto g = aio::create_task(guarded(5, "guarded"));
    co_await aio::sleep(1);
    g.cancel();
    try {
        co_await g;
    } catch (const aio::CancelledError&) { say(fmt(now(), 1) + " g cancelled " + py(g.cancelled())); }
    auto b = aio::create_task(guarded(1, "both"));
    co_await aio::sleep(1);
    b.cancel();
    try {
        co_await b;
    } catch (const aio::CancelledError&) { say(fmt(now(), 1) + " b cancelled " + py(b.cancelled())); }
    {
        aio::Timeout cm = aio::timeout_at(loop.time() + 1);
        co_await cm.run(body_disarm(cm));
        say(fmt(now(), 1) + " reschedule(None) disarmed, expired=" + py(cm.expired()));
        try {
            cm.reschedule(loop.time() + 1);
        } catch (const aio::RuntimeError& e) { say(std::string("reschedule after exit: ") + e.what()); }
    }
    double v = co_await aio::timeout(1).run(work(0.5));
    say("value " + fmt(v, 1));
    {
        aio::Timeout cm = aio::timeout(1);
        try {
            co_await cm.run(body_swallow());
            say(fmt(now(), 1) + " block ended normally expired=" + py(cm.expired()) +
                " cancelling=" + std::to_string(cancelling()));
        } catch (const aio::TimeoutError&) { say("TimeoutError after swallow"); }
    }
}

TEST_CASE("timeouts: nested, cancelled from outside, disarmed, values, swallowed cancel") {
    run_virtual(main_probe);
    CHECK(joined() == R"~(2.5 inner timeout expired=True outer expired=False
3.0 outer body continues
4.0 inner block sees CancelledError, inner expired=False
4.0 outer TimeoutError expired=True cancelling=0
5.0 guarded sees CancelledError
5.0 g cancelled True
6.0 both sees CancelledError
6.0 b cancelled True
when 7.0
8.0 reschedule(None) disarmed, expired=False
reschedule after exit: Cannot change state of finished Timeout
value 0.5
9.5 swallowed inside block
10.0 block ended normally expired=True cancelling=0
)~");
}

TEST_CASE("timeout outside a task is a RuntimeError") {
    aio::Timeout cm = aio::timeout_at(1.0);
    CHECK_THROWS_AS(cm.enter(), aio::RuntimeError);
}

}  // namespace
