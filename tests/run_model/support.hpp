// Helpers shared by the model suites: traced runs of the aio loop and event look-ups.
#pragma once
#include <aio/aio.hpp>
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "recorder.hpp"
#include "run_state.hpp"

namespace run_model_test {

using namespace loopscope::run_model;

// Runs make_main() on a fresh virtual-time loop whose trace goes to `recorder`; its tasks are
// named from Task-1 (the main coroutine's task).
template <class F> void run_traced(Recorder& recorder, F make_main) {
    aio::TaskBase::reset_default_name_counter();
    aio::EventLoop::Options o;
    o.clock = aio::Clock::Kind::virtual_time;
    aio::EventLoop loop(std::move(o));
    loop.set_trace_sink(&recorder);
    loop.run_until_complete(make_main());
    loop.close();
}

// Awaits a task and swallows its exception or cancellation.
template <class T> aio::Coro<> settle(aio::Task<T> t) {
    try {
        co_await t;
    } catch (...) {}
}

// The index of the n-th (0-based) event of `kind` about `id` (any id if 0); npos if none.
inline std::uint32_t find_event(const Recorder& r, aio::TraceKind kind, std::uint64_t id = 0, int nth = 0) {
    for (std::uint32_t i = 0; i < r.size(); ++i) {
        const Event& e = r.events()[i];
        if (e.kind == kind && (id == 0 || e.id == id) && nth-- == 0) return i;
    }
    return npos;
}

// The task index of the task named `name` (npos if none).
inline std::uint32_t task_named(const Recorder& r, std::string_view name) {
    const auto& tasks = r.index().tasks();
    for (std::uint32_t i = 0; i < tasks.size(); ++i)
        if (r.str(tasks[i].name) == name) return i;
    return npos;
}

inline const TaskView& view(const RunState& s, const Recorder& r, std::string_view name) {
    const std::uint32_t t = task_named(r, name);
    REQUIRE(t != npos);
    const TaskView* v = find_task(s, t);
    REQUIRE(v != nullptr);
    return *v;
}

}  // namespace run_model_test
