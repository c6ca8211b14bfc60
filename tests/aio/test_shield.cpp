// Tests for aio/shield.hpp: shield() protects an awaitable from the awaiting task's cancellation.
// Ported from the conformance corpus (028) plus CPython 3.11 probes; the expected lines are what
// CPython 3.11 prints under the virtual clock.
#include <doctest/doctest.h>

#include "transcript.hpp"

#include <aio/aio.hpp>

#include <cstdio>
#include <string>
#include <vector>

using namespace aio_test::transcript;

namespace {

// ---- 028_shield_outer_cancel -------------------------------------------------------------------

void tlog(const std::string& m) { say(fmt(now(), 1) + " " + m); }

aio::Coro<std::string> important() {
    tlog("important work started");
    co_await aio::sleep(2);
    tlog("important work finished");
    co_return "saved";
}

aio::Coro<std::string> caller(aio::Task<std::string> inner) {
    try {
        co_return co_await aio::shield(inner);
    } catch (const aio::CancelledError&) {
        tlog(std::string("caller cancelled, inner done? ") + py(inner.done()));
        throw;
    }
}

aio::Coro<std::string> sleep_result(double d, std::string v) {
    co_return co_await aio::sleep(d, std::move(v));
}

aio::Coro<void> main_028() {
    aio::EventLoop& loop = aio::get_running_loop();
    auto inner = aio::create_task(important());
    auto outer = aio::create_task(caller(inner));
    co_await aio::sleep(1);
    outer.cancel();
    try {
        co_await outer;
    } catch (const aio::CancelledError&) { tlog(std::string("outer cancelled: ") + py(outer.cancelled())); }
    tlog("inner result: " + co_await inner);
    auto fut = aio::shield(sleep_result(1, "direct"));
    tlog(co_await fut);
    auto done = loop.create_future<int>();
    done.set_result(7);
    auto sd = aio::shield(done);
    CHECK(sd == done);  // a done awaitable is returned as it is
    tlog("shield of done future: " + std::to_string(co_await sd));
}

TEST_CASE("028 shield: the awaiting task is cancelled, the shielded task completes") {
    run_virtual(main_028);
    CHECK(joined() == R"~(0.0 important work started
1.0 caller cancelled, inner done? False
1.0 outer cancelled: True
2.0 important work finished
2.0 inner result: saved
3.0 direct
3.0 shield of done future: 7
)~");
}

// ---- CPython 3.11 probe ---------------------------------------------------------------------------

aio::Coro<double> work(double d, bool fail = false) {
    co_await aio::sleep(d);
    if (fail) throw aio::ValueError("inner failed");
    co_return d;
}

aio::Coro<void> main_probe() {
    auto t = aio::create_task(work(1));
    auto s = aio::shield(t);
    t.cancel();
    try {
        co_await s;
    } catch (const aio::CancelledError&) {
        tlog(std::string("inner cancelled -> outer cancelled ") + py(s.cancelled()));
    }
    try {
        co_await aio::shield(work(0.5, true));
    } catch (const aio::ValueError& e) { tlog(std::string("shield passes exception: ") + e.what()); }
    auto t2 = aio::create_task(work(1));
    auto s2 = aio::shield(t2);
    say(std::string("cancel outer ") + py(s2.cancel()) + " inner cancelled " + py(t2.cancelled()));
    double r = co_await t2;
    say("inner result " + std::to_string(int(r)) + " at " + fmt(now(), 1));
}

TEST_CASE("shield: inner cancelled, inner fails, outer cancelled directly") {
    run_virtual(main_probe);
    CHECK(joined() == R"~(0.0 inner cancelled -> outer cancelled True
0.5 shield passes exception: inner failed
cancel outer True inner cancelled False
inner result 1 at 1.5
)~");
}

}  // namespace
