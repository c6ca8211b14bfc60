// What the executor's shared source (executor.cpp) and its platform variants
// (platform/executor_threads.cpp, platform/executor_inline.cpp, platform/worker_thread_*.cpp) share.
// Private to the runtime's sources.
#pragma once
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "aio/errors.hpp"
#include "aio/event_loop.hpp"
#include "aio/executor.hpp"

namespace aio::detail {

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

// The current thread's worker index and name (-1 and "" outside executors).
extern thread_local int tls_worker_index;
extern thread_local std::string tls_worker_name;

// Any thread: sends the job back to its loop; dropped if the loop cannot take it any more.
void post_completion(std::shared_ptr<ExecutorJob> job);

// The platform's part of a worker thread (platform/worker_thread_<platform>.cpp).
void name_worker_thread(const std::string& name) noexcept;  // as debuggers and top show it
int max_worker_threads() noexcept;                          // a cap on default_max_workers()

}  // namespace aio::detail
