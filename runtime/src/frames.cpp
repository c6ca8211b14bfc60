// Small-object allocation for coroutine frames, tasks, futures and handles: per-thread free lists
// by size class (detail/pool.hpp has the inline fast paths), so creating and finishing coroutines
// and tasks in a steady state does not touch the general allocator. Memory freed on another
// thread joins that thread's lists.
#include <cstddef>
#include <new>

#include "aio/detail/driver.hpp"
#include "aio/detail/pool.hpp"
#include "aio/errors.hpp"

namespace aio::detail {

namespace {

// Pooled blocks start on a cache line: a task's hot fields (the start of the future, the task's
// scheduling state and the coroutine driver) then share as few lines as the layout allows, which
// matters when a thousand tasks take turns.
constexpr std::align_val_t block_alignment{PoolLists::granule};

// Gives the thread's cached blocks back when the thread ends (registered on first use).
struct PoolReleaser {
    ~PoolReleaser() {
        for (auto*& head : tls_pool.heads) {
            while (head) {
                PoolFreeNode* n = head;
                head = n->next;
                ::operator delete(n, block_alignment);
            }
        }
        for (auto& count : tls_pool.counts) count = 0;
    }
};

}  // namespace

void pool_register_thread() noexcept {
    static thread_local PoolReleaser releaser;
    (void)releaser;
}

void* pool_allocate_slow(std::size_t size) {
    const std::size_t c = pool_size_class(size);
    if (c < PoolLists::classes) return ::operator new(c* PoolLists::granule, block_alignment);
    return ::operator new(size);
}

void pool_free_slow(void* p, std::size_t size) noexcept {
    if (pool_size_class(size) < PoolLists::classes)
        ::operator delete(p, block_alignment);
    else
        ::operator delete(p);
}

void throw_outside_task() { throw RuntimeError("co_await on an aio awaitable outside of an aio task"); }

}  // namespace aio::detail
