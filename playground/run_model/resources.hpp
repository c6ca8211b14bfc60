// The run's locks, semaphores, events, conditions, barriers and queues at a moment (issue 18's
// Resources view, after tokio-console's): for each, who holds it, which tasks wait on it in order,
// and a queue's size and items. Replayed from the trace's `resource` events (aio::ResourceOp, which
// the primitives record only while a trace sink is attached) and the tasks' waits at the moment
// (a task waits on a resource while it awaits a waiter future that resource queued).
//
//   std::vector<ResourceView> rs;
//   resources_at(recorder, state_at(recorder, n), rs);
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "recorder.hpp"
#include "run_state.hpp"

namespace loopscope::run_model {

struct QueueItem {
    std::uint32_t by = npos;  // the task that put it (npos: none)
    double time = 0.0;        // when
};

struct ResourceView {
    std::uint64_t id = 0;
    std::string_view kind;     // "Lock", "Semaphore", "Queue", "Event (a Queue's join)"...
    std::uint32_t number = 0;  // 1, 2... among the resources of its kind (for a name: "Lock 2")
    std::uint32_t created_event = 0;
    std::uint32_t last_event = 0;        // its latest operation before the moment
    std::vector<std::uint32_t> holders;  // tasks holding it (a Lock: 0 or 1; a Semaphore: each permit taken)
    struct Waiter {
        std::uint32_t task = 0;  // task index
        std::string_view label;  // what it awaits ("Lock.acquire", "Queue.get")
        double since = 0.0;
    };
    std::vector<Waiter> waiters;  // in the order they started waiting (the wake-up order)
    bool has_count = false;       // Semaphore: permits left; queue: its size
    double count = 0.0;
    bool is_set = false;           // Event
    std::vector<QueueItem> items;  // a FIFO Queue's items, oldest first (other queues: size only)
    std::uint32_t operations = 0;  // operations recorded so far
    // "Lock 1", "Queue 2"
    std::string title() const;
    bool is_queue() const noexcept;
    // Every task involved: holders and waiters (for highlighting on the timeline).
    void involved(std::vector<std::uint32_t>& tasks) const;
};

// Every resource used before `state.events`, in the order each was first used (a queue's internal
// join() event only while a task waits in join()); `out` is reused.
void resources_at(const Recorder& recorder, const RunState& state, std::vector<ResourceView>& out);

// One line per resource (tests, debugging):
//   Lock 1: held by worker-1; waiting: worker-2 (Lock.acquire), worker-3 (Lock.acquire)
//   Queue 1: size 2 [producer, producer]; waiting: -
std::string format_resources(const Recorder& recorder, const std::vector<ResourceView>& resources);

}  // namespace loopscope::run_model
