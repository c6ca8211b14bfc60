// Executors with threads of their own (native, and the browser build with Web Workers): each
// ThreadPoolExecutor starts up to max_workers threads on demand (CPython's _adjust_thread_count).
#include <algorithm>
#include <thread>

#include "../executor_internal.hpp"
#include "aio/clock.hpp"

namespace aio {

using detail::ExecutorJob;
using detail::tls_worker_index;
using detail::tls_worker_name;

int ThreadPoolExecutor::default_max_workers() noexcept {
    unsigned cpus = std::thread::hardware_concurrency();
    if (cpus == 0) cpus = 1;
    return std::min(int(std::min(32u, cpus + 4)), detail::max_worker_threads());
}

void ThreadPoolExecutor::prepare_workers() {}  // threads start with the first jobs

void ThreadPoolExecutor::enqueue(std::shared_ptr<ExecutorJob> job) {
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
    detail::name_worker_thread(tls_worker_name);
    std::unique_lock lock(mutex_);
    ++idle_;
    for (;;) {
        cv_.wait(lock, [this] { return !queue_.empty() || shutdown_; });
        if (queue_.empty()) break;  // shut down and nothing left to do
        --idle_;
        std::shared_ptr<ExecutorJob> job = std::move(queue_.front());
        queue_.pop_front();
        lock.unlock();

        std::uint8_t expected = ExecutorJob::queued;
        if (job->state.compare_exchange_strong(expected, ExecutorJob::running, std::memory_order_acq_rel)) {
            job->worker = std::uint32_t(index);
            job->started_at = monotonic_seconds();
            job->invoke();
            job->finished_at = monotonic_seconds();
            job->state.store(ExecutorJob::finished, std::memory_order_release);
        }
        // Idle again before the result reaches the loop: a job submitted in reaction to this result
        // finds this worker instead of starting a new thread.
        lock.lock();
        ++idle_;
        lock.unlock();
        detail::post_completion(std::move(job));
        lock.lock();
    }
    --idle_;
    tls_worker_index = -1;
}

void ThreadPoolExecutor::shutdown(bool wait, bool cancel_futures) {
    std::deque<std::shared_ptr<ExecutorJob>> dropped;
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
        std::uint8_t expected = ExecutorJob::queued;
        job->state.compare_exchange_strong(expected, ExecutorJob::cancelled, std::memory_order_acq_rel);
        detail::post_completion(std::move(job));
    }
    dropped.clear();
    for (auto& t : to_join) t.join();
}
}  // namespace aio
