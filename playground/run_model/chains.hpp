// Creation and cancellation chains of a task (issue 18, after aiomonitor): who created it (and who
// created that one, up to a root), and who cancelled it through what (a TaskGroup's abort, a
// wait_for or timeout() expiring, a gather passing its own cancellation on, asyncio.run's clean-up,
// an explicit cancel()), following each canceller's own cancellation back; then where the
// CancelledError travelled: the tasks that awaited it and ended cancelled too. From the trace
// (task_created's parent, task_cancel_requested, the tasks' waits), up to a moment.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "recorder.hpp"

namespace loopscope::run_model {

// `task`, its creator, the creator's creator... (task indices; stops at a task created outside any
// task, or at a cycle).
std::vector<std::uint32_t> creation_chain(const Recorder& recorder, std::uint32_t task);

struct CancelStep {
    std::uint32_t task = npos;  // the task asked to cancel
    std::uint32_t by = npos;    // who asked (npos: a callback: a timer, the runner)
    std::string_view via;       // "TaskGroup", "wait_for", "timeout", "gather", "asyncio.run", "cancel()"
    std::uint32_t event = 0;
    double time = 0.0;
};

struct CancelChain {
    // The first request to cancel the task, then the request that cancelled its canceller (if it
    // was cancelled first, as a TaskGroup's tasks are when the group's parent is), and so on.
    std::vector<CancelStep> steps;
    // Tasks that awaited a cancelled task of this chain and ended cancelled after it, in order.
    std::vector<std::uint32_t> travelled;
    bool ended_cancelled = false;  // the task itself ended cancelled (before the moment)
    bool swallowed = false;        // it was asked to cancel and ended otherwise (before the moment)
};

// The chain of `task` from the first `events` events.
CancelChain cancel_chain(const Recorder& recorder, std::uint32_t task, std::size_t events);

// "Task-3 ← cancelled by Task-1 via TaskGroup at 1.000 s ← Task-1 cancelled via timeout at 1.000 s"
std::string format_cancel_chain(const Recorder& recorder, const CancelChain& chain);

}  // namespace loopscope::run_model
