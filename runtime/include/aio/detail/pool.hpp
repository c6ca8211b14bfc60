// Per-thread pooled allocation of the runtime's small objects (see src/frames.cpp).
#pragma once
#include <cstddef>

namespace aio::detail {

void* pool_allocate(std::size_t size);
void pool_free(void* p, std::size_t size) noexcept;

// Gives a class pooled operator new/delete (sized delete: a virtual destructor passes the size of
// the dynamic type).
#define AIO_POOLED_ALLOCATION                                                                         \
    static void* operator new(std::size_t size) { return ::aio::detail::pool_allocate(size); }       \
    static void operator delete(void* p, std::size_t size) noexcept { ::aio::detail::pool_free(p, size); }

}  // namespace aio::detail
