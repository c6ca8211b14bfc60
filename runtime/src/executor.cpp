// Executors: thread pools and the way their results come back to the loop (see executor.hpp).
//
// Index of this file (sections marked "// ---- <name> ----"):
//   Submission
//   Per-loop state
//   Executor / ThreadPoolExecutor
#include "aio/executor.hpp"

#include <algorithm>
#include <unordered_map>

#include "aio/clock.hpp"

#include "executor_internal.hpp"

namespace aio {

namespace {

using detail::ExecutorJob;
using detail::LoopLink;
using detail::LoopState;
using detail::tls_worker_index;
using detail::tls_worker_name;

// Deliberately never destroyed: at process exit, entries of loops that were never released may
// refer to loops that are gone, and destroying their futures would touch those loops.
struct Registry {
    std::mutex mutex;
    std::unordered_map<EventLoop*, std::unique_ptr<LoopState>> loops;
};
Registry& registry() {
    static Registry* r = new Registry;
    return *r;
}

LoopState& state_for(EventLoop& loop) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    auto& slot = r.loops[&loop];
    if (!slot) {
        slot = std::make_unique<LoopState>();
        slot->loop = &loop;
        slot->link = std::make_shared<LoopLink>();
        slot->link->loop = &loop;
        slot->link->state = slot.get();
        loop.add_close_callback([&loop] { release_loop_executors(loop); });
    }
    return *slot;
}

LoopState* find_state(EventLoop& loop) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    auto it = r.loops.find(&loop);
    return it == r.loops.end() ? nullptr : it->second.get();
}

std::atomic<std::uint64_t> next_executor_id{0};
std::atomic<int> next_pool_number{0};

TraceEvent event(TraceKind kind, std::uint32_t arg, std::uint64_t id, std::uint64_t other,
                 double value = 0.0) {
    TraceEvent e{kind, 0, 0, 0, 0.0, 0.0, {}};
    e.arg = arg;
    e.id = id;
    e.other = other;
    e.value = value;
    return e;
}

// Loop thread: a job came back (ran, failed, or was cancelled before it started).
void complete_on_loop(std::shared_ptr<ExecutorJob> job) {
    LoopState* st = job->link->state;
    if (!st) return;  // released meanwhile
    auto it = st->pending.find(job->id);
    if (it == st->pending.end()) return;
    LoopState::Pending p = std::move(it->second);
    st->pending.erase(it);
    EventLoop& loop = *st->loop;
    loop.external_work_finished();

    const auto state = job->state.load(std::memory_order_acquire);
    if (state == ExecutorJob::finished) {
        loop.trace(event(TraceKind::executor_started, job->worker, job->id, job->executor_id,
                         job->started_at - job->queued_at));
        loop.trace(event(TraceKind::executor_finished, job->worker, job->id, job->executor_id,
                         job->finished_at - job->started_at));
    } else {
        loop.trace(event(TraceKind::executor_finished, 0xFFFFFFFFu, job->id, job->executor_id));
    }

    FutureBase& f = *p.future;
    if (f.done()) return;  // cancelled while it ran: the result is ignored (CPython _chain_future)
    if (state != ExecutorJob::finished) {
        f.cancel();
        return;
    }
    try {
        job->deliver(f);
    } catch (const CancelledError& e) { f.cancel(e.message()); } catch (...) {
        f.set_exception(std::current_exception());
    }
}

}  // namespace

namespace detail {

thread_local int tls_worker_index = -1;
thread_local std::string tls_worker_name;

// Any thread: sends the job back to its loop; dropped if the loop cannot take it any more.
void post_completion(std::shared_ptr<ExecutorJob> job) {
    std::shared_ptr<LoopLink> link = job->link;
    link->post([job = std::move(job)]() mutable { complete_on_loop(std::move(job)); });
}

}  // namespace detail

// ---- Submission ----------------------------------------------------------------------------------

void detail::submit_job(EventLoop& loop, Executor* executor, std::shared_ptr<ExecutorJob> job,
                        Ref<FutureBase> future) {
    loop.check_closed();
    LoopState& st = state_for(loop);
    if (!executor) executor = &default_executor(loop);
    job->id = loop.next_id();
    job->executor_id = executor->id();
    job->link = st.link;
    job->queued_at = monotonic_seconds();
    executor->enqueue(job);  // throws after shutdown; nothing is registered then
    // The worker may already run it, but its completion can only be processed by this thread, later.
    loop.external_work_started();
    loop.trace(event(TraceKind::executor_queued, 0, job->id, job->executor_id));
    future->add_done_callback([job](FutureBase& f) {
        if (!f.cancelled()) return;
        std::uint8_t expected = ExecutorJob::queued;
        job->state.compare_exchange_strong(expected, ExecutorJob::cancelled, std::memory_order_acq_rel);
    });
    const std::uint64_t id = job->id;
    st.pending.emplace(id, LoopState::Pending{std::move(future), std::move(job)});
}

// ---- Per-loop state ------------------------------------------------------------------------------

Executor& default_executor(EventLoop& loop) {
    LoopState& st = state_for(loop);
    if (st.default_shutdown_called) throw RuntimeError("Executor shutdown has been called");
    if (!st.default_executor) st.default_executor = std::make_unique<ThreadPoolExecutor>();
    return *st.default_executor;
}

void set_default_executor(EventLoop& loop, std::unique_ptr<Executor> executor) {
    LoopState& st = state_for(loop);
    std::unique_ptr<Executor> old = std::exchange(st.default_executor, std::move(executor));
    if (old) old->shutdown(true, false);
}

void shutdown_default_executor(EventLoop& loop) {
    LoopState& st = state_for(loop);
    st.default_shutdown_called = true;
    if (st.default_executor) st.default_executor->shutdown(true, false);
}

void release_loop_executors(EventLoop& loop) {
    std::unique_ptr<LoopState> st;
    {
        Registry& r = registry();
        std::lock_guard lock(r.mutex);
        auto it = r.loops.find(&loop);
        if (it == r.loops.end()) return;
        st = std::move(it->second);
        r.loops.erase(it);
    }
    {
        // From now on workers cannot reach the loop; completions already queued in its inbox find
        // link->state == null and do nothing.
        std::lock_guard lock(st->link->mutex);
        st->link->loop = nullptr;
    }
    st->link->state = nullptr;
    // The default executor's threads are joined; its queued jobs are dropped.
    if (st->default_executor) st->default_executor->shutdown(true, true);
    st->default_executor.reset();
    // Futures still waiting are cancelled and released here, on the loop thread.
    auto pending = std::move(st->pending);
    for (auto& [id, p] : pending) {
        std::uint8_t expected = ExecutorJob::queued;
        p.job->state.compare_exchange_strong(expected, ExecutorJob::cancelled, std::memory_order_acq_rel);
        loop.external_work_finished();
        if (!p.future->done()) p.future->cancel();
    }
    pending.clear();
}

std::size_t pending_executor_jobs(EventLoop& loop) {
    LoopState* st = find_state(loop);
    return st ? st->pending.size() : 0;
}

// ---- Executor / ThreadPoolExecutor ----------------------------------------------------------------

Executor::Executor() : id_(++next_executor_id) {}

int ThreadPoolExecutor::current_worker_index() noexcept { return tls_worker_index; }
const std::string& ThreadPoolExecutor::current_worker_name() noexcept { return tls_worker_name; }

ThreadPoolExecutor::ThreadPoolExecutor(int max_workers, std::string thread_name_prefix)
    : max_workers_(max_workers > 0 ? max_workers : default_max_workers()),
      prefix_(thread_name_prefix.empty() ? "ThreadPoolExecutor-" + std::to_string(next_pool_number++)
                                         : std::move(thread_name_prefix)) {
    prepare_workers();
}

ThreadPoolExecutor::~ThreadPoolExecutor() { shutdown(true, false); }

int ThreadPoolExecutor::worker_count() const {
    std::lock_guard lock(mutex_);
    return int(threads_.size());
}

bool ThreadPoolExecutor::is_shutdown() const {
    std::lock_guard lock(mutex_);
    return shutdown_;
}

}  // namespace aio
