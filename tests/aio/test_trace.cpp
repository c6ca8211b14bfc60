// trace: a sink sees every scheduling decision of a run, in order, with the loop's time.
#include <doctest/doctest.h>

#include "support.hpp"

using aio_test::virtual_time;

namespace {
struct Recorder final : aio::TraceSink {
    std::vector<aio::TraceEvent> events;
    void record(const aio::TraceEvent& e) override {
        aio::TraceEvent copy = e;
        copy.text = {};  // only valid during the call
        copy.file = {};
        events.push_back(copy);
    }
    std::vector<aio::TraceKind> kinds() const {
        std::vector<aio::TraceKind> out;
        for (auto& e : events) out.push_back(e.kind);
        return out;
    }
};
}  // namespace

TEST_CASE("a task that sleeps once: created, scheduled, two steps around a timer, done") {
    using K = aio::TraceKind;
    aio::EventLoop loop(virtual_time());
    Recorder rec;
    loop.set_trace_sink(&rec);
    loop.run_until_complete([]() -> aio::Coro<void> { co_await aio::sleep(1.5); }());
    loop.set_trace_sink(nullptr);

    std::vector<K> kinds = rec.kinds();
    auto find = [&](K k, std::size_t from = 0) {
        for (std::size_t i = from; i < kinds.size(); ++i)
            if (kinds[i] == k) return i;
        return kinds.size();
    };
    const std::size_t created = find(K::task_created), armed = find(K::timer_armed),
                      fired = find(K::timer_fired), done = find(K::task_done);
    REQUIRE(done < kinds.size());
    CHECK(created < armed);
    CHECK(armed < fired);
    CHECK(fired < done);
    CHECK(rec.events[armed].value == 1.5);  // the deadline
    CHECK(rec.events[fired].loop_time == 1.5);
    CHECK(rec.events[done].id == rec.events[created].id);
    CHECK(rec.events[done].arg == std::uint32_t(aio::TaskEnd::result));
    // Two steps of the task: one up to the sleep, one after it.
    int steps = 0;
    for (auto& e : rec.events)
        if (e.kind == K::task_step_begin && e.id == rec.events[created].id) ++steps;
    CHECK(steps == 2);
}

TEST_CASE("without a sink nothing is recorded, and a sink can be swapped between runs") {
    aio::EventLoop loop(virtual_time());
    Recorder first, second;
    loop.run_until_complete([]() -> aio::Coro<void> { co_await aio::sleep(0); }());
    loop.set_trace_sink(&first);
    CHECK(loop.trace_sink() == &first);
    loop.call_soon([] {});
    loop.set_trace_sink(&second);
    loop.run_until_complete([]() -> aio::Coro<void> { co_return; }());
    CHECK(first.events.size() == 0);  // nothing ran while it was attached
    CHECK_FALSE(second.events.empty());
}
