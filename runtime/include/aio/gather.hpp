// gather: run awaitables concurrently and collect their results in order (CPython tasks.gather).
//
//   auto [a, b] = co_await aio::gather(fetch(1), fetch(2));        // tuple, one element each
//   std::vector<int> all = co_await aio::gather(tasks);            // homogeneous vector
//   auto outs = co_await aio::gather(aio::return_exceptions, tasks); // Outcome<T> per element
//
// Coroutines are wrapped in tasks; futures and tasks are used as they are. The result is a future:
//  * without return_exceptions, the first child to fail (or to be cancelled) fails the gather with
//    that exception (a CancelledError for a cancelled child); the other children keep running;
//  * cancel() on the gather cancels every child that is not done; the gather then fails with
//    CancelledError once they all finish, yet its cancelled() stays false, as in CPython;
//  * the same future passed twice is awaited once and its result appears twice.
#pragma once
#include <memory>
#include <optional>
#include <tuple>
#include <unordered_set>
#include <utility>
#include <vector>

#include "outcome.hpp"
#include "task.hpp"

namespace aio {

struct return_exceptions_t {
    explicit return_exceptions_t() = default;
};
inline constexpr return_exceptions_t return_exceptions{};

namespace detail {

class GatheringFutureBase : public FutureBase, private LoopCloseHook {
public:
    GatheringFutureBase(EventLoop& loop, bool return_exceptions)
        : FutureBase(loop), return_exceptions_(return_exceptions) {
        set_label("gather");
        loop.add_close_hook(this);
    }
    ~GatheringFutureBase() override {
        if (close_hook_linked()) loop().remove_close_hook(this);
    }
    bool cancel(std::optional<std::string> message = std::nullopt) override;
    // Adds the next child (in argument order). Call finish_setup() after the last one.
    void add_child(Ref<FutureBase> child);
    void finish_setup();
    // The gather over a child through this done item of the child's (awaited_by()), or null.
    static FutureBase* awaiter_of(FutureBase::DoneItem item) noexcept;

protected:
    // All children are done and none failed the gather: store the typed results.
    virtual void store_results() = 0;
    // The exception standing for a failed or cancelled child (return_exceptions).
    std::exception_ptr child_exception(FutureBase& child) const;

    std::vector<Ref<FutureBase>> children_;

private:
    // The loop closes while this gather is pending: its children are let go (see LoopCloseHook).
    void loop_closing() noexcept override;
    static void child_done_item(void* self, void* child, bool run);
    void child_done(FutureBase& child);

    // The children seen so far, once there are many (a short list is searched instead), so that
    // gather over 10k tasks stays linear.
    std::unique_ptr<std::unordered_set<const FutureBase*>> seen_;
    std::size_t nfuts_ = 0;
    std::size_t nfinished_ = 0;
    bool return_exceptions_;
    bool cancel_requested_ = false;
    bool set_up_ = false;
};

// Converts one finished child into its element of the result.
template <class T, bool WithExceptions> struct GatherElement;
template <class T> struct GatherElement<T, false> {
    using type = value_or_monostate_t<T>;
    static type get(FutureBase& child) {
        if constexpr (std::is_void_v<T>)
            return {};
        else
            return static_cast<Slot<T>*>(child.value_slot())->get();
    }
};
template <class T> struct GatherElement<T, true> {
    using type = Outcome<T>;
    static type get(FutureBase& child, std::exception_ptr e) {
        if (e) return type(std::move(e));
        return type(GatherElement<T, false>::get(child));
    }
};

template <class T, bool WithExceptions> class VectorGather final : public GatheringFutureBase {
public:
    using Element = typename GatherElement<T, WithExceptions>::type;
    using Result = std::vector<Element>;
    VectorGather(EventLoop& loop) : GatheringFutureBase(loop, WithExceptions) {}
    void* value_slot() noexcept override { return &value_; }

private:
    void store_results() override {
        Result out;
        out.reserve(children_.size());
        for (auto& c : children_) {
            if constexpr (WithExceptions)
                out.push_back(GatherElement<T, true>::get(*c, child_exception(*c)));
            else
                out.push_back(GatherElement<T, false>::get(*c));
        }
        value_.set(std::move(out));
    }
    Slot<Result> value_;
};

template <bool WithExceptions, class... Ts> class TupleGather final : public GatheringFutureBase {
public:
    using Result = std::tuple<typename GatherElement<Ts, WithExceptions>::type...>;
    TupleGather(EventLoop& loop) : GatheringFutureBase(loop, WithExceptions) {}
    void* value_slot() noexcept override { return &value_; }

private:
    template <std::size_t... I> Result build(std::index_sequence<I...>) {
        if constexpr (WithExceptions)
            return Result(GatherElement<Ts, true>::get(*children_[I], child_exception(*children_[I]))...);
        else
            return Result(GatherElement<Ts, false>::get(*children_[I])...);
    }
    void store_results() override { value_.set(build(std::index_sequence_for<Ts...>{})); }
    Slot<Result> value_;
};

// The loop of a gather: the running loop, else that of the first future among the awaitables (as
// CPython takes the loop from the children), so that loop.run_until_complete(gather(t1, t2)) works
// from outside the loop. Coroutines need a loop to become tasks: RuntimeError without one.
inline EventLoop* loop_of(EventLoop* found, const FutureBase* f) { return found ? found : &f->loop(); }
template <class T> EventLoop* loop_of_arg(EventLoop* found, const Future<T>& f) {
    return loop_of(found, f.base());
}
template <class T> EventLoop* loop_of_arg(EventLoop* found, const Coro<T>&) { return found; }

template <class T> Future<T> child_future(EventLoop&, Future<T> f) { return f; }
template <class T> Future<T> child_future(EventLoop& loop, Coro<T> c) {
    return loop.create_task(std::move(c));
}

template <class G, class... A> Future<typename G::Result> make_tuple_gather(A&&... awaitables) {
    EventLoop* lp = running_loop();
    ((lp = loop_of_arg(lp, awaitables)), ...);
    EventLoop& loop = lp ? *lp : get_running_loop();
    auto* g = new G(loop);
    Ref<FutureBase> keep(g);
    (g->add_child(child_future(loop, std::forward<A>(awaitables)).ref()), ...);
    g->finish_setup();
    return Future<typename G::Result>(std::move(keep));
}

template <class G, class T> Future<typename G::Result> make_vector_gather(std::vector<T> awaitables) {
    EventLoop* lp = running_loop();
    for (auto& a : awaitables) lp = loop_of_arg(lp, a);
    EventLoop& loop = lp ? *lp : get_running_loop();
    auto* g = new G(loop);
    Ref<FutureBase> keep(g);
    for (auto& a : awaitables) g->add_child(child_future(loop, std::move(a)).ref());
    g->finish_setup();
    return Future<typename G::Result>(std::move(keep));
}

}  // namespace detail

// gather(a, b, ...) -> Future<std::tuple<...>>
template <class... A, class = std::enable_if_t<(sizeof...(A) > 0)>> auto gather(A&&... awaitables) {
    return detail::make_tuple_gather<detail::TupleGather<false, await_result_t<A>...>>(
        std::forward<A>(awaitables)...);
}
template <class... A, class = std::enable_if_t<(sizeof...(A) > 0)>>
auto gather(return_exceptions_t, A&&... awaitables) {
    return detail::make_tuple_gather<detail::TupleGather<true, await_result_t<A>...>>(
        std::forward<A>(awaitables)...);
}

// gather(vector) -> Future<std::vector<T>> (an empty vector gives an empty result at once)
template <class A> auto gather(std::vector<A> awaitables) {
    return detail::make_vector_gather<detail::VectorGather<await_result_t<A>, false>>(std::move(awaitables));
}
template <class A> auto gather(return_exceptions_t, std::vector<A> awaitables) {
    return detail::make_vector_gather<detail::VectorGather<await_result_t<A>, true>>(std::move(awaitables));
}

}  // namespace aio
