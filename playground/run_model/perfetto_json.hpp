// Chrome / Perfetto trace JSON (the "Trace Event Format", opened by ui.perfetto.dev and
// chrome://tracing) from a recorded run:
//   * one thread per task (named after it): slices "step", "await <label>" (args: file, line,
//     future), "ready"; an instant when it ends (done / failed / cancelled);
//   * flow arrows from each wake-up (a future completing, a yield, the parent creating it) to the
//     step it caused;
//   * the loop's own thread ("event loop"): "run <task>" and "callback" slices, "idle" waits,
//     "blocked" (a blocking call, e.g. time.sleep), slow ones flagged; output lines as instants;
//   * one thread per executor worker with a slice per job;
//   * the ready-queue length as a counter track;
//   * a global instant "warning: <kind>" per named pitfall (pitfalls.hpp; args: kind, message, fix,
//     line) at the moment it was found;
//   * a global "trace truncated" instant when the recorder hit its cap.
// Timestamps are microseconds of loop time from the first event (virtual time under --virtual-time).
#pragma once
#include <iosfwd>
#include <string>
#include <string_view>

#include "recorder.hpp"

namespace loopscope::run_model {

std::string to_perfetto_json(const Recorder& recorder);
// The same, written to `out` in chunks (a large trace is never held whole in memory).
void write_perfetto_json(const Recorder& recorder, std::ostream& out);

// Appends `s` as a JSON string literal: quotes, backslashes and control characters escaped,
// invalid UTF-8 replaced by U+FFFD (script output can hold any byte).
void append_json_string(std::string& out, std::string_view s);

}  // namespace loopscope::run_model
