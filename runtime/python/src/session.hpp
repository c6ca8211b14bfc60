// Session: everything one Engine::run owns besides the interpreter's own state — the loops the
// script created (they live until the end of the run, so that no runtime object outlives its
// loop), the shared virtual clock, the references handed back by finalised wrappers, the GC
// policy, and where output goes.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "aio/clock.hpp"
#include "aio/loopback.hpp"
#include "aio/runners.hpp"
#include "coroutine_lines.hpp"
#include "loopscope/python/engine.hpp"
#include "host_wait.hpp"
#include "py_ref.hpp"

namespace loopscope::python {

class Session {
public:
    Session(const EngineOptions& options, std::string_view source, std::string_view filename);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // The session of the run in progress (there is always one while Python code runs).
    static Session& current() noexcept { return *current_; }
    static Session* active() noexcept { return current_; }

    const EngineOptions& options() const noexcept { return options_; }
    // Different for every session of the process (never 0).
    std::uint64_t run_id() const noexcept { return run_id_; }
    const std::string& source() const noexcept { return source_; }
    const std::string& filename() const noexcept { return filename_; }

    void write(int stream, std::string_view text);
    // With a trace sink: each complete line written becomes an `output` event (the unfinished end
    // of the last write waits for its newline, or for the end of the run).
    void trace_output(int stream, std::string_view text);
    void flush_traced_output();

    // A new asyncio.run() runner (a loop with the session's clock, trace sink and handler).
    aio::Runner& new_runner();
    // asyncio.new_event_loop(): a loop owned by the session (same clock, sink and handler).
    aio::EventLoop& new_loop();
    // set_event_loop() / what get_event_loop() returns when no loop runs (null: none set).
    // Once set (even to None: asyncio.run and Runner.close do that, as CPython's), get_event_loop()
    // no longer makes a loop of its own: "There is no current event loop".
    aio::EventLoop* event_loop() const noexcept { return event_loop_; }
    void set_event_loop(aio::EventLoop* loop) noexcept {
        event_loop_ = loop;
        event_loop_set_ = true;
    }
    bool event_loop_set() const noexcept { return event_loop_set_; }
    // Per-loop Python state: its wrapper object and the Python exception handler (if any).
    struct LoopInfo {
        PyRef wrapper;
        PyRef handler;
    };
    LoopInfo& loop_info(aio::EventLoop* loop) { return loop_info_[loop]; }
    // Restores the default exception handler of `loop` (the session's report()).
    void reset_exception_handler(aio::EventLoop& loop);
    // The clock time.* reads under virtual time.
    aio::Clock& virtual_clock() noexcept { return virtual_clock_; }
    const aio::Clock& virtual_clock() const noexcept { return virtual_clock_; }
    // The run's in-process network (streams under virtual time and in the browser), made on first use.
    aio::LoopbackNetwork& loopback();
    // A Python object owning a C++ object was finalised: deleter(object) runs at the next safe
    // point (never inside the GC sweep).
    void defer_delete(void (*deleter)(void*), void* object) noexcept;

    // A safe point: no Python code runs on the C stack except frames whose objects are on the
    // Python stack or rooted. Collects if enough was allocated or a collection was requested.
    void safe_point();
    // Arms the VM's own collections for code that never reaches a safe point (port/interp.c).
    void arm_vm_collections() noexcept;
    // Called after the VM collected (the releases it found wait for the next safe point).
    void vm_collected() noexcept;
    void collect();
    // Bytes to allocate before the next collection (set after each one).
    std::size_t collect_interval() const noexcept { return collect_interval_; }
    void request_collect() noexcept { collect_requested_ = true; }
    // A task failed or a future got an exception (run_task_failed): the end of asyncio.run
    // collects, so the ones nobody kept report "... exception was never retrieved" while the loop
    // is open (CPython: as their last reference goes).
    void task_failed() noexcept { tasks_failed_ = true; }
    // A task raised KeyboardInterrupt / SystemExit (CPython re-raises them out of the loop): the
    // loop was stopped, and the blocking call that ran it raises this instead of its own error.
    void set_escape(void* exception) { escape_.reset(exception); }
    void* take_escape() noexcept {
        if (escape_.empty()) return nullptr;
        void* e = escape_.get();
        escape_ = PyRef();
        return e;
    }
    // A wrapper's finaliser ran: its reference to `future` is dropped at the next safe point.
    void wrapper_finalised(aio::FutureBase* future, void* wrapper) noexcept;
    // Drops the references of finalised wrappers (may destroy runtime objects).
    void drain_releases();
    // Writes the RuntimeWarnings of coroutines found never awaited since the last call.
    void warn_unawaited();

    // Ends the run: lets go of every Python object, then of the runtime objects, then the loops.
    // The interpreter must still be initialised; it is deinitialised here.
    void teardown();
    bool tearing_down() const noexcept { return tearing_down_; }

    // Host mode: the loop run the suspended main program waits for (null: none).
    void begin_host_wait(std::unique_ptr<HostWait> wait);
    std::unique_ptr<HostWait> take_host_wait() noexcept { return std::move(host_wait_); }
    HostWait* host_wait() const noexcept { return host_wait_.get(); }

    // nest_asyncio.apply() (shim/nest_asyncio.py): run_until_complete and asyncio.run may run a
    // loop that is already running (asyncio/runners.cpp). While such a nested run is in progress,
    // safe points do not collect: the outer step's native frames are still on the C stack.
    void allow_nested_runs() noexcept { nested_runs_allowed_ = true; }
    bool nested_runs_allowed() const noexcept { return nested_runs_allowed_; }
    void enter_nested_run() noexcept { ++nested_runs_; }
    void leave_nested_run() noexcept { --nested_runs_; }

    // The loop exception handler of every loop of the run (CPython's default, on our stderr).
    void report(const aio::ExceptionContext& context);
    // "... exception was never retrieved" for `f`, whose last reference goes: reported with a
    // new wrapper in the context's 'future' (CPython's __del__ passes the future itself).
    void report_dropped(aio::FutureBase& f);
    // Reports the watched futures only the session still holds (at safe points).
    void report_unretrieved();
    // Watches a failed task whose wrapper is already gone (the runtime still holds it).
    void watch_unretrieved(aio::FutureBase& f);

    // The never-awaited pitfall (traced runs): a coroutine or native awaitable was made at the
    // current script line / was finalised by the sweep (unstarted: it never ran). No Python heap
    // allocation (the sweep calls it).
    void coroutine_created(void* obj);
    void coroutine_finalised(void* obj, bool unstarted, std::string_view name) noexcept;
    void coroutine_warned(void* obj, std::string_view name) noexcept;
    // Traces an engine fact (coroutine_dropped...) stamped with the running loop's time, or the
    // run's clock outside a loop.
    void trace_fact(aio::TraceEvent event);
    // The lost-task pitfall (traced runs): asyncio.run's main task is over and the runner is about
    // to cancel what is left. After a collection, a task still pending whose Python object the
    // script had and let go (nobody keeps it) is traced as task_lost. Called at a safe point.
    void find_lost_tasks(aio::EventLoop& loop, aio::LostTaskEnd when = aio::LostTaskEnd::run_ended);
    // The same for the loops the script made and never closed (loop.run_until_complete style),
    // when its main program ended normally.
    void find_lost_tasks_in_open_loops();

private:
    // Keeps f (once) among the futures report_unretrieved() looks at, with a reference of its own.
    void hold_unretrieved(aio::FutureBase& f);
    static Session* current_;
    static std::uint64_t last_run_id_;
    std::uint64_t run_id_;
    const EngineOptions& options_;
    std::string source_;
    std::string filename_;
    aio::Clock virtual_clock_{aio::Clock::Kind::virtual_time};
    std::vector<std::unique_ptr<aio::Runner>> runners_;
    std::vector<aio::FutureBase*> releases_;
    std::vector<std::pair<void (*)(void*), void*>> deferred_deletes_;
    std::unique_ptr<aio::LoopbackNetwork> loopback_;
    std::vector<std::unique_ptr<aio::EventLoop>> loops_;
    std::unordered_map<aio::EventLoop*, LoopInfo> loop_info_;
    aio::EventLoop* event_loop_ = nullptr;
    bool event_loop_set_ = false;
    std::unique_ptr<HostWait> host_wait_;
    aio::EventLoop::Options loop_options();
    void configure(aio::EventLoop& loop);
    void update_collect_interval() noexcept;
    std::string pending_output_[2];  // stdout, stderr: text after the last newline (traced runs)
    bool collect_requested_ = false;
    bool tasks_failed_ = false;                  // since the last collection
    std::vector<aio::FutureBase*> unretrieved_;  // one reference each (report_unretrieved)
    PyRef escape_;
    std::size_t collect_interval_ = 1 << 20;  // until the engine arms collections
    bool tearing_down_ = false;
    bool nested_runs_allowed_ = false;
    int nested_runs_ = 0;
    CoroutineLines coroutine_lines_;  // coroutines not finalised yet: their creation line
    // "coroutine ... was never awaited" RuntimeWarnings found by the last sweep (line, name), written
    // to stderr at the next safe point, each line once (the warnings module's default action).
    std::vector<std::pair<std::uint32_t, std::string>> unawaited_;
    std::vector<std::uint32_t> unawaited_lines_warned_;
};

}  // namespace loopscope::python
