// Named pitfalls: what a run did that a learner should change, found in its trace (issue 18).
//
//   PitfallDetector detector;                  // an aio::TraceSink: live, as the run goes
//   options.trace = &detector;                 // (or a tee with a Recorder)
//   ... run ...
//   detector.finish();
//   for (const Pitfall& p : detector.pitfalls()) std::puts(format_warning(p).c_str());
//
//   std::vector<Pitfall> found = find_pitfalls(recorder);   // the same over a recorded run
//
// Each kind is detected from what happened, never from the script's text:
//   blocking-call          a loop_blocked event (time.sleep, a wait for another thread, a shim's
//                          blocking request) while a loop ran: the loop could run nothing else
//   slow-step              a task step or callback ran over Limits::slow_step: in blocking calls
//                          (what moves a virtual clock inside a step; a blocking-call too), or on
//                          the CPU (the engine's long_step event; the loop's slow_callback report
//                          then gives the duration)
//   never-awaited          coroutine_dropped: a coroutine object collected before its first step
//   unretrieved-exception  exception_unretrieved: a failed task (or future) nobody asked
//   deadlock               deadlock: the engine ended a run in which every task waits for another
//   busy-loop              a task woke itself (sleep(0)) Limits::busy_wakeups times in a row with
//                          steps that ran almost no bytecode, while a timer was pending: it polls
//   cancel-swallowed       a task ended with a result while a cancellation request was still
//                          counted (it caught CancelledError and carried on; timeout() and
//                          TaskGroup take theirs back with uncancel())
//   lost-task              task_lost: a task the script let go of (no reference left after a
//                          collection) was still pending when asyncio.run's main task ended
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "aio/trace.hpp"
#include "id_map.hpp"

namespace loopscope::run_model {

class Recorder;

enum class PitfallKind : std::uint8_t {
    blocking_call,
    slow_step,
    never_awaited,
    unretrieved_exception,
    deadlock,
    busy_loop,
    cancel_swallowed,
    lost_task,
};

// "blocking-call", "slow-step", ...
std::string_view to_string(PitfallKind kind) noexcept;

struct Pitfall {
    PitfallKind kind = PitfallKind::blocking_call;
    std::string message;     // what happened, one sentence
    std::string fix;         // what to change, one sentence
    std::uint32_t line = 0;  // the script line (0: unknown)
    double time = 0.0;       // loop time when it was found
    std::size_t event = 0;   // index of the event that revealed it
    std::uint64_t task = 0;  // the task involved (0: none)
};

// "loopscope: warning: <kind>: <message> (line N)" (no line part when it is unknown).
std::string format_warning(const Pitfall& pitfall);

struct PitfallLimits {
    double slow_step = 0.1;          // seconds
    std::size_t busy_wakeups = 100;  // consecutive empty self-wake-ups
    double busy_step_branches = 16;  // a step running at most this many VM branches is empty
    double thread_wait = 0.05;       // shorter waits for other threads (Thread.start) are not flagged
};

class PitfallDetector final : public aio::TraceSink {
public:
    explicit PitfallDetector(PitfallLimits limits = {});

    void record(const aio::TraceEvent& event) override;
    // The run ended: nothing left to conclude today, kept so callers need not know.
    void finish();

    const std::vector<Pitfall>& pitfalls() const noexcept { return pitfalls_; }
    // Called with each pitfall as it is found (the CLI prints it at once: a run that then hangs
    // still says why).
    std::function<void(const Pitfall&)> on_pitfall;

private:
    struct TaskInfo {
        std::string name;
        std::uint32_t line = 0;          // where it last suspended
        std::uint32_t failed_line = 0;   // where it raised, when a step ended it with an exception
        std::uint32_t cancelled_at = 0;  // where it stood when a cancellation reached it
        double step_begin = 0.0;
        double blocked = 0.0;            // seconds of blocking calls in the current step
        std::uint32_t long_line = 0;     // where the current step ran when it passed the limit (long_step)
        bool long_seen = false;          // the current step used more CPU than the limit (long_step)
        std::uint32_t blocked_line = 0;  // the current step's last blocking call
        bool step_slow = false;
        std::size_t empty_yields = 0;
        bool busy_reported = false;
        std::uint64_t awaiting = 0;  // the future it waits for
    };
    TaskInfo* task(std::uint64_t id);
    void add(PitfallKind kind, std::string message, std::string fix, std::uint32_t line, double time,
             std::uint64_t task = 0);
    // Reports the blocking calls of the step or callback that just ended (one per call site).
    void end_unit_blocks(double now, std::uint64_t task, const std::string& where);
    struct UnitBlock {
        std::string what;
        std::uint32_t line = 0;
        double seconds = 0.0;
        bool sleep = false;
    };
    std::vector<UnitBlock> unit_blocks_;

    PitfallLimits limits_;
    std::vector<Pitfall> pitfalls_;
    std::vector<TaskInfo> tasks_;
    IdMap task_ids_;
    std::size_t events_ = 0;
    IdMap timers_;             // armed, not fired or cancelled yet
    IdMap cancelled_futures_;  // futures that ended cancelled (a task woken by one was cancelled)
    std::size_t timers_pending_ = 0;
    // The step or callback running now / that ended last (a slow_callback report follows it).
    std::uint64_t current_task_ = 0;  // 0: a callback or nothing
    bool in_callback_ = false;
    double callback_begin_ = 0.0;
    double callback_blocked_ = 0.0;
    std::uint32_t callback_long_line_ = 0;
    bool callback_long_seen_ = false;
    bool last_unit_long_ = false;
    std::uint32_t last_unit_line_ = 0;
    std::uint64_t last_unit_task_ = 0;
    double last_unit_blocked_ = 0.0;
    bool last_unit_slow_ = false;
    bool last_unit_callback_ = false;
};

// Every pitfall of a recorded run, in the order they happened.
std::vector<Pitfall> find_pitfalls(const Recorder& recorder, PitfallLimits limits = {});

}  // namespace loopscope::run_model
