// The C++ half of running the loop to an end (runners.c): asyncio.run and asyncio.Runner over
// aio::Runner, loop.run_until_complete / run_forever; in host mode each suspends the main
// program instead (port/main_program.c, src/host_wait.*).
#include "asyncio/runners.h"

#include <limits>
#include <optional>
#include <string>

#include "aio/nested_run.hpp"
#include "aio/runners.hpp"
#include "aio/task.hpp"
#include "asyncio/asyncgens.h"
#include "asyncio/binding.hpp"
#include "asyncio/loop.h"
#include "host_wait.hpp"
#include "contextvars.h"
#include "interp.h"
#include "py_objects.hpp"
#include "port/threads.h"
#include "session.hpp"

using namespace loopscope::python;

namespace {

// Host mode (the browser, the desktop app): a blocking loop entry point suspends the main program
// and the host runs the loop. That needs the call to come from the main program's own frames. Other
// threads may block: there the loop runs in place, as without a host (unsync's loop thread).
bool hosted() { return lsp_host_mode() && lsp_thread_is_main(); }

// A blocking entry point called where the main program cannot be suspended (from a method called
// by a builtin or the VM itself: a constructor, `__call__`, a property, map(), unittest's runner)
// runs the loop in place, as without a host, when the loop's clock is virtual: it never has to
// wait for real time, so the host (the page) only waits for the computing. A paced virtual clock
// (slow motion) runs at full speed meanwhile. On a real-time clock the page cannot wait: refused.
bool runs_in_place(aio::EventLoop& loop, bool may_suspend) {
    return hosted() && !may_suspend && loop.clock().is_virtual();
}

// `virtual_clock`: the loop to run has a virtual clock (for asyncio.run: the run's new loops will).
lsb_error_t check_can_block(const char* what, bool virtual_clock, bool may_suspend) {
    if (!hosted() || may_suspend || virtual_clock) return ok();
    std::string text =
        std::string(what) +
        " cannot run the event loop from here on the real-time clock: in the playground, a loop "
        "that waits for real time can only be run by code the script calls directly (not from "
        "inside a constructor, a property, a callback or a builtin such as map()); run the script "
        "on the virtual clock";
    return error(LSB_RUNTIME, text.c_str());
}

// While a loop runs in place: its clock has no horizon (the host's pace does not apply).
class InPlaceRun {
public:
    explicit InPlaceRun(aio::EventLoop& loop) : clock_(loop.clock()), horizon_(clock_.horizon()) {
        clock_.set_horizon(std::numeric_limits<double>::infinity());
    }
    ~InPlaceRun() { clock_.set_horizon(horizon_); }
    InPlaceRun(const InPlaceRun&) = delete;
    InPlaceRun& operator=(const InPlaceRun&) = delete;

private:
    aio::Clock& clock_;
    double horizon_;
};

aio::EventLoop* lp(void* loop) { return static_cast<aio::EventLoop*>(loop); }

// nest_asyncio.apply() was called and `loop` is the loop running on this thread: the blocking
// entry point runs it reentrantly (aio/nested_run.hpp) instead of failing.
bool runs_nested(aio::EventLoop& loop) {
    return Session::current().nested_runs_allowed() && aio::running_loop() == &loop && loop.is_running();
}

// Runs `loop` until `f` is done from inside one of its steps; *result as run_until_complete's.
// The host (the page) waits meanwhile: a paced virtual clock runs at full speed for it, and a
// real-time clock is refused there (the page cannot block while a timer is due).
lsb_error_t run_nested(aio::EventLoop& loop, aio::Ref<aio::FutureBase> f, void** result) {
    if (lsp_host_mode() && !loop.clock().is_virtual())
        return error(LSB_RUNTIME,
                     "nest_asyncio: a nested run would block the page while it waits for real time; "
                     "run the script on the virtual clock");
    Session& s = Session::current();
    aio::Clock& clock = loop.clock();
    struct Nesting {
        Session& s;
        aio::Clock& clock;
        double horizon;
        ~Nesting() {
            clock.set_horizon(horizon);
            s.leave_nested_run();
        }
    } nesting{s, clock, clock.horizon()};
    s.enter_nested_run();
    clock.set_horizon(std::numeric_limits<double>::infinity());
    aio::run_nested_until(loop, *f, !lsp_host_mode());
    aio::Future<void>(f).result();  // rethrows its exception
    PyBacked* b = backed(f.get());
    void* v = b ? b->value.get() : nullptr;
    *result = v ? v : lsp_none();
    return ok();
}

}  // namespace

extern "C" {

bool lsb_asyncio_run_refused(void) {
    aio::EventLoop* running = aio::running_loop();
    return running && !runs_nested(*running);
}

lsb_error_t lsb_asyncio_run(void* coro, bool debug, bool may_suspend, void** result) {
    try {
        if (aio::EventLoop* running = aio::running_loop(); running && runs_nested(*running))
            return run_nested(
                *running,
                aio::Ref<aio::FutureBase>(new PyTask(*running, coro, {}, lsp_context_capture_or_null())),
                result);
        if (aio::running_loop())
            return error(LSB_RUNTIME, "asyncio.run() cannot be called from a running event loop");
        Session& s = Session::current();
        if (lsb_error_t e = check_can_block("asyncio.run()", s.options().virtual_time, may_suspend);
            e.kind != LSB_OK)
            return e;
        aio::Runner& runner = s.new_runner();
        install_asyncgen_shutdown(runner);
        aio::EventLoop& loop = runner.get_loop();
        if (debug) lsp_loop_start_in_debug_mode(&loop);
        aio::Ref<PyTask> task(new PyTask(loop, coro, {}, lsp_context_capture_or_null()));
        if (hosted() && !runs_in_place(loop, may_suspend))
            return suspend_main_program(wait_asyncio_run(runner, aio::Ref<aio::FutureBase>(task.get()), [] {
                // CPython's Runner set its loop as the current one, and None once closed.
                lsb_set_event_loop(nullptr);
            }));
        std::optional<InPlaceRun> in_place;
        if (runs_in_place(loop, may_suspend)) in_place.emplace(loop);
        std::exception_ptr failure;
        try {
            loop.run_until_complete(aio::Future<void>(aio::Ref<aio::FutureBase>(task.get())));
        } catch (...) { failure = escaped_or(std::current_exception()); }
        if (!failure) s.find_lost_tasks(loop);  // (a deadlock leaves tasks pending on purpose)
        try {
            runner.close();  // cancels what is left, then closes the loop (the task keeps its result)
        } catch (...) {
            // CPython: what escapes Runner.close() (a KeyboardInterrupt or SystemExit raised by a task
            // it cancels: the loop stopped for it) replaces the run's own exception.
            lsb_set_event_loop(nullptr);
            std::rethrow_exception(escaped_or(std::current_exception()));
        }
        lsb_set_event_loop(nullptr);  // CPython's Runner set its loop as current, then None (per thread)
        if (failure) std::rethrow_exception(failure);
        void* v = task->value.get();
        *result = v ? v : lsp_none();
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_loop_run_until_complete(void* loop, void* awaitable, bool is_coro, bool may_suspend,
                                        void** result) {
    try {
        aio::EventLoop& l = *lp(loop);
        if (l.is_closed()) return error(LSB_RUNTIME, "Event loop is closed");
        const bool nested = runs_nested(l);
        if (l.is_running() && !nested) return error(LSB_RUNTIME, "This event loop is already running");
        if (aio::running_loop() && !nested)
            return error(LSB_RUNTIME, "Cannot run the event loop while another loop is running");
        if (lsb_error_t e =
                check_can_block("loop.run_until_complete()", l.clock().is_virtual(), may_suspend || nested);
            e.kind != LSB_OK)
            return e;
        aio::Ref<aio::FutureBase> f;
        if (is_coro) {
            f = aio::Ref<aio::FutureBase>(new PyTask(l, awaitable, {}, lsp_context_capture_or_null()));
        } else {
            f = aio::Ref<aio::FutureBase>(fut(awaitable));
            if (&f->loop() != &l)
                return error(
                    LSB_VALUE,
                    "The future belongs to a different loop than the one specified as the loop argument");
        }
        if (nested) return run_nested(l, std::move(f), result);
        if (hosted() && !runs_in_place(l, may_suspend))
            return suspend_main_program(wait_until_complete(l, std::move(f)));
        std::optional<InPlaceRun> in_place;
        if (runs_in_place(l, may_suspend)) in_place.emplace(l);
        try {
            l.run_until_complete(aio::Future<void>(f));
        } catch (...) { std::rethrow_exception(escaped_or(std::current_exception())); }
        PyBacked* b = backed(f.get());
        void* v = b ? b->value.get() : nullptr;
        *result = v ? v : lsp_none();
        return ok();
    } catch (...) { return current_error(); }
}

lsb_error_t lsb_loop_run_forever(void* loop, bool may_suspend) {
    try {
        aio::EventLoop& l = *lp(loop);
        if (l.is_closed()) return error(LSB_RUNTIME, "Event loop is closed");
        if (l.is_running()) return error(LSB_RUNTIME, "This event loop is already running");
        if (aio::running_loop())
            return error(LSB_RUNTIME, "Cannot run the event loop while another loop is running");
        if (lsb_error_t e = check_can_block("loop.run_forever()", l.clock().is_virtual(), may_suspend);
            e.kind != LSB_OK)
            return e;
        if (hosted() && !runs_in_place(l, may_suspend)) return suspend_main_program(wait_forever(l));
        std::optional<InPlaceRun> in_place;
        if (runs_in_place(l, may_suspend)) in_place.emplace(l);
        l.run_forever();
        if (std::exception_ptr escaped = escaped_or(nullptr)) std::rethrow_exception(escaped);
        return ok();
    } catch (...) { return current_error(); }
}

void lsb_allow_nested_runs(void) { Session::current().allow_nested_runs(); }

lsb_error_t lsb_runner_new(void** runner, void** loop) {
    return guarded([&] {
        aio::Runner& r = Session::current().new_runner();
        install_asyncgen_shutdown(r);
        *runner = &r;
        *loop = &r.get_loop();
    });
}

lsb_error_t lsb_runner_close(void* runner, bool may_suspend) {
    auto* r = static_cast<aio::Runner*>(runner);
    if (hosted() && may_suspend) {
        lsb_error_t e{};
        aio::Ref<aio::FutureBase> first;
        e = guarded([&] { first = r->next_close_wait(); });
        if (e.kind != LSB_OK) r->abort_close();
        if (e.kind != LSB_OK || !first) return e;
        return suspend_main_program(wait_runner_close(*r, std::move(first)));
    }
    return guarded([&] {
        std::optional<InPlaceRun> in_place;
        if (runs_in_place(r->get_loop(), may_suspend)) in_place.emplace(r->get_loop());
        try {
            r->close();
        } catch (...) { std::rethrow_exception(escaped_or(std::current_exception())); }
    });
}

}  // extern "C"
