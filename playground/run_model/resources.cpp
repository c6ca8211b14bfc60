// Resources at a moment: a replay of the `resource` events before it, then the tasks' waits.
#include "resources.hpp"

#include <algorithm>
#include <cstdio>

namespace loopscope::run_model {

using aio::ResourceOp;

namespace {
constexpr std::string_view kQueueJoinEvent = "Event (a Queue's join)";  // aio::BasicQueue names it so
}  // namespace

std::string ResourceView::title() const {
    std::string s(kind);
    s += ' ';
    s += std::to_string(number);
    return s;
}

bool ResourceView::is_queue() const noexcept {
    return kind == "Queue" || kind == "LifoQueue" || kind == "PriorityQueue";
}

void ResourceView::involved(std::vector<std::uint32_t>& tasks) const {
    tasks.clear();
    for (std::uint32_t h : holders) tasks.push_back(h);
    for (const Waiter& w : waiters) tasks.push_back(w.task);
}

void resources_at(const Recorder& recorder, const RunState& state, std::vector<ResourceView>& out) {
    out.clear();
    const auto& events = recorder.events();
    const RunIndex& index = recorder.index();
    IdMap by_id;       // resource id -> index in out
    IdMap waiter_of;   // waiter future id -> index in out
    IdMap wait_order;  // waiter future id -> its position among the waits
    std::uint32_t waits = 0;
    auto task_of = [&](std::uint64_t id) { return id ? index.task_index(id) : npos; };
    for (std::uint32_t ei : index.resource_events()) {
        if (ei >= state.events) break;
        const Event& e = events[ei];
        const auto op = static_cast<ResourceOp>(e.arg);
        std::uint32_t ri = by_id.find(e.id);
        if (op == ResourceOp::created || ri == npos) {
            ri = static_cast<std::uint32_t>(out.size());
            by_id.set(e.id, ri);
            ResourceView r;
            r.id = e.id;
            r.kind = op == ResourceOp::created ? recorder.str(e.text) : std::string_view("resource");
            std::uint32_t same = 0;
            for (const ResourceView& o : out) same += o.kind == r.kind;
            r.number = same + 1;
            r.created_event = ei;
            r.has_count = r.is_queue();  // a queue starts empty
            out.push_back(std::move(r));
            if (op == ResourceOp::created) {
                out[ri].last_event = ei;
                continue;
            }
        }
        ResourceView& r = out[ri];
        r.last_event = ei;
        ++r.operations;
        const std::uint32_t task = task_of(e.other);
        switch (op) {
            case ResourceOp::created: break;
            case ResourceOp::acquired:
                if (r.kind.substr(0, 4) == "Lock") r.holders.clear();
                if (task != npos) r.holders.push_back(task);
                if (r.kind.find("Semaphore") != std::string_view::npos) {
                    r.has_count = true;
                    r.count = e.value;
                }
                break;
            case ResourceOp::released: {
                // A Semaphore's permits are not tied to tasks: the releasing task gives back its own
                // if it holds one, else the oldest holder's.
                auto it = std::find(r.holders.begin(), r.holders.end(), task);
                if (it == r.holders.end()) it = r.holders.begin();
                if (it != r.holders.end()) r.holders.erase(it);
                if (r.kind.find("Semaphore") != std::string_view::npos) {
                    r.has_count = true;
                    r.count = e.value;
                }
                break;
            }
            case ResourceOp::waiting:
                waiter_of.set(e.other, ri);
                wait_order.set(e.other, waits++);
                break;
            case ResourceOp::set: r.is_set = true; break;
            case ResourceOp::cleared: r.is_set = false; break;
            case ResourceOp::put:
                r.has_count = true;
                r.count = e.value;
                if (r.kind == "Queue") r.items.push_back({task, e.time});
                break;
            case ResourceOp::got:
                r.has_count = true;
                r.count = e.value;
                if (r.kind == "Queue" && !r.items.empty()) r.items.erase(r.items.begin());
                break;
            case ResourceOp::notified: break;
        }
    }
    if (out.empty()) return;
    // The waiters: tasks waiting, at the moment, on a future some resource queued.
    struct Ordered {
        std::uint32_t order, resource;
        ResourceView::Waiter waiter;
    };
    std::vector<Ordered> found;
    for (const TaskView& t : state.tasks) {
        if (t.state != TaskState::waiting || t.future == 0) continue;
        const std::uint32_t ri = waiter_of.find(t.future);
        if (ri == npos) continue;
        found.push_back({wait_order.find(t.future), ri, {t.task, t.label, t.since}});
    }
    std::sort(found.begin(), found.end(),
              [](const Ordered& a, const Ordered& b) { return a.order < b.order; });
    for (const Ordered& o : found) out[o.resource].waiters.push_back(o.waiter);
    // A queue's join() event is a detail of its queue: listed only while a task waits in join().
    out.erase(
        std::remove_if(out.begin(), out.end(),
                       [](const ResourceView& r) { return r.kind == kQueueJoinEvent && r.waiters.empty(); }),
        out.end());
}

std::string format_resources(const Recorder& recorder, const std::vector<ResourceView>& resources) {
    const auto& tasks = recorder.index().tasks();
    auto name = [&](std::uint32_t t) {
        return t < tasks.size() ? std::string(recorder.str(tasks[t].name)) : std::string("?");
    };
    std::string s;
    for (const ResourceView& r : resources) {
        std::string d;  // what it is at the moment, then who waits
        if (r.kind.substr(0, 4) == "Lock" || r.kind.find("Semaphore") != std::string_view::npos) {
            if (r.holders.empty()) {
                d += " free";
            } else {
                d += " held by ";
                for (std::size_t i = 0; i < r.holders.size(); ++i) d += (i ? ", " : "") + name(r.holders[i]);
            }
        }
        if (r.kind.substr(0, 5) == "Event") d += r.is_set ? " set" : " not set";
        if (r.has_count) {
            char buf[48];
            std::snprintf(buf, sizeof buf, r.is_queue() ? " size %g" : " permits %g", r.count);
            d += buf;
        }
        if (r.kind == "Queue") {
            d += " [";
            for (std::size_t i = 0; i < r.items.size(); ++i) d += (i ? ", " : "") + name(r.items[i].by);
            d += "]";
        }
        s += r.title() + ":" + d + (d.empty() ? " " : "; ") + "waiting:";
        if (r.waiters.empty()) s += " -";
        for (std::size_t i = 0; i < r.waiters.size(); ++i)
            s += (i ? ", " : " ") + name(r.waiters[i].task) + " (" + std::string(r.waiters[i].label) + ")";
        s += '\n';
    }
    return s;
}

}  // namespace loopscope::run_model
