// Executors without threads (the page's no-threads build): a ThreadPoolExecutor starts no thread;
// each job runs on the loop thread as a loop callback, as worker 0 (see executor.hpp).
#include <deque>

#include "../executor_internal.hpp"
#include "aio/clock.hpp"

namespace aio {

using detail::ExecutorJob;
using detail::LoopState;
using detail::post_completion;
using detail::tls_worker_index;
using detail::tls_worker_name;

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

int ThreadPoolExecutor::default_max_workers() noexcept { return 1; }  // one job at a time, on the loop thread

void ThreadPoolExecutor::prepare_workers() {
    inline_jobs_ = std::make_shared<detail::InlineJobs>();
    inline_jobs_->worker_name = prefix_ + "_0";
}

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

}  // namespace aio
