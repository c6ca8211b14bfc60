// Intrusive reference counting for loop objects (futures, tasks, handles).
// Counts are not atomic: these objects live on their loop's thread. Anything crossing threads
// (executor results, call_soon_threadsafe) hands ownership back to the loop thread before release.
#pragma once
#include <cstdint>
#include <utility>

namespace aio::detail {

class RefCounted {
public:
    RefCounted() = default;
    RefCounted(const RefCounted&) = delete;
    RefCounted& operator=(const RefCounted&) = delete;

    void add_ref() noexcept { ++refs_; }
    void release() noexcept {
        if (--refs_ == 0) destroy(this);
    }
    std::uint32_t ref_count() const noexcept { return refs_; }

protected:
    virtual ~RefCounted() = default;

private:
    // Deletes `self`. An object released while another one is being destroyed is deleted after it,
    // by the outermost call, so a chain of owners (gather(gather(gather(...))) 10^5 deep) is taken
    // apart in a loop, not in one nested destructor per link (src/ref.cpp).
    static void destroy(RefCounted* self) noexcept;

    std::uint32_t refs_ = 0;
};

// Owning pointer to a RefCounted object.
template <class T> class Ref {
public:
    Ref() noexcept = default;
    Ref(std::nullptr_t) noexcept {}
    explicit Ref(T* p) noexcept : p_(p) {
        if (p_) p_->add_ref();
    }
    // Takes over a reference the caller already owns.
    static Ref adopt(T* p) noexcept {
        Ref r;
        r.p_ = p;
        return r;
    }
    Ref(const Ref& o) noexcept : Ref(o.p_) {}
    Ref(Ref&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
    template <class U> Ref(const Ref<U>& o) noexcept : Ref(static_cast<T*>(o.get())) {}
    template <class U> Ref(Ref<U>&& o) noexcept : p_(static_cast<T*>(o.leak())) {}
    Ref& operator=(Ref o) noexcept {
        std::swap(p_, o.p_);
        return *this;
    }
    ~Ref() {
        if (p_) p_->release();
    }

    T* get() const noexcept { return p_; }
    T* operator->() const noexcept { return p_; }
    T& operator*() const noexcept { return *p_; }
    explicit operator bool() const noexcept { return p_ != nullptr; }
    // Gives up ownership without releasing.
    T* leak() noexcept { return std::exchange(p_, nullptr); }
    void reset() noexcept { Ref().swap(*this); }
    void swap(Ref& o) noexcept { std::swap(p_, o.p_); }

    friend bool operator==(const Ref& a, const Ref& b) noexcept { return a.p_ == b.p_; }

private:
    T* p_ = nullptr;
};

}  // namespace aio::detail

namespace aio {
// Reference-counted pointer to a loop object (futures, tasks): part of the public API.
using detail::Ref;
}  // namespace aio
