#include "py_threads.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "aio/clock.hpp"
#include "aio/event_loop.hpp"
#include "aio/trace.hpp"
#include "interp.h"
#include "py_objects.hpp"
#include "py_ref.hpp"
#include "session.hpp"
#include "threads.h"
#include "threads_bridge.h"
#include "traceback.hpp"

extern "C" void* lsp_threading_shutdown(double timeout);  // port/modthreads.c
extern "C" void* lsp_empty_tuple(void);                   // port/modthreads.c

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

aio::TraceEvent executor_event(aio::TraceKind kind, std::uint32_t worker, std::uint64_t job,
                               std::uint64_t executor, double value) {
    aio::TraceEvent e{kind};
    e.arg = worker;
    e.id = job;
    e.other = executor;
    e.value = value;
    return e;
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
    auto& q = output_queue();
    if (q.empty() || !lsp_thread_is_main()) return;
    std::vector<QueuedOutput> batch;
    batch.swap(q);
    for (auto& item : batch) session.write(item.stream, item.text);
}

void finish_threads(Session& session, double timeout) {
    if (void* exc = lsp_threading_shutdown(timeout)) {
        PyRef keep(exc);
        session.write(1, "Exception ignored in threading._shutdown:\n" +
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
}

}  // namespace loopscope::python

using namespace loopscope::python;

extern "C" {

lsb_error_t lsb_loop_call_soon_threadsafe(void* loop, void* fn, void* args) {
    lsb_error_t ok{};
    try {
        auto* l = static_cast<aio::EventLoop*>(loop);
        l->call_soon_threadsafe(PyCallback{l, PyRef(fn), PyRef(args)});  // runs on the loop thread
        return ok;
    } catch (const aio::RuntimeError& e) {
        static thread_local std::string message;
        message = e.what();
        lsb_error_t r{};
        r.kind = LSB_RUNTIME;
        r.has_message = true;
        r.message = message.c_str();
        r.message_len = message.size();
        return r;
    } catch (...) {
        lsb_error_t r{};
        r.kind = LSB_MEMORY;
        return r;
    }
}

uint64_t lsb_executor_job_queued(void* loop, uint64_t executor_id) {
    auto* l = static_cast<aio::EventLoop*>(loop);
    const std::uint64_t job = l->next_id();
    l->external_work_started();
    l->trace(executor_event(aio::TraceKind::executor_queued, 0, job, executor_id, 0.0));
    return job;
}

void lsb_executor_job_done(void* loop, uint64_t job, uint64_t executor_id, int worker, double waited,
                           double ran) {
    auto* l = static_cast<aio::EventLoop*>(loop);
    l->external_work_finished();
    if (worker >= 0) {
        l->trace(executor_event(aio::TraceKind::executor_started, std::uint32_t(worker), job, executor_id,
                                waited));
        l->trace(
            executor_event(aio::TraceKind::executor_finished, std::uint32_t(worker), job, executor_id, ran));
    } else {
        l->trace(executor_event(aio::TraceKind::executor_finished, 0xFFFFFFFFu, job, executor_id, 0.0));
    }
}

lsb_error_t lsb_loop_on_close(void* loop, void* fn) {
    try {
        static_cast<aio::EventLoop*>(loop)->add_close_callback([fn = PyRef(fn)] {
            Session* s = Session::active();
            if (!s || s->tearing_down() || !fn) return;  // the interpreter is gone or going
            if (void* exc = lsp_call_args(fn.get(), lsp_empty_tuple())) {
                PyRef keep(exc);
                s->write(1, "Exception ignored while closing the loop:\n" +
                                format_exception(exc, s->source(), s->filename()));
            }
        });
        return lsb_error_t{};
    } catch (...) {
        lsb_error_t r{};
        r.kind = LSB_MEMORY;
        return r;
    }
}

uint64_t lsb_new_executor_id(void) {
    // Above aio's own executor ids (a process-wide count from 1), so lanes never mix; a small int
    // for Python also in wasm (31 bits).
    static std::uint64_t last = std::uint64_t{1} << 24;
    return ++last;  // the GIL serialises callers
}

void lsb_thread_safe_point(void) {
    Session* s = Session::active();
    if (!s || s->tearing_down()) return;
    const EngineOptions& o = s->options();
    const std::size_t since = lsp_allocated_since_collect();
    // Sooner than the loop thread (gc_min_interval, not half the heap): the other workers keep
    // allocating while one collects, and a worker's safe points are only between jobs.
    const bool near_cap = lsp_heap_total() + 2 * o.gc_min_interval > o.heap_cap && since >= 64 * 1024;
    // Only the collection: finalised wrappers' runtime objects are dropped by the loop thread at
    // its next collection (aio objects are loop-thread-only).
    if (since >= o.gc_min_interval || near_cap) lsp_collect();
}

void lsb_format_exception(void* exc, void (*out)(void* ctx, const char* text, size_t len), void* ctx) {
    Session* s = Session::active();
    std::string text;
    try {
        text = s ? format_exception(exc, s->source(), s->filename()) : std::string(lsp_type_name(exc)) + "\n";
    } catch (...) { text = "MemoryError\n"; }
    out(ctx, text.data(), text.size());
}

}  // extern "C"
