// Per-thread pooled allocation of the runtime's small objects (coroutine frames, tasks, futures,
// handles): free lists by 64-byte size class. The fast paths (a list has a block / has room) are
// inline and touch a trivially destructible thread_local, so they need no TLS init guard; the rest
// is in src/frames.cpp.
#pragma once
#include <cstddef>
#include <cstdint>

namespace aio::detail {

struct PoolFreeNode {
    PoolFreeNode* next;
};

struct PoolLists {
    static constexpr std::size_t granule = 64;
    static constexpr std::size_t classes = 16;         // blocks up to 1 KiB are pooled
    static constexpr std::uint32_t max_cached = 4096;  // per class
    PoolFreeNode* heads[classes];
    std::uint32_t counts[classes];
    long live_frames;  // coroutine frames (leak checks)
};

inline constinit thread_local PoolLists tls_pool{};

// The size class of a block of `size` bytes (pooled when below PoolLists::classes).
constexpr std::size_t pool_size_class(std::size_t size) noexcept {
    return (size + PoolLists::granule - 1) / PoolLists::granule;
}

void* pool_allocate_slow(std::size_t size);
void pool_free_slow(void* p, std::size_t size) noexcept;
// Called when a free list goes from empty to non-empty: makes sure the thread's lists are given
// back to the general allocator when the thread ends.
void pool_register_thread() noexcept;

inline void* pool_allocate(std::size_t size) {
    const std::size_t c = pool_size_class(size);
    if (c < PoolLists::classes) [[likely]] {
        if (PoolFreeNode* n = tls_pool.heads[c]) [[likely]] {
            tls_pool.heads[c] = n->next;
            --tls_pool.counts[c];
            return n;
        }
    }
    return pool_allocate_slow(size);
}

inline void pool_free(void* p, std::size_t size) noexcept {
    const std::size_t c = pool_size_class(size);
    if (c < PoolLists::classes && tls_pool.counts[c] < PoolLists::max_cached) [[likely]] {
        auto* n = static_cast<PoolFreeNode*>(p);
        n->next = tls_pool.heads[c];
        if (!n->next) [[unlikely]]
            pool_register_thread();
        tls_pool.heads[c] = n;
        ++tls_pool.counts[c];
        return;
    }
    pool_free_slow(p, size);
}

// Gives a class pooled operator new/delete (sized delete: a virtual destructor passes the size of
// the dynamic type).
#define AIO_POOLED_ALLOCATION                                                                  \
    static void* operator new(std::size_t size) { return ::aio::detail::pool_allocate(size); } \
    static void operator delete(void* p, std::size_t size) noexcept { ::aio::detail::pool_free(p, size); }

}  // namespace aio::detail
