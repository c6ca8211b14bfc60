// Tests for aio/awaited_by.hpp: who awaits a future (CPython 3.14's _asyncio_awaited_by), read
// from its done items: a task suspended on it, a gather over it, a TaskGroup's parent, through
// wait_for; plain done callbacks and wait() do not count.
#include <doctest/doctest.h>

#include <aio/aio.hpp>

#include <vector>

namespace {

aio::Coro<int> await_future(aio::Future<int> f) { co_return co_await f; }

aio::Coro<void> nap(double d) { co_await aio::sleep(d); }

std::vector<aio::FutureBase*> by(const aio::FutureBase* f) { return aio::awaited_by(*f); }

}  // namespace

TEST_CASE("awaited_by: tasks suspended on a future, in the order they began to wait") {
    aio::run([]() -> aio::Coro<void> {
        auto fut = aio::get_running_loop().create_future<int>();
        CHECK(by(fut.base()).empty());
        fut.add_done_callback([](aio::Future<int>) {});  // a plain callback awaits nothing
        auto first = aio::create_task(await_future(fut));
        auto second = aio::create_task(await_future(fut));
        co_await aio::sleep(0);
        CHECK(by(fut.base()) == std::vector<aio::FutureBase*>{first.base(), second.base()});
        fut.set_result(1);
        co_await aio::sleep(0);
        CHECK(by(fut.base()).empty());  // the wake-ups are gone once scheduled
        co_await first;
        co_await second;
    }());
}

TEST_CASE("awaited_by: a gather over its children, a TaskGroup's parent over its tasks") {
    aio::run([]() -> aio::Coro<void> {
        auto a = aio::create_task(nap(1));
        auto b = aio::create_task(nap(1));
        auto gathered = aio::gather(std::vector<aio::Task<void>>{a, b});
        co_await aio::sleep(0);
        REQUIRE(by(a.base()).size() == 1);
        CHECK(by(a.base())[0] == gathered.base());
        CHECK(by(b.base()) == by(a.base()));
        co_await gathered;

        aio::TaskBase* parent = aio::current_task();
        co_await aio::task_group([&](aio::TaskGroup& tg) -> aio::Coro<void> {
            auto child = tg.create_task(nap(1));
            co_await aio::sleep(0);
            CHECK(by(child.base()) == std::vector<aio::FutureBase*>{parent});
        });
    }());
}

TEST_CASE("awaited_by: wait_for stands for the task awaiting it; wait() awaits nothing") {
    aio::run([]() -> aio::Coro<void> {
        auto inner = aio::create_task(nap(5));
        auto outer = aio::create_task(
            [](aio::Task<void> t) -> aio::Coro<void> { co_await aio::wait_for(t, 10.0); }(inner));
        co_await aio::sleep(0);
        CHECK(by(inner.base()) == std::vector<aio::FutureBase*>{outer.base()});
        outer.cancel();

        auto lone = aio::create_task(nap(1));
        auto waiting = aio::create_task([](aio::Task<void> t) -> aio::Coro<void> {
            std::vector<aio::Task<void>> fs{t};
            (void)co_await aio::wait(fs);
        }(lone));
        co_await aio::sleep(0);
        CHECK(by(lone.base()).empty());
        co_await waiting;
        try {
            co_await outer;
        } catch (const aio::CancelledError&) {}
        inner.cancel();
    }());
}
