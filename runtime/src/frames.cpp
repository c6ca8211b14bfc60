// Small-object allocation for coroutine frames, tasks, futures and handles: per-thread free lists
// by size class, so creating and finishing coroutines and tasks in a steady state does not touch
// the general allocator. Memory freed on another thread joins that thread's lists.
#include <cstddef>
#include <new>

#include "aio/detail/driver.hpp"
#include "aio/detail/pool.hpp"
#include "aio/errors.hpp"

namespace aio::detail {

namespace {

constexpr std::size_t granule = 64;
constexpr std::size_t classes = 16;          // frames up to 1 KiB are pooled
constexpr std::size_t max_cached_per_class = 4096;

struct FreeNode {
    FreeNode* next;
};

struct FramePool {
    FreeNode* heads[classes] = {};
    std::size_t counts[classes] = {};
    long live = 0;
    ~FramePool() {
        for (auto*& head : heads) {
            while (head) {
                FreeNode* n = head;
                head = n->next;
                ::operator delete(n);
            }
        }
    }
};

thread_local FramePool pool;

}  // namespace

long live_coroutine_frames() noexcept { return pool.live; }

void* allocate_frame(std::size_t size) {
    ++pool.live;
    return pool_allocate(size);
}

void free_frame(void* p, std::size_t size) noexcept {
    --pool.live;
    pool_free(p, size);
}

void* pool_allocate(std::size_t size) {
    std::size_t c = (size + granule - 1) / granule;
    if (c < classes) {
        if (FreeNode* n = pool.heads[c]) {
            pool.heads[c] = n->next;
            --pool.counts[c];
            return n;
        }
        return ::operator new(c * granule);
    }
    return ::operator new(size);
}

void pool_free(void* p, std::size_t size) noexcept {
    std::size_t c = (size + granule - 1) / granule;
    if (c < classes && pool.counts[c] < max_cached_per_class) {
        auto* n = static_cast<FreeNode*>(p);
        n->next = pool.heads[c];
        pool.heads[c] = n;
        ++pool.counts[c];
        return;
    }
    ::operator delete(p);
}

void throw_outside_task() { throw RuntimeError("co_await on an aio awaitable outside of an aio task"); }

}  // namespace aio::detail
