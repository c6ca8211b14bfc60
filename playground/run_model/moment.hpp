// What the app shows of one moment of a run besides the inspector: the console as it was then (the
// output printed up to it) and the lines of the script its tasks were suspended at (the editor's
// per-task markers). Used while scrubbing, so that the console and the editor follow the cursor.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "recorder.hpp"
#include "run_state.hpp"

namespace loopscope::run_model {

// The console's text at the state's moment: its first state.console_lines lines, each ending in "\n".
std::string console_at(const Recorder& recorder, const RunState& state);

struct SuspendedLine {
    std::uint32_t line = 0;  // 1-based, in `file`
    std::string label;       // "Task-2 (sleep)"; "" past `labels_per_line` tasks of the same line
};
// The unfinished tasks of the state suspended at a line of `file`, in the state's task order.
std::vector<SuspendedLine> suspended_lines(const RunState& state, std::string_view file, int labels_per_line);

}  // namespace loopscope::run_model
