// Recorder: an aio::TraceSink that keeps every event of a run compactly (56 bytes each, strings
// interned) and folds it into a RunIndex as it arrives, so that a viewer can draw the timeline and
// rebuild the state at any moment (run_state.hpp) while the run goes on.
//
//   loopscope::run_model::Recorder recorder;
//   loop.set_trace_sink(&recorder);            // or EngineOptions::trace for Python runs
//   ...
//   RunState s = state_at_time(recorder, 1.5);
//
// A cap bounds memory (events, and characters of strings/output): past it the recorder stops
// recording and says so (truncated()), so a runaway script cannot eat the memory.
// Loop thread only (as every trace sink); not thread-safe.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "aio/trace.hpp"
#include "run_index.hpp"
#include "string_table.hpp"

namespace loopscope::run_model {

// One recorded event: TraceEvent with its strings interned.
// `output` events keep their text in the recorder's console arena instead (id = offset,
// other = length: Recorder::output_text), since printed lines rarely repeat.
struct Event {
    double time = 0.0;  // the loop's clock
    double value = 0.0;
    std::uint64_t id = 0;
    std::uint64_t other = 0;
    std::uint32_t arg = 0;
    std::uint32_t text = 0;  // StringTable
    std::uint32_t file = 0;  // StringTable (task_step_end)
    std::uint32_t line = 0;
    aio::TraceKind kind = aio::TraceKind::output;
};

struct RecorderLimits {
    std::size_t max_events = 2'000'000;               // ~112 MB of events
    std::size_t max_string_bytes = 64 * 1024 * 1024;  // interned names and labels + output text
};

class Recorder final : public aio::TraceSink {
public:
    explicit Recorder(RecorderLimits limits = {});

    void record(const aio::TraceEvent& event) override;

    const std::vector<Event>& events() const noexcept { return events_; }
    std::size_t size() const noexcept { return events_.size(); }
    const StringTable& strings() const noexcept { return strings_; }
    std::string_view str(std::uint32_t index) const noexcept { return strings_.at(index); }
    const RunIndex& index() const noexcept { return index_; }
    // The text of a console line / of an `output` event.
    std::string_view console_text(const ConsoleLine& line) const noexcept {
        return std::string_view(console_text_).substr(line.offset, line.length);
    }
    std::string_view output_text(const Event& e) const noexcept {
        return std::string_view(console_text_).substr(e.id, e.other);
    }

    // The cap was reached: events after the first size() ones were dropped.
    bool truncated() const noexcept { return truncated_; }
    std::size_t dropped() const noexcept { return dropped_; }
    double truncated_at() const noexcept { return truncated_time_; }

    // Forgets everything (a new run). Each clear() starts a new generation: a viewer that keeps
    // state derived from the record (run_state.hpp's StateTracker) knows it must start over.
    void clear();
    std::uint64_t generation() const noexcept { return generation_; }

private:
    RecorderLimits limits_;
    std::vector<Event> events_;
    StringTable strings_;
    std::string console_text_;  // every output line, back to back
    RunIndex index_;
    bool truncated_ = false;
    std::size_t dropped_ = 0;
    double truncated_time_ = 0.0;
    std::uint64_t generation_ = 0;
};

// How the UI names task `task` (an index into index().tasks()) wherever it names it: what runs in
// it, then its name ("worker() Task-2"), as CPython's repr pairs them (name='Task-2'
// coro=<worker()>); the name alone when the coroutine is not known. Written into `out` (cut to
// `size`, allocation-free); returns out.
const char* format_task_title(const Recorder& recorder, std::uint32_t task, char* out, std::size_t size);
std::string task_title(const Recorder& recorder, std::uint32_t task);

}  // namespace loopscope::run_model
