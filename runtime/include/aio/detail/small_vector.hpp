// A vector of trivially copyable items that keeps the first N inline (a future usually has one
// done callback: the task waiting for it) and is small itself: N items, a pointer and two counts.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>

namespace aio::detail {

template <class T, std::size_t N> class SmallVector {
    static_assert(std::is_trivially_copyable_v<T>);

public:
    SmallVector() = default;
    SmallVector(const SmallVector&) = delete;
    SmallVector& operator=(const SmallVector&) = delete;
    ~SmallVector() {
        if (spill_) std::free(spill_);
    }

    std::size_t size() const noexcept { return size_; }
    bool empty() const noexcept { return size_ == 0; }
    T& operator[](std::size_t i) noexcept { return i < N ? inline_[i] : spill_[i - N]; }
    const T& operator[](std::size_t i) const noexcept { return i < N ? inline_[i] : spill_[i - N]; }

    void push_back(const T& v) {
        if (size_ < N) {
            inline_[size_++] = v;
            return;
        }
        const std::uint32_t k = size_ - N;
        if (k == spill_cap_) {
            std::uint32_t cap = spill_cap_ ? spill_cap_ * 2 : 4;
            void* p = std::realloc(spill_, sizeof(T) * cap);
            if (!p) throw std::bad_alloc();
            spill_ = static_cast<T*>(p);
            spill_cap_ = cap;
        }
        spill_[k] = v;
        ++size_;
    }
    // Removes every item for which pred is true, keeping the order; returns how many.
    template <class Pred> std::size_t erase_if(Pred pred) {
        std::size_t out = 0;
        for (std::size_t i = 0; i < size_; ++i) {
            if (pred((*this)[i])) continue;
            if (out != i) (*this)[out] = (*this)[i];
            ++out;
        }
        std::size_t removed = size_ - out;
        size_ = std::uint32_t(out);
        return removed;
    }
    void clear() noexcept { size_ = 0; }

private:
    T inline_[N];
    T* spill_ = nullptr;
    std::uint32_t size_ = 0;
    std::uint32_t spill_cap_ = 0;
};

}  // namespace aio::detail
