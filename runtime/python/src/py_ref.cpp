#include "py_ref.hpp"

namespace loopscope::python {

namespace {
struct RootTable {
    std::vector<void*> slots;
    std::vector<std::uint32_t> free;
    std::uint64_t generation = 1;
};
RootTable& table() {
    static RootTable t;
    return t;
}
}  // namespace

void* PyRef::get() const noexcept {
    const RootTable& t = table();
    if (slot_ == npos || generation_ != t.generation) return nullptr;
    return t.slots[slot_];
}

void PyRef::assign(void* obj) {
    if (!obj) return;
    RootTable& t = table();
    if (t.free.empty()) {
        t.slots.push_back(obj);
        t.free.reserve(t.slots.capacity());  // release() never allocates
        slot_ = static_cast<std::uint32_t>(t.slots.size() - 1);
    } else {
        slot_ = t.free.back();
        t.free.pop_back();
        t.slots[slot_] = obj;
    }
    generation_ = t.generation;
}

void PyRef::reset(void* obj) {
    RootTable& t = table();
    if (obj && slot_ != npos && generation_ == t.generation) {
        t.slots[slot_] = obj;  // reuse the slot
        return;
    }
    release();
    assign(obj);
}

void PyRef::release() noexcept {
    if (slot_ == npos) return;
    RootTable& t = table();
    if (generation_ == t.generation) {
        t.slots[slot_] = nullptr;
        t.free.push_back(slot_);  // within the capacity reserved by assign()
    }
    slot_ = npos;
}

void** PyRef::roots(std::size_t* count) noexcept {
    RootTable& t = table();
    *count = t.slots.size();
    return t.slots.data();
}

void PyRef::new_generation() noexcept {
    RootTable& t = table();
    ++t.generation;
    t.slots.clear();
    t.free.clear();
}

std::size_t PyRef::live_count() noexcept {
    const RootTable& t = table();
    return t.slots.size() - t.free.size();
}

}  // namespace loopscope::python
