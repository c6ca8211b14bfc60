// Exporting a run's trace as a Perfetto JSON file (perfetto_json.hpp), for the playground's Export
// action: the file's name, and writing it into a folder (desktop; the browser downloads the same
// text under the same name). A run still going exports what was recorded so far.
//
//   const std::string name = trace_file_name("gather", std::time(nullptr));
//   // "loopscope-trace-gather-20261122-105716.json"
//   const TraceFileResult r = write_trace_file(recorder, "/tmp", name);
//   if (!r.ok) show(r.error); else show(r.path);
#pragma once
#include <ctime>
#include <string>
#include <string_view>

#include "recorder.hpp"

namespace loopscope::run_model {

// "loopscope-trace-<name>-<YYYYMMDD-HHMMSS>.json" at `when` (UTC). `name` (the example's or the
// script's) is made safe for any file system: letters, digits, '-' and '_' kept, runs of anything
// else become one '_', at most 48 characters; empty (or nothing left) gives "script".
std::string trace_file_name(std::string_view name, std::time_t when);

struct TraceFileResult {
    bool ok = false;
    std::string path;   // the file written (absolute when it could be made so)
    std::string error;  // why it failed ("" when ok)
};

// Writes the recorder's Perfetto JSON to `folder`/`file_name` ("" folder: the current directory).
// Never throws: a missing or unwritable folder, a full disk... are returned as an error.
TraceFileResult write_trace_file(const Recorder& recorder, const std::string& folder,
                                 const std::string& file_name);

}  // namespace loopscope::run_model
