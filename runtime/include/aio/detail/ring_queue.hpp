// FIFO ring buffer that grows by doubling; the loop's ready queue. push/pop never allocate
// once the queue has reached its working size.
//
// push_back is noexcept (running out of memory while growing ends the process with a message):
// it is called from noexcept paths (a future completing schedules its callbacks) and from code
// inlined into coroutine bodies, and in the wasm build every call that may throw made there goes
// through a JavaScript trampoline (an `invoke_*`), which would cost each callback scheduled.
#pragma once
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <new>
#include <utility>

namespace aio::detail {

template <class T> class RingQueue {
public:
    RingQueue() = default;
    RingQueue(const RingQueue&) = delete;
    RingQueue& operator=(const RingQueue&) = delete;

    bool empty() const noexcept { return size_ == 0; }
    std::size_t size() const noexcept { return size_; }

    [[gnu::always_inline]] void push_back(const T& v) noexcept {
        if (size_ == cap_) [[unlikely]]
            grow();
        buf_[(head_ + size_) & (cap_ - 1)] = v;
        ++size_;
    }
    T pop_front() noexcept {
        T v = std::move(buf_[head_]);
        head_ = (head_ + 1) & (cap_ - 1);
        --size_;
        return v;
    }
    const T& operator[](std::size_t i) const noexcept { return buf_[(head_ + i) & (cap_ - 1)]; }

private:
    [[gnu::noinline]] void grow() noexcept {
        std::size_t new_cap = cap_ ? cap_ * 2 : 64;
        std::unique_ptr<T[]> nb(new (std::nothrow) T[new_cap]);
        if (!nb) {
            std::fprintf(stderr, "aio: out of memory growing the ready queue to %zu entries\n", new_cap);
            std::abort();
        }
        for (std::size_t i = 0; i < size_; ++i) nb[i] = std::move(buf_[(head_ + i) & (cap_ - 1)]);
        buf_ = std::move(nb);
        cap_ = new_cap;
        head_ = 0;
    }

    std::unique_ptr<T[]> buf_;
    std::size_t cap_ = 0;
    std::size_t head_ = 0;
    std::size_t size_ = 0;
};

}  // namespace aio::detail
