// Executors: running blocking C++ callables on worker threads and awaiting their results
// (CPython concurrent.futures.ThreadPoolExecutor + loop.run_in_executor + asyncio.to_thread).
//
//   aio::ThreadPoolExecutor pool(4, "io");
//   int n = co_await aio::run_in_executor(&pool, [] { return blocking_count(); });
//   std::string s = co_await aio::to_thread([] { return read_file(); });   // the loop's default pool
//
// Threading rules (futures are loop-thread-only, with non-atomic reference counts):
//  * run_in_executor / submit are called on the loop's thread. They create the Future there, keep it
//    in a per-loop table (loop thread only) and hand the worker a job that holds only the callable
//    and, later, its result or exception (no Future, no Ref).
//  * When the job ends, the worker posts the job back with loop.call_soon_threadsafe; on the loop
//    thread the result is moved into the future (set_result / set_exception). If the loop is closed
//    by then, call_soon_threadsafe refuses and the worker simply drops the job: the future stays in
//    the loop's table and is released on the loop thread (release_loop_executors).
//  * Cancelling the future (e.g. cancelling the awaiting task) cancels the job if it has not started
//    yet (CPython's _chain_future); a job already running finishes and its result is ignored.
//  * Each outstanding job counts as external work (EventLoop::external_work_started), so an idle
//    virtual-time loop waits for it instead of reporting a deadlock.
//  * The callable runs on, and is destroyed on, a worker thread: it must not capture loop objects
//    (Future, Task, Ref...). Its result type R is what the Future carries (references decay).
//
// Per-loop state (the default executor, the table of pending futures) lives in a registry keyed by
// the loop, created on first use and released when the loop closes (EventLoop::add_close_callback):
// jobs still running then are cut off from the loop and their results dropped on the worker.
// release_loop_executors(loop) / LoopExecutorGuard release it earlier.
//
// Trace (emitted on the loop thread when the job comes back, since trace sinks are loop-thread-only;
// the worker only records times):
//   executor_queued   id = job, other = executor                       (at submission)
//   executor_started  id = job, other = executor, arg = worker index,
//                     value = real seconds the job waited in the queue  (when the result arrives)
//   executor_finished id = job, other = executor, arg = worker index,
//                     value = real seconds the callable ran; arg = 0xFFFFFFFF (and no
//                     executor_started) for a job cancelled before it started.
//
// In the browser build executor threads are Web Workers: std::thread needs a pre-started pthread
// pool (PTHREAD_POOL_SIZE) when the main thread blocks, so the default executor is capped at 4.
//
// Builds without threads (AIO_EXECUTOR_THREADS == 0: the page's fallback when it is not
// cross-origin isolated, emcc without -pthread, LOOPSCOPE_NO_THREADS): a ThreadPoolExecutor starts
// no thread. Each job runs on the loop thread as a loop callback, in submission order, as worker 0
// (current_worker_index() is 0 meanwhile), and its result comes back through the loop exactly as
// from a worker (a second callback), so the trace shows queued / started on worker 0 / finished.
// The loop is blocked while a job runs. shutdown(wait=true) (and the destructor) runs the jobs still
// queued there and then; worker_count() stays 0; default_max_workers() is 1.
#pragma once
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

#include "coro.hpp"
#include "errors.hpp"
#include "event_loop.hpp"
#include "future.hpp"

#if defined(LOOPSCOPE_NO_THREADS) || (defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__))
#define AIO_EXECUTOR_THREADS 0
#else
#define AIO_EXECUTOR_THREADS 1
#endif

namespace aio {

// Do executors run jobs on threads of their own (false: on the loop thread, see above)?
inline constexpr bool executor_threads_available = AIO_EXECUTOR_THREADS != 0;

class Executor;

namespace detail {

struct LoopLink;

// One callable on its way to a worker and back. Shared (atomically counted) between the executor's
// queue, the worker and the completion posted to the loop; it never holds loop objects.
class ExecutorJob {
public:
    enum State : std::uint8_t { queued, running, finished, cancelled };

    virtual ~ExecutorJob() = default;
    // Worker thread: runs the callable, keeps its result or exception, destroys the callable.
    virtual void invoke() noexcept = 0;
    // Loop thread: moves the result into `future` (a FutureState<R>). Throws what the callable threw.
    virtual void deliver(FutureBase& future) = 0;

    std::atomic<std::uint8_t> state{queued};
    std::uint64_t id = 0;  // loop.next_id() of the submitting loop
    std::uint64_t executor_id = 0;
    std::shared_ptr<LoopLink> link;      // the way back to the submitting loop
    std::uint32_t worker = 0xFFFFFFFFu;  // index of the worker that ran it
    double queued_at = 0.0;              // monotonic_seconds()
    double started_at = 0.0;
    double finished_at = 0.0;
};

template <class R, class F> class CallableJob final : public ExecutorJob {
public:
    explicit CallableJob(F fn) : fn_(std::move(fn)) {}

    void invoke() noexcept override {
        try {
            if constexpr (std::is_void_v<R>)
                (*fn_)();
            else
                result_.emplace((*fn_)());
        } catch (...) { error_ = std::current_exception(); }
        try {
            fn_.reset();  // what the callable captured is freed on the worker, after it ran
        } catch (...) {}
    }

    void deliver(FutureBase& future) override {
        if (error_) std::rethrow_exception(error_);
        auto& state = static_cast<FutureState<R>&>(future);
        if constexpr (std::is_void_v<R>)
            state.set_result();
        else
            state.set_result(std::move(*result_));
    }

private:
    std::optional<F> fn_;
    std::conditional_t<std::is_void_v<R>, bool, std::optional<R>> result_{};
    std::exception_ptr error_;
};

#if !AIO_EXECUTOR_THREADS
// Without threads: a pool's jobs waiting for their loop callback. Shared with those callbacks, so
// a callback that outlives its executor finds an empty queue.
struct InlineJobs;
#endif

// Loop thread: registers `future` for `job` on `loop` and queues the job on `executor` (null: the
// loop's default executor). Throws RuntimeError if the executor was shut down.
void submit_job(EventLoop& loop, Executor* executor, std::shared_ptr<ExecutorJob> job,
                Ref<FutureBase> future);

template <class F> using executor_result_t = std::decay_t<std::invoke_result_t<std::decay_t<F>&>>;

}  // namespace detail

// Something that runs jobs on other threads.
class Executor {
public:
    Executor();
    Executor(const Executor&) = delete;
    Executor& operator=(const Executor&) = delete;
    virtual ~Executor() = default;

    // Process-wide id (the `other` field of executor trace events).
    std::uint64_t id() const noexcept { return id_; }

    // Thread-safe: queues a job. Throws RuntimeError after shutdown().
    virtual void enqueue(std::shared_ptr<detail::ExecutorJob> job) = 0;
    // No new jobs are accepted; with cancel_futures, queued jobs that have not started are cancelled
    // (their futures get cancelled on their loops); with wait, blocks until every worker has ended.
    virtual void shutdown(bool wait = true, bool cancel_futures = false) = 0;

    // run_in_executor(get_running_loop(), this, fn): a Future<R> on the running loop.
    template <class F> Future<detail::executor_result_t<F>> submit(F&& fn);

private:
    std::uint64_t id_;
};

// CPython's ThreadPoolExecutor: up to max_workers threads, started on demand (a new one only when
// no idle worker can take the job), named "<prefix>_<index>".
class ThreadPoolExecutor final : public Executor {
public:
    // max_workers <= 0: default_max_workers(). An empty prefix gives "ThreadPoolExecutor-<n>".
    explicit ThreadPoolExecutor(int max_workers = 0, std::string thread_name_prefix = {});
    // shutdown(wait=true).
    ~ThreadPoolExecutor() override;

    void enqueue(std::shared_ptr<detail::ExecutorJob> job) override;
    void shutdown(bool wait = true, bool cancel_futures = false) override;

    int max_workers() const noexcept { return max_workers_; }
    const std::string& thread_name_prefix() const noexcept { return prefix_; }
    // Threads started so far.
    int worker_count() const;
    bool is_shutdown() const;

    // min(32, cpu count + 4) as in CPython; capped at 4 in the browser build.
    static int default_max_workers() noexcept;
    // On a worker thread of any ThreadPoolExecutor: its index (0-based); elsewhere -1.
    static int current_worker_index() noexcept;
    // On a worker thread: the worker's name ("<prefix>_<index>"); elsewhere empty.
    static const std::string& current_worker_name() noexcept;

private:
    void worker_main(int index);
    void start_worker_locked();

    const int max_workers_;
    const std::string prefix_;
    mutable std::mutex mutex_;
    std::condition_variable cv_;
    std::deque<std::shared_ptr<detail::ExecutorJob>> queue_;
    std::vector<std::thread> threads_;
    [[maybe_unused]] int idle_ = 0;  // (unused without threads)
    bool shutdown_ = false;
#if !AIO_EXECUTOR_THREADS
    std::shared_ptr<detail::InlineJobs> inline_jobs_;
#endif
};

// loop.run_in_executor(executor, fn): runs fn() on `executor` (null: the loop's default executor)
// and returns a Future<R> on `loop` (loop thread only). fn's result or exception ends up in the
// future; a CancelledError thrown by fn cancels it.
template <class F>
Future<detail::executor_result_t<F>> run_in_executor(EventLoop& loop, Executor* executor, F&& fn) {
    using R = detail::executor_result_t<F>;
    using Fn = std::decay_t<F>;
    loop.check_closed();
    auto job = std::make_shared<detail::CallableJob<R, Fn>>(Fn(std::forward<F>(fn)));
    Future<R> future = loop.create_future<R>();
    future.base()->set_label("run_in_executor");
    detail::submit_job(loop, executor, std::move(job), future.ref());
    return future;
}

// The same on the running loop.
template <class F> Future<detail::executor_result_t<F>> run_in_executor(Executor* executor, F&& fn) {
    return run_in_executor(get_running_loop(), executor, std::forward<F>(fn));
}
template <class F> Future<detail::executor_result_t<F>> run_in_executor(std::nullptr_t, F&& fn) {
    return run_in_executor(get_running_loop(), static_cast<Executor*>(nullptr), std::forward<F>(fn));
}

template <class F> Future<detail::executor_result_t<F>> Executor::submit(F&& fn) {
    return run_in_executor(get_running_loop(), this, std::forward<F>(fn));
}

// asyncio.to_thread(fn): like Python, a coroutine: nothing is submitted until it is awaited.
template <class F> Coro<detail::executor_result_t<F>> to_thread(F fn) {
    auto future = run_in_executor(get_running_loop(), static_cast<Executor*>(nullptr), std::move(fn));
    co_return co_await future;
}

// The loop's default executor (created on first use, CPython's loop._default_executor).
// Throws RuntimeError after shutdown_default_executor(loop).
Executor& default_executor(EventLoop& loop);
// loop.set_default_executor(executor). The previous default executor, if any, is shut down
// (wait=true) and destroyed.
void set_default_executor(EventLoop& loop, std::unique_ptr<Executor> executor);
// loop.shutdown_default_executor(), blocking: waits for the default executor's jobs and joins its
// threads (the loop thread blocks; jobs never need the loop to finish). Later uses of the default
// executor raise RuntimeError("Executor shutdown has been called").
void shutdown_default_executor(EventLoop& loop);

// Loop thread: forgets everything this module keeps for `loop`: jobs still running can no longer
// reach the loop (their results are dropped), pending futures are cancelled and released, and the
// default executor is shut down (cancel_futures=true, wait=true). Call it before destroying a loop
// that may still have executor jobs in flight. Harmless if there is nothing to release.
void release_loop_executors(EventLoop& loop);

// RAII: calls release_loop_executors(loop) when it goes out of scope. Declare it after the loop.
class LoopExecutorGuard {
public:
    explicit LoopExecutorGuard(EventLoop& loop) noexcept : loop_(&loop) {}
    LoopExecutorGuard(const LoopExecutorGuard&) = delete;
    LoopExecutorGuard& operator=(const LoopExecutorGuard&) = delete;
    ~LoopExecutorGuard() { release_loop_executors(*loop_); }

private:
    EventLoop* loop_;
};

// Number of jobs submitted on `loop` whose result has not come back yet (loop thread only).
std::size_t pending_executor_jobs(EventLoop& loop);

}  // namespace aio
