// Named pitfalls (pitfalls.hpp): one pass over the trace events, as they come.
//
// Sections: names and formatting · the detector (task bookkeeping, one case per event kind) ·
// replaying a recording.
#include "pitfalls.hpp"

#include <cstdio>

#include "recorder.hpp"

namespace loopscope::run_model {

using aio::TraceKind;

// ---- Names and formatting ---------------------------------------------------------------------

std::string_view to_string(PitfallKind kind) noexcept {
    switch (kind) {
        case PitfallKind::blocking_call: return "blocking-call";
        case PitfallKind::slow_step: return "slow-step";
        case PitfallKind::never_awaited: return "never-awaited";
        case PitfallKind::unretrieved_exception: return "unretrieved-exception";
        case PitfallKind::deadlock: return "deadlock";
        case PitfallKind::busy_loop: return "busy-loop";
        case PitfallKind::cancel_swallowed: return "cancel-swallowed";
        case PitfallKind::lost_task: return "lost-task";
    }
    return "unknown";
}

std::string format_warning(const Pitfall& p) {
    std::string out = "loopscope: warning: ";
    out += to_string(p.kind);
    out += ": ";
    out += p.message;
    if (p.line != 0) out += " (line " + std::to_string(p.line) + ")";
    return out;
}

namespace {

std::string seconds_text(double s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f s", s);
    return buf;
}

}  // namespace

// ---- The detector -----------------------------------------------------------------------------

PitfallDetector::PitfallDetector(PitfallLimits limits) : limits_(limits) {}

PitfallDetector::TaskInfo* PitfallDetector::task(std::uint64_t id) {
    const std::uint32_t i = task_ids_.find(id);
    return i == npos ? nullptr : &tasks_[i];
}

void PitfallDetector::add(PitfallKind kind, std::string message, std::string fix, std::uint32_t line,
                          double time, std::uint64_t task) {
    Pitfall p;
    p.kind = kind;
    p.message = std::move(message);
    p.fix = std::move(fix);
    p.line = line;
    p.time = time;
    p.event = events_ == 0 ? 0 : events_ - 1;
    p.task = task;
    pitfalls_.push_back(std::move(p));
    if (on_pitfall) on_pitfall(pitfalls_.back());
}

void PitfallDetector::finish() { end_unit_blocks(0.0, current_task_, ""); }

void PitfallDetector::end_unit_blocks(double now, std::uint64_t task, const std::string& where) {
    for (const UnitBlock& b : unit_blocks_) {
        if (!b.sleep && b.seconds < limits_.thread_wait) continue;
        std::string what =
            b.sleep ? std::string("time.sleep()") : (b.what.empty() ? "a blocking call" : b.what);
        add(PitfallKind::blocking_call,
            what + " blocked the event loop for " + seconds_text(b.seconds) + where +
                ": no other task or callback could run meanwhile",
            b.sleep ? "use `await asyncio.sleep(...)` instead of time.sleep() inside async code"
                    : "await it instead (asyncio.to_thread, loop.run_in_executor, asyncio.wrap_future), "
                      "or do it outside the event loop",
            b.line, now, task);
    }
    unit_blocks_.clear();
}

void PitfallDetector::record(const aio::TraceEvent& e) {
    ++events_;
    const double now = e.loop_time;
    switch (e.kind) {
        case TraceKind::task_created: {
            // Ids restart with each loop: a known id is a new task.
            TaskInfo info;
            info.name = std::string(e.text);
            const std::uint32_t i = task_ids_.find(e.id);
            if (i != npos) {
                tasks_[i] = std::move(info);
            } else {
                task_ids_.set(e.id, static_cast<std::uint32_t>(tasks_.size()));
                tasks_.push_back(std::move(info));
            }
            break;
        }
        case TraceKind::task_scheduled: {
            TaskInfo* t = task(e.id);
            if (!t) break;
            const auto source = static_cast<aio::WakeSource>(e.arg);
            const bool cancelled_wait =
                source == aio::WakeSource::future && e.other != 0 && cancelled_futures_.find(e.other) != npos;
            if ((source == aio::WakeSource::cancel || cancelled_wait) && t->cancelled_at == 0)
                t->cancelled_at = t->line;
            break;
        }
        case TraceKind::task_step_begin: {
            TaskInfo* t = task(e.id);
            if (!t) break;
            current_task_ = e.id;
            t->step_begin = now;
            t->blocked = 0.0;
            t->step_slow = false;
            t->long_line = 0;
            t->long_seen = false;
            t->blocked_line = 0;
            break;
        }
        case TraceKind::loop_blocked: {
            const bool sleep = e.text == "time.sleep";
            TaskInfo* t = current_task_ ? task(current_task_) : nullptr;
            if (t) {
                t->blocked += e.value;
                if (e.line) t->blocked_line = e.line;
            } else if (in_callback_) {
                callback_blocked_ += e.value;
            }
            // Summed per call site until the step or callback ends: a join polling in slices of
            // 50 ms, or time.sleep in a loop, is one blocking call of the whole time.
            bool merged = false;
            for (UnitBlock& b : unit_blocks_) {
                if (b.line == e.line && b.what == e.text) {
                    b.seconds += e.value;
                    merged = true;
                    break;
                }
            }
            if (!merged) unit_blocks_.push_back({std::string(e.text), e.line, e.value, sleep});
            if (!t && !in_callback_) end_unit_blocks(now, 0, "");
            break;
        }
        case TraceKind::task_step_end: {
            TaskInfo* t = task(e.id);
            current_task_ = 0;
            end_unit_blocks(now, e.id, t ? " in " + t->name : std::string());
            if (!t) break;
            const auto outcome = static_cast<aio::StepOutcome>(e.arg);
            const std::uint32_t start_line = t->line;
            if (outcome != aio::StepOutcome::finished) {
                if (e.line != 0) t->line = e.line;
            } else if (e.line != 0) {
                t->failed_line = e.line;
            }
            t->awaiting = outcome == aio::StepOutcome::awaiting_future ? e.other : 0;
            // Slow by the run's clock: the time blocking calls took (under virtual time the only
            // thing that moves the clock inside a step; in real time, the loop's clock also counts
            // the OS preempting the process, which is no fault of the step's).
            const double ran = t->blocked;
            if (ran >= limits_.slow_step) {
                t->step_slow = true;
                add(PitfallKind::slow_step,
                    t->name + " ran for " + seconds_text(ran) +
                        " in one step without awaiting (in blocking calls): nothing else could run meanwhile",
                    "split the work with an occasional `await asyncio.sleep(0)`, or run it in a thread "
                    "with `await asyncio.to_thread(...)`",
                    t->blocked_line ? t->blocked_line : (e.line != 0 ? e.line : start_line), now, e.id);
            }
            // A busy loop: the task woke itself again and again, doing almost nothing each time,
            // while what it waits for can only come from a timer (that, under virtual time, cannot
            // even fire while the loop is never idle).
            if (outcome == aio::StepOutcome::yielded && e.value >= 0 &&
                e.value <= limits_.busy_step_branches && timers_pending_ > 0) {
                if (++t->empty_yields >= limits_.busy_wakeups && !t->busy_reported) {
                    t->busy_reported = true;
                    add(PitfallKind::busy_loop,
                        t->name + " keeps waking itself (" + std::to_string(t->empty_yields) +
                            " `await asyncio.sleep(0)` in a row doing almost nothing): it polls instead of "
                            "waiting, burning CPU (under virtual time it holds the clock still)",
                        "wait for the thing itself: an asyncio.Event, a Queue, a Future or `await task`, "
                        "or at least sleep for a while between checks",
                        t->line, now, e.id);
                }
            } else {
                t->empty_yields = 0;
            }
            last_unit_task_ = e.id;
            last_unit_callback_ = false;
            last_unit_blocked_ = t->blocked;
            last_unit_slow_ = t->step_slow;
            last_unit_line_ = t->long_line ? t->long_line : (e.line != 0 ? e.line : start_line);
            last_unit_long_ = t->long_seen;
            break;
        }
        case TraceKind::callback_begin:
            in_callback_ = true;
            callback_begin_ = now;
            callback_blocked_ = 0.0;
            callback_long_line_ = 0;
            callback_long_seen_ = false;
            break;
        case TraceKind::callback_end: {
            in_callback_ = false;
            end_unit_blocks(now, 0, " in a callback");
            const double ran = callback_blocked_;
            last_unit_task_ = 0;
            last_unit_callback_ = true;
            last_unit_blocked_ = callback_blocked_;
            last_unit_slow_ = ran >= limits_.slow_step;
            last_unit_line_ = callback_long_line_;
            last_unit_long_ = callback_long_seen_;
            if (last_unit_slow_)
                add(PitfallKind::slow_step,
                    "a callback ran for " + seconds_text(ran) +
                        " without returning: nothing else could run meanwhile",
                    "keep callbacks short; move long work to a thread with `asyncio.to_thread(...)`",
                    callback_long_line_, now);
            break;
        }
        case TraceKind::slow_callback: {
            // Wall time of the step or callback that just ended; it counts only if the engine saw
            // it use that much CPU (long_step): a step the OS preempted is not slow. Blocking calls
            // inside it are reported as such.
            if (last_unit_slow_ || !last_unit_long_) break;
            const double ran = e.value;
            if (ran < limits_.slow_step) break;
            last_unit_slow_ = true;
            if (TaskInfo* t = last_unit_task_ ? task(last_unit_task_) : nullptr) {
                t->step_slow = true;
                add(PitfallKind::slow_step,
                    t->name + " ran for " + seconds_text(ran) +
                        " in one step without awaiting: nothing else could run meanwhile",
                    "split the work with an occasional `await asyncio.sleep(0)`, or run it in a thread "
                    "with `await asyncio.to_thread(...)`",
                    last_unit_line_, now, last_unit_task_);
            } else if (last_unit_callback_) {
                add(PitfallKind::slow_step,
                    "a callback ran for " + seconds_text(ran) +
                        " without returning: nothing else could run meanwhile",
                    "keep callbacks short; move long work to a thread with `asyncio.to_thread(...)`",
                    last_unit_line_, now);
            }
            break;
        }
        case TraceKind::long_step:
            if (TaskInfo* t = current_task_ ? task(current_task_) : nullptr) {
                t->long_line = e.line;
                t->long_seen = true;
            } else if (in_callback_) {
                callback_long_line_ = e.line;
                callback_long_seen_ = true;
            }
            break;
        case TraceKind::timer_armed: timers_.set(e.id, 1); break;
        case TraceKind::timer_fired:
        case TraceKind::timer_cancelled:
            if (timers_.find(e.id) != npos) { timers_.erase(e.id); }
            break;
        case TraceKind::future_done:
            if (e.arg == 2) cancelled_futures_.set(e.id, 1);
            break;
        case TraceKind::task_done: {
            TaskInfo* t = task(e.id);
            if (!t) break;
            if (static_cast<aio::TaskEnd>(e.arg) == aio::TaskEnd::result && e.other > 0)
                add(PitfallKind::cancel_swallowed,
                    t->name +
                        " was cancelled, caught CancelledError and finished normally: whoever "
                        "cancelled it believes it stopped",
                    "re-raise CancelledError after cleaning up (`except asyncio.CancelledError: ...; "
                    "raise`), "
                    "or clean up in `finally:`",
                    t->cancelled_at != 0 ? t->cancelled_at : t->line, now, e.id);
            break;
        }
        case TraceKind::exception_unretrieved: {
            TaskInfo* t = task(e.id);
            if (t && !e.text.empty())
                add(PitfallKind::unretrieved_exception,
                    t->name +
                        " failed and nobody retrieved its exception (Task exception was never retrieved)",
                    "await the task (or gather it), or read task.exception() in a done callback",
                    t->failed_line, now, e.id);
            else
                add(PitfallKind::unretrieved_exception,
                    "a Future's exception was set and nobody retrieved it (Future exception was never "
                    "retrieved)",
                    "await the future, or read future.exception()", 0, now);
            break;
        }
        case TraceKind::coroutine_dropped:
            add(PitfallKind::never_awaited,
                "coroutine '" + std::string(e.text) + "' was created but never awaited, so it never ran",
                "await it, or run it concurrently with `asyncio.create_task(...)`", e.line, now);
            break;
        case TraceKind::task_lost: {
            TaskInfo* t = task(e.id);
            const auto when = static_cast<aio::LostTaskEnd>(e.arg);
            const char* ended = when == aio::LostTaskEnd::loop_closed     ? "its loop was closed"
                                : when == aio::LostTaskEnd::program_ended ? "the program ended"
                                                                          : "asyncio.run ended";
            add(PitfallKind::lost_task,
                (t ? t->name : std::string(e.text)) +
                    " was kept by nobody (its task object was let go) and had not finished when " + ended +
                    ": it was dropped unseen",
                "keep a reference to every task you create (a set, a TaskGroup) and await it", e.line, now,
                e.id);
            break;
        }
        case TraceKind::deadlock: {
            // The report names each task's line; the warning's own "(line N)" ends it already.
            std::string text(e.text);
            const std::string last = " (line " + std::to_string(e.line) + ")";
            if (e.line && text.size() > last.size() && text.ends_with(last))
                text.resize(text.size() - last.size());
            add(PitfallKind::deadlock, std::move(text),
                "acquire locks in one order everywhere, and make sure whatever a task waits for gets set",
                e.line, now);
            break;
        }
        default: break;
    }
    timers_pending_ = timers_.size();
}

// ---- Replaying a recording --------------------------------------------------------------------

std::vector<Pitfall> find_pitfalls(const Recorder& recorder, PitfallLimits limits) {
    PitfallDetector detector(limits);
    for (const Event& ev : recorder.events()) {
        aio::TraceEvent e{ev.kind, ev.arg, ev.id, ev.other, ev.time, ev.value};
        if (ev.kind != TraceKind::output) {
            e.text = recorder.str(ev.text);
            e.file = recorder.str(ev.file);
        }
        e.line = ev.line;
        detector.record(e);
    }
    detector.finish();
    return detector.pitfalls();
}

}  // namespace loopscope::run_model
