// handle: cancelling a handle stops a callback that has not run and drops what it captured;
// cancelling after it ran is harmless and still reports cancelled(), as in CPython.
#include <doctest/doctest.h>

#include "support.hpp"

#include <memory>

using aio_test::virtual_time;

TEST_CASE("a cancelled call_soon handle never runs, and its capture is released at once") {
    aio::EventLoop loop(virtual_time());
    std::vector<std::string> log;
    auto held = std::make_shared<int>(1);
    std::weak_ptr<int> watch = held;
    aio::Handle a = loop.call_soon([&log, held] { log.push_back("a"); });
    held.reset();
    aio::Handle b = loop.call_soon([&] { log.push_back("b"); });
    CHECK(a);
    CHECK(a.id() != b.id());
    CHECK_FALSE(a.cancelled());
    a.cancel();
    CHECK(a.cancelled());
    CHECK(watch.expired());  // dropped on cancel, not when the loop gets to it
    loop.call_soon([&] { loop.stop(); });
    loop.run_forever();
    CHECK(log == std::vector<std::string>{"b"});
    b.cancel();  // already ran: harmless
    CHECK(b.cancelled());
}

TEST_CASE("a TimerHandle knows its deadline; cancelling it keeps later timers in order") {
    aio::EventLoop loop(virtual_time());
    std::vector<std::string> log;
    aio::TimerHandle t1 = loop.call_later(1.0, [&] { log.push_back("1.0"); });
    aio::TimerHandle t2 = loop.call_at(0.5, [&] { log.push_back("0.5"); });
    aio::TimerHandle t3 = loop.call_later(2.0, [&] {
        log.push_back("2.0");
        loop.stop();
    });
    CHECK(t1.when() == 1.0);
    CHECK(t2.when() == 0.5);
    t1.cancel();
    loop.run_forever();
    CHECK(log == std::vector<std::string>{"0.5", "2.0"});
    CHECK(loop.time() == 2.0);
    CHECK_FALSE(t3.cancelled());
    aio::TimerHandle empty;
    CHECK_FALSE(empty);
    CHECK(empty.when() == 0.0);
    empty.cancel();  // a default handle has nothing to cancel
    CHECK_FALSE(empty.cancelled());
}
