// IdMap: runtime object id (never 0) -> small index, open addressing with linear probing. The
// recorder looks ids up on every event; a node-based map would allocate per insertion.
#pragma once
#include <cstdint>
#include <vector>

namespace loopscope::run_model {

inline constexpr std::uint32_t npos = 0xFFFFFFFFu;

class IdMap {
public:
    // The value stored for `key`, or npos.
    std::uint32_t find(std::uint64_t key) const noexcept {
        if (key == 0 || slots_.empty()) return npos;
        for (std::size_t i = home(key);; i = (i + 1) & mask()) {
            const Slot& s = slots_[i];
            if (s.key == key) return s.value;
            if (s.key == 0) return npos;
        }
    }

    // Inserts or overwrites (key 0 is ignored: no runtime object has id 0).
    void set(std::uint64_t key, std::uint32_t value) {
        if (key == 0) return;
        if ((size_ + 1) * 4 > slots_.size() * 3) grow();
        for (std::size_t i = home(key);; i = (i + 1) & mask()) {
            Slot& s = slots_[i];
            if (s.key == key) {
                s.value = value;
                return;
            }
            if (s.key == 0) {
                s = {key, value};
                ++size_;
                return;
            }
        }
    }

    // Removes `key` (backward-shift deletion: no tombstones, lookups stay short).
    void erase(std::uint64_t key) noexcept {
        if (key == 0 || slots_.empty()) return;
        std::size_t i = home(key);
        while (slots_[i].key != key) {
            if (slots_[i].key == 0) return;
            i = (i + 1) & mask();
        }
        for (std::size_t j = (i + 1) & mask();; j = (j + 1) & mask()) {
            if (slots_[j].key == 0) break;
            const std::size_t h = home(slots_[j].key);
            // Move slot j back into the hole at i unless its home lies cyclically in (i, j].
            const bool stays = i <= j ? (i < h && h <= j) : (i < h || h <= j);
            if (stays) continue;
            slots_[i] = slots_[j];
            i = j;
        }
        slots_[i] = {};
        --size_;
    }

    std::size_t size() const noexcept { return size_; }
    void clear() noexcept {
        slots_.clear();
        size_ = 0;
    }

private:
    struct Slot {
        std::uint64_t key = 0;
        std::uint32_t value = 0;
    };
    std::size_t mask() const noexcept { return slots_.size() - 1; }
    std::size_t home(std::uint64_t key) const noexcept {
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & mask();
    }
    void grow() {
        std::vector<Slot> old;
        old.swap(slots_);
        slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
        size_ = 0;
        for (const Slot& s : old)
            if (s.key != 0) set(s.key, s.value);
    }
    std::vector<Slot> slots_;
    std::size_t size_ = 0;
};

}  // namespace loopscope::run_model
