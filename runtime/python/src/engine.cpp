#include "loopscope/python/engine.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <memory>
#include <string>

#include "aio/errors.hpp"
#include "asyncio/legacy.h"
#include "host_wait.hpp"
#include "interp.h"
#include "loop_memory.hpp"
#include "threads.h"
#include "py_objects.hpp"
#include "py_ref.hpp"
#include "session_threads.hpp"
#include "session.hpp"
#include "traceback.hpp"
#include "watchdog.h"
#include "preemption.h"
#include "task_location.h"

namespace loopscope::python {

namespace {

struct FreeDeleter {
    void operator()(void* p) const noexcept { std::free(p); }
};
using Block = std::unique_ptr<void, FreeDeleter>;

RunResult failure(std::string type, std::string message) {
    RunResult r;
    r.ok = false;
    r.exit_code = 1;
    r.error_type = std::move(type);
    r.message = std::move(message);
    r.traceback = r.error_type + ": " + r.message + "\n";
    return r;
}

void append(void* ctx, const char* text, std::size_t len) {
    static_cast<std::string*>(ctx)->append(text, len);
}

// One run's interpreter: the heap, the Python stack, the session and MicroPython's state.
class Interpreter {
public:
    Interpreter(const EngineOptions& options, std::string_view source, std::string_view filename)
        : options_(options),
          heap_(std::malloc(std::min(options_.initial_heap, options_.heap_cap))),
          pystack_(std::malloc(options_.pystack_words * sizeof(void*))),
          session_(options_, source, filename),
          argv0_(filename) {}

    bool allocated() const noexcept { return heap_ && pystack_; }
    Session& session() noexcept { return session_; }
    const Session& session() const noexcept { return session_; }
    const EngineOptions& options() const noexcept { return options_; }

    // `stack_top`: the C stack measure starts there (everything the interpreter does is below).
    // Returns the exception that stopped the preparation of the script's modules, or null.
    void* init(void* stack_top) {
        lsp_init_t config{};
        config.heap = heap_.get();
        config.heap_size = std::min(options_.initial_heap, options_.heap_cap);
        config.heap_cap = options_.heap_cap;
        config.pystack = pystack_.get();
        config.pystack_size = options_.pystack_words * sizeof(void*);
        config.stack_top = stack_top;
        config.stack_limit = options_.c_stack_limit;
        config.argv0 = argv0_.c_str();
        config.toplevel_await = options_.toplevel_await;
        lsp_init(&config);
        reset_loop_room();
        lsp_thread_exit_timeout = options_.thread_exit_timeout;
        lsp_watchdog_arm(options_.step_limit);
        initialised_ = true;
        session_.arm_vm_collections();
        return lsp_asyncio_legacy_install(options_.asyncio_version);
    }

    // How the main program ended (`exc`: its uncaught exception, or null); ends the interpreter.
    RunResult finish(void* exc) {
        RunResult result;
        // The watchdog fired: that is how the run ended, whatever the script did with it.
        if (void* stopped = lsp_watchdog_exception()) exc = stopped;
        if (exc) {
            int code = 0;
            std::string text;
            if (lsp_system_exit(exc, &code, append, &text)) {
                result.ok = code == 0;
                result.exit_code = code;
                result.error_type = "SystemExit";
                result.traceback = text;  // sys.exit("message") prints the message
            } else {
                describe_exception(exc, session_.source(), session_.filename(), result);
            }
        }
        if (!exc) session_.find_lost_tasks_in_open_loops();
        if (options_.trace && !result.traceback.empty()) {
            // The uncaught exception's traceback, as the trace's last stderr lines.
            session_.flush_traced_output();
            session_.trace_output(1, result.traceback);
        }
        end();
        return result;
    }

    // The main program is over: join / stop the threads it left (README "Threads").
    void finish_threads(void* exc) {
        PyRef keep(exc);  // collections may run while the threads are joined
        python::finish_threads(session_, options_.thread_exit_timeout);
    }

    void end() {
        if (!initialised_) return;
        // A run stopped by its host: its threads are stopped without joining (the GIL is taken
        // back first: the host's thread gave it up when its last pump returned).
        if (!lsp_gil_held()) lsp_gil_acquire_main();
        lsp_threads_stop_all(1.0);
        initialised_ = false;
        lsp_set_host_mode(false);
        session_.teardown();
    }

    ~Interpreter() { end(); }

private:
    EngineOptions options_;  // the session refers to this copy
    Block heap_;
    Block pystack_;
    Session session_;
    std::string argv0_;
    bool initialised_ = false;
};

class HostedRun final : public ScriptRun {
public:
    HostedRun(const EngineOptions& options, std::string_view source, std::string_view filename)
        : interp_(options, source, filename) {}

    bool allocated() const noexcept { return interp_.allocated(); }
    bool finished() const noexcept override { return finished_; }
    const RunResult& result() const noexcept override { return result_; }

    Progress pump(double budget) override {
        if (paced()) interp_.session().virtual_clock().set_horizon(horizon_now());
        return advance(budget, std::numeric_limits<std::size_t>::max());
    }

    Progress step() override {
        aio::Clock& clock = interp_.session().virtual_clock();
        clock.set_horizon(std::numeric_limits<double>::infinity());
        Progress p = advance(std::numeric_limits<double>::infinity(), 1);
        // Pacing goes on from where the step left the clock.
        pace_origin_ = clock.now();
        pace_real_ = aio::monotonic_seconds();
        if (paced()) clock.set_horizon(pace_origin_);
        return p;
    }

    void set_speed(double speed) override {
        aio::Clock& clock = interp_.session().virtual_clock();
        pace_origin_ = paced() ? std::max(clock.now(), horizon_now()) : clock.now();
        pace_real_ = aio::monotonic_seconds();
        speed_ = speed > 0 ? speed : 0.0;
        clock.set_horizon(paced() ? pace_origin_ : std::numeric_limits<double>::infinity());
    }

    double time() const override {
        if (interp_.options().virtual_time) return interp_.session().virtual_clock().now();
        HostWait* wait = interp_.session().host_wait();
        return wait ? wait->loop().time() : 0.0;
    }

    std::string preempted_step() const override {
        lsp_location_t where{};
        std::string what;
        if (main_preempted_) {
            what = "the main program";
            lsp_frame_location(lsp_main_preempted_frame(), &where);
        } else {
            HostWait* wait = finished_ ? nullptr : interp_.session().host_wait();
            if (!wait || !wait->loop().preempted()) return {};
            auto* task = dynamic_cast<PyTask*>(wait->loop().current_task());
            if (!task) return {};
            what = "a step of " + task->coroutine_name() + "() " + task->name();
            lsp_frame_location(lsp_preempt_innermost(task->preempted_frame()), &where);
        }
        if (where.line) what += " at line " + std::to_string(where.line);
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.1f", lsp_watchdog_step_seconds());
        return what + " after " + seconds + " s of computing";
    }

private:
    bool paced() const noexcept { return interp_.options().virtual_time && !std::isinf(speed_); }
    double horizon_now() const noexcept {
        return pace_origin_ + (aio::monotonic_seconds() - pace_real_) * speed_;
    }

    // Runs the main program until it suspends, or the loop it waits on for at most `budget`
    // seconds and `max_callbacks` callbacks.
    Progress advance(double budget, std::size_t max_callbacks) {
        if (finished_) return {true, 0.0};
        // The GIL is the main thread's while a slice runs; between slices other Python threads run.
        struct SliceGil {
            explicit SliceGil(bool take) {
                if (take) lsp_gil_acquire_main();
            }
            ~SliceGil() {
                if (lsp_gil_held()) lsp_gil_release_main();
            }
        } gil(started_);
        // A step still computing when the slice is over gives the thread back (port/preemption.h);
        // step() (budget +inf) runs its callback to the end.
        struct SliceDeadline {
            explicit SliceDeadline(double budget) {
                if (budget > 0 && !std::isinf(budget)) lsp_preempt_set_deadline(lsp_watchdog_now() + budget);
            }
            ~SliceDeadline() { lsp_preempt_set_deadline(0.0); }
        } deadline(budget);
        volatile char stack_top = 0;
        if (!started_) {
            started_ = true;
            void* exc = interp_.init(const_cast<char*>(&stack_top));
            if (exc) return after(LSP_MAIN_RAISED, exc);
            lsp_set_host_mode(true);
            Session& s = interp_.session();
            lsp_main_kind_t kind =
                lsp_main_start(s.source().data(), s.source().size(), s.filename().c_str(), &exc);
            return after(kind, exc);
        }
        lsp_set_stack_top(const_cast<char*>(&stack_top));
        if (main_preempted_) {  // the main program's code goes on first
            main_preempted_ = false;
            void* exc = nullptr;
            return after(lsp_main_continue(&exc), exc);
        }
        HostWait* wait = interp_.session().host_wait();
        aio::EventLoop& loop = wait->loop();
        bool over;
        try {
            aio::EventLoop::RunReport report = loop.run_for(budget, max_callbacks);
            // Nothing can ever wake the loop (virtual time, no timer, no other thread, no I/O):
            // the error run_forever raises in a blocking run, so the page ends the run with it
            // instead of showing "running" forever.
            if (report.stuck) throw aio::RuntimeError(loop.deadlock_message());
            if (!report.stopped) return {false, delay_until(loop, report.next_wakeup)};
            over = wait->loop_stopped();
        } catch (...) { over = wait->loop_failed(std::current_exception()); }
        if (!over) return {false, 0.0};
        return resume();
    }

    // The blocking call the main program waits in is over: continue the program with its outcome.
    Progress resume() {
        std::unique_ptr<HostWait> wait = interp_.session().take_host_wait();
        void* exc = nullptr;
        lsp_main_kind_t kind;
        if (wait->error) {
            std::string buffer;
            lsb_error_t e = to_error(wait->error, buffer);
            kind = lsp_main_resume(nullptr, &e, &exc);
        } else {
            void* v = wait->value.get();
            kind = lsp_main_resume(v ? v : lsp_none(), nullptr, &exc);
        }
        return after(kind, exc);
    }

    Progress after(lsp_main_kind_t kind, void* exc) {
        if (kind == LSP_MAIN_SUSPENDED) return {false, 0.0};
        if (kind == LSP_MAIN_PREEMPTED) {
            main_preempted_ = true;
            return {false, 0.0};
        }
        if (kind != LSP_MAIN_RAISED) exc = nullptr;
        interp_.finish_threads(exc);
        result_ = interp_.finish(exc);
        finished_ = true;
        return {true, 0.0};
    }

    double delay_until(aio::EventLoop& loop, double when) const {
        if (std::isinf(when)) return std::numeric_limits<double>::infinity();
        double now = loop.time();
        if (when <= now) return 0.0;
        if (!loop.clock().is_virtual()) return when - now;
        if (!paced()) return 0.0;
        if (speed_ == 0.0) return std::numeric_limits<double>::infinity();  // paused: only step()
        double ahead = when - horizon_now();
        return ahead > 0.0 ? ahead / speed_ : 0.0;
    }

    Interpreter interp_;
    double speed_ = std::numeric_limits<double>::infinity();  // virtual seconds per real second
    double pace_origin_ = 0.0;                                // horizon at pace_real_
    double pace_real_ = 0.0;
    bool started_ = false;
    bool finished_ = false;
    bool main_preempted_ = false;  // the main program's code was preempted (port/preemption.h)
    RunResult result_;
};

}  // namespace

RunResult Engine::run(std::string_view source, std::string_view filename) {
    if (Session::active()) return failure("RuntimeError", "the Python engine is already running a script");
    Interpreter interp(options_, source, filename);
    if (!interp.allocated()) return failure("MemoryError", "cannot allocate the Python heap");
    volatile char stack_top = 0;
    void* exc = interp.init(const_cast<char*>(&stack_top));
    Session& s = interp.session();
    if (!exc) exc = lsp_exec(s.source().data(), s.source().size(), s.filename().c_str());
    interp.finish_threads(exc);
    return interp.finish(exc);
}

std::unique_ptr<ScriptRun> Engine::start(std::string_view source, std::string_view filename) {
    struct Failed final : ScriptRun {
        RunResult r;
        Progress pump(double) override { return {true, 0.0}; }
        Progress step() override { return {true, 0.0}; }
        void set_speed(double) override {}
        double time() const override { return 0.0; }
        bool finished() const noexcept override { return true; }
        const RunResult& result() const noexcept override { return r; }
    };
    auto failed = [](RunResult r) {
        auto f = std::make_unique<Failed>();
        f->r = std::move(r);
        return f;
    };
    if (Session::active())
        return failed(failure("RuntimeError", "the Python engine is already running a script"));
    auto run = std::make_unique<HostedRun>(options_, source, filename);
    if (!run->allocated()) return failed(failure("MemoryError", "cannot allocate the Python heap"));
    return run;
}

}  // namespace loopscope::python
