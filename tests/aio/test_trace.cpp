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

// A real clock is read once for a run of events that only the loop's own code separates
// (EventLoop::trace_time); whatever a step or a callback does in between still moves the time on.
TEST_CASE("real time: an event after a step's or a callback's own work is stamped after that work") {
    using K = aio::TraceKind;
    constexpr double work = 0.02;
    auto busy = [] {
        const double until = aio::monotonic_seconds() + work;
        while (aio::monotonic_seconds() < until) {}
    };
    aio::EventLoop loop;
    Recorder rec;
    loop.set_trace_sink(&rec);
    loop.run_until_complete([&]() -> aio::Coro<void> {
        loop.call_soon(busy);
        busy();
        co_await aio::sleep(0);
        busy();
    }());
    loop.set_trace_sink(nullptr);

    double previous = 0.0;
    for (const auto& e : rec.events) {
        CHECK(e.loop_time >= previous);
        previous = e.loop_time;
    }
    std::vector<double> step_lengths, callback_lengths;
    double began = 0.0;
    for (const auto& e : rec.events) {
        if (e.kind == K::task_step_begin || e.kind == K::callback_begin) began = e.loop_time;
        if (e.kind == K::task_step_end) step_lengths.push_back(e.loop_time - began);
        if (e.kind == K::callback_end) callback_lengths.push_back(e.loop_time - began);
    }
    REQUIRE(step_lengths.size() == 2);
    CHECK(step_lengths[0] >= work);
    CHECK(step_lengths[1] >= work);
    // call_soon(busy), then run_until_complete's own stop callback.
    REQUIRE_FALSE(callback_lengths.empty());
    CHECK(callback_lengths.front() >= work);
}
