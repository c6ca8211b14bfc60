// Creation and cancellation chains (see chains.hpp).
#include "chains.hpp"

#include <algorithm>
#include <cstdio>

namespace loopscope::run_model {

std::vector<std::uint32_t> creation_chain(const Recorder& recorder, std::uint32_t task) {
    std::vector<std::uint32_t> chain;
    const auto& tasks = recorder.index().tasks();
    while (task < tasks.size()) {
        if (std::find(chain.begin(), chain.end(), task) != chain.end()) break;
        chain.push_back(task);
        task = tasks[task].parent;
    }
    return chain;
}

namespace {

// The first request to cancel `task` before event `before`; nullptr if none.
const CancelRequest* first_request(const RunIndex& index, std::uint32_t task, std::uint32_t before) {
    for (const CancelRequest& r : index.cancel_requests()) {
        if (r.event >= before) break;
        if (r.task == task) return &r;
    }
    return nullptr;
}

// How the task ended, if before `n`: its last segment's state.
TaskState end_state(const TaskRecord& t, std::uint32_t n, std::uint32_t* at = nullptr) {
    for (auto it = t.segments.rbegin(); it != t.segments.rend(); ++it) {
        if (it->begin_event >= n) continue;
        if (at) *at = it->begin_event;
        return it->state;
    }
    return TaskState::created;
}

}  // namespace

CancelChain cancel_chain(const Recorder& recorder, std::uint32_t task, std::size_t events) {
    CancelChain chain;
    const RunIndex& index = recorder.index();
    const auto& tasks = index.tasks();
    if (task >= tasks.size()) return chain;
    const auto n = static_cast<std::uint32_t>(std::min(events, recorder.size()));
    const CancelRequest* r = first_request(index, task, n);
    std::uint32_t before = n;
    while (r) {
        if (std::any_of(chain.steps.begin(), chain.steps.end(),
                        [&](const CancelStep& s) { return s.task == r->task; }))
            break;
        chain.steps.push_back({r->task, r->by, recorder.str(r->via), r->event, r->time});
        if (r->by == npos) break;
        before = r->event;
        r = first_request(index, r->by, before + 1);
    }
    std::uint32_t ended_at = 0;
    const TaskState end = end_state(tasks[task], n, &ended_at);
    chain.ended_cancelled = end == TaskState::cancelled;
    chain.swallowed = !chain.steps.empty() && (end == TaskState::done || end == TaskState::failed);
    if (!chain.ended_cancelled) return chain;
    // Where the CancelledError went: tasks awaiting a cancelled task (directly, or through a future
    // that completes from it: gather, wait_for, shield...) that then ended cancelled themselves.
    // (A waiter wakes when the cancelled task's future completes, which may be recorded just before
    // its task_done: a wait counts if it lasted past the first request.)
    const std::uint32_t since = chain.steps.empty() ? ended_at : chain.steps.front().event;
    std::vector<std::uint32_t> frontier{task};
    std::vector<std::uint64_t> futures;
    while (!frontier.empty() && chain.travelled.size() < 64) {
        const std::uint32_t from = frontier.back();
        frontier.pop_back();
        futures.assign(1, tasks[from].id);
        for (const FutureLink& l : index.future_links())
            if (l.event < n && l.inner == tasks[from].id) futures.push_back(l.outer);
        for (std::uint32_t ti = 0; ti < tasks.size(); ++ti) {
            if (ti == task ||
                std::find(chain.travelled.begin(), chain.travelled.end(), ti) != chain.travelled.end())
                continue;
            const TaskRecord& t = tasks[ti];
            if (t.created_event >= n) break;
            bool awaited = false;
            for (const TaskSegment& s : t.segments) {
                if (s.begin_event >= n) break;
                if (s.state == TaskState::waiting && s.end_event != npos && s.end_event > since &&
                    std::find(futures.begin(), futures.end(), s.future) != futures.end())
                    awaited = true;
            }
            if (awaited && end_state(t, n) == TaskState::cancelled) {
                chain.travelled.push_back(ti);
                frontier.push_back(ti);
            }
        }
    }
    return chain;
}

std::string format_cancel_chain(const Recorder& recorder, const CancelChain& chain) {
    const auto& tasks = recorder.index().tasks();
    auto name = [&](std::uint32_t t) {
        return t < tasks.size() ? std::string(recorder.str(tasks[t].name)) : std::string("a callback");
    };
    std::string s;
    char buf[64];
    for (const CancelStep& st : chain.steps) {
        if (!s.empty()) s += " <- ";
        std::snprintf(buf, sizeof buf, " at %.3f s", st.time);
        s += name(st.task) + " cancelled by " + (st.by == npos ? std::string("a callback") : name(st.by)) +
             " via " + std::string(st.via) + buf;
    }
    if (chain.swallowed) s += "; it caught the CancelledError and carried on";
    if (!chain.travelled.empty()) {
        s += "; the CancelledError reached";
        for (std::uint32_t t : chain.travelled) s += " " + name(t);
    }
    return s;
}

}  // namespace loopscope::run_model
