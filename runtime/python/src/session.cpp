#include "session.hpp"

#include <algorithm>
#include <cstdio>

#include "aio/task.hpp"
#include "interp.h"
#include "py_objects.hpp"
#include "run_services.hpp"
#include "session_threads.hpp"
#include "task_location.h"
#include "traceback.hpp"
#include "watchdog.h"

namespace loopscope::python {

Session* Session::current_ = nullptr;
std::uint64_t Session::last_run_id_ = 0;

Session::Session(const EngineOptions& options, std::string_view source, std::string_view filename)
    : run_id_(++last_run_id_), options_(options), source_(source), filename_(filename) {
    current_ = this;
    lsp_track_unstarted(options.trace != nullptr);     // the never-awaited pitfall: only traced runs
    lsp_watchdog_watch_cpu(options.trace != nullptr);  // and the slow-step pitfall's CPU time
    // Each run names its tasks from Task-1, as a fresh CPython process would.
    aio::TaskBase::reset_default_name_counter();
}

Session::~Session() { current_ = nullptr; }

void Session::write(int stream, std::string_view text) {
    if (defer_thread_output(*this, stream, text)) return;  // another thread: written by the main one
    if (options_.trace) trace_output(stream, text);
    const auto& cb = stream == 0 ? options_.on_stdout : options_.on_stderr;
    if (cb) {
        cb(text);
    } else {
        std::fwrite(text.data(), 1, text.size(), stream == 0 ? stdout : stderr);
    }
}

namespace {
void record_output_line(aio::TraceSink& sink, const aio::Clock& virtual_clock, bool virtual_time, int stream,
                        std::string_view line) {
    aio::TraceEvent e{aio::TraceKind::output, static_cast<std::uint32_t>(stream == 0 ? 0 : 1)};
    e.text = line;
    if (aio::EventLoop* loop = aio::running_loop(); loop && loop->trace_sink() == &sink) {
        loop->trace(e);  // stamped with the loop's time
        return;
    }
    // Outside a loop (before asyncio.run, between runs): the clock loops of this run use.
    e.loop_time = virtual_time ? virtual_clock.now() : aio::monotonic_seconds();
    sink.record(e);
}
}  // namespace

void Session::trace_output(int stream, std::string_view text) {
    std::string& pending = pending_output_[stream == 0 ? 0 : 1];
    for (;;) {
        const std::size_t nl = text.find('\n');
        if (nl == std::string_view::npos) break;
        if (pending.empty()) {
            record_output_line(*options_.trace, virtual_clock_, options_.virtual_time, stream,
                               text.substr(0, nl));
        } else {
            pending.append(text.substr(0, nl));
            record_output_line(*options_.trace, virtual_clock_, options_.virtual_time, stream, pending);
            pending.clear();
        }
        text.remove_prefix(nl + 1);
    }
    pending.append(text);
    // A script printing without newlines forever: cut its "line" rather than hold it all.
    constexpr std::size_t max_line = 64 * 1024;
    if (pending.size() >= max_line) {
        record_output_line(*options_.trace, virtual_clock_, options_.virtual_time, stream, pending);
        pending.clear();
    }
}

void Session::flush_traced_output() {
    if (!options_.trace) return;
    for (int stream = 0; stream < 2; ++stream) {
        if (pending_output_[stream].empty()) continue;
        record_output_line(*options_.trace, virtual_clock_, options_.virtual_time, stream,
                           pending_output_[stream]);
        pending_output_[stream].clear();
    }
}

aio::Runner& Session::new_runner() {
    aio::EventLoop::Options opts = loop_options();
    runners_.push_back(std::make_unique<aio::Runner>(std::move(opts)));
    aio::Runner& runner = *runners_.back();
    configure(runner.get_loop());
    return runner;
}

aio::EventLoop& Session::new_loop() {
    aio::EventLoop::Options opts = loop_options();
    loops_.push_back(std::make_unique<aio::EventLoop>(std::move(opts)));
    configure(*loops_.back());
    return *loops_.back();
}

aio::EventLoop::Options Session::loop_options() {
    aio::EventLoop::Options opts;
    if (options_.virtual_time) {
        opts.clock = aio::Clock::Kind::virtual_time;
        opts.shared_clock = &virtual_clock_;
    }
    if (options_.make_poller) opts.poller = options_.make_poller();
    opts.poller = make_thread_aware_poller(std::move(opts.poller));  // releases the GIL while waiting
    return opts;
}

void Session::configure(aio::EventLoop& loop) {
    reset_exception_handler(loop);
    if (options_.trace) loop.set_trace_sink(options_.trace);
    // Every wake-up source of a run shows in its loops (threads through the poller's has_fds(),
    // fetch and executor jobs as external work): an idle real-time loop that nothing can wake ends
    // the run with the deadlock error instead of hanging.
    loop.set_real_time_deadlock_error(true);
    lsp_loop_created(options_.virtual_time);
}

void Session::reset_exception_handler(aio::EventLoop& loop) {
    loop.set_exception_handler([this](aio::EventLoop&, const aio::ExceptionContext& ctx) { report(ctx); });
}

void Session::begin_host_wait(std::unique_ptr<HostWait> wait) { host_wait_ = std::move(wait); }

aio::LoopbackNetwork& Session::loopback() {
    // No latency: CPython's loopback TCP delivers at once (loop times and order as CPython's).
    if (!loopback_) loopback_ = std::make_unique<aio::LoopbackNetwork>(0.0);
    return *loopback_;
}

void Session::defer_delete(void (*deleter)(void*), void* object) noexcept {
    try {
        deferred_deletes_.emplace_back(deleter, object);
    } catch (...) {
        // Out of C++ memory inside a GC sweep: the object leaks, nothing breaks.
    }
}

// Normally after half the heap's size (at least gc_min_interval). Close to the cap, sooner: an
// allocation that fails there cannot collect first (collections happen only at safe points and
// branches), so the next one comes once half of what the last one left free up to the cap is used.
// A script that only allocates then reaches MemoryError after a few collections (a fixed 64 KB step
// made it one full collection per 64 KB, minutes for a heap of large objects), and one that churns
// near the cap collects as often as the room it has needs.
void Session::update_collect_interval() noexcept {
    constexpr std::size_t smallest_interval = 64 * 1024;
    const std::size_t normal = std::max(options_.gc_min_interval, lsp_heap_total() / 2);
    const std::size_t live = lsp_heap_in_use() + lsp_loop_bytes;  // the loop's objects share the cap
    const std::size_t left = options_.heap_cap > live ? options_.heap_cap - live : 0;
    collect_interval_ = std::min(normal, std::max(smallest_interval, left / 2));
}

void Session::safe_point() {
    if (tearing_down_) return;
    lsp_watchdog_step_begin();     // safe points are where steps begin
    if (nested_runs_ > 0) return;  // not safe: see allow_nested_runs()
    if (collect_requested_ || lsp_allocated_since_collect() >= collect_interval()) {
        collect();
    } else if (!releases_.empty() || !deferred_deletes_.empty()) {
        drain_releases();  // what a collection inside the VM found
    }
    if (!unawaited_.empty()) warn_unawaited();
    if (!unretrieved_.empty()) report_unretrieved();
}

void Session::warn_unawaited() {
    if (unawaited_.empty()) return;
    std::vector<std::pair<std::uint32_t, std::string>> found;
    found.swap(unawaited_);
    // A sweep finds them in heap order; CPython reports each as its last reference goes, which
    // is mostly the order of the lines that made them.
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::string text;
    for (const auto& [line, name] : found) {
        if (std::find(unawaited_lines_warned_.begin(), unawaited_lines_warned_.end(), line) !=
            unawaited_lines_warned_.end())
            continue;
        unawaited_lines_warned_.push_back(line);
        text += filename_ + ":" + std::to_string(line) + ": RuntimeWarning: coroutine '" + name +
                "' was never awaited\n";
        const std::string shown = trim(source_line(source_, line));
        if (!shown.empty()) text += "  " + shown + "\n";
        text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
    }
    if (!text.empty()) write(1, text);
}

void Session::collect() {
    collect_requested_ = false;
    tasks_failed_ = false;
    const bool collected = lsp_collect();
    drain_releases();
    warn_unawaited();
    if (!unretrieved_.empty()) report_unretrieved();
    // Measuring the heap for the next interval scans it: not again until a collection ran (while a
    // thread keeps collections off, every safe point comes here, and 2000 to_thread jobs took 19 s).
    if (collected) arm_vm_collections();
}

void Session::arm_vm_collections() noexcept {
    update_collect_interval();
    // The VM's own collections (port/interp.c) wait a little longer than the safe points' do, so
    // code that reaches safe points keeps collecting there, where the releases are drained at once.
    lsp_set_vm_collect_interval(tearing_down_ ? SIZE_MAX : collect_interval() + collect_interval() / 4);
}

void Session::vm_collected() noexcept {
    collect_requested_ = false;
    arm_vm_collections();
}

void Session::wrapper_finalised(aio::FutureBase* future, void* wrapper) noexcept {
    if (PyBacked* b = backed(future); b && b->wrapper == wrapper) b->wrapper = nullptr;
    try {
        releases_.push_back(future);
    } catch (...) {
        // Out of C++ memory inside a GC sweep: the runtime object leaks, nothing breaks.
    }
}

void Session::drain_releases() {
    // Releasing may destroy objects whose own wrappers' finalisers already ran: loop until empty.
    while (!releases_.empty() || !deferred_deletes_.empty()) {
        std::vector<aio::FutureBase*> batch;
        batch.reserve(releases_.capacity());
        batch.swap(releases_);
        for (aio::FutureBase* f : batch) {
            if (f->exception_unretrieved() && !tearing_down_) {
                if (f->ref_count() == 1) {
                    report_dropped(*f);
                } else {
                    hold_unretrieved(*f);  // the runtime still holds it for a moment: report once it lets go
                }
            }
            f->release();
        }
        std::vector<std::pair<void (*)(void*), void*>> owned;
        owned.swap(deferred_deletes_);
        for (auto& [deleter, object] : owned) deleter(object);
    }
}

// The last reference to a future whose exception nobody retrieved goes: CPython's __del__ reports
// it with the future itself in the context (the handler may keep it), so it gets a wrapper again.
void Session::report_dropped(aio::FutureBase& f) {
    if (tearing_down_ || f.loop().is_closed()) return;
    const std::exception_ptr e = f.unretrieved_exception();
    void* exc = e ? to_python_exception(e) : nullptr;
    if (!exc) return;  // (out of memory: the destructor reports it without the context)
    const std::string_view message =
        f.is_task() ? "Task exception was never retrieved" : "Future exception was never retrieved";
    void* context = lsp_future_error_context(&f, message.data(), message.size(), exc);
    if (context) f.report_unretrieved_now(hold_in_context(context));
}

// The futures the script let go of while the runtime still held them (a step or callback in
// flight): reported once only this list holds them, or let go once something retrieved them.
void Session::watch_unretrieved(aio::FutureBase& f) {
    PyBacked* b = backed(&f);
    if (!b || !b->ever_wrapped || b->wrapper || tearing_down_) return;  // (its wrapper's end reports it)
    hold_unretrieved(f);
}

void Session::hold_unretrieved(aio::FutureBase& f) {
    if (std::find(unretrieved_.begin(), unretrieved_.end(), &f) != unretrieved_.end()) return;
    f.add_ref();
    unretrieved_.push_back(&f);
}

void Session::report_unretrieved() {
    std::vector<aio::FutureBase*> waiting;
    waiting.swap(unretrieved_);
    for (aio::FutureBase* f : waiting) {
        PyBacked* b = backed(f);
        if (!f->done() || (f->exception_unretrieved() && (f->ref_count() > 1 || (b && b->wrapper)))) {
            unretrieved_.push_back(f);
            continue;
        }
        if (f->exception_unretrieved()) report_dropped(*f);
        f->release();
    }
}

void Session::report(const aio::ExceptionContext& ctx) {
    if (lsp_watchdog_exception()) return;  // stopped by the watchdog: its error is the run's result
    std::string text = ctx.message;
    void* host_context = tearing_down_ ? nullptr : held_in_context(ctx.host_context);
    if (!ctx.task_name.empty() && !host_context) text += "\nfuture: <Task name='" + ctx.task_name + "'>";
    text += "\n";
    if (void* context = host_context) {
        // CPython's default handler: "key: repr(value)" for the context's other keys ('handle'...)
        std::string details(lsp_context_details(context, nullptr, 0), '\0');
        lsp_context_details(context, details.data(), details.size());
        text += details;
    }
    if (tearing_down_) {
        if (ctx.exception) text += aio::describe_exception(ctx.exception) + "\n";
        write(1, text);
        return;
    }
    void* exc = ctx.exception ? to_python_exception(ctx.exception) : nullptr;
    // Once the script imported logging, CPython's logger.error: the script's format and stream.
    if (lsp_log_loop_error(text.data(), text.size() - 1, exc)) return;
    if (exc) text += format_exception(exc, source_, filename_);
    write(1, text);
}

void Session::trace_fact(aio::TraceEvent e) {
    if (!options_.trace) return;
    if (aio::EventLoop* loop = aio::running_loop(); loop && loop->trace_sink() == options_.trace) {
        loop->trace(e);
        return;
    }
    e.loop_time = options_.virtual_time ? virtual_clock_.now() : aio::monotonic_seconds();
    options_.trace->record(e);
}

void Session::find_lost_tasks(aio::EventLoop& loop, aio::LostTaskEnd when) {
    // Failed tasks nobody kept report while the loop is open (CPython: as their last reference goes).
    if (tasks_failed_ && !tearing_down_ && !loop.is_closed()) collect();
    if (!options_.trace || tearing_down_) return;
    if (loop.pending_tasks().empty()) return;
    collect();
    for (aio::TaskBase* t : loop.pending_tasks()) {
        PyBacked* b = backed(t);
        // (One the script cancelled is being stopped on purpose: cancel() and return is fine.)
        if (!b || !b->ever_wrapped || b->wrapper || t->cancelling() > 0) continue;
        aio::TraceEvent e{aio::TraceKind::task_lost, static_cast<std::uint32_t>(when)};
        e.id = t->id();
        const std::string& name = t->name();
        e.text = name;
        const aio::SourceLocation where = t->location();
        e.file = where.file;
        e.line = where.line;
        loop.trace(e);
    }
}

void Session::find_lost_tasks_in_open_loops() {
    for (auto& loop : loops_)
        if (!loop->is_closed() && !loop->is_running())
            find_lost_tasks(*loop, aio::LostTaskEnd::program_ended);
}

void Session::coroutine_created(void* obj) {
    lsp_location_t where{};
    if (!lsp_current_location(&where)) return;
    // Only the script's own calls: the standard modules make and drop awaitables on purpose.
    if (std::string_view(where.file, where.file_len) != filename_) return;
    try {
        coroutine_lines_.set(obj, where.line);
    } catch (...) {}
}

void Session::coroutine_finalised(void* obj, bool unstarted, std::string_view name) noexcept {
    std::uint32_t line = 0;
    if (!coroutine_lines_.take(obj, line)) return;
    if (!unstarted || tearing_down_) return;
    try {
        unawaited_.emplace_back(line, std::string(name));  // (inside a sweep: written later)
    } catch (...) {}
    aio::TraceEvent e{aio::TraceKind::coroutine_dropped};
    e.text = name;
    e.file = filename_;
    e.line = line;
    try {
        trace_fact(e);
    } catch (...) {}
}

// An expression statement dropped it and the warnings module said so (patch 0359): the trace gets
// the pitfall now; the collector finds no line for it later, so it is not written twice.
void Session::coroutine_warned(void* obj, std::string_view name) noexcept {
    std::uint32_t line = 0;
    if (!coroutine_lines_.take(obj, line) || tearing_down_) return;
    aio::TraceEvent e{aio::TraceKind::coroutine_dropped};
    e.text = name;
    e.file = filename_;
    e.line = line;
    try {
        trace_fact(e);
    } catch (...) {}
}

void Session::teardown() {
    flush_traced_output();
    // 0. A run stopped by its host may have left the main program suspended in asyncio.run: its
    //    runner is closed without running the loop again (pending tasks are dropped).
    host_wait_.reset();
    for (auto& runner : runners_) runner->abort_close();
    // 1. Objects only C++ still refers to through wrappers that died: collect, drop, repeat (each
    //    release may free more wrappers). The loops are closed already (asyncio.run closes them).
    collect();
    // 2. Everything the script still referred to: its globals and modules.
    lsp_clear_main();
    for (int i = 0; i < 4; ++i) collect();
    // 3. What is left is held through cycles that involve C++ (a task's callback capturing its own
    //    future...): finalise every wrapper, end the interpreter, then drop the runtime objects.
    tearing_down_ = true;
    lsp_track_unstarted(false);
    lsp_watchdog_watch_cpu(false);
    coroutine_lines_.clear();
    unawaited_.clear();
    unawaited_lines_warned_.clear();
    arm_vm_collections();
    lsp_deinit();
    PyRef::new_generation();
    drain_releases();
    for (aio::FutureBase* f : unretrieved_) f->release();
    unretrieved_.clear();
    loopback_.reset();
    loop_info_.clear();
    event_loop_ = nullptr;
    event_loop_set_ = false;
    runners_.clear();
    loops_.clear();
    current_ = nullptr;  // the engine is free for the next run (a finished ScriptRun may live on)
}

// ---- What the runtime objects ask of the run (run_services.hpp) ----

void run_safe_point() { Session::current().safe_point(); }

void run_set_escape(void* exception) { Session::current().set_escape(exception); }

void* run_take_escape() noexcept {
    Session* s = Session::active();
    return s ? s->take_escape() : nullptr;
}

void run_task_failed(aio::EventLoop& loop, aio::FutureBase& task) {
    Session& s = Session::current();
    s.task_failed();
    s.watch_unretrieved(task);
    // The report is the script's output when its handler or its logging gets it.
    if (s.loop_info(&loop).handler || lsp_logging_imported()) s.request_collect();
}

void run_find_lost_tasks(aio::EventLoop& loop) {
    if (Session* s = Session::active()) s->find_lost_tasks(loop);
}

void run_begin_host_wait(std::unique_ptr<HostWait> wait) {
    Session::current().begin_host_wait(std::move(wait));
}

}  // namespace loopscope::python
