// A vector of trivially copyable items that keeps the first N inline (a future usually has one
// done callback: the task waiting for it).
#pragma once
#include <cstddef>
#include <cstring>
#include <type_traits>
#include <vector>

namespace aio::detail {

template <class T, std::size_t N>
class SmallVector {
    static_assert(std::is_trivially_copyable_v<T>);

public:
    std::size_t size() const noexcept { return size_; }
    bool empty() const noexcept { return size_ == 0; }
    T& operator[](std::size_t i) noexcept { return i < N ? inline_[i] : spill_[i - N]; }
    const T& operator[](std::size_t i) const noexcept { return i < N ? inline_[i] : spill_[i - N]; }

    void push_back(const T& v) {
        if (size_ < N) inline_[size_] = v;
        else spill_.push_back(v);
        ++size_;
    }
    // Removes every item for which pred is true, keeping the order; returns how many.
    template <class Pred>
    std::size_t erase_if(Pred pred) {
        std::size_t out = 0;
        for (std::size_t i = 0; i < size_; ++i) {
            if (pred((*this)[i])) continue;
            if (out != i) (*this)[out] = (*this)[i];
            ++out;
        }
        std::size_t removed = size_ - out;
        size_ = out;
        if (size_ <= N) spill_.clear();
        else spill_.resize(size_ - N);
        return removed;
    }
    void clear() noexcept {
        size_ = 0;
        spill_.clear();
    }

private:
    T inline_[N];
    std::vector<T> spill_;
    std::size_t size_ = 0;
};

}  // namespace aio::detail
