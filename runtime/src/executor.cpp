// Executors: thread pools and the way their results come back to the loop (see executor.hpp).
#include "aio/executor.hpp"

#include <algorithm>
#include <unordered_map>

#include "aio/clock.hpp"

#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <pthread.h>
#endif

namespace aio {

namespace detail {

struct LoopState;

// The only per-loop object a worker touches. `loop` is cleared (under `mutex`) on the loop thread by
// release_loop_executors, after which posting fails; holding `mutex` while posting keeps the loop
// alive for the duration of call_soon_threadsafe.
struct LoopLink {
    std::mutex mutex;
    EventLoop* loop = nullptr;
    LoopState* state = nullptr;  // loop thread only

    bool post(Function<void()> fn) {
        std::lock_guard lock(mutex);
        if (!loop) return false;
        try {
            loop->call_soon_threadsafe(std::move(fn));
            return true;
        } catch (const RuntimeError&) {
            return false;  // "Event loop is closed": the completion is dropped here, on the worker
        }
    }
};

// Everything kept for one loop; only touched on that loop's thread (the registry's mutex guards the
// map itself, since several loops may live on several threads).
struct LoopState {
    EventLoop* loop = nullptr;
    std::shared_ptr<LoopLink> link;
    std::unique_ptr<Executor> default_executor;
    bool default_shutdown_called = false;
    struct Pending {
        Ref<FutureBase> future;
        std::shared_ptr<ExecutorJob> job;
    };
    std::unordered_map<std::uint64_t, Pending> pending;
};

}  // namespace detail

namespace {

using detail::ExecutorJob;
using detail::LoopLink;
using detail::LoopState;

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

thread_local int tls_worker_index = -1;
thread_local std::string tls_worker_name;

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

// Any thread: sends the job back to its loop; dropped if the loop cannot take it any more.
void post_completion(std::shared_ptr<ExecutorJob> job) {
    std::shared_ptr<LoopLink> link = job->link;
    link->post([job = std::move(job)]() mutable { complete_on_loop(std::move(job)); });
}

}  // namespace

#if !AIO_EXECUTOR_THREADS
struct detail::InlineJobs {
    std::deque<std::shared_ptr<ExecutorJob>> queue;
    std::string worker_name;  // "<prefix>_0"

    // Loop thread: the first job in line runs here, as worker 0; its result goes back through the
    // loop like a worker's. A job cancelled meanwhile only reports that.
    void run_next() {
        if (queue.empty()) return;
        std::shared_ptr<ExecutorJob> job = std::move(queue.front());
        queue.pop_front();
        // Its future may have been cancelled in this same loop turn, before the done callback that
        // marks the job got its turn: check the future itself (loop thread, so allowed).
        if (LoopState* st = job->link->state) {
            auto it = st->pending.find(job->id);
            if (it != st->pending.end() && it->second.future->cancelled()) {
                std::uint8_t queued = ExecutorJob::queued;
                job->state.compare_exchange_strong(queued, ExecutorJob::cancelled, std::memory_order_acq_rel);
            }
        }
        std::uint8_t expected = ExecutorJob::queued;
        if (job->state.compare_exchange_strong(expected, ExecutorJob::running, std::memory_order_acq_rel)) {
            const int saved_index = std::exchange(tls_worker_index, 0);
            std::string saved_name = std::exchange(tls_worker_name, worker_name);
            job->worker = 0;
            job->started_at = monotonic_seconds();
            job->invoke();
            job->finished_at = monotonic_seconds();
            job->state.store(ExecutorJob::finished, std::memory_order_release);
            tls_worker_index = saved_index;
            tls_worker_name = std::move(saved_name);
        }
        post_completion(std::move(job));
    }
};
#endif

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

int ThreadPoolExecutor::default_max_workers() noexcept {
#if !AIO_EXECUTOR_THREADS
    return 1;  // one job at a time, on the loop thread
#else
    unsigned cpus = std::thread::hardware_concurrency();
    if (cpus == 0) cpus = 1;
    int n = int(std::min(32u, cpus + 4));
#if defined(__EMSCRIPTEN__)
    n = std::min(n, 4);
#endif
    return n;
#endif
}

int ThreadPoolExecutor::current_worker_index() noexcept { return tls_worker_index; }
const std::string& ThreadPoolExecutor::current_worker_name() noexcept { return tls_worker_name; }

ThreadPoolExecutor::ThreadPoolExecutor(int max_workers, std::string thread_name_prefix)
    : max_workers_(max_workers > 0 ? max_workers : default_max_workers()),
      prefix_(thread_name_prefix.empty() ? "ThreadPoolExecutor-" + std::to_string(next_pool_number++)
                                         : std::move(thread_name_prefix)) {
#if !AIO_EXECUTOR_THREADS
    inline_jobs_ = std::make_shared<detail::InlineJobs>();
    inline_jobs_->worker_name = prefix_ + "_0";
#endif
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

#if AIO_EXECUTOR_THREADS
void ThreadPoolExecutor::enqueue(std::shared_ptr<detail::ExecutorJob> job) {
    std::lock_guard lock(mutex_);
    if (shutdown_) throw RuntimeError("cannot schedule new futures after shutdown");
    queue_.push_back(std::move(job));
    // CPython's _adjust_thread_count: a new thread only if no idle one will take the job.
    if (std::size_t(idle_) < queue_.size() && int(threads_.size()) < max_workers_) start_worker_locked();
    cv_.notify_one();
}

void ThreadPoolExecutor::start_worker_locked() {
    int index = int(threads_.size());
    threads_.emplace_back([this, index] { worker_main(index); });
}

void ThreadPoolExecutor::worker_main(int index) {
    tls_worker_index = index;
    tls_worker_name = prefix_ + "_" + std::to_string(index);
#if defined(__linux__) && !defined(__EMSCRIPTEN__)
    pthread_setname_np(pthread_self(), tls_worker_name.substr(0, 15).c_str());
#endif
    std::unique_lock lock(mutex_);
    ++idle_;
    for (;;) {
        cv_.wait(lock, [this] { return !queue_.empty() || shutdown_; });
        if (queue_.empty()) break;  // shut down and nothing left to do
        --idle_;
        std::shared_ptr<detail::ExecutorJob> job = std::move(queue_.front());
        queue_.pop_front();
        lock.unlock();

        std::uint8_t expected = detail::ExecutorJob::queued;
        if (job->state.compare_exchange_strong(expected, detail::ExecutorJob::running,
                                               std::memory_order_acq_rel)) {
            job->worker = std::uint32_t(index);
            job->started_at = monotonic_seconds();
            job->invoke();
            job->finished_at = monotonic_seconds();
            job->state.store(detail::ExecutorJob::finished, std::memory_order_release);
        }
        // Idle again before the result reaches the loop: a job submitted in reaction to this result
        // finds this worker instead of starting a new thread.
        lock.lock();
        ++idle_;
        lock.unlock();
        post_completion(std::move(job));
        lock.lock();
    }
    --idle_;
    tls_worker_index = -1;
}

void ThreadPoolExecutor::shutdown(bool wait, bool cancel_futures) {
    std::deque<std::shared_ptr<detail::ExecutorJob>> dropped;
    std::vector<std::thread> to_join;
    {
        std::lock_guard lock(mutex_);
        shutdown_ = true;
        if (cancel_futures) dropped.swap(queue_);
        if (wait) {
            // A worker shutting down its own pool cannot join itself: it is detached instead.
            for (auto& t : threads_) {
                if (t.get_id() == std::this_thread::get_id())
                    t.detach();
                else if (t.joinable())
                    to_join.push_back(std::move(t));
            }
        }
    }
    cv_.notify_all();
    for (auto& job : dropped) {
        std::uint8_t expected = detail::ExecutorJob::queued;
        job->state.compare_exchange_strong(expected, detail::ExecutorJob::cancelled,
                                           std::memory_order_acq_rel);
        post_completion(std::move(job));
    }
    dropped.clear();
    for (auto& t : to_join) t.join();
}
#else  // !AIO_EXECUTOR_THREADS: the jobs run on the loop thread

void ThreadPoolExecutor::enqueue(std::shared_ptr<detail::ExecutorJob> job) {
    if (shutdown_) throw RuntimeError("cannot schedule new futures after shutdown");
    inline_jobs_->queue.push_back(job);
    // One loop callback per job, in FIFO order with the loop's other callbacks; it runs whichever
    // job is first in line (a shutdown may have run or dropped this one already). submit_job set
    // job->link before this call, on the loop thread.
    job->link->loop->call_soon([jobs = inline_jobs_]() { jobs->run_next(); });
}

void ThreadPoolExecutor::start_worker_locked() {}
void ThreadPoolExecutor::worker_main(int) {}

void ThreadPoolExecutor::shutdown(bool wait, bool cancel_futures) {
    shutdown_ = true;
    if (cancel_futures) {
        auto dropped = std::move(inline_jobs_->queue);
        inline_jobs_->queue.clear();
        for (auto& job : dropped) {
            std::uint8_t expected = detail::ExecutorJob::queued;
            job->state.compare_exchange_strong(expected, detail::ExecutorJob::cancelled,
                                               std::memory_order_acq_rel);
            post_completion(std::move(job));
        }
    }
    // What workers would finish before shutdown(wait=true) returns runs here and now.
    if (wait) {
        while (!inline_jobs_->queue.empty()) inline_jobs_->run_next();
    }
}
#endif

}  // namespace aio
