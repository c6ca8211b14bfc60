#include "await_tree.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace loopscope::run_model {

namespace {

struct Builder {
    const Recorder& recorder;
    const RunState& state;
    std::unordered_map<std::uint64_t, std::uint32_t> task_of_id;  // id -> index, tasks created so far
    std::unordered_map<std::uint64_t, std::vector<std::uint64_t>> inners;  // future -> what it completes from
    std::unordered_map<std::uint64_t, std::string_view> label_of;          // future -> its kind
    std::vector<AwaitNode>* out = nullptr;
    std::vector<std::uint32_t> path;  // tasks on the current path (cycles)

    bool unfinished(std::uint32_t task) const {
        const TaskView* t = find_task(state, task);
        return t != nullptr && !is_final(t->state);
    }

    // Calls fn(task index) for each unfinished task future `id` stands for, through nested futures.
    template <class TaskFn>
    void tasks_behind(std::uint64_t id, TaskFn&& fn, std::unordered_set<std::uint64_t>& seen) const {
        if (!seen.insert(id).second) return;
        if (auto t = task_of_id.find(id); t != task_of_id.end()) {
            if (unfinished(t->second)) fn(t->second);
            return;
        }
        if (auto in = inners.find(id); in != inners.end())
            for (std::uint64_t inner : in->second) tasks_behind(inner, fn, seen);
    }

    void add_task(std::uint32_t task, std::uint32_t depth) {
        const TaskView& t = state.tasks[task];
        AwaitNode n;
        n.depth = depth;
        n.task = task;
        n.name = t.name;
        if (task < recorder.index().tasks().size())
            n.coroutine = recorder.str(recorder.index().tasks()[task].coroutine);
        n.state = t.state;
        n.file = t.file;
        n.line = t.line;
        if (t.state == TaskState::waiting) n.awaits = t.label;
        n.repeated = std::find(path.begin(), path.end(), task) != path.end();
        out->push_back(n);
        if (n.repeated || t.state != TaskState::waiting || t.future == 0) return;
        path.push_back(task);
        add_children(t.future, depth + 1, /*direct=*/true);
        path.pop_back();
    }

    // What future `id` stands for, under a node at `depth`. The future a task awaits directly is
    // named by the task's own "awaits"; futures nested deeper get a node of their own.
    void add_children(std::uint64_t id, std::uint32_t depth, bool direct) {
        if (auto t = task_of_id.find(id); t != task_of_id.end()) {
            if (unfinished(t->second)) add_task(t->second, depth);
            return;
        }
        auto in = inners.find(id);
        if (in == inners.end()) return;  // a leaf: a timer, a lock's waiter, a job...
        std::uint32_t child_depth = depth;
        if (!direct) {
            // Only worth a node if some unfinished task is behind it.
            bool any = false;
            std::unordered_set<std::uint64_t> seen;
            tasks_behind(
                id, [&](std::uint32_t) { any = true; }, seen);
            if (!any) return;
            AwaitNode n;
            n.depth = depth;
            auto l = label_of.find(id);
            n.name = l != label_of.end() ? l->second : std::string_view("future");
            out->push_back(n);
            child_depth = depth + 1;
        }
        for (std::uint64_t inner : in->second) add_children(inner, child_depth, false);
    }
};

}  // namespace

void build_await_tree(const Recorder& recorder, const RunState& state, std::vector<AwaitNode>& out) {
    out.clear();
    Builder b{recorder, state, {}, {}, {}, &out, {}};
    for (const TaskView& t : state.tasks) b.task_of_id[t.id] = t.task;  // creation order: the latest wins
    for (const FutureLink& l : recorder.index().future_links()) {
        if (l.event >= state.events) break;
        // A task id reused by a later loop is not a future of this one: links are made while
        // their loop runs, so a link to a live task id is to that task.
        b.inners[l.outer].push_back(l.inner);
        b.label_of.emplace(l.outer, recorder.str(l.label));
    }
    // Tasks awaited by a waiting task (directly or through futures) are not roots.
    std::vector<std::uint8_t> awaited(state.tasks.size(), 0);
    for (const TaskView& t : state.tasks) {
        if (t.state != TaskState::waiting || t.future == 0) continue;
        std::unordered_set<std::uint64_t> seen;
        b.tasks_behind(
            t.future,
            [&](std::uint32_t task) {
                if (task != t.task && task < awaited.size()) awaited[task] = 1;
            },
            seen);
    }
    for (const TaskView& t : state.tasks)
        if (!is_final(t.state) && !awaited[t.task]) b.add_task(t.task, 0);
}

std::string format_await_tree(const std::vector<AwaitNode>& nodes) {
    std::string text;
    // Whether a later sibling follows at each depth: decides "├──" / "└──" and the "│" rails.
    auto has_later_sibling = [&](std::size_t i) {
        for (std::size_t k = i + 1; k < nodes.size() && nodes[k].depth >= nodes[i].depth; ++k)
            if (nodes[k].depth == nodes[i].depth) return true;
        return false;
    };
    std::vector<bool> rail;  // rail[d]: a later sibling at depth d is still to come
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const AwaitNode& n = nodes[i];
        rail.resize(n.depth + 1);
        const bool later = has_later_sibling(i);
        rail[n.depth] = later;
        for (std::uint32_t d = 0; d < n.depth; ++d) text += rail[d] ? "│   " : "    ";
        text += later ? "├── " : "└── ";
        if (!n.coroutine.empty()) {
            text += n.coroutine;
            text += "() ";
        }
        text += n.name;
        if (n.task == npos) {
            text += '\n';
            continue;
        }
        if (n.repeated) {
            text += "  (awaits itself: see above)\n";
            continue;
        }
        if (n.state == TaskState::waiting) {
            text += "  awaits ";
            text += n.awaits.empty() ? std::string_view("a future") : n.awaits;
        } else {
            text += "  ";
            text += to_string(n.state);
        }
        if (!n.file.empty() && n.line > 0) {
            text += "  ";
            text += n.file;
            text += ':';
            text += std::to_string(n.line);
        }
        text += '\n';
    }
    return text;
}

}  // namespace loopscope::run_model
