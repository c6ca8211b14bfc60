// shield: protect an awaitable from cancellation (CPython tasks.shield).
//
//   auto r = co_await aio::shield(task);
//
// Cancelling the task that awaits the shield cancels only the outer future: the awaiting task gets
// CancelledError while the shielded task keeps running to completion. An awaitable that is already
// done is returned as it is. (Keep a reference to a shielded coroutine's task if you need its
// result after the outer one was cancelled: shield(coro) creates that task for you.)
#pragma once
#include <type_traits>

#include "task.hpp"

namespace aio {

namespace detail {

// Links a pending outer future to inner as CPython's shield does with its two done callbacks;
// `set_result(inner)` completes outer with inner's value (a binding stores values its own way).
inline void link_shield(const Ref<FutureBase>& inner, const Ref<FutureBase>& outer,
                        Function<void(FutureBase&)> set_result) {
    if (EventLoop& loop = outer->loop(); loop.trace_sink()) [[unlikely]]
        loop.trace({TraceKind::future_link, 0, outer->id(), inner->id(), 0.0, 0.0, outer->label()});
    Ref<FutureBase> out = outer;
    auto inner_cb = inner->add_done_callback([out, set = std::move(set_result)](FutureBase& in) mutable {
        if (out->cancelled()) {
            if (!in.cancelled()) (void)in.exception();  // mark it retrieved
            return;
        }
        if (in.cancelled()) {
            out->cancel();
        } else if (std::exception_ptr e = in.exception()) {
            out->set_exception(e);
        } else {
            set(in);
        }
    });
    Ref<FutureBase> in = inner;
    outer->add_done_callback([in, inner_cb](FutureBase&) {
        if (!in->done()) in->remove_done_callback(inner_cb);
    });
}

}  // namespace detail

template <class A> Future<await_result_t<A>> shield(A&& awaitable) {
    using T = await_result_t<A>;
    Future<T> inner = ensure_future(std::forward<A>(awaitable));
    if (inner.done()) return inner;
    Future<T> outer = Future<T>::create(inner.get_loop());
    outer.base()->set_label("shield");
    detail::link_shield(inner.ref(), outer.ref(), [outer](FutureBase& in) {
        if constexpr (std::is_void_v<T>)
            outer.set_result();
        else
            outer.set_result(static_cast<detail::Slot<T>*>(in.value_slot())->get());
    });
    return outer;
}

}  // namespace aio
