// A move-only type-erased callable with inline storage, so that scheduling a small lambda
// (the common case for call_soon / call_later) does not allocate.
#pragma once
#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>

namespace aio::detail {

template <class Signature> class Function;

template <class R, class... Args> class Function<R(Args...)> {
    static constexpr std::size_t inline_size = 4 * sizeof(void*);

    struct Ops {
        R (*invoke)(void* storage, Args&&... args);
        void (*move)(void* from, void* to) noexcept;  // move-construct into `to`, destroy `from`
        void (*destroy)(void* storage) noexcept;
    };

    template <class F> static constexpr bool fits_inline =
        sizeof(F) <= inline_size &&
        alignof(F) <= alignof(std::max_align_t) && std::is_nothrow_move_constructible_v<F>;

    template <class F> static F* target(void* storage) noexcept {
        if constexpr (fits_inline<F>)
            return std::launder(reinterpret_cast<F*>(storage));
        else
            return *reinterpret_cast<F**>(storage);
    }

    template <class F> static constexpr Ops ops_for{
        [](void* s, Args&&... args) -> R { return (*target<F>(s))(std::forward<Args>(args)...); },
        [](void* from, void* to) noexcept {
            if constexpr (fits_inline<F>) {
                ::new (to) F(std::move(*target<F>(from)));
                target<F>(from)->~F();
            } else {
                *reinterpret_cast<F**>(to) = *reinterpret_cast<F**>(from);
            }
        },
        [](void* s) noexcept {
            if constexpr (fits_inline<F>)
                target<F>(s)->~F();
            else
                delete target<F>(s);
        },
    };

public:
    Function() noexcept = default;
    Function(std::nullptr_t) noexcept {}

    template <class F, class D = std::decay_t<F>,
              class = std::enable_if_t<!std::is_same_v<D, Function> && std::is_invocable_r_v<R, D&, Args...>>>
    Function(F&& f) {
        if constexpr (fits_inline<D>)
            ::new (static_cast<void*>(storage_)) D(std::forward<F>(f));
        else
            *reinterpret_cast<D**>(storage_) = new D(std::forward<F>(f));
        ops_ = &ops_for<D>;
    }

    Function(Function&& o) noexcept : ops_(o.ops_) {
        if (ops_) {
            ops_->move(o.storage_, storage_);
            o.ops_ = nullptr;
        }
    }
    Function& operator=(Function&& o) noexcept {
        if (this != &o) {
            reset();
            if (o.ops_) {
                o.ops_->move(o.storage_, storage_);
                ops_ = std::exchange(o.ops_, nullptr);
            }
        }
        return *this;
    }
    ~Function() { reset(); }

    void reset() noexcept {
        if (ops_) std::exchange(ops_, nullptr)->destroy(storage_);
    }
    explicit operator bool() const noexcept { return ops_ != nullptr; }
    R operator()(Args... args) { return ops_->invoke(storage_, std::forward<Args>(args)...); }

private:
    alignas(std::max_align_t) unsigned char storage_[inline_size];
    const Ops* ops_ = nullptr;
};

}  // namespace aio::detail
