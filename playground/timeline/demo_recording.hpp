// Recording a script's run without the UI: the desktop app's --demo-run (a real run shown in the
// timeline before the first frame, for screenshots) and the timeline benchmark (a generated script
// of thousands of tasks).
#pragma once
#include <string>
#include <string_view>

#include "recorder.hpp"

namespace loopscope::timeline {

struct DemoRun {
    bool ok = false;     // ran to the end without an uncaught exception
    std::string output;  // what it printed (stdout and stderr, in order), then its traceback
};

// Runs `source` (as `filename`) under virtual time, seed 0, recording every event into `recorder`.
DemoRun record_script(std::string_view source, std::string_view filename, run_model::Recorder& recorder);

// A script of `tasks` tasks (and a child task for every tenth) that sleep, yield and finish:
// about 20 events per task.
std::string generate_many_tasks_script(int tasks);

}  // namespace loopscope::timeline
