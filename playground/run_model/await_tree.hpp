// Who awaits whom at a moment of a run: every unfinished task, nested under the task that awaits it,
// through the futures in between (gather, TaskGroup, wait_for, shield, wait), down to what each
// leaf waits on (a sleep's timer, a Lock, a Queue, an executor job...), with the line it is
// suspended at. The same question CPython 3.14 answers with `python -m asyncio pstree`; here it
// comes from the trace (task_step_end: the awaited future; future_link: what a future completes
// from), so it follows the timeline's cursor and works on exported traces.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "recorder.hpp"
#include "run_state.hpp"

namespace loopscope::run_model {

struct AwaitNode {
    std::uint32_t depth = 0;
    std::uint32_t task = npos;   // a task (index into index().tasks()), or npos: a future in between
    std::string_view name;       // the task's name, or the future's kind ("gather", "TaskGroup"...)
    std::string_view coroutine;  // tasks: what runs in it ("worker"; "" when not known)
    TaskState state = TaskState::created;  // tasks only
    std::string_view awaits;               // tasks: what it awaits ("" when not waiting)
    std::string_view file;                 // tasks: where it is suspended (empty: unknown)
    std::uint32_t line = 0;
    bool repeated = false;  // a task already shown above on this path (a cycle: it awaits itself)
};

// The forest at `state`, depth first: roots are the unfinished tasks no other task awaits, in
// creation order; a waiting task's children are the tasks its awaited future stands for. `out` is
// reused.
void build_await_tree(const Recorder& recorder, const RunState& state, std::vector<AwaitNode>& out);

// The tree as text, one node per line, tasks named as the timeline's lanes (task_title):
//   └── main() Task-1  awaits gather  main.py:11
//       ├── worker() Task-2  awaits sleep  main.py:6
//       └── worker() Task-3  ready
std::string format_await_tree(const std::vector<AwaitNode>& nodes);

}  // namespace loopscope::run_model
