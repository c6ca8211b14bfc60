// CoroutineLines: the script line each live, not yet finalised coroutine or native awaitable was
// made at (the never-awaited pitfall, traced runs only; Session::coroutine_created).
//
// A traced run adds one entry per coroutine and per asyncio.sleep() object and drops it when the
// sweep finalises the object, so a loop of `await asyncio.sleep(0)` does both for every switch.
// A node-based map allocated a node per entry and rehashed as the live set grew and shrank; this
// one is a flat table with linear probing and no tombstones (backward-shift deletion), which
// allocates only when it grows.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace loopscope::python {

class CoroutineLines {
public:
    // Records (or replaces) the line of `object` (never null).
    void set(const void* object, std::uint32_t line) {
        if ((size_ + 1) * 4 > slots_.size() * 3) grow();
        const std::uintptr_t key = reinterpret_cast<std::uintptr_t>(object);
        for (std::size_t i = home(key);; i = next(i)) {
            Slot& s = slots_[i];
            if (s.key == key) {
                s.line = line;
                return;
            }
            if (s.key == 0) {
                s = {key, line};
                ++size_;
                return;
            }
        }
    }

    // Removes `object` and gives its line; false if it was not recorded.
    bool take(const void* object, std::uint32_t& line) noexcept {
        if (slots_.empty()) return false;
        const std::uintptr_t key = reinterpret_cast<std::uintptr_t>(object);
        std::size_t hole = home(key);
        while (slots_[hole].key != key) {
            if (slots_[hole].key == 0) return false;
            hole = next(hole);
        }
        line = slots_[hole].line;
        // Close the gap: move back every later entry of the run that may not sit past the hole.
        for (std::size_t i = next(hole); slots_[i].key != 0; i = next(i)) {
            const std::size_t h = home(slots_[i].key);
            const bool reachable_from_home = hole <= i ? (hole < h && h <= i) : (hole < h || h <= i);
            if (reachable_from_home) continue;
            slots_[hole] = slots_[i];
            hole = i;
        }
        slots_[hole] = {};
        --size_;
        return true;
    }

    void clear() noexcept {
        slots_.clear();
        size_ = 0;
    }
    std::size_t size() const noexcept { return size_; }

private:
    struct Slot {
        std::uintptr_t key = 0;  // the object's address; 0: empty
        std::uint32_t line = 0;
    };
    std::size_t next(std::size_t i) const noexcept { return (i + 1) & (slots_.size() - 1); }
    std::size_t home(std::uintptr_t key) const noexcept {
        // Heap addresses share their low bits (alignment): mix them before masking.
        const std::uint64_t mixed = static_cast<std::uint64_t>(key) * 0x9E3779B97F4A7C15ull;
        return static_cast<std::size_t>(mixed >> 32) & (slots_.size() - 1);
    }
    void grow() {
        std::vector<Slot> old;
        old.swap(slots_);
        slots_.assign(old.empty() ? 256 : old.size() * 2, Slot{});
        size_ = 0;
        for (const Slot& s : old)
            if (s.key != 0) set(reinterpret_cast<const void*>(s.key), s.line);
    }

    std::vector<Slot> slots_;  // a power of two long
    std::size_t size_ = 0;
};

}  // namespace loopscope::python
