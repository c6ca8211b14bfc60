// The C++ half of asyncio's threads and executors (threads.c): call_soon_threadsafe, the trace of
// Python pools' executor jobs, callbacks at a loop's close, worker safe points and threading's
// excepthook text. The engine's own thread support (the GIL-aware poller, output from other
// threads, the end of a run) is src/session_threads.cpp.
#include "asyncio/threads.h"

#include <string>

#include "aio/event_loop.hpp"
#include "aio/trace.hpp"
#include "interp.h"
#include "py_objects.hpp"
#include "py_ref.hpp"
#include "session.hpp"
#include "port/threads.h"
#include "traceback.hpp"

using namespace loopscope::python;

namespace {

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

extern "C" {

lsb_error_t lsb_loop_call_soon_threadsafe(void* loop, void* fn, void* args, void* context) {
    lsb_error_t ok{};
    try {
        auto* l = static_cast<aio::EventLoop*>(loop);
        ensure_loop_room(loop_cost(sizeof(aio::detail::HandleState), 3));
        l->call_soon_threadsafe(
            PyCallback{l, PyRef(fn), PyRef(args), PyRef(context)});  // runs on the loop thread
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
    } catch (const LoopMemoryError& e) {
        static thread_local std::string message;
        message = e.what();
        lsb_error_t r{};
        r.kind = LSB_MEMORY;
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
    } catch (const LoopMemoryError& e) {
        static thread_local std::string message;
        message = e.what();
        lsb_error_t r{};
        r.kind = LSB_MEMORY;
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
