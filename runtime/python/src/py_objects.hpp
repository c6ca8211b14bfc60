// The runtime objects behind Python's asyncio objects: each is an aio future or task, so the loop,
// the combinators and the trace treat Python tasks exactly like C++ ones.
//
//   PyException / PyCancelledError  a Python exception travelling through the runtime
//                                   (std::exception_ptr), e.g. a task's exception
//   PyBacked                        what every Python-visible runtime object has: its result as a
//                                   Python object and a weak link to its Python wrapper
//   PyFuture, SleepFuture           asyncio.Future(), the future asyncio.sleep() waits on
//   PyTask                          a TaskBase driving a Python coroutine with mp_resume
//   PyGather                        gather()'s future (aio's GatheringFutureBase, results in a list)
#pragma once
#include <exception>
#include <string>
#include <utility>
#include <vector>

#include "aio/gather.hpp"
#include "aio/task.hpp"
#include "bridge.h"
#include "loop_memory.hpp"
#include "py_ref.hpp"
#include "task_location.h"

namespace loopscope::python {

// A Python exception instance carried by a C++ exception.
class PyException : public std::exception {
public:
    explicit PyException(void* obj);
    void* object() const noexcept { return obj_.get(); }
    const char* what() const noexcept override { return type_name_.c_str(); }

private:
    PyRef obj_;
    std::string type_name_;
};

// A Python asyncio.CancelledError instance: an aio::CancelledError for the runtime (cancellation
// rules apply to it), the original object for Python.
class PyCancelledError : public aio::CancelledError {
public:
    explicit PyCancelledError(void* obj);
    void* object() const noexcept { return obj_.get(); }

private:
    PyRef obj_;
};

// The Python view of a C++ exception (messages point into `buffer`).
lsb_error_t to_error(const std::exception_ptr& e, std::string& buffer) noexcept;
// A unit's own C++ exceptions as Python exceptions: the translator returns the Python exception
// object for `e`, or null if `e` is none of its own. Registered once (at static initialisation)
// by the unit that throws them (streams, queues, locks); to_error asks each in turn.
using ErrorTranslator = void* (*)(const std::exception& e) noexcept;
bool add_error_translator(ErrorTranslator translator) noexcept;
// The Python exception object for `e` (created if needed); null if out of memory.
void* to_python_exception(const std::exception_ptr& e) noexcept;
// The exception_ptr for a Python exception object.
std::exception_ptr from_python_exception(void* obj);
// What a blocking call (asyncio.run, run_until_complete, run_forever) raises when the loop it ran
// stopped: the KeyboardInterrupt / SystemExit a task raised (Session::set_escape), else `error`.
std::exception_ptr escaped_or(std::exception_ptr error);

// fn(*args) as a loop callback (call_soon, call_later, call_soon_threadsafe...): an exception goes
// to the loop's exception handler, as CPython's Handle._run does.
struct PyCallback {
    aio::EventLoop* loop;
    PyRef fn;
    PyRef args;
    PyRef context;       // the contextvars.Context it runs in (null: an empty one)
    double when = -1.0;  // a TimerHandle's time (call_later / call_at), else negative: a Handle
    // The handle that holds it and the three root-table slots count against the memory cap.
    LoopCharge<loop_cost(sizeof(aio::detail::HandleState), 3)> charge = {};
    void operator()() const;
};

// Every runtime future class deriving from it also overrides host_object() (backed() relies on it).
class PyBacked {
public:
    virtual ~PyBacked() = default;
    PyRef value;                // the result (None until set)
    void* wrapper = nullptr;    // the live Python object standing for this future, if any (weak)
    bool ever_wrapped = false;  // the script had it once (the lost-task pitfall: and let it go)
    // Python done callbacks, for remove_done_callback(fn).
    std::vector<std::pair<PyRef, aio::FutureBase::CallbackId>> py_callbacks;
};

// A runtime object that a Python wrapper owns (a lock, a queue, a TaskGroup, a Timeout,
// as_completed's state, a handle or stream box): the wrapper's finaliser hands it to lsb_owned_finalised, and the session
// deletes it at the next safe point.
class PyOwned {
public:
    virtual ~PyOwned() = default;
};

// What a Handle / TimerHandle wrapper owns (a PyOwned: deleted after its wrapper is finalised).
struct HandleBox final : PyOwned {
    aio::Handle handle;
    double when = 0.0;
};

// The PyBacked part of a runtime future, or null for futures made by C++ code.
PyBacked* backed(aio::FutureBase* f) noexcept;

class PyFuture : public aio::FutureBase, public PyBacked {
public:
    explicit PyFuture(aio::EventLoop& loop) : FutureBase(loop) { lsp_loop_bytes += cost; }
    ~PyFuture() override { lsp_loop_bytes -= cost; }
    static const std::size_t cost;  // what it counts against the memory cap (loop_memory.hpp)
    void* value_slot() noexcept override { return &value; }
    void* host_object() noexcept override { return static_cast<PyBacked*>(this); }
    void set_result(void* obj);
};

// Completed by a timer after `delay` seconds; cancelling it cancels the timer.
class SleepFuture final : public PyFuture {
public:
    SleepFuture(aio::EventLoop& loop, double delay);
    ~SleepFuture() override { timer_.cancel(); }
    bool cancel(std::optional<std::string> message = std::nullopt) override;

private:
    aio::TimerHandle timer_;
    LoopCharge<loop_cost(sizeof(aio::detail::HandleState), 0)> timer_charge_;
};

class PyTask final : public aio::TaskBase, public PyBacked {
public:
    // `context`: the contextvars.Context its steps run in (null: an empty one, made on first use).
    PyTask(aio::EventLoop& loop, void* coro, std::string name, void* context)
        : PyTask(loop, coro, name.size(), std::move(name), context) {}
    ~PyTask() override { lsp_loop_bytes -= charged_; }
    static const std::size_t cost;  // what it counts against the memory cap (loop_memory.hpp)
    void* value_slot() noexcept override { return &value; }
    void* host_object() noexcept override { return static_cast<PyBacked*>(this); }
    // The coroutine stays with the task while it can run (the loop closing leaves it pending).
    void abandon() noexcept override {}
    // The coroutine; null once the task is done (for stepping and locations).
    void* coro() const noexcept { return coro_done_ ? nullptr : coro_.get(); }
    // The coroutine, also once done (its frame let go, see on_done): Task.get_coro().
    void* coroutine_object() const noexcept { return coro_.get(); }
    // The innermost generator of the await chain and its line (port/task_location.c).
    aio::SourceLocation location() const noexcept override;
    std::string coroutine_name() const override;
    // "Type: message", as the last line of a traceback.
    std::string describe_exception(const std::exception_ptr& e) const override;
    double step_work() const noexcept override { return step_branches_; }
    // The coroutine's name and line (port/task_location.c), kept once the task is done.
    bool describe(lsp_coro_info_t* out) const noexcept;
    // The innermost frame of a step preempted by the host (port/preemption.h), or null.
    void* preempted_frame() const noexcept { return preempted_frame_; }

private:
    // `name_size`: what the name adds to the task's charge (a script chooses its length).
    PyTask(aio::EventLoop& loop, void* coro, std::size_t name_size, std::string&& name, void* context);
    Resumed resume(std::exception_ptr* exception) override;
    Resumed resume_preempted() override;
    Resumed resumed_as(int resumed, void* out);  // an lsp_resume_kind_t
    // A finished coroutine's frame is let go at once: it may hold the task's own wrapper, a cycle
    // through a GC root that would otherwise last until the end of the run. The coroutine object
    // stays (CPython's get_coro() of a done task), holding nothing but its function.
    void on_done() noexcept override {
        lsp_coro_release_frame(coro_.get());
        coro_done_ = true;
        if (!context_.empty()) context_.reset();
    }
    PyRef coro_;
    aio::SourceLocation raised_at_;  // where the coroutine raised, once it did (not cancelled)
    double step_branches_ = -1.0;    // VM branches of the last step (lsp_watchdog_branches)
    PyRef context_;
    void* preempted_frame_ = nullptr;  // on the Python stack, below the coroutine's own frame
    bool coro_done_ = false;           // the task is done: coro_'s frame is let go
    std::size_t charged_ = 0;          // counted against the memory cap: cost and the name's length
};

class PyGather final : public aio::detail::GatheringFutureBase, public PyBacked {
public:
    PyGather(aio::EventLoop& loop, bool return_exceptions)
        : GatheringFutureBase(loop, return_exceptions), return_exceptions_(return_exceptions) {
        lsp_loop_bytes += cost;
    }
    ~PyGather() override { lsp_loop_bytes -= cost; }
    static const std::size_t cost;  // what it counts against the memory cap (loop_memory.hpp)
    void* value_slot() noexcept override { return &value; }
    void* host_object() noexcept override { return static_cast<PyBacked*>(this); }
    // gather() of nothing: CPython returns a plain future there, not a _GatheringFuture.
    bool has_children() const noexcept { return !children_.empty(); }

private:
    void store_results() override;
    bool return_exceptions_;
};

}  // namespace loopscope::python
