// PyRef: a Python object held by C++ — an entry in the GC root table that every collection scans.
//
// The GC runs only at safe points and never scans the C stack, so anything C++ keeps across a
// return to the event loop must be a PyRef. The table belongs to one interpreter state: a PyRef
// that outlives its run (the state was torn down) is inert.
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

namespace loopscope::python {

class PyRef {
public:
    PyRef() noexcept = default;
    explicit PyRef(void* obj) { assign(obj); }
    PyRef(const PyRef& o) : PyRef(o.get()) {}
    PyRef(PyRef&& o) noexcept : slot_(o.slot_), generation_(o.generation_) { o.slot_ = npos; }
    PyRef& operator=(const PyRef& o) {
        if (this != &o) reset(o.get());
        return *this;
    }
    PyRef& operator=(PyRef&& o) noexcept {
        if (this != &o) {
            release();
            slot_ = o.slot_;
            generation_ = o.generation_;
            o.slot_ = npos;
        }
        return *this;
    }
    ~PyRef() { release(); }

    // The object, or null if empty (or from a finished run).
    void* get() const noexcept;
    void reset(void* obj = nullptr);
    explicit operator bool() const noexcept { return get() != nullptr; }
    // Never assigned (or reset): true without a look at the table (inline, for hot paths).
    bool empty() const noexcept { return slot_ == npos; }

    // The table (for the collector).
    static void** roots(std::size_t* count) noexcept;
    // A new interpreter state: every existing PyRef becomes inert.
    static void new_generation() noexcept;
    static std::size_t live_count() noexcept;

private:
    static constexpr std::uint32_t npos = ~std::uint32_t{0};
    void assign(void* obj);
    void release() noexcept;

    std::uint32_t slot_ = npos;
    std::uint64_t generation_ = 0;
};

// A Python object carried by an aio::ExceptionContext (its host_context), alive while the context is.
inline std::shared_ptr<const void> hold_in_context(void* obj) {
    if (!obj) return nullptr;
    return std::make_shared<const PyRef>(obj);
}
inline void* held_in_context(const std::shared_ptr<const void>& held) {
    return held ? static_cast<const PyRef*>(held.get())->get() : nullptr;
}

}  // namespace loopscope::python
