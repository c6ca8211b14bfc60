// The session's thread part (see session_threads.hpp): the GIL-aware poller, output from other
// threads, the process lanes of the trace, the end of a run's threads.
#include "session_threads.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "aio/clock.hpp"
#include "aio/event_loop.hpp"
#include "interp.h"
#include "processes.h"
#include "py_ref.hpp"
#include "session.hpp"
#include "threads.h"
#include "traceback.hpp"

namespace loopscope::python {

namespace {

class ThreadAwarePoller final : public aio::Poller {
public:
    explicit ThreadAwarePoller(std::unique_ptr<aio::Poller> inner) : inner_(std::move(inner)) {}

    void poll(aio::EventLoop& loop, double timeout) override {
        if (timeout == 0.0) {
            inner_->poll(loop, 0.0);
            // Between iterations: a thread waiting for the GIL gets it (CPython's select() releases
            // it on every iteration).
            lsp_gil_yield();
            keep_pace(loop);
        } else {
            lsp_gil_release_main();
            inner_->poll(loop, timeout);
            lsp_gil_acquire_main();
        }
        if (Session* s = Session::active()) flush_thread_output(*s);
    }
    void wake() noexcept override { inner_->wake(); }
    void add_reader(int fd, aio::detail::Function<void()> cb) override {
        inner_->add_reader(fd, std::move(cb));
    }
    bool remove_reader(int fd) override { return inner_->remove_reader(fd); }
    void add_writer(int fd, aio::detail::Function<void()> cb) override {
        inner_->add_writer(fd, std::move(cb));
    }
    bool remove_writer(int fd) override { return inner_->remove_writer(fd); }
    // While other threads work for the script, a virtual-time loop polls every iteration (a chance
    // to hand over the GIL and keep pace) and, idle, waits for them: they may still call
    // call_soon_threadsafe.
    bool has_fds() const noexcept override {
        if (lsp_threads_busy() > 0) return true;
        if (pacing_) {
            clock_->set_horizon(std::numeric_limits<double>::infinity());
            pacing_ = false;
        }
        return inner_->has_fds();
    }

private:
    // Virtual time with busy threads: the clock may not run ahead of real time (the threads need
    // real time; a realtime script then prints what CPython prints in real time). Idle until a
    // timer beyond the horizon, the loop waits for real (up to 10 ms a round, for hosted slices).
    void keep_pace(aio::EventLoop& loop) {
        aio::Clock& c = loop.clock();
        if (!c.is_virtual() || lsp_threads_busy() == 0) return;
        if (!pacing_) {
            if (!std::isinf(c.horizon())) return;  // a host paces this run already
            pacing_ = true;
            clock_ = &c;
            origin_virtual_ = c.now();
            origin_real_ = lsp_monotonic();
        }
        double horizon = origin_virtual_ + (lsp_monotonic() - origin_real_);
        if (horizon < c.now()) {  // the clock moved by itself (time.sleep on the main thread)
            origin_virtual_ = horizon = c.now();
            origin_real_ = lsp_monotonic();
        }
        c.set_horizon(horizon);
        if (loop.ready_count() > 0) return;
        const double next = loop.next_timer_when();
        if (std::isinf(next) || next <= horizon) return;
        lsp_gil_release_main();
        inner_->poll(loop, std::min(next - horizon, 0.01));
        lsp_gil_acquire_main();
        c.set_horizon(origin_virtual_ + (lsp_monotonic() - origin_real_));
    }

    std::unique_ptr<aio::Poller> inner_;
    mutable bool pacing_ = false;
    mutable aio::Clock* clock_ = nullptr;
    double origin_virtual_ = 0.0;
    double origin_real_ = 0.0;
};

struct QueuedOutput {
    int stream;
    std::string text;
};
std::vector<QueuedOutput>& output_queue() {
    static std::vector<QueuedOutput> q;  // guarded by the GIL
    return q;
}

// Process lanes: trace events of other threads wait here for the main thread (guarded by the GIL).
struct QueuedProcessEvent {
    aio::TraceKind kind;
    std::uint64_t job;
    std::uint32_t pid;
    double value;
    std::string name;
};
std::vector<QueuedProcessEvent>& process_event_queue() {
    static std::vector<QueuedProcessEvent> q;
    return q;
}

// Stamped as output lines are: the running loop's time, else the run's clock.
void record_process_event(Session& session, const QueuedProcessEvent& p) {
    aio::TraceSink* sink = session.options().trace;
    if (!sink) return;
    aio::TraceEvent e{p.kind, p.pid};
    e.id = p.job;
    e.other = LSB_PROCESS_LANES_EXECUTOR;
    e.value = p.value;
    e.text = p.name;
    if (aio::EventLoop* loop = aio::running_loop(); loop && loop->trace_sink() == sink) {
        loop->trace(e);
        return;
    }
    e.loop_time = session.options().virtual_time ? session.virtual_clock().now() : aio::monotonic_seconds();
    sink->record(e);
}

void trace_process_event(QueuedProcessEvent event) {
    Session* s = Session::active();
    if (!s || !s->options().trace) return;
    if (!lsp_thread_is_main()) {
        try {
            process_event_queue().push_back(std::move(event));
        } catch (...) {}
        return;
    }
    flush_thread_output(*s);
    record_process_event(*s, event);
}

}  // namespace

std::unique_ptr<aio::Poller> make_thread_aware_poller(std::unique_ptr<aio::Poller> inner) {
    if (!inner) inner = aio::make_default_poller();
    return std::make_unique<ThreadAwarePoller>(std::move(inner));
}

bool defer_thread_output(Session& session, int stream, std::string_view text) {
    if (lsp_thread_is_main()) {
        flush_thread_output(session);
        return false;
    }
    const EngineOptions& o = session.options();
    if (!o.trace && !o.on_stdout && !o.on_stderr) return false;  // the process's streams are thread-safe
    try {
        output_queue().push_back({stream, std::string(text)});
    } catch (...) {}
    return true;
}

void flush_thread_output(Session& session) {
    if (!lsp_thread_is_main()) return;
    auto& q = output_queue();
    if (!q.empty()) {
        std::vector<QueuedOutput> batch;
        batch.swap(q);
        for (auto& item : batch) session.write(item.stream, item.text);
    }
    auto& events = process_event_queue();
    if (!events.empty()) {
        std::vector<QueuedProcessEvent> batch;
        batch.swap(events);
        for (auto& item : batch) record_process_event(session, item);
    }
}

void finish_threads(Session& session, double timeout) {
    if (void* exc = lsp_threading_shutdown(timeout)) {
        PyRef keep(exc);
        session.write(1, "Exception ignored in threading._shutdown:\n" +
                             format_exception(exc, session.source(), session.filename()));
    }
    // CPython's finalization: the atexit callbacks once the non-daemon threads are joined.
    if (void* exc = lsp_atexit_run()) {
        PyRef keep(exc);
        session.write(1, "Exception ignored in atexit:\n" +
                             format_exception(exc, session.source(), session.filename()));
    }
    std::size_t abandoned = lsp_threads_stop_all(1.0);
    flush_thread_output(session);
    if (abandoned > 0) {
        session.write(1,
                      "loopscope: " + std::to_string(abandoned) +
                          " thread(s) ignored the stop request at the end of the run and were abandoned\n");
    }
    output_queue().clear();
    process_event_queue().clear();
}

}  // namespace loopscope::python

extern "C" {

uint64_t lsb_process_trace_started(uint32_t pid, const char* name, size_t name_len) {
    // Job ids of their own, far above the loops' (lanes are keyed by executor and worker; jobs by id).
    static std::uint64_t last = std::uint64_t{1} << 40;
    const std::uint64_t job = ++last;  // the GIL serialises callers
    using loopscope::python::QueuedProcessEvent;
    try {
        loopscope::python::trace_process_event(
            QueuedProcessEvent{aio::TraceKind::executor_queued, job, pid, 0.0, std::string(name, name_len)});
    } catch (...) {}
    return job;
}

void lsb_process_trace_ended(uint64_t job, uint32_t pid, double ran) {
    using loopscope::python::QueuedProcessEvent;
    try {
        loopscope::python::trace_process_event(
            QueuedProcessEvent{aio::TraceKind::executor_started, job, pid, 0.0, {}});
        loopscope::python::trace_process_event(
            QueuedProcessEvent{aio::TraceKind::executor_finished, job, pid, ran, {}});
    } catch (...) {}
}

}  // extern "C"
