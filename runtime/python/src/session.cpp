#include "session.hpp"

#include <algorithm>
#include <cstdio>

#include "aio/task.hpp"
#include "interp.h"
#include "py_objects.hpp"
#include "traceback.hpp"

namespace loopscope::python {

Session* Session::current_ = nullptr;
std::uint64_t Session::last_run_id_ = 0;

Session::Session(const EngineOptions& options, std::string_view source, std::string_view filename)
    : run_id_(++last_run_id_), options_(options), source_(source), filename_(filename) {
    current_ = this;
    // Each run names its tasks from Task-1, as a fresh CPython process would.
    aio::TaskBase::reset_default_name_counter();
}

Session::~Session() { current_ = nullptr; }

void Session::write(int stream, std::string_view text) {
    const auto& cb = stream == 0 ? options_.on_stdout : options_.on_stderr;
    if (cb) {
        cb(text);
    } else {
        std::fwrite(text.data(), 1, text.size(), stream == 0 ? stdout : stderr);
    }
}

aio::Runner& Session::new_runner() {
    aio::EventLoop::Options opts;
    if (options_.virtual_time) {
        opts.clock = aio::Clock::Kind::virtual_time;
        opts.shared_clock = &virtual_clock_;
    }
    runners_.push_back(std::make_unique<aio::Runner>(std::move(opts)));
    aio::Runner& runner = *runners_.back();
    configure(runner.get_loop());
    return runner;
}

aio::EventLoop& Session::new_loop() {
    aio::EventLoop::Options opts;
    if (options_.virtual_time) {
        opts.clock = aio::Clock::Kind::virtual_time;
        opts.shared_clock = &virtual_clock_;
    }
    loops_.push_back(std::make_unique<aio::EventLoop>(std::move(opts)));
    configure(*loops_.back());
    return *loops_.back();
}

void Session::configure(aio::EventLoop& loop) {
    reset_exception_handler(loop);
    if (options_.trace) loop.set_trace_sink(options_.trace);
}

void Session::reset_exception_handler(aio::EventLoop& loop) {
    loop.set_exception_handler([this](aio::EventLoop&, const aio::ExceptionContext& ctx) { report(ctx); });
}

void Session::handle_finalised(void* box) noexcept {
    try {
        handle_releases_.push_back(box);
    } catch (...) {
    }
}

void Session::owned_finalised(void* owned) noexcept {
    try {
        owned_releases_.push_back(owned);
    } catch (...) {
    }
}

void Session::safe_point() {
    if (tearing_down_) return;
    std::size_t since = lsp_allocated_since_collect();
    std::size_t interval = std::max(options_.gc_min_interval, lsp_heap_total() / 2);
    // Close to the cap, collect sooner: an allocation that fails there cannot collect first.
    bool near_cap = lsp_heap_total() + interval > options_.heap_cap && since >= 64 * 1024;
    if (collect_requested_ || since >= interval || near_cap) collect();
}

void Session::collect() {
    collect_requested_ = false;
    lsp_collect();
    drain_releases();
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
    while (!releases_.empty() || !handle_releases_.empty() || !owned_releases_.empty()) {
        std::vector<aio::FutureBase*> batch;
        batch.reserve(releases_.capacity());
        batch.swap(releases_);
        for (aio::FutureBase* f : batch) f->release();
        std::vector<void*> handles;
        handles.swap(handle_releases_);
        for (void* h : handles) delete_handle_box(h);
        std::vector<void*> owned;
        owned.swap(owned_releases_);
        for (void* o : owned) delete static_cast<PyOwned*>(o);
    }
}

void Session::report(const aio::ExceptionContext& ctx) {
    std::string text = ctx.message;
    if (!ctx.task_name.empty()) text += "\nfuture: <Task name='" + ctx.task_name + "'>";
    text += "\n";
    if (ctx.exception) {
        if (!tearing_down_) {
            void* exc = to_python_exception(ctx.exception);
            if (exc) text += format_exception(exc, source_, filename_);
        } else {
            text += aio::describe_exception(ctx.exception) + "\n";
        }
    }
    write(1, text);
}

void Session::teardown() {
    // 1. Objects only C++ still refers to through wrappers that died: collect, drop, repeat (each
    //    release may free more wrappers). The loops are closed already (asyncio.run closes them).
    collect();
    // 2. Everything the script still referred to: its globals and modules.
    lsp_clear_main();
    for (int i = 0; i < 4; ++i) collect();
    // 3. What is left is held through cycles that involve C++ (a task's callback capturing its own
    //    future...): finalise every wrapper, end the interpreter, then drop the runtime objects.
    tearing_down_ = true;
    lsp_deinit();
    PyRef::new_generation();
    drain_releases();
    loop_info_.clear();
    event_loop_ = nullptr;
    runners_.clear();
    loops_.clear();
}

}  // namespace loopscope::python
